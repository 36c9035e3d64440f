import type { ScoringSettings } from '../settings/settings';

/**
 * Periods of the work plan: months `2021-01`, bimonths `2021-B1` (Jan–Feb) … `2021-B6`,
 * quarters `2021Q1`. Dates are ISO `YYYY-MM-DD` strings throughout: no time zones, no Date
 * objects crossing the API, so Excel serial dates and host clocks cannot shift a day.
 */

export interface YearMonth {
  year: number;
  month: number; // 1–12
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;
const BIMONTH_RE = /^(\d{4})-B([1-6])$/;
const QUARTER_RE = /^(\d{4})Q([1-4])$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

export function parseMonth(month: string): YearMonth | null {
  const m = MONTH_RE.exec(month);
  if (!m) return null;
  const year = Number(m[1]);
  const mon = Number(m[2]);
  if (mon < 1 || mon > 12 || year < 1900 || year > 9999) return null;
  return { year, month: mon };
}

export function formatMonth(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

export function isMonth(s: string): boolean {
  return parseMonth(s) !== null;
}

export function isBimonth(s: string): boolean {
  return BIMONTH_RE.test(s);
}

export function isQuarter(s: string): boolean {
  return QUARTER_RE.test(s);
}

function requireMonth(month: string): YearMonth {
  const ym = parseMonth(month);
  if (!ym) throw new RangeError(`月份格式应为 YYYY-MM：${month}`);
  return ym;
}

export function addMonths(month: string, delta: number): string {
  const { year, month: m } = requireMonth(month);
  const index = year * 12 + (m - 1) + delta;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Day number since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
  const m = DATE_RE.exec(iso);
  if (!m || !isIsoDate(iso)) throw new RangeError(`日期格式应为 YYYY-MM-DD：${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** Last day of a month, ISO. */
export function monthEnd(month: string): string {
  const { year, month: m } = requireMonth(month);
  return isoDate(year, m, daysInMonth(year, m));
}

export function monthStart(month: string): string {
  const { year, month: m } = requireMonth(month);
  return isoDate(year, m, 1);
}

/** The month an ISO date falls in. */
export function monthOfDate(iso: string): string {
  return iso.slice(0, 7);
}

/** 报送截止日: the ledger of month M is due on day `ledgerDueDay` of M+1, inclusive. */
export function ledgerDueDate(month: string, settings: Pick<ScoringSettings, 'ledgerDueDay'>): string {
  const next = requireMonth(addMonths(month, 1));
  return isoDate(next.year, next.month, Math.min(settings.ledgerDueDay, daysInMonth(next.year, next.month)));
}

/** Days after the due date (0 when on or before it). */
export function daysLate(
  month: string,
  submittedOn: string,
  settings: Pick<ScoringSettings, 'ledgerDueDay'>,
): number {
  return Math.max(0, daysBetween(ledgerDueDate(month, settings), submittedOn));
}

export function bimonthOf(month: string): string {
  const { year, month: m } = requireMonth(month);
  return `${year}-B${Math.ceil(m / 2)}`;
}

export function bimonthMonths(bimonth: string): [string, string] {
  const b = BIMONTH_RE.exec(bimonth);
  if (!b) throw new RangeError(`双月期间格式应为 YYYY-Bn（n 为 1–6）：${bimonth}`);
  const year = Number(b[1]);
  const first = (Number(b[2]) - 1) * 2 + 1;
  return [formatMonth(year, first), formatMonth(year, first + 1)];
}

export function quarterOf(month: string): string {
  const { year, month: m } = requireMonth(month);
  return `${year}Q${Math.ceil(m / 3)}`;
}

function requireQuarter(quarter: string): { year: number; q: number } {
  const m = QUARTER_RE.exec(quarter);
  if (!m) throw new RangeError(`季度格式应为 YYYYQn（n 为 1–4）：${quarter}`);
  return { year: Number(m[1]), q: Number(m[2]) };
}

/** The three ledger months of a quarter. */
export function quarterMonths(quarter: string): [string, string, string] {
  const { year, q } = requireQuarter(quarter);
  const first = (q - 1) * 3 + 1;
  return [formatMonth(year, first), formatMonth(year, first + 1), formatMonth(year, first + 2)];
}

/**
 * The inspections a quarter's review uses: the bimonths whose last month lies inside the
 * quarter (Q1: B1; Q2: B2, B3; Q3: B4; Q4: B5, B6).
 */
export function quarterInspectionPeriods(quarter: string): string[] {
  const months = new Set(quarterMonths(quarter));
  const { year } = requireQuarter(quarter);
  const out: string[] = [];
  for (let b = 1; b <= 6; b++) {
    const period = `${year}-B${b}`;
    if (months.has(bimonthMonths(period)[1])) out.push(period);
  }
  return out;
}

export function previousQuarter(quarter: string): string {
  const { year, q } = requireQuarter(quarter);
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

export function nextQuarter(quarter: string): string {
  const { year, q } = requireQuarter(quarter);
  return q === 4 ? `${year + 1}Q1` : `${year}Q${q + 1}`;
}

/** 点评会议日: day `reviewDay` of the month after the quarter. */
export function reviewDate(quarter: string, settings: Pick<ScoringSettings, 'reviewDay'>): string {
  const last = quarterMonths(quarter)[2];
  const next = requireMonth(addMonths(last, 1));
  return isoDate(next.year, next.month, Math.min(settings.reviewDay, daysInMonth(next.year, next.month)));
}

/** Chinese labels: `2021年1月`, `2021年第1-2月（双月）`, `2021年第一季度`. */
export function monthLabel(month: string): string {
  const { year, month: m } = requireMonth(month);
  return `${year}年${m}月`;
}

const QUARTER_ZH = ['一', '二', '三', '四'];
export function quarterLabel(quarter: string): string {
  const { year, q } = requireQuarter(quarter);
  return `${year}年第${QUARTER_ZH[q - 1]}季度`;
}

export function bimonthLabel(bimonth: string): string {
  const [a, b] = bimonthMonths(bimonth);
  return `${a.slice(0, 4)}年${Number(a.slice(5))}—${Number(b.slice(5))}月`;
}
