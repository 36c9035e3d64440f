import type { Localized } from '../i18n/lang';
import { monthLabel } from '../periods/periods';

/**
 * The status catalogue (报送状态与催报): every sentence of the 催报 text in zh-CN (default) and
 * en. Unit names, people and numbers are passed in; nothing here is built in the logic.
 */

/** `2021年5月6日` (the way the work plan and the 公文 write dates). */
export function dateZh(iso: string): string {
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

const joinZh = (parts: readonly string[]) => parts.filter((p) => p !== '').join('，');
const joinEn = (parts: readonly string[]) => parts.filter((p) => p !== '').join(', ');

export const STATUS_TEXT = {
  /** The first line of the 催报 text. */
  chaseHeading: (p: { asOf: string; units: number; dueDay: number }): Localized => ({
    zh: `【台账催报】截至${dateZh(p.asOf)}，以下 ${p.units} 个单位尚有工作台账未报送（每月 ${p.dueDay} 日前报送上月台账）：`,
    en: `[Ledger reminder] As of ${p.asOf}, ${p.units} unit(s) have ledgers not yet received (each month’s ledger is due by day ${p.dueDay} of the next month):`,
  }),
  /** Nothing to chase. */
  chaseNone: (p: { asOf: string }): Localized => ({
    zh: `截至${dateZh(p.asOf)}，应报的工作台账均已收到，无需催报。`,
    en: `As of ${p.asOf}, every ledger due has been received: nobody to remind.`,
  }),
  /** One overdue month: `2021年4月（截止2021年5月5日，已逾期1天）`. */
  overdueMonth: (p: { month: string; dueDate: string; days: number }): Localized => ({
    zh: `${monthLabel(p.month)}（截止${dateZh(p.dueDate)}，已逾期 ${p.days} 天）`,
    en: `${p.month} (due ${p.dueDate}, ${p.days} day${p.days === 1 ? '' : 's'} overdue)`,
  }),
  /** Who fills in the unit's ledger, as far as known. */
  unitContact: (p: { name: string; phone: string }): Localized => {
    if (!p.name && !p.phone) return { zh: '（未留填报人和电话）', en: ' (no contact on record)' };
    return {
      zh: `（${joinZh([p.name ? `填报人 ${p.name}` : '', p.phone ? `电话 ${p.phone}` : ''])}）`,
      en: ` (${joinEn([p.name ? `contact ${p.name}` : '', p.phone ? `phone ${p.phone}` : ''])})`,
    };
  },
  /** Where to send it, with the office's contact. */
  officeContact: (p: { office: string; name: string; phone: string; email: string }): Localized => {
    const zh = joinZh([p.name ? `联系人：${p.name}` : '', p.phone ? `电话：${p.phone}` : '', p.email ? `邮箱：${p.email}` : '']);
    const en = joinEn([p.name ? `contact ${p.name}` : '', p.phone ? `phone ${p.phone}` : '', p.email ? `email ${p.email}` : '']);
    return {
      zh: `请尽快报送${p.office}${zh ? `（${zh}）` : ''}。`,
      en: `Please send it to ${p.office} as soon as possible${en ? ` (${en})` : ''}.`,
    };
  },
  /** One line of the 催报 text: a unit, its overdue months, and where to send them. */
  chaseLine: (p: { index: number; unit: string; contact: Localized; months: readonly Localized[]; office: Localized }): Localized => ({
    zh: `${p.index}. ${p.unit}${p.contact.zh}：${p.months.map((m) => m.zh).join('、')}工作台账未报送。${p.office.zh}`,
    en: `${p.index}. ${p.unit}${p.contact.en}: ledger of ${p.months.map((m) => m.en).join(', ')} not received. ${p.office.en}`,
  }),
} as const;
