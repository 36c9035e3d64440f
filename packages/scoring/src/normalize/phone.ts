import { hasFullWidth, toHalfWidth } from './chars';
import { cleanString } from './text';
import type { NormalisationKind, Normalised } from './types';

/** 濮阳 area code; Excel drops its leading 0 when a number is typed into a General cell. */
export const HOME_AREA_CODE = '0393';

const MOBILE_RE = /^1[3-9]\d{9}$/;
// Mainland area codes: 010 and 02x have three digits and 8-digit local numbers; the others
// (03xx–09xx, 0393 for 濮阳) have four digits and 7- or 8-digit local numbers.
const THREE_DIGIT_AREA_RE = /^(0(?:10|2\d))([2-9]\d{7})$/;
const FOUR_DIGIT_AREA_RE = /^(0[3-9]\d{2})([2-9]\d{6,7})$/;
const LOCAL_RE = /^[2-9]\d{6,7}$/;
const EXTENSION_RE = /\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$/i;
const COUNTRY_RE = /^(?:\+\s*86|0086|\(\+?86\))[\s-]*/;
const PART_SPLIT_RE = /[、,;/]/;
const ALLOWED_RE = /^[\d\s\-()]+$/;
const TOKEN_SPLIT_G = /[\s\-()]+/;
const EXT_DIGITS_RE = /^\d{1,6}$/;

type Parsed = { mobile: string } | { area: string | null; local: string };

function infer(digits: string): Parsed | null {
  if (MOBILE_RE.test(digits)) return { mobile: digits };
  let m = THREE_DIGIT_AREA_RE.exec(digits);
  if (m) return { area: m[1], local: m[2] };
  m = FOUR_DIGIT_AREA_RE.exec(digits);
  if (m) return { area: m[1], local: m[2] };
  if (LOCAL_RE.test(digits)) return { area: null, local: digits };
  return null;
}

function render(p: Parsed, ext: string | null): string | null {
  if ('mobile' in p) return ext ? null : p.mobile;
  const base = p.area ? `${p.area}-${p.local}` : p.local;
  return ext ? `${base}转${ext}` : base;
}

function parsePart(part: string, applied: NormalisationKind[]): string | null {
  let s = part.trim();
  let ext: string | null = null;
  const extMatch = EXTENSION_RE.exec(s);
  if (extMatch) {
    ext = extMatch[1];
    s = s.slice(0, extMatch.index);
  }
  const country = COUNTRY_RE.exec(s);
  if (country) s = s.slice(country[0].length);
  if (!ALLOWED_RE.test(s)) return null;
  const tokens = s.split(TOKEN_SPLIT_G).filter((t) => t.length > 0);
  if (tokens.length === 0) return null;
  let parsed = infer(tokens.join(''));
  if (!parsed && ext === null && tokens.length >= 2 && EXT_DIGITS_RE.test(tokens[tokens.length - 1])) {
    // `0393-6666679-801`: the last group is an extension.
    parsed = infer(tokens.slice(0, -1).join(''));
    if (parsed && 'mobile' in parsed) parsed = null;
    if (parsed) ext = tokens[tokens.length - 1];
  }
  if (!parsed) return null;
  if (country) {
    // +86 belongs in front of mobile numbers; `+86 393…` would need the trunk 0 restored,
    // which is a guess we do not make.
    if (!('mobile' in parsed)) return null;
    applied.push('country-code-removed');
  }
  const out = render(parsed, ext);
  if (out !== null && out !== part.trim().slice(country ? country[0].length : 0) && !applied.includes('phone-reformatted')) {
    applied.push('phone-reformatted');
  }
  return out;
}

/**
 * 联系电话: mobile `13912345678`, landline `0393-6666679` (area code and 7–8 digit local
 * number), local `6666679`, with an extension `0393-6666679转801`. Hyphens, spaces,
 * parentheses, full-width digits and +86 are accepted and reported; several numbers separated
 * by `、` `,` `;` `/` are each checked and joined with `、`. Canonical output as above.
 */
export function normalisePhone(raw: unknown): Normalised<string> {
  const applied: NormalisationKind[] = [];
  if (raw === null || raw === undefined) return { value: null, ok: true, applied, original: raw };
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw <= 0) return { value: null, ok: false, applied, original: raw };
    let digits = String(raw);
    if (digits.startsWith(HOME_AREA_CODE.slice(1)) && (digits.length === 10 || digits.length === 11)) {
      digits = `0${digits}`;
      applied.push('leading-zero-restored');
    }
    const parsed = infer(digits);
    const out = parsed ? render(parsed, null) : null;
    if (out !== null && out !== digits) applied.push('phone-reformatted');
    return out === null ? { value: null, ok: false, applied, original: raw } : { value: out, ok: true, applied, original: raw };
  }
  if (typeof raw !== 'string') return { value: null, ok: false, applied, original: raw };
  let s = cleanString(raw, applied);
  if (s === '') return { value: null, ok: true, applied, original: raw };
  if (hasFullWidth(s)) {
    s = toHalfWidth(s).trim();
    applied.push('full-width');
  }
  const parts = s.split(PART_SPLIT_RE);
  const out: string[] = [];
  for (const part of parts) {
    if (part.trim() === '') return { value: null, ok: false, applied, original: raw };
    const p = parsePart(part, applied);
    if (p === null) return { value: null, ok: false, applied, original: raw };
    out.push(p);
  }
  if (parts.length > 1 && !applied.includes('phone-reformatted') && out.join('、') !== s) applied.push('phone-reformatted');
  return { value: out.join('、'), ok: true, applied, original: raw };
}
