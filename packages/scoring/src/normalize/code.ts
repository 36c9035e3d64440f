import { hasFullWidth, toHalfWidth } from './chars';
import { normaliseText } from './text';
import type { Normalised } from './types';

const SPACE_G = / /g;

/**
 * 指标编号 such as `2.3`: text, half-width, without spaces. A number (Excel turns a typed 2.3
 * into one) is read as its text and reported; note that 2.10 typed as a number is 2.1, which
 * the template-code lookup then reports as unknown or wrong rather than guessing.
 */
export function normaliseIndicatorCode(raw: unknown): Normalised<string> {
  const r = normaliseText(raw);
  if (!r.ok || r.value === null || r.value === '') return r;
  let s = r.value;
  if (hasFullWidth(s)) {
    s = toHalfWidth(s);
    r.applied.push('full-width');
  }
  if (s.includes(' ')) {
    s = s.replace(SPACE_G, '');
    if (!r.applied.includes('whitespace-collapsed')) r.applied.push('whitespace-collapsed');
  }
  r.value = s;
  return r;
}
