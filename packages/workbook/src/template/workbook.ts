import {
  DEFAULT_SETTINGS,
  ROSTER_COLUMNS,
  TEMPLATE_COLUMNS,
  loadRoster,
  locateFinding,
  makeFinding,
  type Finding,
  loadTemplate,
  resolveUnit,
  rosterToRecords,
  templateToRecords,
  type IndicatorTemplate,
  type InspectionTeam,
  type Inspector,
  type ScoringSettings,
  type Unit,
} from '@ledger-review/scoring';
import { columnLetter } from '../xlsx/a1';
import type { GridSheet } from '../sheet/grid';
import { listRule, text, type CellPlan, type SheetPlan, type WorkbookPlan } from '../sheet/plan';
import { META_KEYS, TEMPLATE_KIND, TOOL_NAME, metaSheet, readMeta } from '../sheet/meta';
import { readRecordSheet, recordSheet } from '../sheet/records';
import { SETTINGS_SHEET, readSettingsSheet, settingsSheet } from './settings';
import { documentSettingsSheet } from '../documents/settings';

/** The office-maintained template workbook (SPEC section 5). */
export const TEMPLATE_SHEET = '指标体系';
export const ROSTER_SHEET = '单位名录';
export const TEAM_SHEET = '检查组';
export const TEAM_COLUMNS = ['所属单位', '职务', '姓名', '联系电话'] as const;
const TEMPLATE_NAME_KEY = '模板名称';

export interface TemplateWorkbookInput {
  template: IndicatorTemplate;
  roster: readonly Unit[];
  settings: ScoringSettings;
  team: InspectionTeam;
}

export function buildTemplateWorkbookPlan(input: TemplateWorkbookInput): WorkbookPlan {
  const { template, roster, settings, team } = input;
  const byCode = new Map(roster.map((u) => [u.code, u]));
  const teamRows: CellPlan[][] = [TEAM_COLUMNS.map((c) => text(c, 'header'))];
  for (const m of team.members) {
    teamRows.push([
      text(byCode.get(m.unitCode)?.name ?? m.unitCode, 'input', { unlocked: true }),
      text(m.role, 'input', { unlocked: true }),
      text(m.name, 'input', { unlocked: true }),
      text(m.phone ?? '', 'input', { unlocked: true }),
    ]);
  }
  const teamSheet: SheetPlan = {
    name: TEAM_SHEET,
    rows: teamRows,
    columns: [{ width: 26 }, { width: 12 }, { width: 12 }, { width: 16 }],
    freeze: { rows: 1, columns: 0 },
    validations: [
      listRule(`B2:B${Math.max(2, teamRows.length + 20)}`, ['副局长', '科长', '创建专班'], '职务无效'),
    ],
  };
  return {
    title: template.name,
    sheets: [
      recordSheet(TEMPLATE_SHEET, TEMPLATE_COLUMNS, templateToRecords(template, roster), [8, 16, 40, 6, 40, 30, 8, 20, 8, 8, 14]),
      recordSheet(ROSTER_SHEET, ROSTER_COLUMNS, rosterToRecords(roster), [9, 28, 30, 6, 8, 8, 10, 16]),
      settingsSheet(settings, SETTINGS_SHEET),
      teamSheet,
      // The 公文's issuer, numbering, recipients and copy-to list (ledger-review documents --template).
      documentSettingsSheet(),
      metaSheet({
        [META_KEYS.tool]: TOOL_NAME,
        [META_KEYS.kind]: TEMPLATE_KIND,
        [META_KEYS.templateVersion]: template.version,
        [TEMPLATE_NAME_KEY]: template.name,
      }),
    ],
  };
}

/** A problem of the template workbook: a finding of the registry, placed at its sheet and cell. */
export type TemplateWorkbookProblem = Finding;

export interface TemplateWorkbookRead {
  template: IndicatorTemplate | null;
  roster: Unit[] | null;
  settings: ScoringSettings | null;
  team: InspectionTeam;
  problems: TemplateWorkbookProblem[];
}

const ROLES: readonly Inspector['role'][] = ['副局长', '科长', '创建专班'];

