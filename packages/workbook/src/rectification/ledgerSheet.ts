import {
  UNIT_RECTIFICATION_STATUSES,
  excelSerial,
  isIsoDate,
  makeFinding,
  monthEnd,
  monthLabel,
  normaliseDate,
  normaliseRectificationId,
  normaliseText,
  type Finding,
  type RectificationItem,
  type RectificationReport,
  type UnitRectificationStatus,
} from '@ledger-review/scoring';
import { columnLetter } from '../xlsx/a1';
import { cellAt, type GridSheet } from '../sheet/grid';
import { dateRule, listRule, text, type CellPlan, type SheetPlan } from '../sheet/plan';
import { findHeaderRow, rowIsBlank } from '../sheet/table';

/**
 * The ledger's 整改情况 sheet: the unit's open 整改 items, pre-filled and locked (问题编号,
 * problem, 要求, 时限), with four columns for the unit — 整改状态, 整改措施及进展, 佐证材料,
 * 完成日期. Only the office closes an item; the sheet says so.
 */
export const RECTIFICATION_REPORT_SHEET = '整改情况';
export const REPORT_TITLE_ROW = 1;
export const REPORT_NOTE_ROW = 2;
export const REPORT_HEADER_ROW = 3;
export const REPORT_FIRST_DATA_ROW = 4;

export type ReportField = 'id' | 'source' | 'period' | 'indicatorCode' | 'problem' | 'requirement' | 'deadline' | 'status' | 'measures' | 'evidence' | 'doneOn';

export const REPORT_COLUMNS: ReadonlyArray<{ field: ReportField; label: string; width: number; locked: boolean }> = [
  { field: 'id', label: '问题编号', width: 24, locked: true },
  { field: 'source', label: '来源', width: 6, locked: true },
  { field: 'period', label: '期间', width: 9, locked: true },
  { field: 'indicatorCode', label: '指标编号', width: 8, locked: true },
  { field: 'problem', label: '存在问题', width: 34, locked: true },
  { field: 'requirement', label: '整改要求', width: 30, locked: true },
  { field: 'deadline', label: '整改时限', width: 11, locked: true },
  { field: 'status', label: '整改状态', width: 10, locked: false },
  { field: 'measures', label: '整改措施及进展', width: 36, locked: false },
  { field: 'evidence', label: '佐证材料', width: 26, locked: false },
  { field: 'doneOn', label: '完成日期', width: 11, locked: false },
];

export const reportColumn = (field: ReportField) => REPORT_COLUMNS.findIndex((c) => c.field === field) + 1;

export const REPORT_NOTE =
  '以下为本单位尚未销号的整改事项（问题编号、问题、整改要求和时限由市法治办预填并锁定）。请逐项选择整改状态，写明整改措施及进展、佐证材料和完成日期；' +
  '报“已完成”的须列明佐证材料。整改事项由市法治办核实佐证材料后销号，本单位报“已完成”不等于销号。红色为已过整改时限尚未完成的事项。';

/** The line the 填报说明 adds when the ledger carries the sheet. */
export const REPORT_GUIDE_LINE =
  '整改情况：“整改情况”工作表列出本单位尚未销号的整改事项，请逐项报告整改状态、措施、佐证材料和完成日期；事项经市法治办核实后销号。';

/**
 * The sheet for one unit's ledger of `month`: its items (in deadline order), each pre-filled
 * with what its previous ledger reported, where it reported something (carry-forward).
 */
/** A locked cell stating one field of an item, as the ledger's 整改情况 and the team's 整改复查 show it. */
export function itemCell(item: RectificationItem, field: 'id' | 'source' | 'period' | 'indicatorCode' | 'problem' | 'requirement' | 'deadline'): CellPlan {
  if (field === 'deadline')
    return item.deadline && isIsoDate(item.deadline) ? { value: excelSerial(item.deadline), numFmt: 'yyyy-mm-dd', style: 'locked' } : text(item.deadline ?? '', 'locked');
  const wrap = field === 'problem' || field === 'requirement';
  return text(item[field], 'locked', wrap ? { wrap } : undefined);
}

