import { excelSerialToIsoDate } from '../periods/serial';
import { isDateFormat } from './formats';
import { hasFullWidth, toHalfWidth } from './chars';
import { cleanString, dateToIso } from './text';
import type { NormalisationKind, Normalised } from './types';

export interface DateOptions {
  /** The cell's number format: a serial number in a date-formatted cell is simply a date. */
  numberFormat?: string;
  /** The workbook uses the 1904 date system (old Mac Excel). */
  date1904?: boolean;
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SEPARATED_DATE_RE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const CHINESE_DATE_RE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/;
const COMPACT_DATE_RE = /^(\d{4})(\d{2})(\d{2})$/;
const TIME_SUFFIX_RE = /(?:T| )\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?(?:Z|[+-]\d{2}:?\d{2}|[AaPp][Mm]))?$/;
const SPACE_G = / /g;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A valid calendar date as ISO, or null (2021-02-30 is null, not March 2nd). */
export function makeIsoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > dim) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Parses a cleaned, half-width date string; pushes `date-reformatted` unless already ISO. */
export function parseDateString(input: string, applied: NormalisationKind[]): string | null {
  let s = input;
  const time = TIME_SUFFIX_RE.exec(s);
  if (time) {
    s = s.slice(0, time.index);
    applied.push('time-dropped');
  }
  if (s.includes(' ')) s = s.replace(SPACE_G, '');
  let m = ISO_DATE_RE.exec(s);
  if (m) return makeIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SEPARATED_DATE_RE.exec(s);
  let iso: string | null = null;
  if (m) iso = makeIsoDate(Number(m[1]), Number(m[3]), Number(m[4]));
  else if ((m = CHINESE_DATE_RE.exec(s))) iso = makeIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = COMPACT_DATE_RE.exec(s))) iso = makeIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (iso !== null) applied.push('date-reformatted');
  return iso;
}

/** Dates from numbers: Excel serials, or 8-digit `20210203`. */
function dateFromNumber(n: number, options: DateOptions, applied: NormalisationKind[]): string | null {
  if (Number.isInteger(n) && n >= 19000101 && n <= 99991231) {
    const iso = makeIsoDate(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
    if (iso) applied.push('date-reformatted');
    return iso;
  }
  const iso = excelSerialToIsoDate(n, options.date1904);
  if (iso === null) return null;
  if (!isDateFormat(options.numberFormat)) applied.push('excel-serial-date');
  if (!Number.isInteger(n)) applied.push('time-dropped');
  return iso;
}

/** A JS Date as the ISO day it shows; reports a time of day that had to be dropped. */
export function isoFromDateLike(d: Date, applied: NormalisationKind[]): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const utcMidnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
  const localMidnight = d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;
  if (!utcMidnight && !localMidnight) applied.push('time-dropped');
  return dateToIso(d);
}

/**
 * Dates as ISO `YYYY-MM-DD`: ISO strings, `2021/2/3`, `2021.2.3`, `2021-2-3`, `2021年2月3日`,
 * `20210203`, Excel serial numbers (1900 system, 1900-02-29 rejected) and JS Dates at UTC or
 * local midnight. Two-digit years and day/month orders (`3/2/2021`) are ambiguous: `ok: false`.
 */
export function normaliseDate(raw: unknown, options: DateOptions = {}): Normalised<string> {
  const applied: NormalisationKind[] = [];
  let iso: string | null = null;
  if (raw === null || raw === undefined) return { value: null, ok: true, applied, original: raw };
  if (raw instanceof Date) iso = isoFromDateLike(raw, applied);
  else if (typeof raw === 'number') iso = dateFromNumber(raw, options, applied);
  else if (typeof raw === 'string') {
    let s = cleanString(raw, applied);
    if (s === '') return { value: null, ok: true, applied, original: raw };
    if (hasFullWidth(s)) {
      s = toHalfWidth(s).trim();
      applied.push('full-width');
    }
    iso = parseDateString(s, applied);
  }
  return iso === null ? { value: null, ok: false, applied, original: raw } : { value: iso, ok: true, applied, original: raw };
}
