import { promises as fs } from 'node:fs';
import { formatLocation, renderFinding } from '@ledger-review/scoring';
import { isWorkbookFile } from '../files/received';
import { defaultReviewContext, reviewContextFromTemplate } from '../issuing';
import { readEntry } from '../node/folder';
import type { ReviewContext } from '../pipeline';
import type { GridSheet } from '../sheet/grid';
import { openFromReviewWorkbook } from '../rectification/open';
import type { OpenRectification } from '../rectification/types';
import { UsageError, usageError } from './args';
import { say, type CliLang } from './messages';

/** The built-in defaults (same as the task pane's). */
export const defaultContext = defaultReviewContext;

/**
 * A workbook named by an option (--template, --previous, an existing --out): its sheets, or a
 * usage error saying why not in the registry's words (not found, no permission, not an .xlsx …).
 * With `missingOk`, a file that does not exist yet gives undefined.
 */
export async function readOptionWorkbook(file: string, options: { sheets?: readonly string[]; missingOk?: boolean } = {}): Promise<GridSheet[] | undefined> {
  if (options.missingOk) {
    try {
      await fs.access(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    }
  }
  const read = readEntry({ name: file, path: file });
  if (!isWorkbookFile(read)) throw new UsageError(read.failure);
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
  const got = openFromReviewWorkbook((await readOptionWorkbook(file))!, roster, asOf);
  if ('notReview' in got) throw usageError('cli-review-option-not-review', { option: '--review', file, kind: got.notReview || say(lang, 'notOurs') });
  return got.open;
}
