/** How numbers, dates and lists read in the documents (as the review workbook formats them). */
import { addDays, bimonthLabel, monthLabel, quarterLabel, type UnitGroup } from '@ledger-review/scoring';
import { chineseDate } from './gongwen';
import type { DocUnit, ReviewDocumentModel } from './model';

export { chineseDate, quarterLabel, bimonthLabel, monthLabel, addDays };

/** 综合得分 with the workbook's decimals (its cells' number format). */
export const scoreText = (model: ReviewDocumentModel, v: number) => v.toFixed(model.compositeDecimals);
/** 检查得分率 and 得分 as the workbook shows them (0.00). */
export const rateText = (v: number) => v.toFixed(2);
/** A plain number without float noise: 1.5, 2, 0.25. */
export const plain = (v: number) => String(Number(v.toFixed(4)));
/** 报送及时率 and 填报质量: 0.0% as in the workbook. */
export const percentText = (v: number) => `${(v * 100).toFixed(1)}%`;

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
/** 2021年7月15日（星期四） */
export function dateWithWeekday(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${chineseDate(iso)}（星期${WEEKDAYS[d.getUTCDay()]}）`;
}

/** 华龙区、清丰县和南乐县 */
export function listZh(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}和${items.at(-1)}`;
}

export const groupTitle = (g: UnitGroup) => (g === '县区' ? '县（区）' : '市直单位');

/** 第3名（并列） */
export const rankText = (u: DocUnit) => `第${u.rank}名${u.tied ? '（并列）' : ''}`;

/** 较上季度: “上升2位，综合得分增加1.20分” etc., or null without a previous quarter. */
export function changeText(model: ReviewDocumentModel, u: DocUnit): string | null {
  if (!u.previous) return null;
  const d = Number((u.composite - u.previous.composite).toFixed(model.compositeDecimals));
  const score = d === 0 ? '综合得分持平' : `综合得分${d > 0 ? '增加' : '减少'}${scoreText(model, Math.abs(d))}分`;
  const r = u.previous.rank - u.rank;
  const rank = r === 0 ? '排名不变' : `排名${r > 0 ? '上升' : '下降'}${Math.abs(r)}位`;
  return `${score}，${rank}`;
}

/** The organ a notice to a unit is addressed to: a county's 人民政府, a zone's 管委会, a department itself. */
export function addressee(u: Pick<DocUnit, 'name' | 'group'>): string {
  if (u.group !== '县区') return u.name;
  if (/(开发区|园区|示范区)$/.test(u.name)) return `${u.name}管委会`;
  return `${u.name}人民政府`;
}

/** Trim a long text for a table cell that must stay on one page. */
export function clip(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
