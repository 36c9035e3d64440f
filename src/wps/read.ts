/**
 * Sheets of the open WPS workbook as the workbook layer's `GridSheet`s (the shape the .xlsx
 * reader and the Excel host produce, so the ledger reader never knows its host).
 *
 * Every property read is a synchronous call into WPS, so a sheet is read with a handful of
 * whole-range reads (`UsedRange.Value2`, `.Formula`, `.NumberFormat`), never cell by cell —
 * except where WPS answers "mixed" for a range (`NumberFormat` null, `MergeCells` null): then
 * column by column, and cell by cell only inside a mixed column, within fixed bounds.
 */
import type { GridSheet, GridValue } from '@ledger-review/workbook';
import { cellAddress, rangeAddress } from '../office/a1';
import type { SheetVisibility } from '../office/types';
import { XL_SHEET_HIDDEN, XL_SHEET_VERY_HIDDEN, type WpsRange, type WpsValues, type WpsWorksheet } from './types';

/** Cells read one by one at most per sheet when formats or merges are mixed (bounded work). */
export const MAX_CELL_READS = 20_000;

export function fromWpsVisibility(v: number): SheetVisibility {
  if (v === XL_SHEET_VERY_HIDDEN) return 'veryHidden';
  if (v === XL_SHEET_HIDDEN) return 'hidden';
  return 'visible';
}

/** `Value2` of a multi-cell range is rows of values; of one cell, a bare value. */
export function asRows(values: WpsValues, rows: number, columns: number): unknown[][] {
  if (Array.isArray(values)) return values as unknown[][];
  const out = Array.from({ length: rows }, () => new Array<unknown>(columns).fill(null));
  if (rows > 0 && columns > 0) out[0][0] = values;
  return out;
}

/**
 * Error values come out of `Value2` as their COM error numbers (CVErr: #N/A is −2146826246), as
 * in VBA; the workbook layer knows them as the text Excel shows.
 */
export const CVERR_TEXT: Readonly<Record<number, string>> = {
  [-2146826288]: '#NULL!',
  [-2146826281]: '#DIV/0!',
  [-2146826273]: '#VALUE!',
  [-2146826265]: '#REF!',
  [-2146826259]: '#NAME?',
  [-2146826252]: '#NUM!',
  [-2146826246]: '#N/A',
};

function gridValue(v: unknown): GridValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' && CVERR_TEXT[v] !== undefined) return CVERR_TEXT[v];
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** The number formats of a used range, by A1 address, for cells that hold a value. */
function readFormats(used: WpsRange, top: number, left: number, values: unknown[][], budget: { left: number }): Map<string, string> {
  const formats = new Map<string, string>();
  const put = (r: number, c: number, fmt: unknown) => {
    if (typeof fmt === 'string' && fmt !== 'General' && fmt !== 'G/通用格式' && values[r][c] !== null && values[r][c] !== '') {
      formats.set(cellAddress(top + r, left + c), fmt);
    }
  };
  const whole = used.NumberFormat;
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  if (whole !== null) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) put(r, c, whole);
    return formats;
  }
  for (let c = 0; c < columns; c++) {
    const column = used.Columns.Item(c + 1);
    const fmt = column.NumberFormat;
    if (fmt !== null) {
      for (let r = 0; r < rows; r++) put(r, c, fmt);
      continue;
    }
    for (let r = 0; r < rows; r++) {
      if (values[r][c] === null || values[r][c] === '') continue;
      if (budget.left-- <= 0) return formats;
      put(r, c, used.Item(r + 1, c + 1).NumberFormat);
    }
  }
  return formats;
}

/** Merged areas inside the used range (row by row; cells only in partly merged rows). */
function readMerges(used: WpsRange, rows: number, columns: number, budget: { left: number }): string[] {
  const whole = used.MergeCells;
  if (whole === false) return [];
  const seen = new Set<string>();
  for (let r = 1; r <= rows; r++) {
    const line = used.Rows.Item(r);
    const merged = line.MergeCells;
    if (merged === false) continue;
    for (let c = 1; c <= columns; c++) {
      if (budget.left-- <= 0) return [...seen];
      const cell = used.Item(r, c);
      if (!cell.MergeCells) continue;
      const area = cell.MergeArea;
      seen.add(rangeAddress(area.Row, area.Column, area.Rows.Count, area.Columns.Count));
    }
  }
  return [...seen];
}

/** One sheet as a GridSheet: values dense from A1, formulas (`cached: true`), formats, merges. */
export function readSheet(sheet: WpsWorksheet): GridSheet {
  const out: GridSheet = { name: sheet.Name, state: fromWpsVisibility(sheet.Visible), grid: [] };
  const used = sheet.UsedRange;
  const top = used.Row;
  const left = used.Column;
  const rows = used.Rows.Count;
  const columns = used.Columns.Count;
  const values = asRows(used.Value2, rows, columns);
  if (rows === 1 && columns === 1 && (values[0][0] === null || values[0][0] === undefined || values[0][0] === '')) return out;
  const formulas = asRows(used.Formula, rows, columns);
  const width = left - 1 + columns;
  for (let r = 1; r < top; r++) out.grid.push(new Array<GridValue>(width).fill(null));
  const formulaMap = new Map<string, { formula: string; cached: boolean }>();
  values.forEach((line, i) => {
    const row = new Array<GridValue>(width).fill(null);
    line.forEach((v, c) => {
      row[left - 1 + c] = gridValue(v);
      const f = formulas[i]?.[c];
      // `Formula` of a constant is the constant as text; a formula starts with `=`.
      if (typeof f === 'string' && f.startsWith('=') && f !== v) formulaMap.set(cellAddress(top + i, left + c), { formula: f.slice(1), cached: true });
    });
    out.grid.push(row);
  });
  const budget = { left: MAX_CELL_READS };
  const formats = readFormats(used, top, left, values, budget);
  if (formulaMap.size) out.formulas = formulaMap;
  if (formats.size) out.formats = formats;
  const merges = readMerges(used, rows, columns, budget);
  if (merges.length) out.merges = merges;
  return out;
}
