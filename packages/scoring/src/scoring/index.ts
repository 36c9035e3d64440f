/**
 * Scoring, ranking and quarterly review outcomes (评分、排名与季度点评结果), SPEC §4.
 */
export * from './types';
export { excelRound } from './excelRound';
export { rankWithTies, bottomRankIn, type RankedItem } from './rankWithTies';
export { scorePeriod, scoreRate } from './scorePeriod';
export {
  ledgerStatusCell,
  ledgerSubmissionDate,
  laterSubmission,
  dedupeLedgers,
  type DedupedLedgers,
} from './ledgerStatus';
export {
  decideOutcomes,
  previousStatementStreak,
  statementHistory,
  type OutcomeFacts,
  type OutcomeDecision,
  type OfficeEffect,
} from './outcomes';
export { officeAction, officeOutcomeKind, prepareOfficeDecisions, type PreparedDecisions } from './officeDecisions';
export { reviewQuarter, compositeScore, rankingGroup } from './reviewQuarter';
export { OUTCOME_LABELS, LEDGER_STATE_TEXT, TRIGGER_TEXT, WARNING_TEXT, zhCount } from './messages';
