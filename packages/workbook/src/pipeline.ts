import {
  makeFinding,
  previousQuarter,
  quarterInspectionPeriods,
  quarterMonths,
  quarterOf,
  reviewQuarter,
  type IndicatorTemplate,
  type Finding,
  type InspectionTeam,
  type OfficeContact,
  type QuarterReview,
  type ScoringSettings,
  type Unit,
} from '@ledger-review/scoring';
import { consolidate, consolidateExamined, ledgerFacts } from './consolidate/consolidate';
import type { FileExamination } from './consolidate/examine';
import { EMPTY_HAND_TYPED, type Consolidation } from './consolidate/types';
import type { ReceivedFile } from './files/received';
import type { GridSheet } from './sheet/grid';
import { META_KEYS, readMeta } from './sheet/meta';
import type { WorkbookPlan } from './sheet/plan';
import { buildReviewPlan, readHandTyped, readHistory, type ReviewHistoryEntry } from './review';
import { reviewProblems } from './review/problemSheets';
import { buildRegister, readRegister, type Register, type RegisterRow } from './rectification/register';

/** Everything a review needs besides the received files: from the template workbook or the defaults. */
export interface ReviewContext {
  template: IndicatorTemplate;
  roster: readonly Unit[];
  settings: ScoringSettings;
  team: InspectionTeam;
  /** The office's contact (文书设置), shown in every ledger's 填报说明 and in the 催报 text; the work plan's when absent. */
  office?: OfficeContact;
}

/** The quarter most of the given months fall in (ties: the latest). */
export function inferQuarter(months: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const m of months) counts.set(quarterOf(m), (counts.get(quarterOf(m)) ?? 0) + 1);
  let best: string | null = null;
  for (const [q, n] of counts) if (!best || n > (counts.get(best) ?? 0) || (n === counts.get(best) && q > best)) best = q;
  return best;
}

/** Merge review histories; later entries for the same quarter win. */
function mergeHistory(...lists: ReviewHistoryEntry[][]): ReviewHistoryEntry[] {
  const byQuarter = new Map<string, ReviewHistoryEntry>();
  for (const list of lists) for (const h of list) byQuarter.set(h.quarter, h);
  return [...byQuarter.values()].sort((a, b) => a.quarter.localeCompare(b.quarter));
}

export interface ReviewRun {
  consolidation: Consolidation;
  review: QuarterReview;
  plan: WorkbookPlan;
  history: ReviewHistoryEntry[];
  /** The previous quarter, when no review of it was given (the two-statements rule could not apply). */
  historyMissing: string | null;
  /** The quarter's 整改台账: carried and new items, their states as of the review's day, and what was wrong with reports or closures. */
  rectification: Register;
}

/** What the review is run on: the received files (read already), or their examinations (computed in worker threads). */
export type ReviewInputs = { received: readonly ReceivedFile[] } | { examined: readonly FileExamination[] };

/**
 * One click: received files (ledgers and inspection workbooks) → consolidated, validated, scored,
 * ranked → the review workbook plan. Host-neutral: the CLI, the add-in and the browser mode call it.
 */
export function runReview(
  input: ReviewInputs & {
    quarter: string;
    context: ReviewContext;
    /** The review workbook being updated: what the office typed there is kept. */
    existingReview?: readonly GridSheet[];
    /** Earlier reviews, for the 检查性发言 history. */
    previousReviews?: ReadonlyArray<readonly GridSheet[]>;
    /** The day the review is taken as of (months not yet due are 未到期); the quarter's end otherwise. */
    asOf?: string;
    onProgress?: (done: number, total: number, file: string) => void;
    signal?: { aborted: boolean };
  },
): ReviewRun {
  const { context, quarter } = input;
  const handTyped = input.existingReview ? readHandTyped(input.existingReview) : undefined;
  // The earlier reviews given win over the copy this workbook kept when it was last built, and
  // each review's own quarter over any copy of it: the office may have changed a quarter's
  // confirmed lists (办公室调整) since the copies were made.
  const previous = (input.previousReviews ?? []).map((sheets) => ({ sheets, history: readHistory(sheets) }));
  const history = mergeHistory(
    input.existingReview ? readHistory(input.existingReview) : [],
    ...previous.map((p) => p.history),
    ...previous.map((p) => p.history.filter((h) => h.quarter === readMeta(p.sheets)?.[META_KEYS.quarter])),
  ).filter((h) => h.quarter < quarter);
  // Without the previous quarter's review, two consecutive 检查性发言 cannot be seen: say so.
  const historyMissing = history.some((h) => h.quarter === previousQuarter(quarter)) ? null : previousQuarter(quarter);
  const consolidation =
    'examined' in input
      ? consolidateExamined(input.examined, { quarter, handTyped })
      : consolidate(input.received, {
          template: context.template,
          roster: context.roster,
          settings: context.settings,
          team: context.team,
          asOf: input.asOf,
          quarter,
          handTyped,
          onProgress: input.onProgress,
          signal: input.signal,
        });
  const review = reviewQuarter({
    asOf: input.asOf,
    quarter,
    template: context.template,
    roster: context.roster,
    settings: context.settings,
    ledgers: consolidation.ledgers.map(ledgerFacts),
    inspections: consolidation.inspections,
    history,
    decisions: handTyped?.decisions,
  });
  // 整改: the items earlier reviews left open carry into this quarter's 整改台账.
  const asOf = review.asOf ?? review.reviewDate;
  const earlier = [...(input.previousReviews ?? [])]
    .map((sheets) => ({ sheets, quarter: readMeta(sheets)?.[META_KEYS.quarter] ?? '' }))
    .filter((w) => w.quarter < quarter)
    .sort((a, b) => b.quarter.localeCompare(a.quarter));
  const carried: RegisterRow[] = earlier.flatMap((w) => readRegister(w.sheets, asOf));
  // Items carried into this quarter's workbook before stay, even without the earlier review this time.
  const ownPeriods = new Set<string>([quarter, ...quarterMonths(quarter), ...quarterInspectionPeriods(quarter)]);
  const kept = input.existingReview ? readRegister(input.existingReview, asOf).filter((r) => !ownPeriods.has(r.item.period)) : [];
  const problems = reviewProblems(review, consolidation, context.template);
  const rectification = buildRegister({
    review,
    consolidation,
    template: context.template,
    problems,
    handTyped: handTyped ?? EMPTY_HAND_TYPED,
    carried,
    kept,
    checkReports: historyMissing === null,
  });
  noteFindings(consolidation, rectification.findings);
  const plan = buildReviewPlan({
    review,
    consolidation,
    template: context.template,
    roster: context.roster,
    handTyped,
    history,
    historyMissing: historyMissing ?? undefined,
    problems,
    rectification,
  });
  return { consolidation, review, plan, history, historyMissing, rectification };
}

/**
 * Findings about files found only once all files are together (a report on an item its unit
 * does not have): listed with the others, and counted in the file's account.
 */
function noteFindings(consolidation: Consolidation, findings: readonly Finding[]): void {
  for (const f of findings) {
    consolidation.findings.push(f);
    const account = f.file ? consolidation.files.find((a) => a.file === f.file) : undefined;
    if (!account) continue;
    if (f.severity === 'warning') account.warnings += 1;
    if (account.status === 'accepted') {
      account.status = 'accepted-with-warnings';
      account.reason = makeFinding('account-warnings', { warnings: account.warnings }, { file: account.file });
    }
  }
}
