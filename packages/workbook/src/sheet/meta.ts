import type { GridSheet } from './grid';
import { text, type SheetPlan } from './plan';

/**
 * Every workbook the product writes carries a veryHidden metadata sheet (key in column A, value in
 * column B) saying what it is — so a file is recognised even when renamed, and a workbook handed in
 * by mistake (a review instead of a ledger) is named for what it is.
 */
export const META_SHEET = '元数据';
export const TOOL_NAME = '台账点评';

/** Metadata keys in the hidden sheet. */
export const META_KEYS = {
  tool: '工具',
  kind: '类型',
  templateVersion: '模板版本',
  unitCode: '单位编码',
  unitName: '单位名称',
  month: '报告月份',
  fingerprint: '指标指纹',
  period: '检查期间',
  quarter: '季度',
  /** A hash of the 点评通报 draft as written: a re-run can tell whether the office edited it. */
  draftFingerprint: '点评通报指纹',
  /** The roster and template sizes a review was written for: the bounds to read it back with. */
  units: '单位数',
  indicators: '指标数',
  /** The day a status workbook is taken as of. */
  asOf: '截至日期',
} as const;

/** The kinds of workbook the product writes (the 类型 metadata value). */
export const LEDGER_KIND = 'ledger';
export const INSPECTION_KIND = 'inspection';
export const REVIEW_KIND = 'review';
export const TEMPLATE_KIND = 'template';
/** The 状态 workbook of `ledger-review status`. */
export const STATUS_KIND = 'status';
export type WorkbookKind = typeof LEDGER_KIND | typeof INSPECTION_KIND | typeof REVIEW_KIND | typeof TEMPLATE_KIND | typeof STATUS_KIND;
const KINDS: readonly string[] = [LEDGER_KIND, INSPECTION_KIND, REVIEW_KIND, TEMPLATE_KIND, STATUS_KIND];

/** The hidden metadata sheet of a workbook being planned. */
export function metaSheet(entries: Record<string, string>): SheetPlan {
  return {
    name: META_SHEET,
    state: 'veryHidden',
    rows: Object.entries(entries).map(([k, v]) => [text(k), text(v)]),
    columns: [{ width: 14 }, { width: 40 }],
  };
}

/** Key/value pairs of a metadata sheet, if the workbook has one. */
export function readMeta(sheets: readonly GridSheet[]): Record<string, string> | null {
  let sheet: GridSheet | undefined;
  for (const s of sheets) if (s.name === META_SHEET) sheet ??= s;
  if (!sheet) return null;
  const out: Record<string, string> = {};
  for (const row of sheet.grid) {
    const k = row?.[0];
    const v = row?.[1];
    if (k !== null && k !== undefined && String(k).trim()) out[String(k).trim()] = v === null || v === undefined ? '' : String(v).trim();
  }
  return out;
}

/** What the metadata says the workbook is; null when it has no (known) kind. */
export function workbookKind(sheets: readonly GridSheet[]): WorkbookKind | null {
  const kind = readMeta(sheets)?.[META_KEYS.kind];
  return kind && KINDS.includes(kind) ? (kind as WorkbookKind) : null;
}
