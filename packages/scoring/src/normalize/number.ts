import { hasFullWidth, toHalfWidth } from './chars';
import { cleanString } from './text';
import type { NormalisationKind, Normalised } from './types';

/**
 * Unit words accepted after a number (`80分`, `3次`). The validator adds the indicator's own
 * target unit for 实际值.
 */
export const DEFAULT_NUMBER_SUFFIXES: readonly string[] = ['分', '次', '件', '个', '项', '家', '人', '天', '篇', '条', '份', '场', '期'];

export interface NumberOptions {
  /** Unit words that may follow the number; defaults to {@link DEFAULT_NUMBER_SUFFIXES}. */
  suffixes?: readonly string[];
}

const PLAIN_NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER_RE = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function fail(raw: unknown, applied: NormalisationKind[]): Normalised<number> {
  return { value: null, ok: false, applied, original: raw };
}

/** Strips a trailing unit word (longest first); returns null when none matches. */
function stripSuffix(s: string, suffixes: readonly string[]): string | null {
  let best = '';
  for (const suffix of suffixes) {
    if (suffix.length > best.length && s.length > suffix.length && s.endsWith(suffix)) best = suffix;
  }
  return best ? s.slice(0, s.length - best.length).trimEnd() : null;
}

/**
 * Parses the digits part of a cleaned, half-width string: plain (`80`, `-1.5`, `.5`) or with
 * correct thousands grouping (`1,234.5`). Anything else (`1,5`, `1e3`, `约80`) is null.
 */
export function parseDecimal(s: string, applied: NormalisationKind[]): number | null {
  if (PLAIN_NUMBER_RE.test(s)) return Number(s);
  if (s.includes(',') && GROUPED_NUMBER_RE.test(s)) {
    applied.push('thousands-separator');
    return Number(s.replace(/,/g, ''));
  }
  return null;
}

/**
 * Reads a scalar for the numeric normalisers: numbers pass, strings are cleaned and made
 * half-width, everything else is not a number. Returns `undefined` for a failure.
 */
export function prepareNumeric(
  raw: unknown,
  applied: NormalisationKind[],
): { kind: 'blank' } | { kind: 'number'; n: number } | { kind: 'text'; s: string } | undefined {
  if (raw === null || raw === undefined) return { kind: 'blank' };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', n: raw } : undefined;
  if (typeof raw !== 'string') return undefined;
  let s = cleanString(raw, applied);
  if (s === '') return { kind: 'blank' };
  if (hasFullWidth(s)) {
    s = toHalfWidth(s).trim();
    applied.push('full-width');
  }
  // Spaces inside a number (`80 分`, `80 %`) were already collapsed to single spaces; digits
  // split by a space (`1 234`) stay ambiguous and fail the patterns below.
  return { kind: 'text', s };
}

/**
 * Numbers: `80`, `８０．５` (full width), `1,234` (thousands separators), `80分` (unit word),
 * `－3` (full-width minus). A number given as text (`"80"`) is the same number and not reported.
 */
export function normaliseNumber(raw: unknown, options: NumberOptions = {}): Normalised<number> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, ok: true, applied: [], original: raw } : fail(raw, []);
  const applied: NormalisationKind[] = [];
  const prepared = prepareNumeric(raw, applied);
  if (!prepared) return fail(raw, applied);
  if (prepared.kind === 'blank') return { value: null, ok: true, applied, original: raw };
  if (prepared.kind === 'number') return { value: prepared.n, ok: true, applied, original: raw };
  let s = prepared.s;
  const stripped = stripSuffix(s, options.suffixes ?? DEFAULT_NUMBER_SUFFIXES);
  if (stripped !== null) {
    s = stripped;
    applied.push('unit-suffix');
  }
  const n = parseDecimal(s, applied);
  if (n === null || !Number.isFinite(n)) return fail(raw, applied);
  return { value: n, ok: true, applied, original: raw };
}
