/**
 * Reading Excel number formats (`0%`, `yyyy"年"m"月"d"日"`, `[$-804]yyyy/m/d`). Hosts pass the
 * format as a hint; the normalisers use it only to tell a serial date or a percent-formatted
 * fraction from a plain number.
 */

// Quoted literals, escaped characters, bracketed locale/colour codes and `_x`/`*x` padding
// carry no meaning for these questions.
const LITERALS_G = /"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g;
const DATE_TOKEN_RE = /[ymdhse]|aaa|b{1,2}/i;

function meaningful(format: string): string {
  return format.replace(LITERALS_G, '');
}

/** Whether a number format shows numbers as percent. */
export function isPercentFormat(format: string | undefined): boolean {
  return !!format && format.includes('%') && meaningful(format).includes('%');
}

/** Whether a number format shows numbers as dates (or date-times). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const lower = format.toLowerCase();
  if (lower === 'general' || lower === '@') return false;
  const m = meaningful(format);
  // Numeric formats like `0.00E+00` contain an `e`; only count letters when no digit
  // placeholder is present.
  if (/[0#?]/.test(m)) return false;
  return DATE_TOKEN_RE.test(m);
}
