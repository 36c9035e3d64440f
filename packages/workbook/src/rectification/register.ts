import {
  RECTIFICATION_STATE_LABEL,
  closedByOffice,
  excelSerial,
  inspectionItems,
  isIsoDate,
  latestReports,
  makeFinding,
  mergeItems,
  monthLabel,
  quarterLabel,
  rectificationId,
  rectificationState,
  type Finding,
  type IndicatorTemplate,
  type OfficeClosure,
  type QuarterReview,
  type RectificationItem,
  type RectificationRecheck,
  type RectificationReport,
  type RectificationSource,
  type RectificationState,
} from '@ledger-review/scoring';
import type { Consolidation, HandTyped } from '../consolidate/types';
import { columnLetter } from '../xlsx/a1';
import type { GridSheet } from '../sheet/grid';
import { dateRule, type CellPlan, type SheetPlan } from '../sheet/plan';
import { cellText, findHeaders, sheetNamed } from '../sheet/table';
import { FIRST_DATA_ROW, RECTIFICATION_COLUMNS, RECTIFICATION_HAND_TYPED, RECTIFICATION_ID_LABEL, REVIEW_SHEETS, columnOf, rectificationKey } from '../review/layout';
import { REVIEW_TEXT } from '../review/messages';
import { problemItems, type ReviewProblem } from '../review/problemSheets';
import { typedDate } from '../review/readBack';
import { dateCell, handCell, numberCell, tableSheet, text } from '../review/sheetKit';

/** One row of a review's 整改台账. */
export interface RegisterRow {
  item: RectificationItem;
  unitName: string;
  /** 单位自报: the unit's latest status and the ledger it came in, e.g. `已完成（2021年5月台账）`. */
  reportStatus: string;
  /** 自报情况: its measures, evidence and completion date, in words. */
  report: string;
  /** 复查情况: the latest re-check of a round, in words. */
  recheck: string;
  /** What the office typed (整改情况, 销号依据, 完成时间). */
  office: OfficeClosure;
  state: RectificationState;
}

export interface Register {
  rows: RegisterRow[];
  /** The day the states are taken as of. */
  asOf: string;
  /** Reports on unknown items, dates typed without evidence. */
  findings: Finding[];
}

const EMPTY_CLOSURE: OfficeClosure = { progress: '', basis: '', doneOn: '' };

/** A unit's report in words, for the office: `措施：…；佐证材料：…；完成日期：2021-05-20`. */
export function reportText(r: Pick<RectificationReport, 'measures' | 'evidence' | 'doneOn'>): string {
  return [r.measures && `措施：${r.measures}`, r.evidence && `佐证材料：${r.evidence}`, r.doneOn && `完成日期：${r.doneOn}`].filter(Boolean).join('；');
}

export function reportStatusText(r: Pick<RectificationReport, 'status' | 'month'>): string {
  return `${r.status ?? '已报告'}（${monthLabel(r.month)}台账）`;
}

export function recheckText(r: RectificationRecheck): string {
  return `${r.period}复查：${r.result ?? '已复查'}${r.note ? `，${r.note}` : ''}${r.inspector ? `（${r.inspector}）` : ''}`;
}

/** The office's typed columns of one item: by its id, else by `unit|period|indicator` when that row's id is not a current item's. */
function typedFor(handTyped: HandTyped, item: RectificationItem, ids: ReadonlySet<string>): Record<string, string> | undefined {
  const byId = handTyped.byRectification[item.id];
  if (byId) return byId;
  const legacy = handTyped.byRectification[rectificationKey(item.unitCode, item.period, item.indicatorCode)];
  if (legacy && !(legacy[RECTIFICATION_ID_LABEL] && ids.has(legacy[RECTIFICATION_ID_LABEL]))) return legacy;
  return undefined;
}

const [PROGRESS, DONE_ON, BASIS] = RECTIFICATION_HAND_TYPED;

export interface RegisterArgs {
  review: QuarterReview;
  consolidation: Consolidation;
  template: IndicatorTemplate;
  /** 通报问题 of the quarter (reviewProblems), whose 报送/校验/评分 rows are items. */
  problems: readonly ReviewProblem[];
  /** What the office typed in this quarter's workbook before (readHandTyped). */
  handTyped: HandTyped;
  /**
   * Rows of earlier quarters' 整改台账 (readRegister), the latest workbook first; an item closed
   * in any of them is done with, the others carry over.
   */
  carried?: readonly RegisterRow[];
  /**
   * Rows of this quarter's own workbook (the one being updated) that this quarter's data does not
   * give again — items carried into it earlier: kept, closed or not, so a re-run never drops them.
   */
  kept?: readonly RegisterRow[];
  /**
   * Report a ledger's 整改情况 row whose id is not an item of its unit. Off when the previous
   * review was not given: its items would all look unknown.
   */
  checkReports?: boolean;
}

