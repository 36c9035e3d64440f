/**
 * Lean .xlsx reader: values, formulas (never evaluated), merges, sheet visibility, defined names
 * and document properties from untrusted workbooks. No ExcelJS, no Node APIs (see ./node for a
 * file-path helper), so it runs in the CLI and in the browser bundle alike.
 */
export { readWorkbook } from './readWorkbook';
export { WorkbookReadError, WORKBOOK_READ_ERROR_CODES, isWorkbookReadError } from './errors';
export type { WorkbookReadErrorCode, WorkbookReadErrorParams } from './errors';
export type {
  CellValue,
  DefinedName,
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
export { excelSerialToIso, isoToExcelSerial } from '../dates';
export { classifyNumFmt, BUILTIN_NUM_FMTS, type NumFmtKind } from '../numFmt';
