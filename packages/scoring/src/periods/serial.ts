/**
 * Excel serial day numbers ⇄ ISO dates: the one place that knows Excel's two date systems. The
 * scoring library reads dates from cells with it, the .xlsx reader and writer and the workbook
 * plans use it too (pure, so every layer can).
 *
 * 1900 system (the default): serial 1 is 1900-01-01 and serial 60 is 1900-02-29, a day that never
 * existed (Lotus 1-2-3 had it and Excel kept it), so from serial 61 (1900-03-01) on day 0 is
 * effectively 1899-12-30. 1904 system (old Mac Excel, `<workbookPr date1904="1"/>`): serial 0 is
 * 1904-01-01, with no phantom day.
 */
import { dayNumber, fromDayNumber } from './periods';

/** Largest serial Excel shows as a date (9999-12-31 in the 1900 system). */
export const MAX_EXCEL_SERIAL = 2958465;

const DAY_MS = 86_400_000;
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);
/** Day numbers (days since 1970-01-01) of the two systems' day 0. */
const EPOCH_1900_DAY = EPOCH_1900_MS / DAY_MS;
const EPOCH_1904_DAY = EPOCH_1904_MS / DAY_MS;

/** Day number (days since 1970-01-01) of a whole serial day; before 1900-03-01 the 1900 system is one day ahead. */
function dayOfSerialDay(serialDay: number, date1904: boolean): number {
  if (date1904) return EPOCH_1904_DAY + serialDay;
  return serialDay < 61 ? EPOCH_1900_DAY + 1 + serialDay : EPOCH_1900_DAY + serialDay;
}

/** Serial of a UTC instant (its fraction is the time of day). */
function serialOfUtcMs(ms: number, date1904: boolean): number {
  const serial = (ms - (date1904 ? EPOCH_1904_MS : EPOCH_1900_MS)) / DAY_MS;
  return !date1904 && serial < 61 ? serial - 1 : serial;
}

/**
 * The calendar day a serial shows, as 'YYYY-MM-DD'; a time of day (the fraction) is dropped.
 * Null for serials that name no day: below 1 (1900 system) or 0 (1904), the phantom
 * 1900-02-29 (serial 60), past 9999-12-31, and non-finite numbers.
 */
export function excelSerialToIsoDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (date1904 ? day < 0 || day > MAX_EXCEL_SERIAL - 1462 : day < 1 || day > MAX_EXCEL_SERIAL || day === 60) return null;
  return fromDayNumber(dayOfSerialDay(day, date1904));
}

/**
 * The date and time a serial shows: 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:MM:SS' when it has a time of
 * day (rounded to the second, as Excel shows it, so 45366.99999999 is the next midnight). A
 * 1900-system serial below 1 is a time alone, given on 1899-12-31 (Excel's "1900-01-00").
 * Null for negative serials, the phantom 1900-02-29, serials past 9999-12-31 and non-finite numbers.
 */
export function excelSerialToIsoDateTime(serial: number, date1904 = false): string | null {
  const last = date1904 ? MAX_EXCEL_SERIAL - 1462 : MAX_EXCEL_SERIAL;
  if (!Number.isFinite(serial) || serial < 0 || serial >= last + 1) return null;
  if (!date1904 && Math.floor(serial) === 60) return null;
  const seconds = Math.round(serial * 86_400);
  const timeOnly = !date1904 && serial < 1;
  const serialDay = timeOnly ? 0 : Math.floor(seconds / 86_400);
  const secondOfDay = seconds - Math.floor(seconds / 86_400) * 86_400;
  const date = fromDayNumber(dayOfSerialDay(serialDay, date1904));
  if (secondOfDay === 0 && !timeOnly) return date;
  return `${date}T${new Date(secondOfDay * 1000).toISOString().slice(11, 19)}`;
}

/**
 * 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM[:SS]' (as `<c t="d">` cells hold them) → serial, the time of
 * day as its fraction. Null for text that is not such a date.
 */
export function isoToExcelSerial(iso: string, date1904 = false): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?Z?$/.exec(iso.trim());
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (Number.isNaN(ms)) return null;
  return serialOfUtcMs(ms, date1904);
}

/**
 * Serial (1900 system) of a valid ISO date, for values the workbook plans write. Throws RangeError
 * for anything that is not a real 'YYYY-MM-DD' date.
 */
export function excelSerial(isoDate: string): number {
  return serialOfUtcMs(dayNumber(isoDate) * DAY_MS, false);
}
