import { isExcelError } from './cell';
import { hasZeroWidth, removeZeroWidth } from './chars';
import type { NormalisationKind, Normalised } from './types';

export interface TextOptions {
  /**
   * Keep line breaks (free-text columns such as 本月工作完成情况): only spaces inside each line
   * are collapsed and each line trimmed. Without it every whitespace run becomes one space.
   */
  multiline?: boolean;
}

// Anything that is not a plain single space between words: tabs, line breaks, NBSP, U+3000 …
const STRAY_SPACE_RE = /[^\S ]| {2,}/;
const ANY_SPACE_G = /\s+/g;
const LINE_SPACE_G = /[^\S\n]+/g;
const CRLF_G = /\r\n?/g;
const BLANK_LINES_G = /\n{3,}/g;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A Date as the ISO day it shows in a spreadsheet (dates held as UTC midnight). */
export function dateToIso(d: Date): string {
  const utcMidnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
  const localMidnight = d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;
  if (!utcMidnight && localMidnight) return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/**
 * Cleans a string: removes zero-width characters, trims, and collapses stray whitespace
 * (full-width spaces, NBSP, tabs, repeated spaces). Pushes what it did onto `applied`.
 */
export function cleanString(s: string, applied: NormalisationKind[], multiline = false): string {
  let t = s;
  if (hasZeroWidth(t)) {
    t = removeZeroWidth(t);
    applied.push('zero-width-removed');
  }
  const trimmed = t.trim();
  if (trimmed.length !== t.length) applied.push('trimmed');
  t = trimmed;
  if (!STRAY_SPACE_RE.test(t)) return t;
  let collapsed: string;
  if (multiline) {
    collapsed = t
      .replace(CRLF_G, '\n')
      .split('\n')
      .map((line) => line.replace(LINE_SPACE_G, ' ').trim())
      .join('\n')
      .replace(BLANK_LINES_G, '\n\n');
  } else {
    collapsed = t.replace(ANY_SPACE_G, ' ');
  }
  if (collapsed !== t) applied.push('whitespace-collapsed');
  return collapsed;
}

/**
 * Text cells. Blank is `''`. Numbers, truth values and dates become their text (reported as
 * `converted-to-text`); an Excel error (`#N/A`) is not text anyone typed, so it is `ok: false`.
 */
export function normaliseText(raw: unknown, options: TextOptions = {}): Normalised<string> {
  // Fast path for the common case: a clean string.
  if (typeof raw === 'string') {
    const applied: NormalisationKind[] = [];
    if (isExcelError(raw)) return { value: null, ok: false, applied, original: raw };
    return { value: cleanString(raw, applied, options.multiline), ok: true, applied, original: raw };
  }
  if (raw === null || raw === undefined) return { value: '', ok: true, applied: [], original: raw };
  const text = scalarText(raw);
  if (text === null) return { value: null, ok: false, applied: [], original: raw };
  return { value: text, ok: true, applied: ['converted-to-text'], original: raw };
}

/** The text a number, truth value or date shows; null for anything else (an invalid Date, an object no host passes). */
function scalarText(raw: unknown): string | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(Number(raw.toPrecision(15))) : String(raw);
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return dateToIso(raw);
  return null;
}
