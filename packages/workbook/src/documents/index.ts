import { safeFileName } from '@ledger-review/scoring';
/**
 * 公文 for people (SPEC §12): from a quarterly review workbook, the 点评通报, the notice of the
 * 点评会议, the 通报批评 decision and one 约谈通知书 per unit concerned (when any), the 检查反馈单
 * of a round per unit (when a round is asked for) and one 本单位情况 page per unit — all .docx in
 * the GB/T 9704-2012 layout, every number read from the workbook.
 */
import { zipSync } from 'fflate';
import type { GridSheet } from '../sheet/grid';
import { renderGongwen, type GongwenSpec } from './gongwen';
import { reviewWorkbookError } from './messages';
import type { DocUnit, ReviewDocumentModel } from './model';
import { readReviewDocumentModel } from './readReview';
import { DEFAULT_DOCUMENT_SETTINGS, documentNumber, readDocumentSettings, type DocumentSettings } from './settings';
import { circularSpec, meetingNoticeSpec } from './circular';
import { criticismSpec, decidedUnits, feedbackSpec, interviewSpec, unitPageSpec } from './unitDocuments';
import { dateWithWeekday } from './text';

export { readReviewDocumentModel, DOCUMENT_SOURCE_SHEETS } from './readReview';
export { planGrids } from './planGrids';
export { ReviewWorkbookError, reviewWorkbookError } from './messages';
export { renderGongwen, gongwenDocument, chineseDate, type GongwenSpec, type Block } from './gongwen';
export {
  DEFAULT_DOCUMENT_SETTINGS,
  DOCUMENT_SETTINGS_SHEET,
  documentSettingsSheet,
  readDocumentSettings,
  readOfficeContact,
  officeContactOf,
  documentNumber,
  type DocumentSettings,
} from './settings';
export type * from './model';
export { isOpenRectification } from './unitDocuments';
export { buildRoundDocuments, roundFeedbackSpec, roundReportSpec, type RoundDocInput, type RoundDocument } from './round';

export type DocumentKind = 'circular' | 'meeting' | 'criticism' | 'interview' | 'feedback' | 'unitPage';

export interface DocumentFile {
  kind: DocumentKind;
  /** Path inside the output folder (or zip), e.g. `本单位情况/华龙区.docx`. */
  path: string;
  title: string;
  /** 发文字号, where the document has one. */
  number?: string;
  unitCode?: string;
  bytes: Uint8Array;
}

export interface DocumentPlanItem {
  kind: DocumentKind;
  path: string;
  spec: GongwenSpec;
  unitCode?: string;
}

export interface DocumentOptions {
  settings?: DocumentSettings;
  /** The round (检查期间, e.g. `2021-B3`) whose 检查反馈单 to write; none when absent. */
  round?: string;
  /** Which kinds to write (all by default). */
  kinds?: readonly DocumentKind[];
  /** Only these units' per-unit documents (all by default). */
  unitCodes?: readonly string[];
}

/** What would be written, without rendering: the specs of every document, in order. */
export function planDocuments(model: ReviewDocumentModel, options: DocumentOptions = {}): DocumentPlanItem[] {
  const settings = options.settings ?? DEFAULT_DOCUMENT_SETTINGS;
  const wants = (k: DocumentKind) => !options.kinds || options.kinds.includes(k);
  const forUnit = (u: DocUnit) => !options.unitCodes || options.unitCodes.includes(u.code);
  const year = Number(model.quarter.slice(0, 4));
  const issueDate = settings.issueDate || model.reviewDate;
  let n = settings.firstNumber;
  const nextNumber = () => documentNumber(settings, year, n++);
  const q = model.quarter;
  const items: DocumentPlanItem[] = [];

  // Numbers are handed out in a fixed order whatever is asked for, so a document keeps its 文号.
  const circularNo = nextNumber();
  if (wants('circular')) items.push({ kind: 'circular', path: `${q}_点评通报.docx`, spec: circularSpec(model, settings, circularNo, issueDate) });
  const meetingNo = nextNumber();
  if (wants('meeting'))
    items.push({ kind: 'meeting', path: `${q}_点评会议通知.docx`, spec: meetingNoticeSpec(model, settings, meetingNo, model.reviewDate, dateWithWeekday(model.reviewDate)) });

  const criticised = decidedUnits(model, 'criticism');
  if (criticised.length) {
    const decisionNo = nextNumber();
    if (wants('criticism')) items.push({ kind: 'criticism', path: `${q}_通报批评决定.docx`, spec: criticismSpec(model, settings, criticised, decisionNo, issueDate) });
    const interviewed = decidedUnits(model, 'interview');
    for (const u of interviewed.length ? interviewed : criticised) {
      const no = nextNumber();
      if (wants('interview') && forUnit(u))
        items.push({ kind: 'interview', path: `约谈通知书/${safeFileName(u.name)}.docx`, spec: interviewSpec(model, settings, u, no, issueDate), unitCode: u.code });
    }
  }

  if (options.round && wants('feedback')) {
    if (!model.periods.includes(options.round)) {
      throw reviewWorkbookError('review-workbook-round-missing', { round: options.round, periods: model.periods.join('、') });
    }
    for (const u of model.units.filter(forUnit)) {
      items.push({
        kind: 'feedback',
        path: `检查反馈单/${options.round}/${safeFileName(u.name)}.docx`,
        spec: feedbackSpec(model, settings, u, options.round, issueDate),
        unitCode: u.code,
      });
    }
  }
  if (wants('unitPage')) {
    for (const u of model.units.filter(forUnit)) {
      items.push({ kind: 'unitPage', path: `本单位情况/${safeFileName(u.name)}.docx`, spec: unitPageSpec(model, settings, u, issueDate), unitCode: u.code });
    }
  }
  return items;
}

const titleOf = (spec: GongwenSpec) => (Array.isArray(spec.title) ? spec.title.join('') : spec.title);

/** Render every planned document to .docx bytes (Node and browser). */
export async function buildDocuments(model: ReviewDocumentModel, options: DocumentOptions = {}): Promise<DocumentFile[]> {
  const out: DocumentFile[] = [];
  for (const item of planDocuments(model, options)) {
    out.push({
      kind: item.kind,
      path: item.path,
      title: titleOf(item.spec),
      number: item.spec.number,
      unitCode: item.unitCode,
      bytes: await renderGongwen(item.spec),
    });
  }
  return out;
}

/** From the review workbook's grids (and, optionally, a template workbook with 文书设置) to the documents. */
export async function documentsFromWorkbook(
  review: readonly GridSheet[],
  options: Omit<DocumentOptions, 'settings'> & { template?: readonly GridSheet[] } = {},
): Promise<{ model: ReviewDocumentModel; settings: DocumentSettings; files: DocumentFile[] }> {
  const model = readReviewDocumentModel(review);
  const settings = readDocumentSettings(review, options.template);
  const files = await buildDocuments(model, { ...options, settings });
  return { model, settings, files };
}

/** The documents as one zip (for a download in the task pane). */
export function zipDocuments(files: readonly DocumentFile[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.path] = f.bytes;
  // .docx is already deflated: store it.
  return zipSync(entries, { level: 0 });
}
