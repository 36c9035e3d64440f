import type { Indicator } from '../model/types';

/** Natural order of indicator codes: 2.9 before 2.10. */
export function compareIndicatorCodes(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0 && !Number.isNaN(d)) return d;
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return 0;
}

function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return bytes;
}

/**
 * A short stable identifier of an indicator set (8 hex digits): FNV-1a (32-bit) over the UTF-8
 * of `code|points|text` lines, taken in code order so that reordering the sheet does not change
 * it while any change to a code, a 分值 or a 指标内容 does. Recorded in ledger metadata to tell
 * whether a ledger was generated from the template now in force; reproducible in any language.
 */
export function templateFingerprint(indicators: readonly Pick<Indicator, 'code' | 'points' | 'text'>[]): string {
  const lines = [...indicators]
    .sort((a, b) => compareIndicatorCodes(a.code, b.code))
    .map((i) => `${i.code}|${String(Number(i.points.toPrecision(12)))}|${i.text}`);
  return fnv1a32(lines.join('\n'));
}

/** FNV-1a, 32-bit, over the UTF-8 bytes of `text`, as 8 lower-case hex digits. */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of utf8(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
