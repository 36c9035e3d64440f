/**
 * Lean .xlsx reader: values, formulas (never evaluated), number formats, merges, sheet visibility
 * and protection from untrusted workbooks. No ExcelJS, no Node APIs, so it runs in the CLI and in
 * the browser bundle alike. A1 references, serial dates and number formats are shared with the
 * writer: ../a1.ts, ../numFmt.ts and the scoring library's periods/serial.ts.
 */
export { readWorkbook } from './readWorkbook';
export { WorkbookReadError, WORKBOOK_READ_ERROR_CODES, isWorkbookReadError } from './errors';
export type { WorkbookReadErrorCode, WorkbookReadErrorParams } from './errors';
export type {
  CellValue,
  FormulaInfo,
  LeanCell,
  LeanCellType,
  LeanSheet,
  ReadOptions,
  ReadResult,
  SheetEntry,
  SheetState,
} from './types';
export { DEFAULT_READ_LIMITS } from './types';
export { leanCell, leanValue } from './sheetAccess';
export { classifyNumFmt, BUILTIN_NUM_FMTS, type NumFmtKind } from '../numFmt';
