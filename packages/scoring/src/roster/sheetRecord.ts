/**
 * Plain records of an office-edited sheet (指标体系, 单位名录), as the workbook layer hands them
 * over: one record per data row, cells keyed by the Chinese column label. The loaders in
 * `template/` and `roster/` read these; nothing here knows about any spreadsheet host.
 */
export interface SheetRecord {
  /** 1-based sheet row the record came from. */
  row: number;
  /** Cell values keyed by column label (指标编号, 单位名称, …). */
  cells: Record<string, unknown>;
}

const ZERO_WIDTH_G = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * A cell as trimmed text, for free text (指标内容, 单位名称): nothing but surrounding spaces and
 * zero-width characters is changed, so Chinese punctuation （，；） survives. Numbers print
 * without float noise; Excel's booleans become 是/否, as the office writes yes/no columns.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).replace(ZERO_WIDTH_G, '').trim();
}

/**
 * A cell as text for reading a coded value (编号, 分值, 目标值, 是/否, 分组): as
 * {@link cellText}, then NFKC so full-width digits and signs (`１００％`, `（一）`) read as
 * their half-width forms.
 */
export function cellCode(value: unknown): string {
  return cellText(value).normalize('NFKC').trim();
}

/** Whether every listed column of the record is blank (trailing empty rows are skipped). */
export function isBlankRecord(record: SheetRecord, columns: readonly string[]): boolean {
  return columns.every((c) => cellText(record.cells[c]) === '');
}

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '1', '√', '✓', '✔', '对']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '0', '×', '✗', '✘', '不是']);

/**
 * A 是/否 cell: `true`/`false`, `undefined` when blank (the caller applies its default) and
 * `null` when it is something else, which the loaders report rather than guess.
 */
export function parseYesNo(value: unknown): boolean | null | undefined {
  if (typeof value === 'boolean') return value;
  const t = cellCode(value).toUpperCase();
  if (t === '') return undefined;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}

/** Splits a list cell (`华龙区、濮阳县`) on the separators people actually type. */
export function splitList(value: unknown): string[] {
  return cellText(value)
    .split(/[、，,;；\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
