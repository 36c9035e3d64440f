import {
  bimonthLabel,
  excelSerial,
  inspectionItems,
  roundSchedule,
  summariseRound,
  type IndicatorTemplate,
  type InspectionRecord,
  type LedgerFacts,
  type RectificationItem,
  type RectificationRecheck,
  type RoundSummary,
  type RoundUnitResult,
  type ScoringSettings,
  type Unit,
  safeFileName,
} from '@ledger-review/scoring';
import { metaSheet, META_KEYS, TOOL_NAME } from '../sheet/meta';
import { text, type CellPlan, type SheetPlan, type WorkbookPlan } from '../sheet/plan';
import { columnLetter } from '../xlsx/a1';

/**
 * After a round is scored: one 检查反馈单 per unit (its score per indicator, deductions with
 * reasons, 整改要求 and 时限, each item with its 问题编号) and the 检查情况报告 for the office
 * (per area: average rate, deductions, most common problems; units below the line). Scores are
 * scorePeriod's, so they equal the quarter's review.
 */
export interface RoundResultsInput {
  period: string;
  template: IndicatorTemplate;
  roster: readonly Unit[];
  settings: ScoringSettings;
  /** The round's inspection records (other periods are ignored). */
  inspections: readonly InspectionRecord[];
  /** Ledger facts, for the self-score of indicators the team did not score. */
  ledgers: readonly LedgerFacts[];
}

export interface RoundResults {
  summary: RoundSummary;
  /** 整改 items the round found (inspectionItems), with ids and deadlines. */
  items: RectificationItem[];
  /** The records of the round by unit and indicator. */
  records: Map<string, InspectionRecord>;
}

export function roundResults(input: RoundResultsInput): RoundResults {
  const inspections = input.inspections.filter((r) => r.period === input.period);
  const summary = summariseRound({ period: input.period, template: input.template, units: input.roster, inspections, ledgers: input.ledgers, settings: input.settings });
  return {
    summary,
    items: inspectionItems(inspections, input.settings),
    records: new Map(inspections.map((r) => [`${r.unitCode}|${r.indicatorCode}`, r])),
  };
}

export const REPORT_SHEETS = {
  overview: '情况概要',
  areas: '分领域情况',
  common: '常见问题',
  below: '得分率偏低单位',
  units: '各单位得分',
  recheck: '整改复查情况',
} as const;

export const FEEDBACK_SHEET = '检查反馈单';
export const roundReportFileName = (period: string) => `${period}_检查情况报告.xlsx`;
export const feedbackFolder = (period: string) => `检查反馈单/${period}`;

export const feedbackFileName = (unit: Pick<Unit, 'name'>) => `${safeFileName(unit.name)}检查反馈单.xlsx`;

const round2 = (x: number) => Math.round(x * 100) / 100;
/** A rate (0–100) as the sheet holds it: a fraction with a percent format, so 84.87 shows 84.87%. */
const rateCell = (rate: number | null, style: CellPlan['style'] = 'number'): CellPlan =>
  // Rounded as an integer of basis points first, so 86.9 is written 0.869 and not 0.8690000000000001.
  rate === null ? text('—', 'locked') : { value: Math.round(rate * 100) / 10000, numFmt: '0.00%', style };
const numCell = (v: number | null, numFmt = '0.0#', style: CellPlan['style'] = 'number'): CellPlan => (v === null ? text('', 'locked') : { value: v, numFmt, style });
const dateCell = (iso: string | null): CellPlan => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { value: excelSerial(iso), numFmt: 'yyyy-mm-dd', style: 'locked' } : text(iso ?? '', 'locked'));

interface Block {
  title: string;
  header: readonly string[];
  body: CellPlan[][];
  empty: string;
}