/**
 * The quarter's 整改台账: open items carried from earlier reviews, then the items found this
 * quarter (inspection problems, 通报问题 of 报送/校验/评分), each with the unit's latest report,
 * the latest re-check, the office's typed columns and its state as of the review's day.
 */
export function buildRegister(args: RegisterArgs): Register {
  const { review, consolidation, template } = args;
  const settings = review.settings;
  const asOf = review.asOf ?? review.reviewDate;
  const closedBefore = new Set((args.carried ?? []).filter((r) => closedByOffice(r.office)).map((r) => r.item.id));
  const carried = [...(args.kept ?? []), ...(args.carried ?? []).filter((r) => !closedBefore.has(r.item.id))];
  const carriedById = new Map<string, RegisterRow>();
  for (const r of carried) if (!carriedById.has(r.item.id)) carriedById.set(r.item.id, r);
  const items = mergeItems(
    carried.map((r) => r.item),
    inspectionItems(consolidation.inspections, settings),
    problemItems(args.problems, review),
  );
  const ids = new Set(items.map((i) => i.id));
  const findings: Finding[] = [];

  const unitOf = new Map(items.map((i) => [i.id, i.unitCode]));
  const allReports = consolidation.ledgers.flatMap((l) => (l.rectification ?? []).map((r) => ({ r, file: l.file, unitName: l.unitName })));
  for (const { r, file, unitName } of allReports) {
    if (unitOf.get(r.id) === r.unitCode || args.checkReports === false) continue;
    findings.push(makeFinding('rectification-id-unknown', { id: r.id, unit: unitName }, { file, sheet: '整改情况', row: r.row, column: 'A' }));
  }
  const reports = latestReports(allReports.map((x) => x.r).filter((r) => unitOf.get(r.id) === r.unitCode));
  const rechecks = new Map<string, RectificationRecheck>();
  for (const r of consolidation.rechecks ?? []) {
    const prev = rechecks.get(r.id);
    if (!prev || r.period >= prev.period) rechecks.set(r.id, r);
  }

  const unitIndex = new Map(review.units.map((u, i) => [u.unitCode, i]));
  const unitName = new Map(review.units.map((u) => [u.unitCode, u.unitName]));
  const codeIndex = new Map(template.indicators.map((ind, i) => [ind.code, i]));
  const big = Number.MAX_SAFE_INTEGER;
  const order = (a: RectificationItem, b: RectificationItem) =>
    (unitIndex.get(a.unitCode) ?? big) - (unitIndex.get(b.unitCode) ?? big) ||
    a.period.localeCompare(b.period) ||
    (codeIndex.get(a.indicatorCode) ?? big) - (codeIndex.get(b.indicatorCode) ?? big) ||
    a.id.localeCompare(b.id);

  const rows = [...items].sort(order).map((item): RegisterRow => {
    const was = carriedById.get(item.id);
    const typed = typedFor(args.handTyped, item, ids);
    const office: OfficeClosure = {
      progress: typed?.[PROGRESS] || was?.office.progress || '',
      basis: typed?.[BASIS] || was?.office.basis || '',
      doneOn: typed?.[DONE_ON] || was?.office.doneOn || '',
    };
    const name = unitName.get(item.unitCode) ?? was?.unitName ?? item.unitCode;
    if (office.doneOn && !office.basis) findings.push(makeFinding('rectification-close-without-evidence', { id: item.id, unit: name }, { sheet: REVIEW_SHEETS.rectification }));
    const report = reports.get(item.id);
    const recheck = rechecks.get(item.id);
    return {
      item,
      unitName: name,
      reportStatus: report ? reportStatusText(report) : (was?.reportStatus ?? ''),
      report: report ? reportText(report) : (was?.report ?? ''),
      recheck: recheck ? recheckText(recheck) : (was?.recheck ?? ''),
      office,
      state: rectificationState(item, office, asOf),
    };
  });
  return { rows, asOf, findings };
}

/**
 * 状态 as a formula over the row, so it follows what the office types in Excel: 已销号 once both
 * 完成时间 and 销号依据 are filled, 已逾期 past a real 整改时限, else 整改中 — as rectificationState.
 */
export function stateFormula(row: number, asOf: string): string {
  const c = (k: (typeof RECTIFICATION_COLUMNS)[number]['key']) => `${columnLetter(columnOf(RECTIFICATION_COLUMNS, k))}${row}`;
  const [y, m, d] = asOf.split('-').map(Number);
  const L = RECTIFICATION_STATE_LABEL;
  return `IF(AND(LEN(TRIM(${c('doneOn')}))>0,LEN(TRIM(${c('basis')}))>0),"${L.done}",IF(AND(ISNUMBER(${c('deadline')}),${c('deadline')}<DATE(${y},${m},${d})),"${L.overdue}","${L.open}"))`;
}

