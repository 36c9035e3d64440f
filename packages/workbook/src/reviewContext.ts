import {
  DEFAULT_OFFICE_CONTACT,
  DEFAULT_ROSTER,
  DEFAULT_TEMPLATE,
  defaultInspectionTeamStructure,
  resolveSettings,
  type Finding,
} from '@ledger-review/scoring';
import { readOfficeContact } from './documents/settings';
import type { ReviewContext } from './pipeline';
import type { GridSheet } from './sheet/grid';
import { readTemplateWorkbook } from './template/workbook';

/**
 * The context every host reviews with: the built-in one, or the office's edited template workbook.
 * Apart from what issues files (issuing.ts), so a command that only reads ledgers need not load
 * the planners of the workbooks it does not write.
 */

/** The built-in context: the default template derived from the work plan, the Puyang roster, default settings. */
export function defaultReviewContext(): ReviewContext {
  // DEFAULT_ROSTER is frozen; hosts get their own copy.
  const roster = DEFAULT_ROSTER.map((u) => ({ ...u, aliases: [...u.aliases] }));
  return {
    template: DEFAULT_TEMPLATE,
    roster,
    settings: resolveSettings(),
    team: defaultInspectionTeamStructure(roster),
    office: { ...DEFAULT_OFFICE_CONTACT },
  };
}

/** The office's edited template workbook as a review context (null when it has errors), with every problem. */
export function reviewContextFromTemplate(sheets: readonly GridSheet[]): {
  context: ReviewContext | null;
  problems: Finding[];
} {
  const read = readTemplateWorkbook(sheets);
  const { problems } = read;
  if (problems.some((p) => p.severity === 'error') || !read.template || !read.roster || !read.settings) {
    return { context: null, problems };
  }
  return {
    context: {
      template: read.template,
      roster: read.roster,
      settings: read.settings,
      team: read.team.members.length ? read.team : defaultInspectionTeamStructure(read.roster),
      office: readOfficeContact(sheets),
    },
    problems,
  };
}
