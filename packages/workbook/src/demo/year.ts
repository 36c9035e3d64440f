import { DEFAULT_OFFICE_CONTACT, addDays, campaignStatus, chaseText, reviewDate, type CampaignStatus, type RectificationState } from '@ledger-review/scoring';
import { buildAnnualPlan, buildAnnualRollup, type AnnualRollup } from '../annual';
import { ledgerFacts } from '../consolidate/consolidate';
import { examineFile, type ExamineContext, type FileExamination } from '../consolidate/examine';
import { planGrids } from '../documents/planGrids';
import { DOCUMENT_SOURCE_SHEETS } from '../documents/readReview';
import { readDocumentSettings } from '../documents/settings';
import { inspectionWorkbook } from '../issuing';
import { runReview, type ReviewContext, type ReviewRun } from '../pipeline';
import { openFromReviewWorkbook } from '../rectification/open';
import { readRegister } from '../rectification/register';
import { RECTIFICATION_HAND_TYPED, RECTIFICATION_ID_LABEL, REVIEW_SHEETS } from '../review/layout';
import { typeDecisionLine } from '../review/readBack';
import { feedbackFileName, feedbackFolder, feedbackPlan, roundContact, roundLedgers, roundNoticeFileName, roundNoticePlan, roundReportFileName, roundReportPlan, roundResults, roundScored } from '../round';
import type { GridSheet, GridValue } from '../sheet/grid';
import { cellText, findHeaders } from '../sheet/table';
import type { WorkbookPlan } from '../sheet/plan';
import { buildStatusPlan } from '../status';
import { receivedLedgersOf } from '../status/received';
import { readGrids } from '../xlsx/readGrids';
import { renderWorkbook } from '../xlsx/writer';
import { hashLabel } from './prng';
import { buildSampleSecondHalf, type SampleLaterQuarter } from './sampleQuarter';

/**
 * The sample year (SPEC §10): the sample quarter's two quarters (2021Q1, 2021Q2) and the second
 * half the cast goes on to (`buildSampleSecondHalf`: the ledgers of July–December, the 每年
 * indicators only in December's, and the inspections of 2021-B4…B6), so the year has its twelve
 * months, six 双月检查 rounds and four reviews. On it: the 报送状态 with its 催报 text at mid-year
 * and at the year's end, one round's documents before and after scoring, the office's
 * 办公室调整 carried into the next review, 整改 items closed by the office with evidence each
 * quarter and some left overdue, and the 年度汇总 over the four reviews. Each step calls what the
 * matching CLI command calls. Host-neutral: files go out through `write` (paths relative to the
 * demo's folder, `/`-separated); `demo/node.ts` writes them to disk.
 */

/** Writes a file of the sample year; `file` is relative to the demo's output folder, `/`-separated. */
export type SampleYearWriter = (file: string, content: Uint8Array | string) => Promise<void>;

/**
 * Renders the workbooks of the sample year and writes them somewhere else than this thread (the
 * CLI: a worker thread); `file` as for {@link SampleYearWriter}.
 */
export interface SampleYearRenderer {
  /** Queues a workbook; resolves once it is written. */
  render(file: string, plan: WorkbookPlan): Promise<void>;
  /** Called once nothing more is queued: this thread may help with what is still waiting. */
  finish(): Promise<void>;
}

const join = (...parts: string[]) => parts.join('/');

/** Folders (and files) of the sample year, relative to the demo's output folder. */
export const YEAR_FOLDERS = {
  root: '全年示例',
  /** The second half's ledgers and inspection workbooks, one folder a quarter. */
  secondHalf: '0_下半年台账与检查',
  status: '1_月度报送状态',
  round: '2_双月检查',
  roundBefore: '检查前',
  roundAfter: '检查后',
  decided: '3_办公室调整与整改',
  annual: '年度汇总.xlsx',
} as const;

export const YEAR_FILES = {
  status: (asOf: string) => `报送状态_截至${asOf}.xlsx`,
  chase: (asOf: string) => `催报通知_截至${asOf}.txt`,
  review: (quarter: string) => `${quarter}_季度点评.xlsx`,
} as const;

