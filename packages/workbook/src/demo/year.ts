import { DEFAULT_OFFICE_CONTACT, campaignStatus, chaseText, quarterInspectionPeriods, quarterMonths, type CampaignStatus, type RectificationState } from '@ledger-review/scoring';
import { buildAnnualPlan, buildAnnualRollup, type AnnualRollup } from '../annual';
import { ledgerFacts } from '../consolidate/consolidate';
import type { FileExamination } from '../consolidate/examine';
import { DOCUMENT_SOURCE_SHEETS } from '../documents/readReview';
import { readDocumentSettings } from '../documents/settings';
import { inspectionWorkbook } from '../issuing';
import { runReview, type ReviewContext, type ReviewRun } from '../pipeline';
import { openFromReviewWorkbook } from '../rectification/open';
import { readRegister } from '../rectification/register';
import { RECTIFICATION_HAND_TYPED, REVIEW_SHEETS } from '../review/layout';
import { typeDecisionLine } from '../review/readBack';
import { feedbackFileName, feedbackFolder, feedbackPlan, roundContact, roundLedgers, roundNoticeFileName, roundNoticePlan, roundReportFileName, roundReportPlan, roundResults, roundScored } from '../round';
import type { GridSheet, GridValue } from '../sheet/grid';
import { buildStatusPlan } from '../status';
import { receivedLedgersOf } from '../status/received';
import { readGrids } from '../xlsx/readGrids';
import { renderWorkbook } from '../xlsx/writer';

/**
 * The sample year (SPEC §10) on top of the sample quarter's two reviews: a month of 报送状态 with
 * its 催报 text, one 双月检查 round's documents before and after scoring, an office's 办公室调整
 * carried into the next review, 整改 items closed by the office and overdue, and the 年度汇总 over
 * the quarters staged. Each step calls what the matching CLI command calls. Host-neutral: files
 * go out through `write` (paths relative to the demo's folder, `/`-separated); `demo/node.ts`
 * writes them to disk.
 */

/** Writes a file of the sample year; `file` is relative to the demo's output folder, `/`-separated. */
export type SampleYearWriter = (file: string, content: Uint8Array | string) => Promise<void>;

const join = (...parts: string[]) => parts.join('/');

/** Folders (and files) of the sample year, relative to the demo's output folder. */
export const YEAR_FOLDERS = {
  root: '全年示例',
  status: '1_月度报送状态',
  round: '2_双月检查',
  roundBefore: '检查前',
  roundAfter: '检查后',
  decided: '3_办公室调整与整改',
  annual: '年度汇总.xlsx',
} as const;

export const YEAR_FILES = {
  status: (asOf: string) => `报送状态_截至${asOf}.xlsx`,
  chase: '催报通知.txt',
  review: (quarter: string) => `${quarter}_季度点评.xlsx`,
} as const;

/** The sample's scenario: the day of the status, the round shown, the office's decision and the closure. */
export const SAMPLE_YEAR = {
  year: 2021,
  /** From January (the year's first ledger) to a day after June's ledger was due. */
  statusFrom: '2021-01',
  statusAsOf: '2021-07-12',
  round: '2021-B3',
  /** The 检查通知 goes out when the bimonth's last ledger is due. */
  noticeAsOf: '2021-07-05',
  /** 示范区 did not make the 2021Q1 list by its scores; the office adds it, so 2021Q2 is its second running. */
  decision: { quarter: '2021Q1', outcome: '检查性发言', action: '增加', unitCode: 'XQ09', reason: '台账多项数据与实际不符，经办公室研究确定作检查性发言' },
  closure: { doneOn: '2021-06-25', basis: '已补充佐证材料，经检查组复核销号' },
} as const;

export interface SampleYearInput {
  context: ReviewContext;
  /** Examined files of the previous quarter (2021Q1) and of the sample quarter (2021Q2). */
  previous: readonly FileExamination[];
  current: readonly FileExamination[];
  previousQuarter: string;
  quarter: string;
  /** The two reviews as the demo wrote them, before any office decision. */
  previousReview: Uint8Array;
  currentReview: Uint8Array;
}

