import { unwrapCell, isCellObject } from './cell';
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

/** A Date as the ISO day it shows in Excel (ExcelJS stores dates at UTC midnight). */
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
 * `converted-to-text`); an Excel error (`#N/A`) or a formula without a cached result is not
 * text anyone typed, so it is `ok: false`.
 */
export function normaliseText(raw: unknown, options: TextOptions = {}): Normalised<string> {
  // Fast path for the common case: a clean string.
  if (typeof raw === 'string') {
    const applied: NormalisationKind[] = [];
    if (raw.length > 0 && raw.charCodeAt(0) === 35 /* # */) {
      const u = unwrapCell(raw);
      if (u.error) return { value: null, ok: false, applied, original: raw };
    }
    return { value: cleanString(raw, applied, options.multiline), ok: true, applied, original: raw };
  }
  if (raw === null || raw === undefined) return { value: '', ok: true, applied: [], original: raw };
  const applied: NormalisationKind[] = [];
  let value: unknown = raw;
  if (isCellObject(raw)) {
    const u = unwrapCell(raw);
    if (u.formula === 'missing' || u.error) return { value: null, ok: false, applied, original: raw };
    if (u.formula === 'cached') applied.push('formula-result');
    value = u.value;
  }
  if (value === null) return { value: '', ok: true, applied, original: raw };
  if (typeof value === 'string') return { value: cleanString(value, applied, options.multiline), ok: true, applied, original: raw };
  applied.push('converted-to-text');
  if (typeof value === 'number') return { value: Number.isFinite(value) ? String(Number(value.toPrecision(15))) : String(value), ok: true, applied, original: raw };
  if (typeof value === 'boolean') return { value: value ? 'TRUE' : 'FALSE', ok: true, applied, original: raw };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { value: null, ok: false, applied, original: raw };
    return { value: dateToIso(value), ok: true, applied, original: raw };
  }
  return { value: String(value), ok: true, applied, original: raw };
}
