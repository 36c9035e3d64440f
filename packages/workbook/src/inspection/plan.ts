import {
  applicableIndicators,
  bimonthLabel,
  type IndicatorTemplate,
  type InspectionTeam,
  type Unit,
} from '@ledger-review/scoring';
import { columnLetter } from '../xlsx/a1';
import { dateRule, teamMemberRule, text, type CellPlan, type SheetPlan, type WorkbookPlan } from '../sheet/plan';
import { INSPECTION_COLUMNS, INSPECTION_FIRST_DATA_ROW, INSPECTION_SHEET, INSPECTION_TABLE_HEADER_ROW, INSPECTION_TEAM_SHEET, inspectionColumn } from './layout';
import { metaSheet, INSPECTION_KIND, META_KEYS, TOOL_NAME } from '../sheet/meta';
import { recheckSheet } from '../rectification/recheckSheet';
import type { OpenRectification } from '../rectification/types';

export interface InspectionPlanInput {
  template: IndicatorTemplate;
  units: readonly Unit[];
  /** Bimonth, e.g. `2021-B2`. */
  period: string;
  team: InspectionTeam;
  /** Self-scores from each unit's latest ledger inside the period (pre-filled, locked). */
  selfScores: Record<string, Record<string, number | null>>;
  /** Which sub-team (bureau name) inspects which unit (回避 already applied). */
  assignment?: Record<string, string>;
  roster: readonly Unit[];
  /** settings.selfHighRatio, for the 自评偏高 highlight. */
  selfHighRatio: number;
  /** Open 整改 items to re-check in this round (整改复查 sheet), as of a day; none: no sheet. */
  recheck?: { items: readonly OpenRectification[]; asOf: string };
}

export function buildInspectionPlan(input: InspectionPlanInput): WorkbookPlan {
  const { template, units, period, team, selfScores, roster } = input;
  const rows: (CellPlan | null)[][] = [];
  const lastCol = columnLetter(INSPECTION_COLUMNS.length);
  rows.push([text(`${bimonthLabel(period)} 法治政府建设示范市创建双月检查评分表`, 'title')]);
  rows.push([
    text('检查期间', 'label'),
    text(period, 'locked'),
    text('说明', 'label'),
    text('自评分取自该单位本期最新一份台账；检查得分为空时以自评分计并标记“未经检查”。检查人不得为本单位评分（回避）。', 'note'),
  ]);
  rows.push([]);
  rows.push(INSPECTION_COLUMNS.map((c) => text(c.label, 'header')));
  const bureauName = (code: string) => roster.find((u) => u.code === code)?.name ?? code;
  for (const unit of units) {
    for (const indicator of applicableIndicators(template, unit)) {
      const self = selfScores[unit.code]?.[indicator.code] ?? null;
      rows.push(
        INSPECTION_COLUMNS.map((c): CellPlan => {
          switch (c.field) {
            case 'unitName':
              return text(unit.name, 'locked');
            case 'unitCode':
              return text(unit.code, 'locked');
            case 'indicatorCode':
              return text(indicator.code, 'locked');
            case 'text':
              return text(indicator.text, 'locked', { wrap: true });
            case 'points':
              return { value: indicator.points, numFmt: '0.0', style: 'locked' };
            case 'selfScore':
              return { value: self, numFmt: '0.0', style: 'locked' };
            case 'score':
              return { value: null, numFmt: '0.0', style: 'input', unlocked: true };
            case 'deadline':
              return { value: null, numFmt: 'yyyy-mm-dd', style: 'input', unlocked: true };
            default:
              return text('', 'input', { unlocked: true, wrap: true });
          }
        }),
      );
    }
  }
  const first = INSPECTION_FIRST_DATA_ROW;
  const last = Math.max(first, rows.length);
  const col = (f: Parameters<typeof inspectionColumn>[0]) => columnLetter(inspectionColumn(f));

  const teamRows: CellPlan[][] = [[text('所属单位', 'header'), text('职务', 'header'), text('姓名', 'header'), text('联系电话', 'header')]];
  for (const m of team.members) {
    teamRows.push([
      text(bureauName(m.unitCode), 'locked'),
      text(m.role, 'locked'),
      text(m.name, 'input', { unlocked: true }),
      text(m.phone ?? '', 'input', { unlocked: true }),
    ]);
  }
  if (input.assignment) {
    teamRows.push([]);
    teamRows.push([text('被检查单位', 'header'), text('负责检查小组', 'header')]);
    for (const unit of units) teamRows.push([text(unit.name, 'locked'), text(input.assignment[unit.code] ?? '', 'locked')]);
  }
  const memberCount = team.members.length;

  const sheet: SheetPlan = {
    name: INSPECTION_SHEET,
    rows,
    columns: INSPECTION_COLUMNS.map((c) => ({ width: c.width })),
    merges: [`A1:${lastCol}1`, `D2:${lastCol}2`],
    freeze: { rows: INSPECTION_TABLE_HEADER_ROW, columns: 3 },
    protect: true,
    autoFilter: `A${INSPECTION_TABLE_HEADER_ROW}:${lastCol}${last}`,
    print: { landscape: true, titleRows: `${INSPECTION_TABLE_HEADER_ROW}:${INSPECTION_TABLE_HEADER_ROW}`, fitToWidth: true },
    validations: [
      {
        range: `${col('score')}${first}:${col('score')}${last}`,
        kind: 'decimal',
        operator: 'between',
        min: 0,
        max: `$${col('points')}${first}`,
        allowBlank: true,
        errorTitle: '检查得分无效',
        error: '检查得分应在 0 到该指标分值之间。',
      },
      dateRule(`${col('deadline')}${first}:${col('deadline')}${last}`, '整改时限无效', '请填写日期，如 2021-05-31。'),
      ...(memberCount
        ? [
            teamMemberRule(
              `${col('inspector')}${first}:${col('inspector')}${last}`,
              INSPECTION_TEAM_SHEET,
              memberCount,
              '检查人无效',
              '请从检查组名单中选择检查人（名单见“检查组”工作表）。',
            ),
          ]
        : []),
    ],
    conditionalFormats: [
      {
        range: `${col('score')}${first}:${col('score')}${last}`,
        formula: `AND($${col('score')}${first}<>"",$${col('selfScore')}${first}<>"",$${col('selfScore')}${first}-$${col('score')}${first}>${input.selfHighRatio}*$${col('points')}${first})`,
        style: 'warn',
      },
    ],
  };
  const teamSheet: SheetPlan = {
    name: INSPECTION_TEAM_SHEET,
    rows: teamRows,
    columns: [{ width: 26 }, { width: 14 }, { width: 12 }, { width: 16 }],
    protect: false,
  };
  return {
    title: `${bimonthLabel(period)} 双月检查评分表`,
    sheets: [
      sheet,
      ...(input.recheck?.items.length ? [recheckSheet(input.recheck.items, input.recheck.asOf, INSPECTION_TEAM_SHEET, memberCount)] : []),
      teamSheet,
      metaSheet({
        [META_KEYS.tool]: TOOL_NAME,
        [META_KEYS.kind]: INSPECTION_KIND,
        [META_KEYS.templateVersion]: template.version,
        [META_KEYS.period]: period,
      }),
    ],
  };
}