/**
 * The loaders name a column by its label (分值); the office needs the cell (D7). Labels are
 * found by text, so the letter comes from where the header actually is.
 */
function letterOf(columns: Map<string, number>, label: unknown): string | undefined {
  if (typeof label !== 'string' || !label) return undefined;
  const n = columns.get(label);
  return n ? columnLetter(n) : undefined;
}

/**
 * Read a template workbook after the office edited it in Excel, WPS or LibreOffice. Every problem
 * comes back with its sheet and cell; nothing is silently defaulted except what is reported.
 */
export function readTemplateWorkbook(sheets: readonly GridSheet[]): TemplateWorkbookRead {
  const problems: TemplateWorkbookProblem[] = [];
  const meta = readMeta(sheets) ?? {};
  const find = (name: string) => sheets.find((s) => s.name === name);
  const missingSheet = (name: string) => problems.push(makeFinding('template-sheet-missing', { sheet: name }, { sheet: name }));

  let roster: Unit[] | null = null;
  const rosterSheet = find(ROSTER_SHEET);
  const rosterRecords = rosterSheet ? readRecordSheet(rosterSheet, ROSTER_COLUMNS) : null;
  if (!rosterSheet || !rosterRecords) missingSheet(ROSTER_SHEET);
  else {
    const loaded = loadRoster(rosterRecords.records);
    roster = loaded.roster;
    for (const p of loaded.problems)
      problems.push(locateFinding(p, { sheet: ROSTER_SHEET, column: letterOf(rosterRecords.columns, p.params.column) }));
  }

  let template: IndicatorTemplate | null = null;
  const templateSheet = find(TEMPLATE_SHEET);
  const templateRecords = templateSheet ? readRecordSheet(templateSheet, TEMPLATE_COLUMNS) : null;
  if (!templateSheet || !templateRecords) missingSheet(TEMPLATE_SHEET);
  else if (roster) {
    const loaded = loadTemplate(templateRecords.records, roster, {
      version: meta[META_KEYS.templateVersion] || '自定义',
      name: meta[TEMPLATE_NAME_KEY] || '指标体系',
      sheet: TEMPLATE_SHEET,
    });
    template = loaded.template;
    for (const p of loaded.problems)
      problems.push(locateFinding(p, { sheet: TEMPLATE_SHEET, column: letterOf(templateRecords.columns, p.params.column) }));
  }

  let settings: ScoringSettings | null = { ...DEFAULT_SETTINGS } as ScoringSettings;
  const settingsGrid = find(SETTINGS_SHEET);
  if (!settingsGrid) {
    problems.push(makeFinding('settings-sheet-missing', { sheet: SETTINGS_SHEET }, { sheet: SETTINGS_SHEET }));
  } else {
    const read = readSettingsSheet(settingsGrid);
    settings = read.settings;
    problems.push(...read.problems);
  }

  const team = { members: [] as Inspector[] };
  const teamGrid = find(TEAM_SHEET);
  const teamRecords = teamGrid ? readRecordSheet(teamGrid, TEAM_COLUMNS) : null;
  if (teamRecords && roster) {
    for (const r of teamRecords.records) {
      const unitName = String(r.cells['所属单位'] ?? '').trim();
      const role = String(r.cells['职务'] ?? '').trim() as Inspector['role'];
      const resolved = resolveUnit(unitName, roster);
      if (!resolved.unit) {
        problems.push(makeFinding('team-unit-unknown', { unit: unitName }, { sheet: TEAM_SHEET, row: r.row, column: letterOf(teamRecords.columns, '所属单位') }));
        continue;
      }
      if (!ROLES.includes(role)) {
        problems.push(makeFinding('team-role-invalid', { role }, { sheet: TEAM_SHEET, row: r.row, column: letterOf(teamRecords.columns, '职务') }));
        continue;
      }
      team.members.push({
        unitCode: resolved.unit.code,
        role,
        name: String(r.cells['姓名'] ?? '').trim(),
        phone: String(r.cells['联系电话'] ?? '').trim() || undefined,
      });
    }
  }
  return { template, roster, settings, team, problems };
}
