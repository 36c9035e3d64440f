import { RECTIFICATION_STATE_LABEL } from '@ledger-review/scoring';
import { SIZE, type Block, type GongwenSpec } from './gongwen';
import type { DocRectification, DocUnit, ReviewDocumentModel } from './model';
import type { DocumentSettings } from './settings';
import { decidedUnits } from './circular';
import {
  addDays,
  addressee,
  bimonthLabel,
  changeText,
  chineseDate,
  clip,
  groupTitle,
  listZh,
  percentText,
  plain,
  quarterLabel,
  rankText,
  rateText,
  scoreText,
} from './text';

/**
 * Whether an item of 整改台账 is still open: its 状态 says so (the office closes an item with a
 * date and evidence); workbooks without the column counted a 完成时间 as closed.
 */
export function isOpenRectification(r: Pick<DocRectification, 'state' | 'doneOn'>): boolean {
  return r.state ? r.state !== RECTIFICATION_STATE_LABEL.done : !r.doneOn;
}

const reasonOf = (model: ReviewDocumentModel, u: DocUnit, kind: string) =>
  model.outcomes.find((o) => o.unitCode === u.code && o.kind === kind)?.reason ?? '';

/** 关于对南乐县等单位予以通报批评的决定 */
export function criticismSpec(model: ReviewDocumentModel, settings: DocumentSettings, units: DocUnit[], number: string, date: string): GongwenSpec {
  const q = quarterLabel(model.quarter);
  const names = listZh(units.map((u) => u.name));
  const subject = units.length > 1 ? `${units[0].name}等${units.length}个单位` : units[0].name;
  const body: Block[] = [
    {
      kind: 'p',
      text: `${settings.basis}规定，对连续两次在“点评”会议上做检查性发言的县（区）和市直单位，予以通报批评，并约谈县（区）政府和市直有关单位主要领导。`,
    },
    ...units.map((u): Block => ({ kind: 'p', text: `经${q}考评，${u.name}综合得分${scoreText(model, u.composite)}分，在${groupTitle(u.group)}中排${rankText(u)}，${reasonOf(model, u, 'criticism') || '连续两次在点评会议上作检查性发言'}。` })),
    { kind: 'p', text: `经研究，决定对${names}予以通报批评，并约谈其主要领导。` },
    {
      kind: 'p',
      text: `希望被通报批评的单位认真汲取教训，深入分析原因，制定切实可行的整改措施，于${chineseDate(addDays(date, 30))}前将整改情况书面报市法治政府建设领导小组办公室。各县（区）、各部门要引以为戒，对照创建工作目标任务，查漏补缺，确保法治政府建设示范市创建工作取得实效。`,
    },
  ];
  return {
    mark: settings.issuerMark,
    number,
    title: [`关于对${subject}`, '予以通报批评的决定'],
    recipients: settings.recipients,
    body,
    signature: settings.issuer,
    date,
    imprint: { copyTo: settings.copyTo, printer: settings.issuer, date },
  };
}

/** 约谈通知书 to one unit. */
export function interviewSpec(model: ReviewDocumentModel, settings: DocumentSettings, u: DocUnit, number: string, date: string): GongwenSpec {
  const q = quarterLabel(model.quarter);
  const reason = reasonOf(model, u, 'interview') || reasonOf(model, u, 'criticism') || '连续两次在点评会议上作检查性发言';
  const body: Block[] = [
    {
      kind: 'p',
      text: `根据${settings.basis}和${q}点评会议考评结果，你单位综合得分${scoreText(model, u.composite)}分，在${groupTitle(u.group)}中排${rankText(u)}，${reason}。经研究，决定约谈你单位主要负责同志。现将有关事项通知如下：`,
    },
    { kind: 'h1', text: '一、约谈时间和地点' },
    { kind: 'p', text: '另行通知。' },
    { kind: 'h1', text: '二、约谈内容' },
    { kind: 'p', text: '听取你单位法治政府建设示范市创建工作推进情况、工作滞后的原因分析和整改措施的汇报，对下一步工作提出要求。' },
    { kind: 'h1', text: '三、有关要求' },
    {
      kind: 'p',
      text: `请你单位主要负责同志、分管负责同志和法治工作机构负责人参加约谈，并于约谈前将书面整改报告报市法治政府建设领导小组办公室。联系人：${settings.contactName}，联系电话：${settings.contactPhone}，电子信箱：${settings.contactEmail}。`,
    },
  ];
  return {
    mark: settings.issuerMark,
    number,
    title: '约谈通知书',
    recipients: addressee(u),
    body,
    signature: settings.issuer,
    date,
    imprint: { printer: settings.issuer, date },
  };
}

