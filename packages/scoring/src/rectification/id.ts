/**
 * 问题编号: every problem found — an inspection's 发现问题, a 通报问题 of a review — gets an id
 * computed from what it is (unit, period, indicator, problem text), not from where it is listed.
 * A re-run over the same inputs gives the same ids, so the office's notes and a unit's reports
 * stay attached to their problem; an id read back from an earlier workbook is kept as written.
 */

/** Crockford's base 32: no I, L, O, U, so an id typed or read aloud is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const HASH_LENGTH = 6;

/** 32-bit FNV-1a over UTF-16 code units: small, fast and identical on every host. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The problem text as the id sees it: full-width and half-width forms alike (NFKC), no
 * whitespace, no closing punctuation — a team member who retypes a sentence with a space or a
 * final 。 does not make a new problem of it.
 */
export function problemKey(problem: string): string {
  return problem
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[。．.，,；;！!、]+$/u, '');
}

/** `2021-B2` → `2021B2`, `2021-04` → `202104`, `2021Q2` stays. */
const compactPeriod = (period: string) => period.replace(/-/g, '');
/** Codes as ids carry them: letters, digits and dots; anything else (`1.2、2.3`) becomes `+`. */
const idPart = (s: string) => s.normalize('NFKC').replace(/[^0-9A-Za-z.]+/g, '+').replace(/^\+|\+$/g, '');

export interface ProblemIdentity {
  unitCode: string;
  /** Bimonth (`2021-B2`), month (`2021-04`) or quarter (`2021Q2`) the problem was found in. */
  period: string;
  /** Indicator code, '' where the problem is not about one indicator. */
  indicatorCode: string;
  problem: string;
}

/**
 * The id of a problem, e.g. `2021B2-XQ04-1.1-7KQ2MZ`: period, unit and indicator to read, a hash
 * of the problem text to tell two problems of the same indicator apart.
 */
export function rectificationId(p: ProblemIdentity): string {
  const unit = idPart(p.unitCode);
  const indicator = idPart(p.indicatorCode);
  const hash = fnv1a(`${unit}|${compactPeriod(p.period)}|${indicator}|${problemKey(p.problem)}`);
  // 30 of the 32 bits, five at a time.
  let code = '';
  for (let i = 0; i < HASH_LENGTH; i++) code += ALPHABET[(hash >>> (27 - 5 * i)) & 31];
  return [compactPeriod(p.period), unit, ...(indicator ? [indicator] : []), code].join('-');
}

const ID_RE = /^\d{4}(?:B[1-6]|Q[1-4]|\d{2})-[0-9A-Za-z.+]+(?:-[0-9A-Za-z.+]+)?-[0-9A-HJKMNP-TV-Z]{6}$/;

/** Whether a text has the shape of an id (typed ids are trimmed and upper-cased first). */
export function isRectificationId(s: string): boolean {
  return ID_RE.test(s);
}

/** An id as typed or read from a cell: trimmed, full-width forms folded; the hash part upper-cased. */
export function normaliseRectificationId(s: string): string {
  const t = s.normalize('NFKC').replace(/\s+/g, '');
  const i = t.lastIndexOf('-');
  return i < 0 ? t : `${t.slice(0, i)}-${t.slice(i + 1).toUpperCase()}`;
}
