import { addMonths, parseMonth } from '../periods/periods';

/**
 * Words in a carried-forward 本月工作完成情况 that tie it to an earlier month: a relative word
 * written last month (本月办件2227件 meant June's cases when it was written), or a month or date
 * before the report month (6月底前, 2021年6月, 2021-06-30). Carried into July unchanged, such a
 * text resends June's facts as July's — what the carry-forward warning is about (SPEC §8, §10).
 *
 * A month without a year counts as earlier when it lies before the report month in the same
 * year, or is the month just before it (12月 in a January ledger); a later month (12月底前完成 in
 * July) is a plan, not a stale fact. Returns each mention once, in text order, as written (full-width
 * digits as ASCII).
 */
export function earlierPeriodMentions(text: string, month: string): string[] {
  const report = parseMonth(month);
  if (!report || text === '') return [];
  const previous = parseMonth(addMonths(month, -1))!;
  const found: Array<{ at: number; text: string }> = [];
  const taken: Array<[number, number]> = [];
  const add = (at: number, written: string) => {
    if (taken.some(([a, b]) => at < b && at + written.length > a)) return;
    taken.push([at, at + written.length]);
    found.push({ at, text: written });
  };
  // Full-width digits and letters as ASCII, so １２月 and 2021－06－30 are read like 12月 and 2021-06-30.
  const plain = text.normalize('NFKC');
  const earlier = (year: number | null, m: number, day: number | null): boolean => {
    if (m < 1 || m > 12 || (day !== null && (day < 1 || day > 31))) return false;
    if (year === null) return m < report.month || (m === previous.month && previous.year < report.year);
    return year * 12 + m < report.year * 12 + report.month;
  };

  for (const match of plain.matchAll(ISO_DATE_RE)) {
    if (earlier(Number(match[1]), Number(match[2]), Number(match[3]))) add(match.index ?? 0, match[0]);
  }
  for (const match of plain.matchAll(MONTH_RE)) {
    const year = match[1] ? Number(match[1]) : null;
    const m = zhNumber(match[2]);
    const day = match[3] ? zhNumber(match[3]) : null;
    if (m !== null && earlier(year, m, day)) add(match.index ?? 0, match[0]);
  }
  for (const match of plain.matchAll(RELATIVE_RE)) add(match.index ?? 0, match[0]);

  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.text)
    .filter((t) => !seen.has(t) && seen.add(t));
}

// 2021-06-30, 2021/6/30, 2021.6.30
const ISO_DATE_RE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
// [2021年]6月[30日|底|初|份|上旬…][前], 六月, 十二月; 年 and 日 optional.
const MONTH_RE =
  /(?:(\d{4})\s*年\s*)?(?<![\d一二三四五六七八九十])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:\s*(3[01]|[12]\d|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?(?:底|初|末|份|上旬|中旬|下旬)?(?:之前|以前|前)?/g;
// Said last month about last month: 本月 / 当月 / 上月 / 上个月. (Not 本月份 after a date, which the
// month pattern already took.)
const RELATIVE_RE = /本月|当月|上个?月/g;

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `6`, `06`, `六`, `十二`, `二十三` as a number; null when none of these. */
function zhNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return null;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : null;
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
}
