/**
 * Excel serial day numbers ⇄ ISO dates. Dates stay serial numbers in the grid (that is what the
 * file stores); these helpers turn them into text when a caller needs one.
 */

const MS_PER_DAY = 86_400_000;
/** 1899-12-30: day 0 of the 1900 system for serials ≥ 61 (Excel counts a fictitious 1900-02-29 as day 60). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Serial → 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:MM:SS' when it has a time of day (rounded to the
 * second, as Excel shows it). Returns null for serials Excel cannot show as a date.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
  let epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  if (!date1904 && serial < 61) {
    if (Math.floor(serial) === 60) return null; // 1900-02-29 never existed
    if (serial < 1) return timeOnly(serial);
    epoch += MS_PER_DAY; // before the phantom leap day the 1900 system is one day ahead
  }
  const ms = epoch + Math.round(serial * 86_400) * 1000;
  const d = new Date(ms);
  const date = d.toISOString().slice(0, 10);
  return ms % MS_PER_DAY === 0 ? date : `${date}T${d.toISOString().slice(11, 19)}`;
}

function timeOnly(serial: number): string {
  return `1899-12-31T${new Date(Math.round(serial * 86_400) * 1000).toISOString().slice(11, 19)}`;
}

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM[:SS]' (as in `<c t="d">`) → serial, or null if unparsable. */
export function isoToExcelSerial(iso: string, date1904 = false): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?Z?$/.exec(iso.trim());
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (Number.isNaN(ms)) return null;
  let serial = (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
  if (!date1904 && serial < 61) serial -= 1;
  return serial;
}
