/**
 * The task pane's domain engine: the workbook layer and the scoring library as the UI needs
 * them. Loaded only through `loadEngine()` (a dynamic import, its own chunk), so the first paint
 * does not pay for the .xlsx reader and writer, the layouts or the validator.
 */
export { defaultReviewContext, contextFromTemplateWorkbook, type TemplateProblem } from './context';
export {
  checkLedgerWorkbook,
  ledgerMarks,
  readFailure,
  type LedgerCheck,
  type TemplateState,
} from '@ledger-review/workbook';
export { analyseWorkbook, readWorkbook, summariseSheets, type WorkbookSummary } from './analyse';
export {
  REVIEW_SHEET_NAMES,
  holdsReview,
  inferReviewQuarter,
  reviewPickedFiles,
  type FileRole,
  type PickedReviewInput,
  type PickedReviewResult,
} from './review';
export {
  carryForward,
  inspectionFileName,
  inspectionWorkbook,
  ledgerFileName,
  ledgerTemplates,
  reviewFileName,
  templatesZipName,
  unitByCode,
  unitLedgerPlan,
  openItems,
  openRectifications,
  type OpenRectification,
  type CarryForwardResult,
  type PlannedFile,
} from './plans';
export { sampleQuarterFiles, type SampleFiles } from './sample';
export {
  REVIEW_READBACK,
  SAVED_RANKING_READ,
  judgeWriteTarget,
  savedRanking,
  type SavedRanking,
  type WriteTarget,
} from './readback';
export { CARRY_SHEET, LEDGER_SHEET, MARKS_SHEET, META_SHEET } from '@ledger-review/workbook';
export { renderAll, renderWorkbook, zipFiles, type NamedBytes } from './render';
export { reviewDocumentModel, type ReviewDocumentModel } from './reviewModel';
export { statusOfPickedFiles, type PickedStatus } from './status';
export { roundNoticeFiles, roundResultFiles, type RoundNotice, type RoundResultFiles, type RoundUnitLine } from './round';
export { ANNUAL_FILE_NAME, annualOfPickedFiles, annualUnitLines, reviewYears, type AnnualResult, type AnnualIgnored, type AnnualUnitLine } from './annual';
export { decisionLine, reviewSheetsOfPlan, typeDecisionLine, type DecisionLine } from './decisions';
