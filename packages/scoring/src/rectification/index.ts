/** The 整改 closed loop: problem ids, items, unit reports, re-checks, the office's closure, states. */
export * from './types';
export { rectificationId, isRectificationId, normaliseRectificationId, problemKey, type ProblemIdentity } from './id';
export {
  roundSchedule,
  rectificationItem,
  inspectionItems,
  inspectionProblemText,
  inspectionFindsProblem,
  DEFAULT_REQUIREMENT,
  type RoundSchedule,
} from './items';
export { closedByOffice, rectificationState, latestReports, mergeItems } from './state';
