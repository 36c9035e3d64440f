/**
 * What every host reads: a sheet as a grid of plain values (0-based [row][col]) plus the facts
 * needed to judge untrusted input (formulas, merges). The .xlsx reader and the Office.js
 * host both produce this shape, so the layouts below never know where a sheet came from.
 */
export type GridValue = string | number | boolean | null;

export interface GridSheet {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  grid: ReadonlyArray<readonly GridValue[]>;
  /** Cells holding a formula, by A1 address; `cached` says whether a computed value came with it. */
  formulas?: ReadonlyMap<string, { formula: string; cached: boolean }>;
  /** Number formats of cells that have one other than General, by A1 address. */
  formats?: ReadonlyMap<string, string>;
  merges?: readonly string[];
}

export function cellAt(sheet: GridSheet, row: number, col: number): GridValue {
  const r = sheet.grid[row - 1];
  if (!r) return null;
  const v = r[col - 1];
  return v === undefined ? null : v;
}

export function textAt(sheet: GridSheet, row: number, col: number): string {
  const v = cellAt(sheet, row, col);
  return v === null ? '' : String(v).trim();
}
