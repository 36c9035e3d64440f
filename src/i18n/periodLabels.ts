import { bimonthLabel, bimonthMonths, monthLabel, quarterLabel } from '@ledger-review/scoring';
import type { Lang } from './ui';

/**
 * Period and date labels in the UI language. Chinese labels come from the scoring library so
 * the task pane and the generated sheets say the same thing; English ones are built here with
 * fixed month names (no dependence on the browser's locale data).
 */
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHORT_EN = MONTHS_EN.map((m) => m.slice(0, 3));

function parts(isoOrMonth: string): number[] {
  return isoOrMonth.split(/[-Q]/).map(Number);
}

/** `2021-01` → `2021年1月` / `January 2021`. */
export function monthText(month: string, lang: Lang): string {
  if (lang === 'zh-CN') return monthLabel(month);
  const [year, m] = parts(month);
  return `${MONTHS_EN[m - 1]} ${year}`;
}

/** `2021-B1` → `2021年1—2月` / `Jan–Feb 2021`. */
export function bimonthText(bimonth: string, lang: Lang): string {
  if (lang === 'zh-CN') return bimonthLabel(bimonth);
  const [first, second] = bimonthMonths(bimonth);
  return `${SHORT_EN[parts(first)[1] - 1]}–${SHORT_EN[parts(second)[1] - 1]} ${parts(first)[0]}`;
}

/** `2021Q1` → `2021年第一季度` / `Q1 2021`. */
export function quarterText(quarter: string, lang: Lang): string {
  if (lang === 'zh-CN') return quarterLabel(quarter);
  const [year, q] = parts(quarter);
  return `Q${q} ${year}`;
}

/** `2021-02-05` → `2021年2月5日` / `5 Feb 2021`. */
export function dateText(iso: string, lang: Lang): string {
  const [year, month, day] = parts(iso);
  if (lang === 'zh-CN') return `${year}年${month}月${day}日`;
  return `${day} ${SHORT_EN[month - 1]} ${year}`;
}
