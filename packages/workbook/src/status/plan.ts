import { chaseLine, chaseText, dateZh, monthLabel, type CampaignStatus, type MonthStatus, type OfficeContact } from '@ledger-review/scoring';
import { address, columnLetter } from '../xlsx/a1';
import { text, type CellPlan, type CellStyle, type SheetPlan, type WorkbookPlan } from '../sheet/plan';
import { META_KEYS, STATUS_KIND, TOOL_NAME, metaSheet } from '../sheet/meta';

/**
 * The 状态 workbook (`ledger-review status … --out 状态.xlsx`): each unit's monthly ledgers as of
 * a day (状态) and the 催报 list with the text ready to paste (催报). The counts per unit are
 * COUNTIF formulas over its month cells, so the office can check them and they follow an edit.
 */
export const STATUS_SHEETS = { status: '状态', chase: '催报' } as const;

/** Where the 状态 sheet's table starts (title and totals above it). */
export const STATUS_HEADER_ROW = 3;
export const STATUS_FIXED_COLUMNS = ['序号', '分组', '单位编码', '单位名称', '填报人', '联系电话', '联系方式来源'] as const;
export const STATUS_COUNT_COLUMNS = [
  { label: '按时', criterion: '按时', key: 'onTime' },
  { label: '逾期', criterion: '逾期*', key: 'late' },
  { label: '未报送', criterion: '未报送', key: 'missing' },
  { label: '未到期', criterion: '未到期', key: 'notDue' },
] as const;
export const CHASE_COLUMNS = ['序号', '单位名称', '填报人', '联系电话', '未报送月份', '最长逾期天数', '催报内容'] as const;

const STATE_STYLE: Record<MonthStatus['state'], CellStyle> = { 'on-time': 'good', late: 'warn', missing: 'bad', 'not-due': 'locked' };
const SOURCE_TEXT = { ledger: '最近一期台账', roster: '单位名录', none: '无' } as const;

function statusSheet(status: CampaignStatus): SheetPlan {
  const monthCol0 = STATUS_FIXED_COLUMNS.length + 1;
  const countCol0 = monthCol0 + status.months.length;
  const lastCol = countCol0 + STATUS_COUNT_COLUMNS.length - 1;
  const t = status.totals;
  const rows: (CellPlan | null)[][] = [
    [text(`工作台账报送情况（截至${dateZh(status.asOf)}）`, 'title')],
    [
      text(
        `每月 ${status.settings.ledgerDueDay} 日前（含当日）报送上月台账。单位×月份：按时 ${t.onTime}，逾期 ${t.late}，未报送 ${t.missing}，未到期 ${t.notDue}。“未到期”是截止日尚未过去的月份，不是未报送。`,
        'note',
        { wrap: true },
      ),
    ],
    [...STATUS_FIXED_COLUMNS.map((h) => text(h, 'header')), ...status.months.map((m) => text(monthLabel(m), 'header')), ...STATUS_COUNT_COLUMNS.map((c) => text(c.label, 'header'))],
  ];
  status.units.forEach((u, i) => {
    const row = STATUS_HEADER_ROW + 1 + i;
    const monthRange = status.months.length ? `${address(row, monthCol0)}:${address(row, countCol0 - 1)}` : null;
    rows.push([
      { value: i + 1, style: 'number' },
      text(u.group, 'locked'),
      text(u.unitCode, 'locked'),
      text(u.unitName, 'locked'),
      // What a unit typed: always text, never a formula.
      text(u.contact.name, 'input'),
      text(u.contact.phone, 'input'),
      text(u.contact.source === 'ledger' && u.contact.month ? `${monthLabel(u.contact.month)}台账` : SOURCE_TEXT[u.contact.source], 'locked'),
      ...u.months.map((m) => text(m.label, STATE_STYLE[m.state])),
      ...STATUS_COUNT_COLUMNS.map((c): CellPlan =>
        monthRange ? { formula: `COUNTIF(${monthRange},"${c.criterion}")`, cached: u.counts[c.key], style: 'number' } : { value: 0, style: 'number' },
      ),
    ]);
  });
  const widths = [6, 6, 9, 24, 10, 15, 14, ...status.months.map(() => 11), ...STATUS_COUNT_COLUMNS.map(() => 7)];
  return {
    name: STATUS_SHEETS.status,
    rows,
    columns: widths.map((width) => ({ width })),
    merges: [`A1:${columnLetter(lastCol)}1`, `A2:${columnLetter(lastCol)}2`],
    freeze: { rows: STATUS_HEADER_ROW, columns: 4 },
    autoFilter: `A${STATUS_HEADER_ROW}:${columnLetter(lastCol)}${STATUS_HEADER_ROW + Math.max(1, status.units.length)}`,
    print: { landscape: true, titleRows: `${STATUS_HEADER_ROW}:${STATUS_HEADER_ROW}`, fitToWidth: true },
  };
}

function chaseSheet(status: CampaignStatus, contact: OfficeContact): SheetPlan {
  const rows: (CellPlan | null)[][] = [
    [text(`催报名单（截至${dateZh(status.asOf)}，${status.chase.length} 个单位）`, 'title')],
    [text('未到报送截止日的月份不在催报之列。“催报内容”每行可单独发给该单位；下方为可整段复制的催报文本。', 'note', { wrap: true })],
    CHASE_COLUMNS.map((h) => text(h, 'header')),
  ];
  status.chase.forEach((u, i) => {
    rows.push([
      { value: i + 1, style: 'number' },
      text(u.unitName, 'locked'),
      text(u.contact.name, 'input'),
      text(u.contact.phone, 'input'),
      text(u.overdue.map((o) => monthLabel(o.month)).join('、'), 'locked', { wrap: true }),
      { value: Math.max(...u.overdue.map((o) => o.daysOverdue)), style: 'number' },
      text(chaseLine(u, i + 1, contact, 'zh-CN'), 'input', { wrap: true }),
    ]);
  });
  rows.push([]);
  rows.push([text('催报文本（可整段复制）', 'subtitle')]);
  for (const line of chaseText(status, contact, 'zh-CN').split('\n')) rows.push([text(line, 'input', { wrap: true })]);
  const textStart = rows.length - (status.chase.length ? status.chase.length + 1 : 1) + 1;
  const last = columnLetter(CHASE_COLUMNS.length);
  const merges = [`A1:${last}1`, `A2:${last}2`];
  for (let r = textStart; r <= rows.length; r++) merges.push(`A${r}:${last}${r}`);
  return {
    name: STATUS_SHEETS.chase,
    rows,
    columns: [6, 24, 10, 15, 30, 9, 90].map((width) => ({ width })),
    merges,
    freeze: { rows: 3, columns: 0 },
  };
}

/** The 状态 workbook: 状态, 催报 and the hidden metadata (kind status, the day). */
export function buildStatusPlan(status: CampaignStatus, contact: OfficeContact): WorkbookPlan {
  return {
    title: `工作台账报送情况（截至${dateZh(status.asOf)}）`,
    sheets: [
      statusSheet(status),
      chaseSheet(status, contact),
      metaSheet({ [META_KEYS.tool]: TOOL_NAME, [META_KEYS.kind]: STATUS_KIND, [META_KEYS.asOf]: status.asOf }),
    ],
  };
}
