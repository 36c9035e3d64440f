/** A round (双月检查): the 检查通知 before, the 检查反馈单 and 检查情况报告 after scoring. */
export { NOTICE_SHEETS, roundNoticeFileName, roundNoticePlan, type RoundNoticeInput } from './notice';
export {
  FEEDBACK_SHEET,
  REPORT_SHEETS,
  feedbackFileName,
  feedbackFolder,
  feedbackPlan,
  roundReportFileName,
  roundReportPlan,
  roundResults,
  type RoundResults,
  type RoundResultsInput,
} from './results';
export { roundContact, roundLedgers, roundScored, type RoundScored } from './gather';