/** The sample's scenario: the days of the status, the round shown, the office's decision and closures. */
export const SAMPLE_YEAR = {
  year: 2021,
  /**
   * The 报送状态 taken twice: a week after June's ledger was due (January–June) and a week after
   * December's (July–December). 市财政局 is chased both times.
   */
  status: [
    { from: '2021-01', asOf: '2021-07-12' },
    { from: '2021-07', asOf: '2022-01-12' },
  ],
  round: '2021-B3',
  /** The 检查通知 goes out when the bimonth's last ledger is due. */
  noticeAsOf: '2021-07-05',
  /** 示范区 did not make the 2021Q1 list by its scores; the office adds it, so 2021Q2 is its second running. */
  decision: { quarter: '2021Q1', outcome: '检查性发言', action: '增加', unitCode: 'XQ09', reason: '台账多项数据与实际不符，经办公室研究确定作检查性发言' },
  /**
   * At each review from 2021Q2 on, the office closes (销号) the items past their 整改时限 that the
   * re-check found rectified, with the date and the evidence. The units named here had not
   * rectified half of theirs, and one item in `stuckOneIn` of any unit's is not rectified either:
   * those stay overdue, and carry on into the next quarter.
   */
  laggards: ['XQ04', 'SZ13'],
  stuckOneIn: 12,
  closureBasis: ['已补充佐证材料，经检查组复核销号', '整改报告及制度文件已报送，经复查整改到位', '经检查组现场复查，问题已整改'],
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
  /** The seed of the sample (the second half is generated from it). */
  seed?: number;
  /**
   * The second half as a host already wrote and examined it (the CLI renders it in a worker
   * thread beside the first half's reviews); generated, written and examined here otherwise.
   */
  secondHalf?: ExaminedSecondHalf;
  /** Where the workbooks nothing here reads back are rendered; here, through `output`, otherwise. */
  render?: SampleYearRenderer;
}

/** What the year tells of a quarter of the second half (its files are on disk). */
export interface SecondHalfQuarter {
  quarter: string;
  ledgers: number;
  inspections: string[];
  missing: SampleLaterQuarter['missing'];
  late: SampleLaterQuarter['late'];
}

/** The second half written, and each quarter's files examined as received. */
export interface ExaminedSecondHalf {
  /** Relative to the demo's folder, `/`-separated. */
  folder: string;
  /** Files written out: every ledger and inspection workbook of the second half. */
  files: number;
  quarters: SecondHalfQuarter[];
  examined: FileExamination[][];
}

/**
 * Generates the second half, writes every file through `write` (paths relative to the demo's
 * folder, `/`-separated; it returns the bytes written) and, given a context, examines each file
 * as received, recorded under `where(file)`.
 */
export async function stageSecondHalf(
  seed: number | undefined,
  write: (file: string, plan: WorkbookPlan) => Promise<Uint8Array>,
  context?: ExamineContext,
  where: (file: string) => string = (file) => file,
): Promise<ExaminedSecondHalf> {
  const folder = join(YEAR_FOLDERS.root, YEAR_FOLDERS.secondHalf);
  const later = buildSampleSecondHalf({ year: SAMPLE_YEAR.year, seed });
  const examined: FileExamination[][] = [];
  let files = 0;
  for (const q of later) {
    const own: FileExamination[] = [];
    for (const f of [...q.ledgers, ...q.inspections]) {
      const file = join(folder, f.path);
      const bytes = await write(file, f.plan);
      // Examined as any received file is: read back from what was written.
      if (context) own.push(examineFile({ name: f.path, path: where(file), sheets: readGrids(bytes) }, context));
      files++;
    }
    examined.push(own);
  }
  return { folder, files, quarters: later.map(secondHalfQuarter), examined };
}

/** A quarter of the second half as the year reports it, without its plans. */
const secondHalfQuarter = (q: SampleLaterQuarter): SecondHalfQuarter => ({
  quarter: q.quarter,
  ledgers: q.ledgers.length,
  inspections: q.inspections.map((i) => i.period),
  missing: q.missing,
  late: q.late,
});

/** One 报送状态 of the year. */
export interface SampleYearStatus {
  file: string;
  chaseFile: string;
  status: CampaignStatus;
  chaseText: string;
}

/** One review of the year as the office confirmed it. */
export interface SampleYearReview {
  quarter: string;
  file: string;
  run: ReviewRun;
  /** Ids the office closed in this review's 整改台账. */
  closed: string[];
  states: Record<RectificationState, number>;
}

export interface WrittenSampleYear {
  folder: string;
  secondHalf: { folder: string; quarters: SecondHalfQuarter[]; files: number };
  status: { snapshots: SampleYearStatus[]; chasedTwice: string[] };
  round: { period: string; notice: string; inspection: string; report: string; feedbackFolder: string; feedback: number; open: number; averageRate: number };
  decided: { decision: typeof SAMPLE_YEAR.decision; unitName: string; reviews: SampleYearReview[] };
  annual: { file: string; rollup: AnnualRollup };
}

/** The sheets of a review workbook the year's later steps read back. */
const REVIEW_READ: readonly string[] = [...DOCUMENT_SOURCE_SHEETS, REVIEW_SHEETS.files];

