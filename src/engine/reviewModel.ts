import type { WorkbookPlan } from '@ledger-review/workbook';
import { DOCUMENT_SOURCE_SHEETS, planGrids, readReviewDocumentModel, type ReviewDocumentModel } from '@ledger-review/workbook/documents';

export type { ReviewDocumentModel };

/**
 * What the 本单位情况 shows, read from the review workbook's plan exactly as the documents read the
 * written workbook (the same reader; no `docx` here, so the engine chunk stays small).
 */
export function reviewDocumentModel(plan: WorkbookPlan): ReviewDocumentModel {
  return readReviewDocumentModel(planGrids(plan, DOCUMENT_SOURCE_SHEETS));
}