/** 检查反馈单 of one round for one unit: its scores, deductions with reasons, 整改要求 and 时限. */
export function feedbackSpec(model: ReviewDocumentModel, settings: DocumentSettings, u: DocUnit, period: string, date: string): GongwenSpec {
  const scores = model.indicatorScores.filter((s) => s.unitCode === u.code && s.period === period);
  const obtained = scores.reduce((s, x) => s + x.used, 0);
  const available = scores.reduce((s, x) => s + x.points, 0);
  const reasons = new Map(
    model.problems.filter((p) => p.unitCode === u.code && p.period === period && p.source === '检查').map((p) => [p.indicatorCode, p]),
  );
  const deducted = scores.filter((s) => s.used < s.points);
  const items = model.rectifications.filter((r) => r.unitCode === u.code && r.period === period);
  const body: Block[] = [
    {
      kind: 'p',
      text: `${bimonthLabel(period)}双月检查，你单位适用指标${scores.length}项，应得分${plain(available)}分，得分${plain(obtained)}分，得分率${rateText(u.periodRates[period] ?? 0)}%；其中${deducted.length}项指标扣分，${scores.filter((s) => s.source !== '检查').length}项未经检查（按自评分计）。`,
    },
    { kind: 'h1', text: '一、扣分情况' },
    deducted.length
      ? {
          kind: 'table',
          columns: [1, 2.6, 0.8, 0.8, 5.8],
          header: ['指标', '检查内容', '分值', '得分', '扣分原因'],
          align: ['center', 'left', 'right', 'right', 'left'],
          rows: deducted.map((s) => [s.code, s.areaName, plain(s.points), plain(s.used), reasons.get(s.code)?.detail || reasons.get(s.code)?.problem || (s.source === '检查' ? '' : '未经检查，按自评分计')]),
        }
      : { kind: 'p', text: '无扣分指标。' },
    { kind: 'h1', text: '二、整改要求' },
    items.length
      ? {
          kind: 'table',
          columns: [1, 4, 5, 2],
          header: ['指标', '发现问题', '整改要求', '整改时限'],
          align: ['center', 'left', 'left', 'center'],
          rows: items.map((r) => [r.indicatorCode, r.problem, r.requirement, /^\d{4}-\d{2}-\d{2}$/.test(r.deadline) ? chineseDate(r.deadline) : r.deadline]),
        }
      : { kind: 'p', text: '无。' },
    { kind: 'p', text: `请对照以上问题逐项整改，并在整改时限前将整改情况书面报市法治政府建设领导小组办公室。联系人：${settings.contactName}，联系电话：${settings.contactPhone}。` },
  ];
  return {
    title: ['法治政府建设示范市创建工作', '双月检查反馈单'],
    recipients: addressee(u),
    body,
    signature: settings.issuer,
    date,
  };
}

/** Open 整改 items shown on a unit's page before it would run past one page. */
const UNIT_PAGE_ITEMS = 5;

/** 本单位情况: one page per unit (composite, rank, change, timeliness, quality, deductions by area, open items). */
export function unitPageSpec(model: ReviewDocumentModel, settings: DocumentSettings, u: DocUnit, date: string): GongwenSpec {
  const q = quarterLabel(model.quarter);
  const change = changeText(model, u);
  // A proposal the office removed (办公室取消) is no outcome of the unit's.
  const outcomes = model.outcomes.filter((o) => o.unitCode === u.code && o.office !== 'remove');
  const outcomeText = outcomes.length
    ? outcomes.map((o) => (o.decided ? o.label : `${o.label}（拟提议，${o.confirmation || '待确认'}）`)).join('、')
    : '无';
  const open = model.rectifications.filter((r) => r.unitCode === u.code && isOpenRectification(r)).sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
  const ledgers = u.ledgers.map((l) => `${Number(l.month.slice(5))}月${l.label}`).join('，');
  const small = SIZE.si;
  const label = (t: string) => ({ text: t, font: 'heiti' as const });
  const body: Block[] = [
    {
      kind: 'table',
      size: SIZE.xiaosi,
      columns: [2.1, 2.6, 2.1, 5.4],
      header: [],
      labelColumns: [0, 2],
      align: ['center', 'center', 'center', 'center'],
      rows: [
        ['综合得分', scoreText(model, u.composite), '组内排名', `${rankText(u)}（共${u.groupSize}个）`],
        ['检查得分率', rateText(u.inspectionRate), '较上季度', change ?? '无上季度数据'],
        ['报送及时率', percentText(u.timeliness), '填报质量', percentText(u.quality)],
      ],
    },
    { kind: 'p', indent: false, size: small, text: [label('点评结果：'), outcomeText] },
    { kind: 'p', indent: false, size: small, text: [label('台账报送：'), ledgers || '无记录'] },
    { kind: 'p', indent: false, size: small, text: label('各方面得分（本季度各检查期间合计）') },
    {
      kind: 'table',
      size: SIZE.wu,
      columns: [6.5, 1.5, 1.5, 1.5],
      header: ['检查内容', '应得分', '得分', '扣分'],
      align: ['left', 'right', 'right', 'right'],
      rows: u.areas.filter((a) => a.available > 0).map((a) => [`${a.area}. ${a.name}`, plain(a.available), plain(a.obtained), plain(Number((a.available - a.obtained).toFixed(4)))]),
    },
    { kind: 'p', indent: false, size: small, text: label(`待整改事项（${open.length}项）`) },
    open.length
      ? {
          kind: 'table',
          size: SIZE.wu,
          columns: [1, 7.2, 2.6],
          header: ['指标', '问题', '整改时限'],
          align: ['center', 'left', 'center'],
          rows: open.slice(0, UNIT_PAGE_ITEMS).map((r) => [r.indicatorCode, clip(r.problem, 36), /^\d{4}-\d{2}-\d{2}$/.test(r.deadline) ? chineseDate(r.deadline) : r.deadline]),
        }
      : { kind: 'p', indent: false, size: small, text: '无。' },
  ];
  if (open.length > UNIT_PAGE_ITEMS) body.push({ kind: 'p', indent: false, size: small, text: `另有${open.length - UNIT_PAGE_ITEMS}项，详见点评工作簿“整改台账”。` });
  if (u.analysis) body.push({ kind: 'p', indent: false, size: small, text: [label('原因分析：'), clip(u.analysis, 100)] });
  return {
    title: [u.name, `${q}法治政府建设示范市创建工作情况`],
    body,
    signature: settings.issuer,
    date,
    pageNumbers: false,
    compact: true,
    titleSize: SIZE.xiaoer,
  };
}

export { decidedUnits };
