import type { LedgerField, LedgerHeaderField } from '@ledger-review/scoring';

/**
 * The unit ledger workbook's layout (SPEC section 5): one place that says where everything is.
 * Readers find labels by text (so a workbook saved by WPS or LibreOffice, or with a column moved,
 * still reads); writers put them at these positions.
 */
export const LEDGER_SHEET = '工作台账';
export const LEDGER_GUIDE_SHEET = '填报说明';
/**
 * Hidden sheet mirroring the ledger cell by cell: `E` (error) or `W` (warning) where validation
 * found a problem. The ledger's conditional formats read it, so the add-in highlights bad cells by
 * writing this sheet only — the unit's own cells and formatting are never touched.
 */
export const MARKS_SHEET = '校验标记';
export const MARK_ERROR = 'E';
/**
 * Hidden copy of what carry-forward (沿用上月) pre-filled, at the ledger's own cell positions: the
 * ledger's conditional format marks a cell light blue while it still equals its copy, and the
 * checker warns about a carried 本月工作完成情况 still naming last month. Nothing is read from it
 * as data.
 */
export const CARRY_SHEET = '沿用上月';
export const MARK_WARNING = 'W';

/** Header label → field, and where the writer puts the label (the value sits one column right). */
export const LEDGER_HEADER: ReadonlyArray<{ field: LedgerHeaderField; label: string; row: number; col: number }> = [
  { field: 'unitName', label: '单位名称', row: 2, col: 1 },
  { field: 'month', label: '报告月份', row: 2, col: 4 },
  { field: 'filler', label: '填报人', row: 2, col: 6 },
  { field: 'phone', label: '联系电话', row: 2, col: 8 },
  { field: 'filledDate', label: '填报日期', row: 3, col: 1 },
  { field: 'reviewer', label: '审核人', row: 3, col: 4 },
];

/** Informational header cells the writer adds (not read back as data). */
export const LEDGER_INFO = { dueLabel: { row: 3, col: 6, label: '报送截止' }, versionLabel: { row: 3, col: 8, label: '模板版本' } };

export const LEDGER_NOTE_ROW = 4;
export const LEDGER_TABLE_HEADER_ROW = 5;
export const LEDGER_FIRST_DATA_ROW = 6;

export interface LedgerColumnDef {
  field: LedgerField;
  label: string;
  width: number;
  /** Pre-filled from the template and locked; the unit fills the others. */
  locked: boolean;
}

/** Table columns in template order, exactly the labels of SPEC section 5. */
export const LEDGER_COLUMNS: readonly LedgerColumnDef[] = [
  { field: 'code', label: '指标编号', width: 8, locked: true },
  { field: 'area', label: '检查内容', width: 16, locked: true },
  { field: 'text', label: '指标内容', width: 36, locked: true },
  { field: 'points', label: '分值', width: 6, locked: true },
  { field: 'target', label: '目标值', width: 8, locked: true },
  { field: 'workDone', label: '本月工作完成情况', width: 36, locked: false },
  { field: 'status', label: '完成状态', width: 10, locked: false },
  { field: 'progress', label: '完成进度(%)', width: 9, locked: false },
  { field: 'actual', label: '实际值', width: 8, locked: false },
  { field: 'evidence', label: '佐证材料', width: 24, locked: false },
  { field: 'selfScore', label: '自评分', width: 7, locked: false },
  { field: 'problems', label: '存在问题', width: 24, locked: false },
  { field: 'nextSteps', label: '下步计划', width: 24, locked: false },
  { field: 'remarks', label: '备注', width: 20, locked: false },
];

/**
 * The self-check (自检, ledger/selfCheck.ts): the 自检 cell and the header's problems in the
 * free top-right corner of the header block, and a protected helper column right of the table.
 * None of their labels is one the reader looks for, so it never reads them as input.
 */
export const SELF_CHECK = {
  label: { row: 2, col: 10, text: '自检' },
  /** The 自检 cell, merged to the table's last column. */
  result: { row: 2, col: 11 },
  headerLabel: { row: 3, col: 10, text: '表头' },
  /** The header's problems, merged like the 自检 cell. */
  header: { row: 3, col: 11 },
  /** The helper column (自检提示), right of 备注. */
  column: LEDGER_COLUMNS.length + 1,
  columnLabel: '自检提示',
  columnWidth: 30,
} as const;

/** 1-based column number of a field in a freshly written ledger. */
export function ledgerColumn(field: LedgerField): number {
  return LEDGER_COLUMNS.findIndex((c) => c.field === field) + 1;
}
