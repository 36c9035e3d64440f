import { hasFullWidth, toHalfWidth } from './chars';
import { parseChineseNumeral } from './chineseNumerals';
import { excelSerialToIsoDate } from '../periods/serial';
import { isoFromDateLike, parseDateString } from './date';
import { isDateFormat } from './formats';
import { cleanString } from './text';
import type { NormalisationKind, Normalised } from './types';

export interface MonthOptions {
  numberFormat?: string;
  date1904?: boolean;
}

const ISO_MONTH_RE = /^(\d{4})-(\d{2})$/;
const SEPARATED_MONTH_RE = /^(\d{4})[-/.](\d{1,2})$/;
const CHINESE_MONTH_RE = /^(\d{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月份?$/;
const COMPACT_MONTH_RE = /^(\d{4})(\d{2})$/;
const SPACE_G = / /g;

function makeMonth(year: number, month: number | null): string | null {
  if (month === null || !Number.isInteger(month) || month < 1 || month > 12 || year < 1900 || year > 9999) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

function monthOfIso(iso: string, applied: NormalisationKind[], firstDayIsTrivial: boolean): string {
  // Excel turns a typed `2021-1` or `2021/1` into the 1st of that month, so a date on the 1st
  // is just how Excel stores a month; any other day is a real date we reduce to its month.
  if (!(firstDayIsTrivial && iso.endsWith('-01'))) applied.push('date-to-month');
  return iso.slice(0, 7);
}

function monthFromString(s: string, applied: NormalisationKind[]): string | null {
  const compact = s.includes(' ') ? s.replace(SPACE_G, '') : s;
  let m = ISO_MONTH_RE.exec(compact);
  if (m) return makeMonth(Number(m[1]), Number(m[2]));
  let month: string | null = null;
  if ((m = SEPARATED_MONTH_RE.exec(compact))) month = makeMonth(Number(m[1]), Number(m[2]));
  else if ((m = CHINESE_MONTH_RE.exec(compact))) {
    const digits = /^\d+$/.test(m[2]);
    month = makeMonth(Number(m[1]), digits ? Number(m[2]) : parseChineseNumeral(m[2]));
    if (month && !digits) applied.push('chinese-numeral');
  } else if ((m = COMPACT_MONTH_RE.exec(compact))) month = makeMonth(Number(m[1]), Number(m[2]));
  if (month !== null) {
    applied.push('date-reformatted');
    return month;
  }
  const dateApplied: NormalisationKind[] = [];
  const iso = parseDateString(s, dateApplied);
  if (iso === null) return null;
  for (const k of dateApplied) if (k !== 'date-reformatted') applied.push(k);
  return monthOfIso(iso, applied, false);
}

/**
 * Months as `YYYY-MM`: `2021-01`, `2021-1`, `2021/1`, `2021.1`, `2021年1月`, `2021年一月份`,
 * `202101`, a full date (its month, reported), an Excel serial date or a JS Date.
 * A number like 2021.1 is ambiguous (Excel drops the 0 of `2021.10`), so it is `ok: false`.
 */
export function normaliseMonth(raw: unknown, options: MonthOptions = {}): Normalised<string> {
  const applied: NormalisationKind[] = [];
  if (raw === null || raw === undefined) return { value: null, ok: true, applied, original: raw };
  let month: string | null = null;
  if (raw instanceof Date) {
    const iso = isoFromDateLike(raw, applied);
    month = iso === null ? null : monthOfIso(iso, applied, true);
  } else if (typeof raw === 'number') {
    const dateFormatted = isDateFormat(options.numberFormat);
    // 2021.1 / 202101 typed into a General cell: year-and-month digits, not a serial date, and
    // 2021.1 cannot be told from 2021.10.
    const looksLikeYearMonth = !Number.isInteger(raw) ? raw >= 1900 && raw < 10000 : raw >= 190001 && raw <= 999912;
    if (!dateFormatted && looksLikeYearMonth) return { value: null, ok: false, applied, original: raw };
    const iso = excelSerialToIsoDate(raw, options.date1904);
    if (iso !== null) {
      if (!dateFormatted) applied.push('excel-serial-date');
      month = monthOfIso(iso, applied, dateFormatted);
    }
  } else if (typeof raw === 'string') {
    let s = cleanString(raw, applied);
    if (s === '') return { value: null, ok: true, applied, original: raw };
    if (hasFullWidth(s)) {
      s = toHalfWidth(s).trim();
      applied.push('full-width');
    }
    month = monthFromString(s, applied);
  }
  return month === null ? { value: null, ok: false, applied, original: raw } : { value: month, ok: true, applied, original: raw };
}
