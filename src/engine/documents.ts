/**
 * The 公文 of a review, in the browser: its own chunk (the `docx` library is large and only the
 * office's download needs it), loaded through `loadDocuments()`.
 */
import type { GridSheet, WorkbookPlan } from '@ledger-review/workbook';
import {
  DOCUMENT_SOURCE_SHEETS,
  buildDocuments,
  planGrids,
  readDocumentSettings,
  readReviewDocumentModel,
  zipDocuments,
} from '@ledger-review/workbook/documents';

export interface DocumentsZip {
  bytes: Uint8Array;
  fileName: string;
  count: number;
}

/**
 * Every document of the review (点评通报, 会议通知, 通报批评决定 and 约谈通知书 when any, one
 * 本单位情况 per unit) as one .zip, from the review workbook's plan — the grids the written
 * workbook holds — and, when the office loaded one, the template workbook's 文书设置.
 */
export async function reviewDocumentsZip(plan: WorkbookPlan, template?: readonly GridSheet[]): Promise<DocumentsZip> {
  const grids = planGrids(plan, DOCUMENT_SOURCE_SHEETS);
  const model = readReviewDocumentModel(grids);
  const files = await buildDocuments(model, { settings: readDocumentSettings(grids, template) });
  return { bytes: zipDocuments(files), fileName: `${model.quarter}_公文.zip`, count: files.length };
}
