/**
 * Chinese numerals as people write progress and months: 零 … 九, 十, 十五, 八十, 一百 / 百, with
 * an optional decimal part (八十五点五). Values up to 100 are enough for percentages and
 * months; anything else is rejected rather than guessed.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Characters that can appear in a Chinese numeral (for a cheap pre-check). */
export const CHINESE_NUMERAL_RE = /^[零〇一二两三四五六七八九十百点]+$/;

function digit(c: string | undefined): number | null {
  if (c === undefined) return null;
  const d = DIGITS[c];
  return d === undefined ? null : d;
}

function parseInteger(s: string): number | null {
  if (s === '百' || s === '一百') return 100;
  if (s.length === 1) {
    if (s === '十') return 10;
    return digit(s);
  }
  const ten = s.indexOf('十');
  if (ten < 0) return null;
  if (s.indexOf('十', ten + 1) >= 0) return null;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  let tens: number | null;
  if (head === '') tens = 1;
  else if (head.length === 1) tens = digit(head);
  else return null;
  if (tens === null || tens === 0) return null;
  if (tail === '') return tens * 10;
  if (tail.length !== 1) return null;
  const ones = digit(tail);
  if (ones === null || ones === 0) return null;
  return tens * 10 + ones;
}

/** `八十` → 80, `百` → 100, `八十五点五` → 85.5; null when not a numeral from 0 to 100. */
export function parseChineseNumeral(input: string): number | null {
  if (!CHINESE_NUMERAL_RE.test(input)) return null;
  const point = input.indexOf('点');
  const intPart = point < 0 ? input : input.slice(0, point);
  const n = parseInteger(intPart);
  if (n === null) return null;
  if (point < 0) return n;
  const frac = input.slice(point + 1);
  if (frac === '') return null;
  let digits = '';
  for (const c of frac) {
    const d = digit(c);
    if (d === null) return null;
    digits += String(d);
  }
  const value = Number(`${n}.${digits}`);
  return value > 100 ? null : value;
}
