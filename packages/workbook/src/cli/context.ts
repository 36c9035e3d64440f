import { promises as fs } from 'node:fs';
import { formatLocation, renderFinding, type Finding } from '@ledger-review/scoring';
import type { ReadLimits } from '../files/limits';
import { isWorkbookFile } from '../files/received';
import { defaultReviewContext, reviewContextFromTemplate } from '../reviewContext';
import { readEntry } from '../node/folder';
import type { ReviewContext } from '../pipeline';
import type { GridSheet } from '../sheet/grid';
import type { OpenRectification } from '../rectification/types';
import { UsageError, usageError } from './args';
import { say, type CliLang } from './messages';

/** The built-in defaults (same as the task pane's). */
export const defaultContext = defaultReviewContext;

/**
 * A workbook the command needs that is too large to read (a size limit hit). Not a usage error:
 * the command line was right, the file is what it is; the message names the file and the sheet.
 */
export class InputFileError extends Error {
  constructor(readonly finding: Finding) {
    super(finding.message);
    this.name = 'InputFileError';
  }
}

/** The reader's bounds: hitting one says something about the file, not about the command line. */
const LIMIT_CODES = new Set(['file-too-large', 'sheet-too-large', 'zip-bomb', 'zip-ratio']);

/**
 * A workbook named by an option (--template, --previous, an existing --out): its sheets, or a
 * usage error saying why not in the registry's words (not found, no permission, not an .xlsx …);
 * a size limit hit is an `InputFileError`. Pass the campaign's `limits` (`readLimitsOf`) where the
 * workbook may be one the product wrote (a review). With `missingOk`, a file that does not exist
 * yet gives undefined.
 */
export async function readOptionWorkbook(
  file: string,
  options: { sheets?: readonly string[]; missingOk?: boolean; limits?: ReadLimits | 'claimed' } = {},
): Promise<GridSheet[] | undefined> {
  if (options.missingOk) {
    try {
      await fs.access(file);
    } catch (e) {
      // ENOTDIR: a folder on the way is a file, so the file cannot exist (writing it will fail and say so).
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    }
  }
  const read = readEntry({ name: file, path: file }, options.limits);
  if (!isWorkbookFile(read)) throw LIMIT_CODES.has(read.failure.code) ? new InputFileError(read.failure) : new UsageError(read.failure);
  const sheets = [...read.sheets];
  return options.sheets ? sheets.filter((s) => options.sheets!.includes(s.name)) : sheets;
}

/** Context from `--template FILE` (the office's edited template workbook) or the defaults. */
export async function loadContext(templatePath: string | undefined, lang: CliLang, warn: (s: string) => void): Promise<ReviewContext> {
  if (!templatePath) return defaultContext();
  const sheets = (await readOptionWorkbook(templatePath))!;
  const { context, problems } = reviewContextFromTemplate(sheets);
  for (const p of problems) warn(`${templatePath} ${formatLocation(p, lang)}: ${renderFinding(p, lang)}`);
  if (!context) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    throw usageError('cli-template-invalid', { file: templatePath, errors });
  }
  return context;
}


/** The open 整改 items of the review workbook given with `--review`, as of `asOf`; another kind of workbook is a usage error. */
export async function openItemsOption(file: string, roster: ReviewContext['roster'], asOf: string, lang: CliLang): Promise<OpenRectification[]> {
  // Loaded here, not with the module: only the commands given `--review` need it.
  const { openFromReviewWorkbook } = await import('../rectification/open');
  const got = openFromReviewWorkbook((await readOptionWorkbook(file))!, roster, asOf);
  if ('notReview' in got) throw usageError('cli-review-option-not-review', { option: '--review', file, kind: got.notReview || say(lang, 'notOurs') });
  return got.open;
}
