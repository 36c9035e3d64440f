/** Public shapes of the .xlsx reader. Plain data only, so results can cross a worker boundary. */
import type { RawInflate } from './zip';

export type CellValue = string | number | boolean | null;

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/**
 * How a cell's value was stored. Mirrors the `t` attribute of `<c>`, except that a number shown
 * through a date format is reported as `'d'` (its value stays the serial number).
 */
export type LeanCellType = 'd' | 'e' | 's' | 'n' | 'b' | 'str' | 'inlineStr';

export interface LeanCell {
  /** Same value as the grid holds: error cells hold their error text ('#N/A'), dates their serial. */
  v: CellValue;
  /** Formula text without the leading '='. Never evaluated. */
  f?: string;
  /** True when the file carried a computed result for the formula (spreadsheet engines write one; ExcelJS does not). */
  cached?: boolean;
  /** For a cell inside a shared formula range: A1 address of the master cell whose text `f` repeats (not shifted). */
  sharedFrom?: string;
  /** Number format code when it is not General. */
  fmt?: string;
  t: LeanCellType;
}

export interface FormulaInfo {
  formula: string;
  cached: boolean;
}

export interface LeanSheet {
  name: string;
  state: SheetState;
  /** Used range of cells holding a value or a formula, counted from A1. */
  rows: number;
  cols: number;
  /** 0-based [row][col], dense: every row has exactly `cols` entries, empty cells are null. */
  grid: CellValue[][];
  /** Cells that need more than a value to be judged: formulas, errors, dates, non-General formats. Keyed by A1. Empty with `valuesOnly`. */
  cells: Map<string, LeanCell>;
  /** Formula cells by A1 (same information as `cells`, in the host-neutral GridSheet shape). */
  formulas: Map<string, FormulaInfo>;
  /** Non-General number format codes of value cells by A1 (GridSheet shape). */
  formats: Map<string, string>;
  /** Merged ranges as written, e.g. 'A1:C1'. */
  merges: string[];
  /** Sheet protection switched on (`<sheetProtection sheet="1">`). */
  protected: boolean;
}

export interface SheetEntry {
  name: string;
  state: SheetState;
  /** False when the sheet was left out by `ReadOptions.sheets` (it was not inflated). */
  loaded: boolean;
}

export interface ReadResult {
  /** Worksheets that were read, in workbook order. */
  sheets: LeanSheet[];
  /** Every worksheet of the workbook (read or not), in workbook order. */
  sheetList: SheetEntry[];
  /** Serials count from 1904-01-01 instead of 1899-12-30. */
  date1904: boolean;
}

export interface ReadOptions {
  /** Read only these worksheets (exact names); the others are listed in `sheetList` but never inflated. */
  sheets?: readonly string[];
  /** Skip formula text and per-cell type/format maps (grid, merges and sheet states only). */
  valuesOnly?: boolean;
  /**
   * False leaves `cells` empty: `formulas` and `formats` are still read, which is all a GridSheet
   * carries (`readGrids`). Saves an object per formatted cell.
   */
  cellDetails?: boolean;
  /** Largest accepted input, in bytes. Default 20 MB. */
  maxFileBytes?: number;
  /** Largest total inflated size of the parts read, in bytes. Default 100 MB. */
  maxUncompressedBytes?: number;
  /** Largest used range height of a sheet. Default 10,000. */
  maxRows?: number;
  /** Largest used range area (rows × cols) of a sheet. Default 500,000. */
  maxCells?: number;
  /** The one-shot inflater: by default Node's native zlib where there is one (xlsx/hostZlib.ts), else fflate's; null: fflate's always. */
  rawInflate?: RawInflate | null;
}

export const DEFAULT_READ_LIMITS = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRows: 10_000,
  maxCells: 500_000,
} as const;
