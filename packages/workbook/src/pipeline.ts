import {
  previousQuarter,
  quarterOf,
  reviewQuarter,
  type IndicatorTemplate,
  type InspectionTeam,
  type OfficeContact,
  type QuarterReview,
  type ScoringSettings,
  type Unit,
} from '@ledger-review/scoring';
import { consolidate, consolidateExamined, ledgerFacts } from './consolidate/consolidate';
import type { FileExamination } from './consolidate/examine';
import type { Consolidation } from './consolidate/types';
import type { ReceivedFile } from './files/received';
import type { GridSheet } from './sheet/grid';
import type { WorkbookPlan } from './sheet/plan';
import { buildReviewPlan, readHandTyped, readHistory, type ReviewHistoryEntry } from './review';

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
  const history = mergeHistory(
    ...(input.previousReviews ?? []).map((sheets) => readHistory(sheets)),
    input.existingReview ? readHistory(input.existingReview) : [],
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
  });
  const plan = buildReviewPlan({
    review,
    consolidation,
    template: context.template,
    roster: context.roster,
    handTyped,
    history,
    historyMissing: historyMissing ?? undefined,
  });
  return { consolidation, review, plan, history, historyMissing };
}
