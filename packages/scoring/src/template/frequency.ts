import type { Indicator, IndicatorTemplate, ReportingFrequency, Unit } from '../model/types';
import { parseMonth } from '../periods/periods';
import type { ScoringSettings } from '../settings/settings';
import { applicableIndicators } from './applicability';

/**
 * 填报频次 (SPEC §10): an indicator reported 每月 is in every month's ledger; one reported 双月,
 * 每季度, 每半年 or 每年 only in the ledgers of its due months (settings.dueMonths, shown in
 * 评分规则). The words an office may type in the 指标体系 sheet, the names older templates used
 * (季度, 年度) included.
 */
const FREQUENCY_WORDS: Readonly<Record<string, ReportingFrequency>> = {
  每月: '每月',
  月度: '每月',
  按月: '每月',
  月: '每月',
  双月: '双月',
  每两月: '双月',
  每两个月: '双月',
  每季度: '每季度',
  季度: '每季度',
  按季度: '每季度',
  季: '每季度',
  每半年: '每半年',
  半年: '每半年',
  半年度: '每半年',
  按半年: '每半年',
  每年: '每年',
  年度: '每年',
  按年: '每年',
  年: '每年',
};

/** A 填报频次 cell's words (spaces ignored) as a frequency; null when not one. */
export function parseFrequency(text: string): ReportingFrequency | null {
  return FREQUENCY_WORDS[text.replace(/\s/g, '')] ?? null;
}

/** The months (1–12) in which an indicator of this frequency is reported. */
export function dueMonthNumbers(frequency: ReportingFrequency, settings: Pick<ScoringSettings, 'dueMonths'>): readonly number[] {
  return frequency === '每月' ? ALL_MONTHS : settings.dueMonths[frequency] ?? ALL_MONTHS;
}

const ALL_MONTHS: readonly number[] = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

/** Whether the ledger of `month` (`YYYY-MM`) carries the indicator. */
export function isIndicatorDue(
  indicator: Pick<Indicator, 'frequency'>,
  month: string,
  settings: Pick<ScoringSettings, 'dueMonths'>,
): boolean {
  if (indicator.frequency === '每月') return true;
  const ym = parseMonth(month);
  return ym !== null && dueMonthNumbers(indicator.frequency, settings).includes(ym.month);
}

/**
 * The indicators of a unit's ledger for `month`: those that apply to the unit (适用范围) and are
 * due that month (填报频次), in template order.
 */
export function dueIndicators(
  template: IndicatorTemplate,
  unit: Unit,
  month: string,
  settings: Pick<ScoringSettings, 'dueMonths'>,
): Indicator[] {
  return dueAmong(applicableIndicators(template, unit), month, settings);
}

/** Those of `indicators` due in `month`, in their order (made by push: see `applicableIndicators`). */
export function dueAmong(indicators: readonly Indicator[], month: string, settings: Pick<ScoringSettings, 'dueMonths'>): Indicator[] {
  const out: Indicator[] = [];
  for (const i of indicators) if (isIndicatorDue(i, month, settings)) out.push(i);
  return out;
}

/** Due months written as the 评分规则 sheet shows them: `3、6、9、12`. */
export function formatMonthList(months: readonly number[]): string {
  return months.join('、');
}

/**
 * A month list as typed in 评分规则: numbers separated by 、，, ; or spaces, with an optional 月
 * after each (`3月、6月`), or a single number. Sorted and without repeats; null when unreadable.
 */
export function parseMonthList(value: unknown): number[] | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 12 ? [value] : null;
  if (typeof value !== 'string') return null;
  const parts = value
    .normalize('NFKC')
    .split(/[、,，;；\s]+/)
    .map((p) => p.replace(/月$/, ''))
    .filter((p) => p !== '');
  if (parts.length === 0 || parts.some((p) => !/^\d{1,2}$/.test(p))) return null;
  const months = parts.map(Number);
  if (months.some((m) => m < 1 || m > 12)) return null;
  return [...new Set(months)].sort((a, b) => a - b);
}
