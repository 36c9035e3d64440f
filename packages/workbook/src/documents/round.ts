import { bimonthLabel, type RectificationItem, type RoundSummary, type RoundUnitResult, safeFileName } from '@ledger-review/scoring';
import { chineseDate, renderGongwen, type Block, type GongwenSpec } from './gongwen';
import type { DocumentSettings } from './settings';
import { addressee, plain, rateText } from './text';

/**
 * The round's documents for people, as .docx (the same 公文 layout as the review's): one
 * 检查反馈单 per unit and the 检查情况报告 for the office, from the round's results (the
 * inspection workbooks and the ledgers, before any quarterly review exists).
 */
export interface RoundDocInput {
  summary: RoundSummary;
  items: readonly RectificationItem[];
  /** 扣分原因 by `unit|indicator`. */
  reasons: ReadonlyMap<string, string>;
  /** 指标内容 by code. */
  indicatorText: ReadonlyMap<string, string>;
  settings: DocumentSettings;
  /** 成文日期, ISO. */
  date: string;
}

const deadlineText = (d: string | null) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? chineseDate(d) : (d ?? ''));

export function roundFeedbackSpec(input: RoundDocInput, u: RoundUnitResult): GongwenSpec {
  const { summary, settings } = input;
  const period = summary.period;
  const s = u.score;
  const deducted = s.indicators.filter((x) => x.score < x.points);
  const items = input.items.filter((i) => i.unitCode === u.unitCode);
  const body: Block[] = [
    {
      kind: 'p',
      text: `${bimonthLabel(period)}双月检查，你单位适用指标${s.indicators.length}项，应得分${plain(s.available)}分，得分${plain(s.obtained)}分，得分率${rateText(s.rate)}%；其中${deducted.length}项指标扣分，${s.indicators.filter((x) => x.source !== 'inspection').length}项未经检查（按自评分计）。`,
    },
    { kind: 'h1', text: '一、扣分情况' },
    deducted.length
      ? {
          kind: 'table',
          columns: [1, 3.2, 0.8, 0.8, 5.2],
          header: ['指标', '指标内容', '分值', '得分', '扣分原因'],
          align: ['center', 'left', 'right', 'right', 'left'],
          rows: deducted.map((x) => [
            x.code,
            input.indicatorText.get(x.code) ?? '',
            plain(x.points),
            plain(x.score),
            input.reasons.get(`${u.unitCode}|${x.code}`) || (x.source === 'inspection' ? '' : '未经检查，按自评分计'),
          ]),
        }
      : { kind: 'p', text: '无扣分指标。' },
    { kind: 'h1', text: '二、整改要求' },
    items.length
      ? {
          kind: 'table',
          columns: [2.4, 3.6, 3.6, 1.8],
          header: ['问题编号', '发现问题', '整改要求', '整改时限'],
          align: ['left', 'left', 'left', 'center'],
          rows: items.map((i) => [i.id, i.problem, i.requirement, deadlineText(i.deadline)]),
        }
      : { kind: 'p', text: '无。' },
    {
      kind: 'p',
      text: `请对照以上问题逐项整改，在整改时限前完成，并在此后每月工作台账的“整改情况”表中报告整改进展和佐证材料；市法治政府建设领导小组办公室核实佐证材料后销号。联系人：${settings.contactName}，联系电话：${settings.contactPhone}。`,
    },
  ];
  return { title: ['法治政府建设示范市创建工作', '双月检查反馈单'], recipients: addressee({ name: u.unitName, group: u.group }), body, signature: settings.issuer, date: input.date };
}

export function roundReportSpec(input: RoundDocInput): GongwenSpec {
  const { summary, settings } = input;
  const label = bimonthLabel(summary.period);
  const name = new Map(summary.units.map((u) => [u.unitCode, u]));
  const body: Block[] = [
    {
      kind: 'p',
      text: `${label}双月检查共检查${summary.units.length}个单位，平均得分率${rateText(summary.averageRate)}%，得分率低于${summary.line}%的单位${summary.below.length}个，发现需整改的问题${input.items.length}项。现将有关情况报告如下。`,
    },
    { kind: 'h1', text: '一、各领域得分情况' },
    {
      kind: 'table',
      columns: [4, 1.4, 1.6, 1.4],
      header: ['领域', '适用单位', '平均得分率', '扣分项数'],
      align: ['left', 'right', 'right', 'right'],
      rows: summary.areas.map((a) => [`${a.area}. ${a.name}`, String(a.units), a.averageRate === null ? '—' : `${rateText(a.averageRate)}%`, String(a.deductions)]),
    },
    { kind: 'h1', text: '二、主要问题' },
    ...(summary.common.length
      ? summary.common.map((c, i): Block => ({
          kind: 'p',
          text: `${i + 1}. ${c.indicatorCode} ${c.text}：涉及${c.units}个单位${c.samples.length ? `，如“${c.samples.join('”“')}”` : ''}。`,
        }))
      : [{ kind: 'p', text: '本轮检查未发现共性问题。' } as Block]),
    { kind: 'h1', text: `三、得分率低于${summary.line}%的单位` },
    summary.below.length
      ? {
          kind: 'table',
          columns: [5, 2, 2],
          header: ['单位', '得分率', '扣分指标'],
          align: ['left', 'right', 'right'],
          rows: summary.below.map((code) => {
            const u = name.get(code)!;
            return [u.unitName, `${rateText(u.score.rate)}%`, String(u.deducted.length)];
          }),
        }
      : { kind: 'p', text: '无。' },
  ];
  return { title: `${label}双月检查情况报告`, body, signature: settings.issuer, date: input.date };
}

export interface RoundDocument {
  kind: 'roundFeedback' | 'roundReport';
  path: string;
  unitCode?: string;
  bytes: Uint8Array;
}

/** Every .docx of a round: the report, then one feedback per unit under `检查反馈单/<period>/`. */
export async function buildRoundDocuments(input: RoundDocInput): Promise<RoundDocument[]> {
  const period = input.summary.period;
  const out: RoundDocument[] = [{ kind: 'roundReport', path: `${period}_检查情况报告.docx`, bytes: await renderGongwen(roundReportSpec(input)) }];
  for (const u of input.summary.units) {
    out.push({ kind: 'roundFeedback', path: `检查反馈单/${period}/${safeFileName(u.unitName)}检查反馈单.docx`, unitCode: u.unitCode, bytes: await renderGongwen(roundFeedbackSpec(input, u)) });
  }
  return out;
}
