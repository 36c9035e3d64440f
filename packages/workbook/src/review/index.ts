/** The quarterly review workbook (季度点评): sheet plan, its layout, and reading it back. */
export { buildReviewPlan, REVIEW_META_KEYS } from './buildReviewPlan';
export { readHandTyped, readHistory, typedDate, readDecisionRows, typeDecisionLine, type DecisionRow, type DecisionLine } from './readBack';
export { decisionsPending, pendingDecisionsFinding, DECISIONS_FINGERPRINT_KEY } from './decisions';
export { historyWithThisQuarter } from './historySheet';
export { summaryLines, type SummaryLine } from './summarySheet';
export { ReviewInputMismatchError } from './submissionSheet';
export { REVIEW_TEXT, SUMMARY_TEXT, type ReviewText } from './messages';
export {
  REVIEW_SHEETS,
  CONFIRM_LABEL,
  RECEIVED_DATE_LABEL,
  RECTIFICATION_HAND_TYPED,
  RECTIFICATION_ID_LABEL,
  CONSOLIDATION_SHEETS,
  HEADER_ROW as REVIEW_HEADER_ROW,
  FIRST_DATA_ROW as REVIEW_FIRST_DATA_ROW,
  INDICATOR_SCORE_COLUMNS,
  AREA_SCORE_COLUMNS,
  RANKING_LEAD_COLUMNS,
  RANKING_TAIL_COLUMNS,
  RANKING_HAND_TYPED,
  SUBMISSION_COLUMNS,
  OUTCOME_COLUMNS,
  PROBLEM_COLUMNS,
  RECTIFICATION_COLUMNS,
  LEDGER_ROW_COLUMNS,
  FILE_COLUMNS,
  FINDING_COLUMNS,
  CONFIRM_CHOICES,
  DECISION_COLUMNS,
  DECISION_HAND_TYPED,
  DECISION_OUTCOME_CHOICES,
  DECISION_ACTION_CHOICES,
  OFFICE_ADDED_MARK,
  OFFICE_REMOVED_MARK,
  confirmKey,
  rectificationKey,
  type ReviewColumn,
} from './layout';
export { rankingColumns, periodRateLabel } from './rankingSheet';
export type { ReviewPlanArgs, FindingLike, HistoricResult, ReviewHistoryEntry } from './types';
export type { PriorReview } from '@ledger-review/scoring';
