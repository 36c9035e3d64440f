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
import { address as cellAddress, rangeAddress } from '@ledger-review/workbook/xlsx/a1';
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

/**
 * Number formats of the cells holding numbers (the only ones the readers look at: a date, a
 * percent). One read of the whole used range when it has one format; otherwise per column, in
 * runs of numeric cells, each run halved only while WPS answers "mixed" (null).
 */
function readFormats(used: WpsRange, top: number, left: number, values: unknown[][], budget: { left: number }): Map<string, string> {
  const formats = new Map<string, string>();
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const put = (r: number, c: number, fmt: unknown) => {
    if (typeof fmt === 'string' && fmt !== 'General' && fmt !== 'G/通用格式') formats.set(cellAddress(top + r, left + c), fmt);
  };
  const numeric = (r: number, c: number) => typeof values[r][c] === 'number';
  const whole = used.NumberFormat;
  if (whole !== null) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) if (numeric(r, c)) put(r, c, whole);
    return formats;
  }
  // Rows first..last (0-based, inclusive) of column c, all numeric.
  const run = (c: number, first: number, last: number): void => {
    if (budget.left-- <= 0) return;
    const fmt = used.Range(rangeAddress(first + 1, c + 1, last - first + 1, 1)).NumberFormat;
    if (fmt !== null) {
      for (let r = first; r <= last; r++) put(r, c, fmt);
      return;
    }
    const mid = Math.floor((first + last) / 2);
    run(c, first, mid);
    run(c, mid + 1, last);
  };
  for (let c = 0; c < columns; c++) {
    let first = -1;
    for (let r = 0; r <= rows; r++) {
      const isNumber = r < rows && numeric(r, c);
      if (isNumber && first < 0) first = r;
      if (!isNumber && first >= 0) {
        run(c, first, r - 1);
        first = -1;
      }
    }
  }
  return formats;
}

/**
 * Merged areas inside the used range: a block WPS says has no merged cell is skipped whole;
 * others are halved (rows, then columns) down to the merged areas, read with `MergeArea`.
 */
function readMerges(used: WpsRange, rows: number, columns: number, budget: { left: number }): string[] {
  const seen = new Set<string>();
  const block = (top: number, left: number, height: number, width: number): void => {
    if (height <= 0 || width <= 0 || budget.left-- <= 0) return;
    const range = used.Range(rangeAddress(top, left, height, width));
    const merged = range.MergeCells;
    if (merged === false) return;
    if (height > 1) {
      const half = Math.floor(height / 2);
      block(top, left, half, width);
      block(top + half, left, height - half, width);
      return;
    }
    if (width > 1 && merged === null) {
      const half = Math.floor(width / 2);
      block(top, left, height, half);
      block(top, left + half, height, width - half);
      return;
    }
    // One row, merged throughout: the areas from the left, each read once.
    for (let c = left; c < left + width; ) {
      if (budget.left-- <= 0) return;
      const area = used.Range(rangeAddress(top, c, 1, 1)).MergeArea;
      const areaLeft = area.Column;
      const areaWidth = area.Columns.Count;
      seen.add(rangeAddress(area.Row, areaLeft, area.Rows.Count, areaWidth));
      c = Math.max(c + 1, areaLeft + areaWidth - (used.Column - 1));
    }
  };
  block(1, 1, rows, columns);
  return [...seen];
}

/** One sheet as a GridSheet: values dense from A1, formulas (`cached: true`), formats, merges. */
export function readSheet(sheet: WpsWorksheet): GridSheet {
  const grid: GridValue[][] = [];
  const out: GridSheet = { name: sheet.Name, state: fromWpsVisibility(sheet.Visible), grid };
  const used = sheet.UsedRange;
  const top = used.Row;
  const left = used.Column;
  const rows = used.Rows.Count;
  const columns = used.Columns.Count;
  const values = asRows(used.Value2, rows, columns);
  if (rows === 1 && columns === 1 && (values[0][0] === null || values[0][0] === undefined || values[0][0] === '')) return out;
  const formulas = asRows(used.Formula, rows, columns);
  const width = left - 1 + columns;
  for (let r = 1; r < top; r++) grid.push(new Array<GridValue>(width).fill(null));
  const formulaMap = new Map<string, { formula: string; cached: boolean }>();
  values.forEach((line, i) => {
    const row = new Array<GridValue>(width).fill(null);
    line.forEach((v, c) => {
      row[left - 1 + c] = gridValue(v);
      const f = formulas[i]?.[c];
      // `Formula` of a constant is the constant as text; a formula starts with `=`.
      if (typeof f === 'string' && f.startsWith('=') && f !== v) formulaMap.set(cellAddress(top + i, left + c), { formula: f.slice(1), cached: true });
    });
    grid.push(row);
  });
  const budget = { left: MAX_CELL_READS };
  const formats = readFormats(used, top, left, values, budget);
  if (formulaMap.size) out.formulas = formulaMap;
  if (formats.size) out.formats = formats;
  const merges = readMerges(used, rows, columns, budget);
  if (merges.length) out.merges = merges;
  return out;
}
