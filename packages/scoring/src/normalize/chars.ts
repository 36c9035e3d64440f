/**
 * Character-level clean-ups shared by the normalisers. Regexes are compiled once here: the
 * validator runs them on every cell of every ledger.
 */

/** Zero-width characters people paste in from web pages and Word (and the BOM). */
export const ZERO_WIDTH_RE = /[\u200b-\u200d\u2060\ufeff]/;
const ZERO_WIDTH_G = /[\u200b-\u200d\u2060\ufeff]/g;

/** Full-width ASCII (U+FF01–U+FF5E), the ideographic space and the minus sign U+2212. */
const FULL_WIDTH_RE = /[\uff01-\uff5e\u3000\u2212]/;
const FULL_WIDTH_G = /[\uff01-\uff5e\u3000\u2212]/g;

export function hasZeroWidth(s: string): boolean {
  return ZERO_WIDTH_RE.test(s);
}

export function removeZeroWidth(s: string): string {
  return s.replace(ZERO_WIDTH_G, '');
}

export function hasFullWidth(s: string): boolean {
  return FULL_WIDTH_RE.test(s);
}

/** `８０．５％` → `80.5%`, `（０３９３）` → `(0393)`, U+3000 → space, `−` → `-`. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH_G, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x3000) return ' ';
    if (code === 0x2212) return '-';
    return String.fromCharCode(code - 0xfee0);
  });
}
