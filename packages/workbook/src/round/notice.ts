import {
  applicableIndicators,
  assignInspectors,
  bimonthLabel,
  excelSerial,
  roundSchedule,
  type Inspector,
  type Unit,
} from '@ledger-review/scoring';
import type { ReviewContext } from '../pipeline';
import type { OpenRectification } from '../rectification/types';
import { metaSheet, META_KEYS, TOOL_NAME } from '../sheet/meta';
import { text, type CellPlan, type SheetPlan, type WorkbookPlan } from '../sheet/plan';
import { columnLetter } from '../xlsx/a1';

/**
 * 检查通知 of one round (双月检查), before the team goes out: the dates (单位自查截止, 检查起止,
 * 整改时限 of what is found), each unit's sub-team with 回避 applied, what each unit prepares
 * (its applicable indicators and their 佐证材料), and the open 整改 items the team re-checks.
 */
export const NOTICE_SHEETS = {
  notice: '检查通知',
  schedule: '检查安排',
  prepare: '准备材料',
  recheck: '复查事项',
} as const;

export const roundNoticeFileName = (period: string) => `${period}_检查通知.xlsx`;

export interface RoundNoticeInput {
  context: ReviewContext;
  period: string;
  /** Open 整改 items on the day the notice is issued (openRectifications). */
  open?: readonly OpenRectification[];
  /** The office's contact line for the notice, e.g. `联系人：薛世方，电话：6666679`. */
  contact?: string;
}

const HEADER_ROW = 3;

function table(name: string, title: string, note: string, header: readonly { label: string; width: number }[], body: CellPlan[][], freezeColumns = 0): SheetPlan {
  const last = columnLetter(header.length);
  return {
    name,
    rows: [[text(title, 'title')], [text(note, 'note', { wrap: true })], header.map((h) => text(h.label, 'header')), ...body],
    columns: header.map((h) => ({ width: h.width })),
    merges: [`A1:${last}1`, `A2:${last}2`],
    freeze: { rows: HEADER_ROW, columns: freezeColumns },
    autoFilter: `A${HEADER_ROW}:${last}${Math.max(HEADER_ROW, HEADER_ROW + body.length)}`,
    print: { landscape: true, titleRows: `${HEADER_ROW}:${HEADER_ROW}`, fitToWidth: true },
  };
}

const dateCell = (iso: string | null): CellPlan => (iso ? { value: excelSerial(iso), numFmt: 'yyyy-mm-dd', style: 'locked' } : text('', 'locked'));

/** A member as the notice names him or her: `张三（副局长）`, or the role alone while the name is not known yet. */
const memberText = (m: Inspector) => (m.name ? `${m.name}（${m.role}）` : `${m.role}（待定）`);

/** `2021年5月6日` */
const chineseDay = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