/** The 整改台账 sheet of a review. */
export function rectificationSheet(register: Register, quarter: string): SheetPlan {
  const body = register.rows.map((r, i): CellPlan[] => {
    const row = FIRST_DATA_ROW + i;
    const { item } = r;
    return [
      numberCell(i + 1, '0'),
      text(item.id, 'locked'),
      text(item.unitCode, 'locked'),
      text(r.unitName, 'locked'),
      text(item.source, 'locked'),
      text(item.period, 'locked'),
      text(item.indicatorCode, 'locked'),
      text(item.problem, 'locked', { wrap: true }),
      text(item.requirement, 'locked', { wrap: true }),
      dateCell(item.deadline, 'locked'),
      text(r.reportStatus, 'locked', { wrap: true }),
      text(r.report, 'locked', { wrap: true }),
      text(r.recheck, 'locked', { wrap: true }),
      handCell(r.office.progress),
      handCell(r.office.basis),
      dateCell(r.office.doneOn, 'input', { unlocked: true }),
      { formula: stateFormula(row, register.asOf), cached: RECTIFICATION_STATE_LABEL[r.state], numFmt: '@', style: 'locked' },
    ];
  });
  const sheet = tableSheet({
    name: REVIEW_SHEETS.rectification,
    title: `${quarterLabel(quarter)}整改台账`,
    note: REVIEW_TEXT.rectificationNote(register.asOf).zh,
    columns: RECTIFICATION_COLUMNS,
    body,
    freezeColumns: 4,
  });
  const first = FIRST_DATA_ROW;
  const last = Math.max(first, first + body.length - 1);
  const letter = (k: (typeof RECTIFICATION_COLUMNS)[number]['key']) => columnLetter(columnOf(RECTIFICATION_COLUMNS, k));
  const state = `${letter('state')}${first}:${letter('state')}${last}`;
  return {
    ...sheet,
    validations: body.length
      ? [
          dateRule(`${letter('doneOn')}${first}:${letter('doneOn')}${last}`, '完成时间无效', '请填写日期，如 2021-07-20；销号须同时填写销号依据。'),
        ]
      : [],
    conditionalFormats: body.length
      ? [
          { range: state, formula: `$${letter('state')}${first}="${RECTIFICATION_STATE_LABEL.overdue}"`, style: 'bad' },
          { range: state, formula: `$${letter('state')}${first}="${RECTIFICATION_STATE_LABEL.done}"`, style: 'good' },
        ]
      : [],
  };
}

const SOURCES = new Set<string>(['检查', '报送', '校验', '评分']);

/**
 * Every row of a review workbook's 整改台账, as the next review (and the next ledgers and
 * round) carries it: the item (its id as written; computed for workbooks written before ids),
 * the reports and re-check in words, what the office typed, and the state the row's values
 * give as of `asOf`. Empty when the sheet is absent.
 */
export function readRegister(sheets: readonly GridSheet[], asOf: string): RegisterRow[] {
  const sheet = sheetNamed(sheets, REVIEW_SHEETS.rectification);
  const header = sheet && findHeaders(sheet, ['单位编码', '检查期间', '指标编号'])[0];
  if (!sheet || !header) return [];
  const rows: RegisterRow[] = [];
  for (let r = header.row; r < sheet.grid.length; r++) {
    const cells = sheet.grid[r] ?? [];
    const get = (label: string) => {
      const c = header.cols.get(label);
      return c === undefined ? null : (cells[c - 1] ?? null);
    };
    const unitCode = cellText(get('单位编码'));
    if (!unitCode) continue;
    const period = cellText(get('检查期间'));
    const indicatorCode = cellText(get('指标编号'));
    const problem = cellText(get('发现问题'));
    const sourceText = cellText(get('来源'));
    const source = (SOURCES.has(sourceText) ? sourceText : '检查') as RectificationSource;
    const deadline = typedDate(get('整改时限'));
    const item: RectificationItem = {
      id: cellText(get(RECTIFICATION_ID_LABEL)) || rectificationId({ unitCode, period, indicatorCode, problem }),
      unitCode,
      source,
      period,
      indicatorCode,
      problem,
      requirement: cellText(get('整改要求')),
      deadline: deadline || null,
    };
    const office: OfficeClosure = { ...EMPTY_CLOSURE, progress: cellText(get(PROGRESS)), basis: cellText(get(BASIS)), doneOn: typedDate(get(DONE_ON)) };
    rows.push({
      item,
      unitName: cellText(get('单位名称')),
      reportStatus: cellText(get('单位自报')),
      report: cellText(get('自报情况')),
      recheck: cellText(get('复查情况')),
      office,
      state: rectificationState(item, office, asOf),
    });
  }
  return rows;
}

/** A deadline cell's value as the ledgers and the inspection workbook write it. */
export const deadlineSerial = (deadline: string | null) => (deadline && isIsoDate(deadline) ? excelSerial(deadline) : null);