/** A sheet of stacked tables under a title and a few lines (a form people print). */
function formSheet(name: string, title: string, lines: readonly string[], blocks: readonly Block[], widths: readonly number[]): SheetPlan {
  const last = columnLetter(widths.length);
  const rows: (CellPlan | null)[][] = [[text(title, 'title')]];
  const merges = [`A1:${last}1`];
  for (const l of lines) {
    rows.push([text(l, 'note', { wrap: true })]);
    merges.push(`A${rows.length}:${last}${rows.length}`);
  }
  for (const b of blocks) {
    rows.push([]);
    rows.push([text(b.title, 'subtitle')]);
    rows.push(b.header.map((h) => text(h, 'header')));
    if (b.body.length) rows.push(...b.body);
    else {
      rows.push([text(b.empty, 'locked')]);
      merges.push(`A${rows.length}:${last}${rows.length}`);
    }
  }
  return { name, rows, columns: widths.map((width) => ({ width })), merges, print: { landscape: true, fitToWidth: true } };
}

const SOURCE_TEXT = { inspection: '检查', self: '自评（未经检查）', none: '无' } as const;

/** One unit's 检查反馈单. */
export function feedbackPlan(results: RoundResults, unit: RoundUnitResult, input: Pick<RoundResultsInput, 'template' | 'settings'>, contact = ''): WorkbookPlan {
  const { summary } = results;
  const period = summary.period;
  const label = bimonthLabel(period);
  const schedule = roundSchedule(period, input.settings);
  const byCode = new Map(input.template.indicators.map((i) => [i.code, i]));
  const s = unit.score;
  const scoreRows = s.indicators.map((x): CellPlan[] => {
    const r = results.records.get(`${unit.unitCode}|${x.code}`);
    const lost = round2(x.points - x.score);
    return [
      text(x.code, 'locked'),
      text(byCode.get(x.code)?.text ?? '', 'locked', { wrap: true }),
      numCell(x.points),
      numCell(x.selfScore),
      numCell(x.inspectionScore),
      numCell(x.score),
      lost > 0 ? numCell(lost, '0.0#', 'bad') : numCell(0),
      text(SOURCE_TEXT[x.source], 'locked'),
      text(r?.deductionReason || (lost > 0 && x.source !== 'inspection' ? '未经检查，按自评分计' : ''), 'locked', { wrap: true }),
    ];
  });
  const deducted = s.indicators.filter((x) => x.score < x.points);
  const items = results.items.filter((i) => i.unitCode === unit.unitCode);
  const itemRows = items.map((i): CellPlan[] => [
    text(i.id, 'locked'),
    text(i.indicatorCode, 'locked'),
    text(i.problem, 'locked', { wrap: true }),
    text(i.requirement, 'locked', { wrap: true }),
    dateCell(i.deadline),
  ]);
  const lines = [
    `${unit.unitName}：${label}双月检查，适用指标 ${s.indicators.length} 项，应得分 ${round2(s.available)} 分，得分 ${round2(s.obtained)} 分，得分率 ${round2(s.rate).toFixed(2)}%；扣分指标 ${deducted.length} 项，发现问题 ${items.length} 项。`,
    `请对照下列问题逐项整改，在整改时限前完成；整改进展和佐证材料在此后每月工作台账的“整改情况”表中报告，经市法治办核实佐证材料后销号。${contact}`,
  ];
  const sheet = formSheet(
    FEEDBACK_SHEET,
    `${label}双月检查反馈单`,
    lines,
    [
      { title: '一、各指标得分', header: ['指标编号', '指标内容', '分值', '自评分', '检查得分', '计分', '扣分', '得分来源', '扣分原因'], body: scoreRows, empty: '无适用指标。' },
      { title: '二、整改要求', header: ['问题编号', '指标编号', '发现问题', '整改要求', '整改时限'], body: itemRows, empty: '本轮检查未发现需整改的问题。' },
    ],
    [22, 40, 7, 8, 8, 8, 7, 14, 36],
  );
  return {
    title: `${unit.unitName} ${label}双月检查反馈单`,
    sheets: [
      sheet,
      metaSheet({ [META_KEYS.tool]: TOOL_NAME, [META_KEYS.period]: period, [META_KEYS.unitCode]: unit.unitCode, 检查结束: schedule.end }),
    ],
  };
}

