import type { WorkbookPlan } from '@ledger-review/workbook';
import { planGrids } from '@ledger-review/workbook/documents/planGrids';
import { DOCUMENT_SOURCE_SHEETS, readReviewDocumentModel } from '@ledger-review/workbook/documents/readReview';
import type { ReviewDocumentModel } from '@ledger-review/workbook/documents/model';

export type { ReviewDocumentModel };

/**
 * What the 本单位情况 shows, read from the review workbook's plan exactly as the documents read the
 * written workbook (the same reader; no `docx` here, so the engine chunk stays small).
 */
export function reviewDocumentModel(plan: WorkbookPlan): ReviewDocumentModel {
  return readReviewDocumentModel(planGrids(plan, DOCUMENT_SOURCE_SHEETS));
}
