import { promises as fs } from 'node:fs';
import { formatLocation, renderFinding } from '@ledger-review/scoring';
import { defaultReviewContext, reviewContextFromTemplate } from '../issuing';
import type { ReviewContext } from '../pipeline';
import { readGrids } from '../xlsx/readGrids';
import { UsageError } from './args';
import type { CliLang } from './messages';

/** The built-in defaults (same as the task pane's). */
export const defaultContext = defaultReviewContext;

/** Context from `--template FILE` (the office's edited template workbook) or the defaults. */
export async function loadContext(templatePath: string | undefined, lang: CliLang, warn: (s: string) => void): Promise<ReviewContext> {
  if (!templatePath) return defaultContext();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(templatePath));
  } catch (e) {
    throw new UsageError(`${lang === 'en' ? 'cannot read template workbook' : '无法读取模板工作簿'} ${templatePath}: ${(e as Error).message}`);
  }
  const { context, problems } = reviewContextFromTemplate(readGrids(bytes));
  for (const p of problems) warn(`${templatePath} ${formatLocation(p, lang)}: ${renderFinding(p, lang)}`);
  if (!context) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    throw new UsageError(lang === 'en' ? `template workbook has ${errors} errors` : `模板工作簿有 ${errors} 处错误，请修改后重试`);
  }
  return context;
}
