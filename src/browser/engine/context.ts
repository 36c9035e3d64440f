import {
  DEFAULT_ROSTER,
  DEFAULT_TEMPLATE,
  defaultInspectionTeamStructure,
  resolveSettings,
} from '@ledger-review/scoring';
import { readTemplateWorkbook, type GridSheet, type ReviewContext } from '@ledger-review/workbook';

/**
 * The built-in context (the default indicator template derived from the work plan, the Puyang
 * roster, default settings), the same as the CLI's `defaultContext()`. The roster is copied
 * because DEFAULT_ROSTER is frozen and the pipeline may attach data to units.
 */
export function defaultReviewContext(): ReviewContext {
  const roster = DEFAULT_ROSTER.map((u) => ({ ...u, aliases: [...u.aliases] }));
  return {
    template: DEFAULT_TEMPLATE,
    roster,
    settings: resolveSettings(),
    team: defaultInspectionTeamStructure(roster),
  };
}

export interface TemplateProblem {
  severity: 'error' | 'warning';
  /** `指标体系!D7`, or the sheet alone. */
  where: string;
  zh: string;
  en: string;
}

export interface TemplateContextRead {
  /** Null when the template workbook has errors; the defaults are used then. */
  context: ReviewContext | null;
  problems: TemplateProblem[];
}

/** The office's edited template workbook (指标体系, 单位名录, 评分规则, 检查组) as a review context. */
export function contextFromTemplateWorkbook(sheets: readonly GridSheet[]): TemplateContextRead {
  const read = readTemplateWorkbook(sheets);
  const problems: TemplateProblem[] = read.problems.map((p) => ({
    severity: p.severity === 'error' ? 'error' : 'warning',
    where: p.row ? `${p.sheet}!${p.column}${p.row}` : p.sheet,
    zh: p.zh,
    en: p.en,
  }));
  if (problems.some((p) => p.severity === 'error') || !read.template || !read.roster || !read.settings) {
    return { context: null, problems };
  }
  return {
    context: {
      template: read.template,
      roster: read.roster,
      settings: read.settings,
      team: read.team.members.length ? read.team : defaultInspectionTeamStructure(read.roster),
    },
    problems,
  };
}