export interface WrittenSampleYear {
  folder: string;
  status: { file: string; chaseFile: string; status: CampaignStatus; chaseText: string; chasedTwice: string[] };
  round: { period: string; notice: string; inspection: string; report: string; feedbackFolder: string; feedback: number; open: number; averageRate: number };
  decided: { files: string[]; decision: typeof SAMPLE_YEAR.decision; unitName: string; closedId: string; states: Record<RectificationState, number>; runs: ReviewRun[] };
  annual: { file: string; rollup: AnnualRollup };
}

/** A workbook the office is typing into. */
type TypedSheet = Omit<GridSheet, 'grid'> & { grid: GridValue[][] };
const copySheets = (sheets: readonly GridSheet[]): TypedSheet[] => sheets.map((s) => ({ ...s, grid: s.grid.map((r) => [...(r ?? [])]) }));
const text = (v: GridValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/** Closes the first open 整改台账 item carried from an earlier quarter (完成时间 + 销号依据), in place; its id. */
function closeCarriedItem(sheets: TypedSheet[], quarter: string, closure: { doneOn: string; basis: string }): string {
  const sheet = sheets.find((s) => s.name === REVIEW_SHEETS.rectification);
  const headerAt = sheet?.grid.findIndex((r) => (r ?? []).map(text).includes('检查期间')) ?? -1;
  if (!sheet || headerAt < 0) throw new Error('没有整改台账');
  const cols = sheet.grid[headerAt].map(text);
  const [, doneOnLabel, basisLabel] = RECTIFICATION_HAND_TYPED;
  const own = new Set<string>([quarter, ...quarterMonths(quarter), ...quarterInspectionPeriods(quarter)]);
  for (let r = headerAt + 1; r < sheet.grid.length; r++) {
    const row = [...(sheet.grid[r] ?? [])];
    const period = text(row[cols.indexOf('检查期间')]);
    if (!text(row[cols.indexOf('单位编码')]) || own.has(period) || text(row[cols.indexOf(basisLabel)])) continue;
    row[cols.indexOf(doneOnLabel)] = closure.doneOn;
    row[cols.indexOf(basisLabel)] = closure.basis;
    sheet.grid[r] = row;
    return text(row[cols.indexOf('问题编号')]);
  }
  throw new Error('整改台账中没有上季度转来的事项');
}

/** Stages the sample year; every path in the result is relative to the demo's folder. */
export async function buildSampleYear(input: SampleYearInput, output: SampleYearWriter): Promise<WrittenSampleYear> {
  const { context } = input;
  const root = YEAR_FOLDERS.root;
  const write = async (file: string, plan: Parameters<typeof renderWorkbook>[0]) => {
    const bytes = await renderWorkbook(plan);
    await output(file, bytes);
    return bytes;
  };
  const office = context.office ?? DEFAULT_OFFICE_CONTACT;

  // A month of status: every ledger of the half year as of the day after June's was due (`status`).
  const all = [...input.previous, ...input.current];
  const status = campaignStatus({ roster: context.roster, ledgers: receivedLedgersOf(all), settings: context.settings, asOf: SAMPLE_YEAR.statusAsOf, from: SAMPLE_YEAR.statusFrom });
  const chase = chaseText(status, office, 'zh-CN');
  const statusDir = join(root, YEAR_FOLDERS.status);
  const statusFile = join(statusDir, YEAR_FILES.status(SAMPLE_YEAR.statusAsOf));
  await write(statusFile, buildStatusPlan(status, office));
  const chaseFile = join(statusDir, YEAR_FILES.chase);
  await output(chaseFile, `${chase}\n`);
  const chasedTwice = status.units.filter((u) => u.months.filter((m) => m.state === 'late' || m.state === 'missing').length >= 2).map((u) => u.unitName);

  // A round (`round --notice`, then `round --results`): 检查通知 and 检查评分表 before, 反馈单 and 报告 after.
  const period = SAMPLE_YEAR.round;
  const roundDir = join(root, YEAR_FOLDERS.round, period);
  const docSettings = readDocumentSettings();
  const contact = roundContact(docSettings);
  const previousSheets = readGrids(input.previousReview);
  const openBefore = openFromReviewWorkbook(previousSheets, context.roster, SAMPLE_YEAR.noticeAsOf);
  const open = 'open' in openBefore ? openBefore.open : [];
  const periodLedgers = roundLedgers(input.current, period);
  const before = join(roundDir, YEAR_FOLDERS.roundBefore);
  const notice = join(before, roundNoticeFileName(period));
  await write(notice, roundNoticePlan({ context, period, open, contact }));
  const scoring = inspectionWorkbook(context, period, periodLedgers, open.length ? { items: open, asOf: SAMPLE_YEAR.noticeAsOf } : undefined);
  const inspection = join(before, scoring.fileName);
  await write(inspection, scoring.plan);
  const { inspections, rechecks } = roundScored(input.current, period);
  const roundInput = { period, template: context.template, roster: context.roster, settings: context.settings, inspections, ledgers: periodLedgers.map(ledgerFacts) };
  const results = roundResults(roundInput);
  const after = join(roundDir, YEAR_FOLDERS.roundAfter);
  const report = join(after, roundReportFileName(period));
  await write(report, roundReportPlan(results, roundInput, rechecks));
  const feedbackDir = join(after, feedbackFolder(period));
  for (const u of results.summary.units) await write(join(feedbackDir, feedbackFileName({ name: u.unitName })), feedbackPlan(results, u, roundInput, contact));

  // The office decides: 示范区 added to 2021Q1's 检查性发言 with a reason; 2021Q1 built again keeps
  // and applies it, and 2021Q2, built on the confirmed list, makes it the unit's second running.
  // In 2021Q2's 整改台账 the office closes an item carried from 2021Q1, with its evidence.
  const decidedDir = join(root, YEAR_FOLDERS.decided);
  const decision = SAMPLE_YEAR.decision;
  const unitName = context.roster.find((u) => u.code === decision.unitCode)?.name ?? decision.unitCode;
  const typedQ1 = typeDecisionLine(previousSheets, { ...decision, unitName });
  const q1Run = runReview({ examined: input.previous, quarter: input.previousQuarter, context, existingReview: typedQ1 });
  const q1File = join(decidedDir, YEAR_FILES.review(input.previousQuarter));
  const q1Bytes = await write(q1File, q1Run.plan);
  const q1Sheets = readGrids(q1Bytes);
  const typedQ2 = copySheets(readGrids(input.currentReview));
  const closedId = closeCarriedItem(typedQ2, input.quarter, SAMPLE_YEAR.closure);
  const q2Run = runReview({ examined: input.current, quarter: input.quarter, context, existingReview: typedQ2, previousReviews: [q1Sheets] });
  const q2File = join(decidedDir, YEAR_FILES.review(input.quarter));
  const q2Bytes = await write(q2File, q2Run.plan);
  const states: Record<RectificationState, number> = { open: 0, done: 0, overdue: 0 };
  const q2Sheets = readGrids(q2Bytes);
  for (const r of readRegister(q2Sheets, q2Run.review.asOf ?? q2Run.review.reviewDate)) states[r.state]++;

  // The year so far (`annual`), over the reviews as the office confirmed them.
  const sources = (sheets: readonly GridSheet[]) => sheets.filter((s) => DOCUMENT_SOURCE_SHEETS.includes(s.name));
  const rollup = buildAnnualRollup(SAMPLE_YEAR.year, [
    { file: YEAR_FILES.review(input.previousQuarter), sheets: sources(q1Sheets) },
    { file: YEAR_FILES.review(input.quarter), sheets: sources(q2Sheets) },
  ]);
  const annualFile = join(root, YEAR_FOLDERS.annual);
  await write(annualFile, buildAnnualPlan(rollup, {}));

  return {
    folder: root,
    status: { file: statusFile, chaseFile, status, chaseText: chase, chasedTwice },
    round: { period, notice, inspection, report, feedbackFolder: feedbackDir, feedback: results.summary.units.length, open: open.length, averageRate: results.summary.averageRate },
    decided: { files: [q1File, q2File], decision, unitName, closedId, states, runs: [q1Run, q2Run] },
    annual: { file: annualFile, rollup },
  };
}
