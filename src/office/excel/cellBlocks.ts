/**
 * Turning a host-format sheet plan into few, large Office.js calls. Pure, so the arithmetic is
 * tested without Excel:
 *
 * - values go out as row blocks spanning the used width (one `numberFormat` and one
 *   `values`/`formulas` assignment per block), sized by estimated payload so no request nears
 *   Excel on the web's 5 MB cap;
 * - formats go out per rectangle of cells sharing one style (a review table is a handful of
 *   same-styled columns, so a sheet costs dozens of format calls, not one per cell).
 */
import { columnLetter, columnNumber, parseAddress, rangeAddress } from '@ledger-review/workbook/xlsx/a1';
import type { CellFormat, CellWrite, ColumnWidthWrite } from '../types';
import { renameSheetRefs } from './formulaRefs';

/** A plan's cells indexed by position (later writes to the same address win). */
export interface SheetCells {
  rows: number;
  columns: number;
  /** Number of distinct cells the plan writes. */
  count: number;
  at(row: number, column: number): CellWrite | undefined;
}

export function indexCells(cells: readonly CellWrite[]): SheetCells {
  const byRow = new Map<number, Map<number, CellWrite>>();
  let rows = 0;
  let columns = 0;
  for (const cell of cells) {
    const { row, col: column } = parseAddress(cell.address);
    let line = byRow.get(row);
    if (!line) byRow.set(row, (line = new Map()));
    line.set(column, cell);
    if (row > rows) rows = row;
    if (column > columns) columns = column;
  }
  let count = 0;
  for (const line of byRow.values()) count += line.size;
  return { rows, columns, count, at: (row, column) => byRow.get(row)?.get(column) };
}

/**
 * Text Excel would parse as a formula when typed (`=`, `+`, `-`, `@`). Kept as text by the `@`
 * number format, and additionally written as a typed string where the host can.
 */
export const looksLikeFormula = (text: string) => /^[=+\-@]/.test(text);

/** The number format a cell is written with: text is always `@`, a formula never is. */
export function numberFormatOf(cell: CellWrite | undefined): string {
  if (!cell) return 'General';
  if (cell.formula !== undefined) return cell.numFmt && cell.numFmt !== '@' ? cell.numFmt : 'General';
  if (typeof cell.value === 'string') return '@';
  return cell.numFmt ?? 'General';
}

/** Rough UTF-8 size of a JSON-encoded scalar (CJK is 3 bytes a character). */
export function jsonBytes(value: string | number | boolean): number {
  if (typeof value !== 'string') return String(value).length;
  let bytes = 2;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    bytes += code < 0x80 ? (code === 0x22 || code === 0x5c || code < 0x20 ? 2 : 1) : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

export interface BlockOptions {
  /** Sheet renames to apply inside formulas (final name → temporary name). */
  renames: ReadonlyMap<string, string>;
  /** Write formula-like text as typed strings (`valuesAsJson`, ExcelApi 1.16). */
  typedStrings: boolean;
}

export interface BlockArrays {
  numberFormat: string[][];
  values: Array<Array<string | number | boolean>>;
  hasFormula: boolean;
  /** Cells to write as typed strings after the block (1-based positions). */
  typed: Array<{ row: number; column: number; text: string }>;
}

function valueOf(cell: CellWrite | undefined, options: BlockOptions): string | number | boolean {
  if (!cell) return '';
  if (cell.formula !== undefined) return `=${renameSheetRefs(cell.formula, options.renames)}`;
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' && !Number.isFinite(v)) return '';
  return v;
}

/** The arrays of one row block, `firstRow`..`firstRow + rowCount - 1` × columns 1..`columns`. */
export function blockArrays(
  sheet: SheetCells,
  firstRow: number,
  rowCount: number,
  columns: number,
  options: BlockOptions,
): BlockArrays {
  const numberFormat: string[][] = [];
  const values: Array<Array<string | number | boolean>> = [];
  const typed: BlockArrays['typed'] = [];
  let hasFormula = false;
  for (let r = firstRow; r < firstRow + rowCount; r++) {
    const formats: string[] = [];
    const row: Array<string | number | boolean> = [];
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.at(r, c);
      formats.push(numberFormatOf(cell));
      if (cell?.formula !== undefined) hasFormula = true;
      const value = valueOf(cell, options);
      if (options.typedStrings && cell?.formula === undefined && typeof value === 'string' && looksLikeFormula(value)) {
        // Left empty in the block and written typed afterwards: never a formula, not even briefly.
        typed.push({ row: r, column: c, text: value });
        row.push('');
      } else row.push(value);
    }
    numberFormat.push(formats);
    values.push(row);
  }
  return { numberFormat, values, hasFormula, typed };
}

export interface DataBlock {
  firstRow: number;
  rowCount: number;
  columns: number;
  /** Estimated request bytes of the block. */
  bytes: number;
  /** Plan cells inside the block. */
  cells: number;
}