/** A workbook the office is typing into. */
type TypedSheet = Omit<GridSheet, 'grid'> & { grid: GridValue[][] };
const copySheets = (sheets: readonly GridSheet[]): TypedSheet[] => sheets.map((s) => ({ ...s, grid: s.grid.map((r) => [...(r ?? [])]) }));

/**
 * The office's 销号 at a review: every item past its 整改时限 on the review's day that was
 * rectified (see `SAMPLE_YEAR.laggards`), closed with 完成时间 (a few days before the deadline,
 * never after the day) and 销号依据 typed into the 整改台账, in place. The ids closed.
 */
function closeRectified(sheets: TypedSheet[], asOf: string): string[] {
  const sheet = sheets.find((s) => s.name === REVIEW_SHEETS.rectification);
  const header = sheet && findHeaders(sheet, ['检查期间', RECTIFICATION_ID_LABEL])[0];
  if (!sheet || !header) throw new Error('没有整改台账');
  const [, doneOnLabel, basisLabel] = RECTIFICATION_HAND_TYPED;
  const col = (label: string) => header.cols.get(label)! - 1;
  const laggards = new Set<string>(SAMPLE_YEAR.laggards);
  const rows = new Map(readRegister(sheets, asOf).map((r) => [r.item.id, r]));
  const closed: string[] = [];
  for (let r = header.row; r < sheet.grid.length; r++) {
    const found = rows.get(cellText(sheet.grid[r]?.[col(RECTIFICATION_ID_LABEL)]));
    if (!found || found.state !== 'overdue' || !found.item.deadline) continue;
    const h = hashLabel(found.item.id);
    if ((laggards.has(found.item.unitCode) && h % 2 === 0) || h % SAMPLE_YEAR.stuckOneIn === 1) continue;
    const doneOn = addDays(found.item.deadline < asOf ? found.item.deadline : asOf, -(h % 9) - 1);
    const row = [...(sheet.grid[r] ?? [])];
    row[col(doneOnLabel)] = doneOn;
    row[col(basisLabel)] = SAMPLE_YEAR.closureBasis[h % SAMPLE_YEAR.closureBasis.length];
    sheet.grid[r] = row;
    closed.push(found.item.id);
  }
  return closed;
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
  // Workbooks nothing here reads back: rendered by the host's renderer when it offers one, all
  // awaited at the end (a failure is not lost meanwhile).
  const pending: Promise<unknown>[] = [];
  const put = (file: string, plan: WorkbookPlan) => {
    const done = input.render ? input.render.render(file, plan) : write(file, plan);
    done.catch(() => undefined);
    pending.push(done);
  };
  const office = context.office ?? DEFAULT_OFFICE_CONTACT;
  // A review is read back for what later steps use (hand-typed columns, history, register, the
  // annual roll-up's sources), not for its bulky 台账汇总 and 问题清单.
  const readReview = (bytes: Uint8Array) => readGrids(bytes, { sheets: REVIEW_READ });

  // The second half as the units and the teams send it: written, then read and examined as any
  // received file is.
  const half = input.secondHalf ?? (await stageSecondHalf(input.seed, write, context));
  const quarters = [input.previousQuarter, input.quarter, ...half.quarters.map((q) => q.quarter)];
  const examinedOf = [input.previous, input.current, ...half.examined];

  // 报送状态 at mid-year and at the year's end (`status`): what was received by each day.
  const statusDir = join(root, YEAR_FOLDERS.status);
  const received = receivedLedgersOf(examinedOf.flat());
  const snapshots: SampleYearStatus[] = [];
  for (const at of SAMPLE_YEAR.status) {
    const ledgers = received.filter((l) => l.month >= at.from && (l.filledDate ?? '') <= at.asOf);
    const status = campaignStatus({ roster: context.roster, ledgers, settings: context.settings, asOf: at.asOf, from: at.from });
    const chase = chaseText(status, office, 'zh-CN');
    const file = join(statusDir, YEAR_FILES.status(at.asOf));
    put(file, buildStatusPlan(status, office));
    const chaseFile = join(statusDir, YEAR_FILES.chase(at.asOf));
    await output(chaseFile, `${chase}\n`);
    snapshots.push({ file, chaseFile, status, chaseText: chase });
  }
  const chasedTwice = snapshots[0].status.chase.filter((u) => snapshots.every((s) => s.status.chase.some((c) => c.unitCode === u.unitCode))).map((u) => u.unitName);

  // A round (`round --notice`, then `round --results`): 检查通知 and 检查评分表 before, 反馈单 and 报告 after.
  const period = SAMPLE_YEAR.round;
  const roundDir = join(root, YEAR_FOLDERS.round, period);
  const docSettings = readDocumentSettings();
  const contact = roundContact(docSettings);
  const previousSheets = readReview(input.previousReview);
  const openBefore = openFromReviewWorkbook(previousSheets, context.roster, SAMPLE_YEAR.noticeAsOf);
  const open = 'open' in openBefore ? openBefore.open : [];
  const periodLedgers = roundLedgers(input.current, period);
  const before = join(roundDir, YEAR_FOLDERS.roundBefore);
  const notice = join(before, roundNoticeFileName(period));
  put(notice, roundNoticePlan({ context, period, open, contact }));
  const scoring = inspectionWorkbook(context, period, periodLedgers, open.length ? { items: open, asOf: SAMPLE_YEAR.noticeAsOf } : undefined);
  const inspection = join(before, scoring.fileName);
  put(inspection, scoring.plan);
  const { inspections, rechecks } = roundScored(input.current, period);
  const roundInput = { period, template: context.template, roster: context.roster, settings: context.settings, inspections, ledgers: periodLedgers.map(ledgerFacts) };
  const results = roundResults(roundInput);
  const after = join(roundDir, YEAR_FOLDERS.roundAfter);
  const report = join(after, roundReportFileName(period));
  put(report, roundReportPlan(results, roundInput, rechecks));
  const feedbackDir = join(after, feedbackFolder(period));
  for (const u of results.summary.units) put(join(feedbackDir, feedbackFileName({ name: u.unitName })), feedbackPlan(results, u, roundInput, contact));

  // The office decides: 示范区 added to 2021Q1's 检查性发言 with a reason; 2021Q1 built again keeps
  // and applies it, and 2021Q2, built on the confirmed list, makes it the unit's second running.
  // From 2021Q2 on, each review's 整改台账 gets the office's 销号 and is built again; the next
  // quarter's review is built on the confirmed one, so closed items leave and the rest carry on.
  const decidedDir = join(root, YEAR_FOLDERS.decided);
  const decision = SAMPLE_YEAR.decision;
  const unitName = context.roster.find((u) => u.code === decision.unitCode)?.name ?? decision.unitCode;
  const reviews: SampleYearReview[] = [];
  let confirmed: GridSheet[] | null = null;
  const confirmedSheets: GridSheet[][] = [];
  for (const [k, quarter] of quarters.entries()) {
    const examined = examinedOf[k];
    const previousReviews = confirmed ? [confirmed] : [];
    // The review as first built: the demo's own for the first two quarters.
    const first = k === 0 ? previousSheets : k === 1 ? readReview(input.currentReview) : planGrids(runReview({ examined, quarter, context, previousReviews }).plan, REVIEW_READ);
    const typed = copySheets(quarter === decision.quarter ? typeDecisionLine(first, { ...decision, unitName }) : first);
    const asOf = reviewDate(quarter, context.settings);
    const closed = k === 0 ? [] : closeRectified(typed, asOf);
    const run = runReview({ examined, quarter, context, existingReview: typed, previousReviews });
    const file = join(decidedDir, YEAR_FILES.review(quarter));
    put(file, run.plan);
    // What the file holds, without reading it back (planGrids equals readGrids of the rendered plan).
    const sheets = planGrids(run.plan, REVIEW_READ);
    const states: Record<RectificationState, number> = { open: 0, done: 0, overdue: 0 };
    for (const r of readRegister(sheets, run.review.asOf ?? run.review.reviewDate)) states[r.state]++;
    reviews.push({ quarter, file, run, closed, states });
    confirmedSheets.push(sheets);
    confirmed = sheets;
  }

  // The year (`annual`), over the reviews as the office confirmed them.
  const sources = (sheets: readonly GridSheet[]) => sheets.filter((s) => DOCUMENT_SOURCE_SHEETS.includes(s.name));
  const rollup = buildAnnualRollup(
    SAMPLE_YEAR.year,
    quarters.map((q, k) => ({ file: YEAR_FILES.review(q), sheets: sources(confirmedSheets[k]) })),
  );
  const annualFile = join(root, YEAR_FOLDERS.annual);
  put(annualFile, buildAnnualPlan(rollup, {}));
  await input.render?.finish();
  await Promise.all(pending);

  return {
    folder: root,
    secondHalf: { folder: half.folder, quarters: half.quarters, files: half.files },
    status: { snapshots, chasedTwice },
    round: { period, notice, inspection, report, feedbackFolder: feedbackDir, feedback: results.summary.units.length, open: open.length, averageRate: results.summary.averageRate },
    decided: { decision, unitName, reviews },
    annual: { file: annualFile, rollup },
  };
}
