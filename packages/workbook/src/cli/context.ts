import { promises as fs } from 'node:fs';
import {
  DEFAULT_ROSTER,
  DEFAULT_TEMPLATE,
  defaultInspectionTeamStructure,
  resolveSettings,
} from '@ledger-review/scoring';
import { readTemplateWorkbook } from '../layouts/templateWorkbook';
import type { ReviewContext } from '../pipeline';
import { readGrids } from '../xlsx/readGrids';
import { UsageError } from './args';
import type { CliLang } from './messages';

/** The built-in defaults: the template derived from the work plan and the Puyang roster. */
export function defaultContext(): ReviewContext {
  const roster = DEFAULT_ROSTER.map((u) => ({ ...u, aliases: [...u.aliases] }));
  return {
    template: DEFAULT_TEMPLATE,
    roster,
    settings: resolveSettings(),
    team: defaultInspectionTeamStructure(roster),
  };
}

/** Context from `--template FILE` (the office's edited template workbook) or the defaults. */
export async function loadContext(templatePath: string | undefined, lang: CliLang, warn: (s: string) => void): Promise<ReviewContext> {
  if (!templatePath) return defaultContext();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(templatePath));
  } catch (e) {
    throw new UsageError(`${lang === 'en' ? 'cannot read template workbook' : '无法读取模板工作簿'} ${templatePath}: ${(e as Error).message}`);
  }
  const read = readTemplateWorkbook(readGrids(bytes));
  const errors = read.problems.filter((p) => p.severity === 'error');
  for (const p of read.problems) {
    const where = `${templatePath} ${p.sheet}${p.row ? `!${p.column}${p.row}` : ''}`;
    warn(`${where}: ${lang === 'en' ? p.en : p.zh}`);
  }
  if (errors.length || !read.template || !read.roster || !read.settings) {
    throw new UsageError(lang === 'en' ? `template workbook has ${errors.length} errors` : `模板工作簿有 ${errors.length} 处错误，请修改后重试`);
  }
  return {
    template: read.template,
    roster: read.roster,
    settings: read.settings,
    team: read.team.members.length ? read.team : defaultInspectionTeamStructure(read.roster),
  };
}