/** The office's 检查情况报告 of the round. */
export function roundReportPlan(results: RoundResults, input: Pick<RoundResultsInput, 'template' | 'roster'>, rechecks: readonly RectificationRecheck[] = []): WorkbookPlan {
  const { summary } = results;
  const label = bimonthLabel(summary.period);
  const name = new Map(input.roster.map((u) => [u.code, u.name]));
  const byUnit = new Map(summary.units.map((u) => [u.unitCode, u]));
  const lineText = `${summary.line}%`;
  const itemsOf = (code: string) => results.items.filter((i) => i.unitCode === code).length;

  const overview = formSheet(
    REPORT_SHEETS.overview,
    `${label}双月检查情况报告`,
    [
      `本轮检查 ${summary.units.length} 个单位，平均得分率 ${summary.averageRate.toFixed(2)}%；得分率低于 ${lineText} 的单位 ${summary.below.length} 个；发现需整改的问题 ${results.items.length} 项。`,
      summary.common.length
        ? `共性问题：${summary.common.map((c) => `${c.indicatorCode} ${c.text}（${c.units} 个单位）`).join('；')}。`
        : '本轮检查未发现共性问题。',
      rechecks.length
        ? `整改复查 ${rechecks.length} 项：${(['已整改', '部分整改', '未整改'] as const).map((k) => `${k} ${rechecks.filter((r) => r.result === k).length} 项`).join('，')}${rechecks.some((r) => !r.result) ? `，未填复查结果 ${rechecks.filter((r) => !r.result).length} 项` : ''}；复查结果是销号的依据之一，事项由办公室核实后在整改台账中销号。`
        : '本轮未记录整改复查结果。',
      summary.below.length ? `得分率低于 ${lineText} 的单位：${summary.below.map((c) => `${name.get(c) ?? c}（${byUnit.get(c)!.score.rate.toFixed(2)}%）`).join('、')}。` : `没有得分率低于 ${lineText} 的单位。`,
    ],
    [],
    [110],
  );

  const areaRows = summary.areas.map((a): CellPlan[] => [
    { value: a.area, numFmt: '0', style: 'locked' },
    text(a.name, 'locked'),
    { value: a.units, numFmt: '0', style: 'number' },
    rateCell(a.averageRate),
    { value: a.deductions, numFmt: '0', style: 'number' },
    text(a.common.map((c) => `${c.indicatorCode}（${c.units} 个单位）${c.samples.length ? '：' + c.samples.join('；') : ''}`).join('\n'), 'locked', { wrap: true }),
  ]);
  const areas = formSheet(
    REPORT_SHEETS.areas,
    `${label}双月检查 分领域情况`,
    ['平均得分率：该领域适用单位的领域得分率的平均值；扣分项数：该领域得分低于分值的单位×指标数。'],
    [{ title: '各领域', header: ['领域', '领域名称', '适用单位', '平均得分率', '扣分项数', '主要问题'], body: areaRows, empty: '无。' }],
    [7, 26, 10, 11, 10, 70],
  );

  const commonRows = summary.common.map((c, i): CellPlan[] => [
    { value: i + 1, numFmt: '0', style: 'locked' },
    text(c.indicatorCode, 'locked'),
    text(c.text, 'locked', { wrap: true }),
    { value: c.units, numFmt: '0', style: 'number' },
    text(c.unitCodes.map((u) => name.get(u) ?? u).join('、'), 'locked', { wrap: true }),
    text(c.samples.join('\n'), 'locked', { wrap: true }),
  ]);
  const common = formSheet(
    REPORT_SHEETS.common,
    `${label}双月检查 常见问题`,
    ['按涉及单位数排列：检查组写明问题或检查得分低于分值的单位。'],
    [{ title: '常见问题', header: ['序号', '指标编号', '指标内容', '涉及单位', '单位', '问题举例'], body: commonRows, empty: '无。' }],
    [6, 9, 40, 9, 50, 50],
  );

  const belowRows = summary.below.map((code, i): CellPlan[] => {
    const u = byUnit.get(code)!;
    return [
      { value: i + 1, numFmt: '0', style: 'locked' },
      text(code, 'locked'),
      text(u.unitName, 'locked'),
      text(u.group, 'locked'),
      rateCell(u.score.rate, 'bad'),
      { value: u.deducted.length, numFmt: '0', style: 'number' },
      { value: itemsOf(code), numFmt: '0', style: 'number' },
    ];
  });
  const below = formSheet(
    REPORT_SHEETS.below,
    `${label}双月检查 得分率低于${lineText}的单位`,
    [`得分率由低到高排列；界线为评分规则中的“检查性发言线”（${lineText}）。`],
    [{ title: '单位', header: ['序号', '单位编码', '单位名称', '分组', '得分率', '扣分指标', '整改事项'], body: belowRows, empty: `没有得分率低于 ${lineText} 的单位。` }],
    [6, 10, 24, 7, 10, 10, 10],
  );

  const unitRows = summary.units.map((u, i): CellPlan[] => [
    { value: i + 1, numFmt: '0', style: 'locked' },
    text(u.unitCode, 'locked'),
    text(u.unitName, 'locked'),
    text(u.group, 'locked'),
    numCell(round2(u.score.available)),
    numCell(round2(u.score.obtained)),
    rateCell(u.score.rate, u.score.rate < summary.line ? 'bad' : 'number'),
    { value: u.inspected, numFmt: '0', style: 'number' },
    { value: u.deducted.length, numFmt: '0', style: 'number' },
    { value: u.problems, numFmt: '0', style: 'number' },
    { value: itemsOf(u.unitCode), numFmt: '0', style: 'number' },
  ]);
  const units = formSheet(
    REPORT_SHEETS.units,
    `${label}双月检查 各单位得分`,
    ['得分：检查得分，未经检查的指标按该单位本期最新台账的自评分计（与季度点评一致）。'],
    [{ title: '各单位', header: ['序号', '单位编码', '单位名称', '分组', '应得分', '得分', '得分率', '检查指标', '扣分指标', '发现问题', '整改事项'], body: unitRows, empty: '无。' }],
    [6, 10, 24, 7, 9, 9, 10, 9, 9, 9, 9],
  );

  const recheckRows = rechecks.map((r, i): CellPlan[] => [
    { value: i + 1, numFmt: '0', style: 'locked' },
    text(r.id, 'locked'),
    text(r.unitCode, 'locked'),
    text(name.get(r.unitCode) ?? r.unitCode, 'locked'),
    text(r.result ?? '', r.result === '未整改' ? 'bad' : r.result === '已整改' ? 'good' : 'locked'),
    text(r.note, 'locked', { wrap: true }),
    text(r.inspector, 'locked'),
  ]);
  const recheck = formSheet(
    REPORT_SHEETS.recheck,
    `${label}双月检查 整改复查情况`,
    ['检查组在检查评分表“整改复查”表中记录的复查结果。复查结果不销号：办公室核实佐证材料后，在季度点评工作簿的整改台账中填写完成时间和销号依据。'],
    [{ title: '复查结果', header: ['序号', '问题编号', '单位编码', '单位名称', '复查结果', '复查说明', '复查人'], body: recheckRows, empty: '本轮未记录整改复查结果。' }],
    [6, 24, 10, 22, 10, 40, 12],
  );

  return {
    title: `${label}双月检查情况报告`,
    sheets: [overview, areas, common, below, units, recheck, metaSheet({ [META_KEYS.tool]: TOOL_NAME, [META_KEYS.period]: summary.period })],
  };
}
