import { isQuarter } from '@ledger-review/scoring';
import {
  META_KEYS,
  REVIEW_SHEETS,
  inferQuarter,
  isWorkbookFile,
  readMeta,
  runReview,
  type GridSheet,
  type ReceivedFile,
  type ReviewContext,
  type ReviewRun,
} from '@ledger-review/workbook';
import { contextFromTemplateWorkbook, defaultReviewContext, type TemplateProblem } from './context';

/** A picked file that is not a submission but steers the review. */
export type FileRole =
  /** 指标模板: its indicators, roster, settings and team replace the defaults. */
  | 'template'
  /** A template workbook with errors (the defaults are used; `templateProblems` say why). */
  | 'template-invalid'
  /** A second template workbook: only the first one is used. */
  | 'template-extra'
  /** This quarter's earlier review: what the office typed there is kept. */
  | 'existing-review'
  /** An earlier quarter's review: its 检查性发言 history counts. */
  | 'previous-review'
  /** A review of a later quarter, or a second one of this quarter: not used. */
  | 'review-unused';

export interface PickedReviewInput {
  files: readonly ReceivedFile[];
  quarter: string;
  /**
   * The review sheets already in the workbook open in Excel (read before writing), so the
   * office's hand-typed columns survive the rewrite. Wins over an uploaded review workbook.
   */
  openWorkbookReview?: GridSheet[];
  /** The day the review is taken as of (ISO): ledger months not yet due are 未到期; a 填报日期 after it is an error. */
  asOf?: string;
  signal?: { aborted: boolean };
}

export interface PickedReviewResult {
  quarter: string;
  run: ReviewRun;
  /** The template workbook the context came from, or null for the built-in defaults. */
  templateFile: string | null;
  templateProblems: TemplateProblem[];
  roles: Array<{ file: string; role: FileRole }>;
  /** Where the kept hand-typed columns came from: the open workbook, an uploaded file, or nowhere. */
  existingReviewFrom: 'open-workbook' | { file: string } | null;
  /** Quarters whose 检查性发言 history was taken from earlier reviews. */
  historyQuarters: string[];
}

function reviewQuarterOf(sheets: readonly GridSheet[]): string | null {
  const q = readMeta(sheets)?.[META_KEYS.quarter];
  return q && isQuarter(q) ? q : null;
}

/** True when the grids hold at least one review table (an empty new workbook holds none). */
export function holdsReview(sheets: readonly GridSheet[] | undefined): sheets is GridSheet[] {
  const names = new Set<string>(Object.values(REVIEW_SHEETS));
  return (
    !!sheets && sheets.some((s) => names.has(s.name) && s.name !== REVIEW_SHEETS.meta && s.grid.length > 0)
  );
}

/** The review sheet names the open workbook is asked for before a rewrite. */
export const REVIEW_SHEET_NAMES: readonly string[] = Object.values(REVIEW_SHEETS);

/**
 * The office's one click: the picked files (ledgers, inspection workbooks, possibly the template
 * workbook and earlier reviews) → consolidated, validated, scored and ranked, plus the review
 * workbook plan. Files that are not submissions are given a role instead of being consolidated.
 */
export function reviewPickedFiles(input: PickedReviewInput): PickedReviewResult {
  const { quarter } = input;
  const roles: PickedReviewResult['roles'] = [];
  let context: ReviewContext | null = null;
  let templateFile: string | null = null;
  let templateProblems: TemplateProblem[] = [];
  let existingReview: readonly GridSheet[] | undefined;
  let existingReviewFrom: PickedReviewResult['existingReviewFrom'] = null;
  const previousReviews: Array<readonly GridSheet[]> = [];
  const submissions: ReceivedFile[] = [];

  if (holdsReview(input.openWorkbookReview)) {
    const q = reviewQuarterOf(input.openWorkbookReview);
    // A workbook kept from an earlier quarter gives history, not this quarter's typed remarks.
    if (q && q !== quarter) {
      if (q < quarter) previousReviews.push(input.openWorkbookReview);
    } else {
      existingReview = input.openWorkbookReview;
      existingReviewFrom = 'open-workbook';
    }
  }

  for (const file of input.files) {
    if (!isWorkbookFile(file)) {
      submissions.push(file);
      continue;
    }
    const meta = readMeta(file.sheets);
    const kind = meta?.[META_KEYS.kind];
    if (kind === 'template') {
      if (templateFile !== null || templateProblems.some((p) => p.severity === 'error')) {
        roles.push({ file: file.name, role: 'template-extra' });
        continue;
      }
      const read = contextFromTemplateWorkbook(file.sheets);
      templateProblems = read.problems;
      if (read.context) {
        context = read.context;
        templateFile = file.name;
        roles.push({ file: file.name, role: 'template' });
      } else {
        roles.push({ file: file.name, role: 'template-invalid' });
      }
      continue;
    }
    if (kind === 'review') {
      const q = reviewQuarterOf(file.sheets);
      if (q && q < quarter) {
        previousReviews.push(file.sheets);
        roles.push({ file: file.name, role: 'previous-review' });
      } else if (q === quarter && !existingReview) {
        existingReview = file.sheets;
        existingReviewFrom = { file: file.name };
        roles.push({ file: file.name, role: 'existing-review' });
      } else {
        roles.push({ file: file.name, role: 'review-unused' });
      }
      continue;
    }
    submissions.push(file);
  }

  const run = runReview({
    // Every file was read when it was picked: the pipeline takes those grids (or the failure).
    received: submissions,
    quarter,
    context: context ?? defaultReviewContext(),
    existingReview,
    previousReviews,
    asOf: input.asOf,
    signal: input.signal,
  });
  return {
    quarter,
    run,
    templateFile,
    templateProblems,
    roles,
    existingReviewFrom,
    historyQuarters: run.history.map((h) => h.quarter),
  };
}

/**
 * The quarter to review by default: the one most picked ledgers belong to (ties: the later).
 * Null when no ledger month is known.
 */
export function inferReviewQuarter(months: readonly (string | null)[]): string | null {
  return inferQuarter(months.filter((m): m is string => !!m));
}