export function roundNoticePlan(input: RoundNoticeInput): WorkbookPlan {
  const { context, period } = input;
  const { roster, template, settings, team } = context;
  const schedule = roundSchedule(period, settings);
  const label = bimonthLabel(period);
  const open = input.open ?? [];
  const openOf = new Map<string, OpenRectification[]>();
  for (const o of open) openOf.set(o.item.unitCode, [...(openOf.get(o.item.unitCode) ?? []), o]);
  const unitName = new Map(roster.map((u) => [u.code, u.name]));
  const assignments = new Map(assignInspectors(team, roster).map((a) => [a.unitCode, a]));
  const areaName = new Map(template.areas.map((a) => [a.no, a.name] as const));
  const overdue = open.filter((o) => o.state === 'overdue').length;

  const lines = [
    `检查期间：${label}（${period}）`,
    `单位自查：各单位对照指标体系自查，于 ${chineseDay(schedule.selfCheckBy)} 前完成，并按“准备材料”表备齐各项指标的佐证材料。`,
    `检查时间：${chineseDay(schedule.start)} 至 ${chineseDay(schedule.end)}，检查组分 ${new Set([...assignments.values()].map((a) => a.bureauCode)).size} 个检查小组，按“检查安排”表分工；检查小组成员不检查本单位（回避）。`,
    `检查方式：查阅工作台账和佐证材料，逐项评分；发现的问题列入检查反馈单，整改时限未另行明确的，于 ${chineseDay(schedule.defaultDeadline)} 前完成整改。`,
    open.length
      ? `整改复查：截至本通知，尚有 ${open.length} 项整改事项未销号（其中已逾期 ${overdue} 项），见“复查事项”表；检查组逐项复查，相关单位须备齐整改佐证材料。`
      : '整改复查：目前没有未销号的整改事项。',
    `参加单位：${roster.length} 个。`,
    ...(input.contact ? [input.contact] : []),
  ];
  const notice: SheetPlan = {
    name: NOTICE_SHEETS.notice,
    rows: [[text(`${label}双月检查通知`, 'title')], [], ...lines.map((l) => [text(l, 'note', { wrap: true })])],
    columns: [{ width: 110 }],
    print: { landscape: false, fitToWidth: true },
  };

  const scheduleBody = roster.map((u: Unit, i): CellPlan[] => {
    const a = assignments.get(u.code);
    const own = team.members.some((m) => m.unitCode === u.code);
    return [
      { value: i + 1, numFmt: '0', style: 'locked' },
      text(u.code, 'locked'),
      text(u.name, 'locked'),
      text(u.group, 'locked'),
      text(a ? `${unitName.get(a.bureauCode) ?? a.bureauCode}检查小组` : '', 'locked'),
      text(a ? a.inspectors.map(memberText).join('、') : '', 'locked', { wrap: true }),
      text(own ? '本单位有检查组成员，由其他检查小组检查（回避）' : '', 'locked', { wrap: true }),
      dateCell(schedule.start),
      dateCell(schedule.end),
      { value: openOf.get(u.code)?.length ?? 0, numFmt: '0', style: 'locked' },
    ];
  });
  const scheduleSheet = table(
    NOTICE_SHEETS.schedule,
    `${label}双月检查安排`,
    `每个单位由一个检查小组检查；检查小组由同一派出单位的副局长、科长和创建专班人员组成。检查组成员不检查本单位（回避）。`,
    [
      { label: '序号', width: 6 },
      { label: '单位编码', width: 10 },
      { label: '单位名称', width: 22 },
      { label: '分组', width: 7 },
      { label: '检查小组', width: 24 },
      { label: '小组成员', width: 36 },
      { label: '回避说明', width: 28 },
      { label: '检查开始', width: 12 },
      { label: '检查结束', width: 12 },
      { label: '复查事项', width: 9 },
    ],
    scheduleBody,
    3,
  );

  const prepareBody: CellPlan[][] = [];
  for (const u of roster) {
    const openByCode = new Map<string, string[]>();
    for (const o of openOf.get(u.code) ?? []) openByCode.set(o.item.indicatorCode, [...(openByCode.get(o.item.indicatorCode) ?? []), o.item.id]);
    for (const ind of applicableIndicators(template, u)) {
      prepareBody.push([
        text(u.code, 'locked'),
        text(u.name, 'locked'),
        text(ind.code, 'locked'),
        text(areaName.get(ind.area) ?? '', 'locked'),
        text(ind.text, 'locked', { wrap: true }),
        { value: ind.points, numFmt: '0.0#', style: 'locked' },
        text(ind.evidence, 'locked', { wrap: true }),
        text((openByCode.get(ind.code) ?? []).join('、'), 'locked', { wrap: true }),
      ]);
    }
  }
  const prepareSheet = table(
    NOTICE_SHEETS.prepare,
    `${label}双月检查 各单位准备材料`,
    `各单位对照适用于本单位的指标，备齐“佐证材料”所列材料；“复查事项”列出该指标下尚未销号的整改事项编号，须同时备齐整改佐证材料。`,
    [
      { label: '单位编码', width: 10 },
      { label: '单位名称', width: 22 },
      { label: '指标编号', width: 9 },
      { label: '检查领域', width: 20 },
      { label: '指标内容', width: 44 },
      { label: '分值', width: 7 },
      { label: '佐证材料', width: 36 },
      { label: '复查事项', width: 26 },
    ],
    prepareBody,
    3,
  );

  const recheckBody = open.map((o): CellPlan[] => [
    text(o.item.unitCode, 'locked'),
    text(o.unitName, 'locked'),
    text(o.item.id, 'locked'),
    text(o.item.indicatorCode, 'locked'),
    text(o.item.problem, 'locked', { wrap: true }),
    text(o.item.requirement, 'locked', { wrap: true }),
    dateCell(o.item.deadline),
    text(o.state === 'overdue' ? '已逾期' : '整改中', o.state === 'overdue' ? 'bad' : 'locked'),
    text([o.reportStatus, o.report].filter(Boolean).join('：'), 'locked', { wrap: true }),
  ]);
  const recheckSheet = table(
    NOTICE_SHEETS.recheck,
    `${label}双月检查 整改复查事项`,
    `截至本通知尚未销号的整改事项。检查组在检查评分表的“整改复查”表中逐项记录复查结果；事项由市法治办核实佐证材料后销号。`,
    [
      { label: '单位编码', width: 10 },
      { label: '单位名称', width: 20 },
      { label: '问题编号', width: 24 },
      { label: '指标编号', width: 9 },
      { label: '存在问题', width: 34 },
      { label: '整改要求', width: 30 },
      { label: '整改时限', width: 12 },
      { label: '状态', width: 8 },
      { label: '单位自报', width: 30 },
    ],
    recheckBody,
    3,
  );

  return {
    title: `${label}双月检查通知`,
    sheets: [
      notice,
      scheduleSheet,
      prepareSheet,
      recheckSheet,
      metaSheet({ [META_KEYS.tool]: TOOL_NAME, [META_KEYS.period]: period }),
    ],
  };
}