export function rectificationReportSheet(items: readonly RectificationItem[], month: string, carried: readonly RectificationReport[] = []): SheetPlan {
  const previous = new Map(carried.map((r) => [r.id, r]));
  const sorted = [...items].sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || a.id.localeCompare(b.id));
  const lastCol = columnLetter(REPORT_COLUMNS.length);
  const rows: (CellPlan | null)[][] = [];
  rows.push([text(`${monthLabel(month)} 整改情况`, 'title')]);
  rows.push([text(REPORT_NOTE, 'note', { wrap: true })]);
  rows.push(REPORT_COLUMNS.map((c) => text(c.label, 'header')));
  const input = (value: string | number | null, numFmt = '@'): CellPlan => ({ value, numFmt, style: 'input', unlocked: true, wrap: numFmt === '@' });
  for (const item of sorted) {
    const was = previous.get(item.id);
    rows.push(
      REPORT_COLUMNS.map((c): CellPlan => {
        switch (c.field) {
          case 'id':
          case 'source':
          case 'period':
          case 'indicatorCode':
          case 'problem':
          case 'requirement':
          case 'deadline':
            return itemCell(item, c.field);
          case 'status':
            return input(was?.status ?? null);
          case 'measures':
            return input(was?.measures ?? '');
          case 'evidence':
            return input(was?.evidence ?? '');
          case 'doneOn':
            return input(was?.doneOn ? excelSerial(was.doneOn) : null, 'yyyy-mm-dd');
        }
      }),
    );
  }
  const first = REPORT_FIRST_DATA_ROW;
  const last = Math.max(first, first + sorted.length - 1);
  const col = (f: ReportField) => columnLetter(reportColumn(f));
  return {
    name: RECTIFICATION_REPORT_SHEET,
    rows,
    columns: REPORT_COLUMNS.map((c) => ({ width: c.width })),
    merges: [`A${REPORT_TITLE_ROW}:${lastCol}${REPORT_TITLE_ROW}`, `A${REPORT_NOTE_ROW}:${lastCol}${REPORT_NOTE_ROW}`],
    freeze: { rows: REPORT_HEADER_ROW, columns: 1 },
    protect: true,
    print: { landscape: true, titleRows: `${REPORT_HEADER_ROW}:${REPORT_HEADER_ROW}`, fitToWidth: true },
    validations: sorted.length
      ? [
          listRule(`${col('status')}${first}:${col('status')}${last}`, UNIT_RECTIFICATION_STATUSES, '整改状态无效', {
            error: '请从下拉列表选择：未启动、整改中、已完成。',
          }),
          dateRule(`${col('doneOn')}${first}:${col('doneOn')}${last}`, '完成日期无效', '请填写日期，如 2021-05-20。'),
        ]
      : [],
    conditionalFormats: sorted.length
      ? [
          // Past its deadline at the end of the ledger's month and not reported done.
          {
            range: `A${first}:${lastCol}${last}`,
            formula: `AND(ISNUMBER($${col('deadline')}${first}),$${col('deadline')}${first}<${excelSerial(monthEnd(month))},$${col('status')}${first}<>"已完成")`,
            style: 'bad',
          },
          {
            range: `${col('evidence')}${first}:${col('evidence')}${last}`,
            formula: `AND($${col('status')}${first}="已完成",LEN(TRIM($${col('evidence')}${first}))=0)`,
            style: 'warn',
          },
        ]
      : [],
  };
}

export interface ReportReadResult {
  reports: RectificationReport[];
  findings: Finding[];
}

const STATUS_SET = new Set<string>(UNIT_RECTIFICATION_STATUSES);

/**
 * What a unit reported in its ledger's 整改情况 sheet: a report for every row whose 问题编号 is
 * filled and where the unit said anything. An absent sheet reports nothing (the ledger was
 * issued without open items). Problems are warnings: the ledger's scores do not depend on them.
 */
export function readRectificationReports(sheets: readonly GridSheet[], file: string, unitCode: string, month: string): ReportReadResult {
  const sheet = sheets.find((s) => s.name === RECTIFICATION_REPORT_SHEET) ?? sheets.find((s) => s.name.trim() === RECTIFICATION_REPORT_SHEET);
  const findings: Finding[] = [];
  if (!sheet) return { reports: [], findings };
  const labels = REPORT_COLUMNS.map((c) => c.label);
  const required: ReportField[] = ['id', 'status', 'measures', 'evidence'];
  const match = findHeaderRow(sheet, labels, { minMatches: 4 });
  const missing = required.filter((f) => !match?.columns.has(REPORT_COLUMNS[reportColumn(f) - 1].label));
  if (!match || missing.length) {
    const wanted = (missing.length ? missing : required).map((f) => REPORT_COLUMNS[reportColumn(f) - 1].label).join('、');
    findings.push(makeFinding('rectification-sheet-unreadable', { labels: wanted }, { file, sheet: sheet.name }));
    return { reports: [], findings };
  }
  const colOf = (f: ReportField) => match.columns.get(REPORT_COLUMNS[reportColumn(f) - 1].label);
  const get = (r: number, f: ReportField) => {
    const c = colOf(f);
    return c ? cellAt(sheet, r, c) : null;
  };
  const loc = (r: number, f: ReportField) => ({ file, sheet: sheet.name, row: r, column: columnLetter(colOf(f) ?? 1) });
  const str = (r: number, f: ReportField) => normaliseText(get(r, f)).value ?? '';
  const unitCols = (['status', 'measures', 'evidence', 'doneOn'] as const).map(colOf).filter((c): c is number => c !== undefined);
  const reports: RectificationReport[] = [];
  for (let r = match.row + 1; r <= sheet.grid.length; r++) {
    const rawId = str(r, 'id');
    if (!rawId || rowIsBlank(sheet, r, unitCols)) continue;
    const id = normaliseRectificationId(rawId);
    const statusText = str(r, 'status');
    let status: UnitRectificationStatus | null = null;
    if (statusText) {
      if (STATUS_SET.has(statusText)) status = statusText as UnitRectificationStatus;
      else findings.push(makeFinding('rectification-status-invalid', { id, value: statusText }, loc(r, 'status')));
    }
    const measures = str(r, 'measures');
    const evidence = str(r, 'evidence');
    const rawDone = get(r, 'doneOn');
    let doneOn: string | null = null;
    if (rawDone !== null && String(rawDone).trim() !== '') {
      doneOn = normaliseDate(rawDone).value;
      if (!doneOn) findings.push(makeFinding('rectification-date-invalid', { id, value: String(rawDone) }, loc(r, 'doneOn')));
    }
    if (status === '已完成' && !evidence) findings.push(makeFinding('rectification-done-without-evidence', { id }, loc(r, 'evidence')));
    if ((status === '整改中' || status === '已完成') && !measures) findings.push(makeFinding('rectification-measures-missing', { id, status }, loc(r, 'measures')));
    reports.push({ id, unitCode, month, status, measures, evidence, doneOn, row: r });
  }
  return { reports, findings };
}
