/** Small conveniences over a LeanSheet, by A1 address. */
import { parseCellRef, EXCEL_MAX_COLS } from '../a1';
import type { CellValue, LeanCell, LeanSheet } from './types';

/** Value at an A1 address ('B3'), null when empty or outside the used range. */
export function leanValue(sheet: LeanSheet, ref: string): CellValue {
  const packed = parseCellRef(ref);
  if (packed < 0) return null;
  const row = Math.floor(packed / EXCEL_MAX_COLS);
  return sheet.grid[row]?.[packed - row * EXCEL_MAX_COLS] ?? null;
}

/** Everything known about a cell: its value plus formula/format/type facts when it has any. */
export function leanCell(sheet: LeanSheet, ref: string): LeanCell {
  const key = ref.replace(/\$/g, '').toUpperCase();
  const known = sheet.cells.get(key);
  if (known) return known;
  const v = leanValue(sheet, key);
  return { v, t: typeof v === 'string' ? 's' : typeof v === 'boolean' ? 'b' : 'n' };
}