/** Estimated bytes and plan-cell count of one row. */
function rowCost(sheet: SheetCells, row: number, options: BlockOptions): { bytes: number; cells: number } {
  let bytes = 4;
  let cells = 0;
  for (let c = 1; c <= sheet.columns; c++) {
    const cell = sheet.at(row, c);
    if (cell) cells++;
    bytes += jsonBytes(numberFormatOf(cell)) + jsonBytes(valueOf(cell, options)) + 2;
  }
  return { bytes, cells };
}

/**
 * Consecutive row blocks covering the sheet, each at most `maxBytes` estimated (a single row
 * over the limit still makes a block of its own) and at most `maxCells` cells.
 */
export function planDataBlocks(sheet: SheetCells, maxBytes: number, maxCells: number, options: BlockOptions): DataBlock[] {
  const blocks: DataBlock[] = [];
  if (sheet.rows === 0 || sheet.columns === 0) return blocks;
  let current: DataBlock | undefined;
  for (let r = 1; r <= sheet.rows; r++) {
    const { bytes, cells } = rowCost(sheet, r, options);
    if (
      current &&
      (current.bytes + bytes > maxBytes || (current.rowCount + 1) * sheet.columns > maxCells)
    ) {
      blocks.push(current);
      current = undefined;
    }
    if (!current) current = { firstRow: r, rowCount: 0, columns: sheet.columns, bytes: 0, cells: 0 };
    current.rowCount++;
    current.bytes += bytes;
    current.cells += cells;
  }
  if (current) blocks.push(current);
  return blocks;
}

/** Splits a block in two halves by rows (for a request Excel found too large), or null for one row. */
export function splitBlock(sheet: SheetCells, block: DataBlock, options: BlockOptions): [DataBlock, DataBlock] | null {
  if (block.rowCount < 2) return null;
  const half = Math.floor(block.rowCount / 2);
  const part = (firstRow: number, rowCount: number): DataBlock => {
    let bytes = 0;
    let cells = 0;
    for (let r = firstRow; r < firstRow + rowCount; r++) {
      const cost = rowCost(sheet, r, options);
      bytes += cost.bytes;
      cells += cost.cells;
    }
    return { firstRow, rowCount, columns: block.columns, bytes, cells };
  };
  return [part(block.firstRow, half), part(block.firstRow + half, block.rowCount - half)];
}

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export const rectAddress = (r: Rect) => rangeAddress(r.row, r.column, r.rows, r.columns);

/**
 * Cells grouped by identical format, each group as rectangles: vertical runs per column first,
 * then neighbouring columns with the same run joined. Groups and rectangles come out in sheet
 * order (top-left first), so the calls are deterministic.
 */
export function styleRects(sheet: SheetCells): Array<{ style: CellFormat; rects: Rect[] }> {
  const groups = new Map<string, { style: CellFormat; columns: Map<number, number[]>; first: number }>();
  let order = 0;
  for (let r = 1; r <= sheet.rows; r++) {
    for (let c = 1; c <= sheet.columns; c++) {
      const style = sheet.at(r, c)?.style;
      if (!style) continue;
      const key = JSON.stringify(style);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { style, columns: new Map(), first: order++ }));
      let rows = group.columns.get(c);
      if (!rows) group.columns.set(c, (rows = []));
      rows.push(r);
    }
  }
  const out: Array<{ style: CellFormat; rects: Rect[] }> = [];
  for (const group of [...groups.values()].sort((a, b) => a.first - b.first)) {
    // Vertical runs per column.
    const runs: Rect[] = [];
    for (const [column, rows] of [...group.columns].sort((a, b) => a[0] - b[0])) {
      let start = rows[0];
      let prev = rows[0];
      for (let i = 1; i <= rows.length; i++) {
        const row = rows[i];
        if (row === prev + 1) {
          prev = row;
          continue;
        }
        runs.push({ row: start, column, rows: prev - start + 1, columns: 1 });
        start = row;
        prev = row;
      }
    }
    // Join runs spanning the same rows in adjacent columns.
    const byRows = new Map<string, Rect[]>();
    for (const run of runs) {
      const key = `${run.row}:${run.rows}`;
      const list = byRows.get(key);
      const last = list?.[list.length - 1];
      if (last && last.column + last.columns === run.column) last.columns++;
      else if (list) list.push({ ...run });
      else byRows.set(key, [{ ...run }]);
    }
    const rects = [...byRows.values()].flat().sort((a, b) => a.row - b.row || a.column - b.column);
    out.push({ style: group.style, rects });
  }
  return out;
}

/** Adjacent columns of the same width and visibility as one `A:C` range each. */
export function columnGroups(widths: readonly ColumnWidthWrite[]): Array<{ range: string; width: number; hidden: boolean }> {
  const sorted = widths
    .map((w) => ({ n: columnNumber(w.column), width: w.width, hidden: !!w.hidden }))
    .sort((a, b) => a.n - b.n);
  const out: Array<{ first: number; last: number; width: number; hidden: boolean }> = [];
  for (const w of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.last + 1 === w.n && prev.width === w.width && prev.hidden === w.hidden) prev.last = w.n;
    else out.push({ first: w.n, last: w.n, width: w.width, hidden: w.hidden });
  }
  return out.map((g) => ({
    range: `${columnLetter(g.first)}:${columnLetter(g.last)}`,
    width: g.width,
    hidden: g.hidden,
  }));
}

