/**
 * Number formats, for the reader and the writer alike: the built-in ids, which code a writer may
 * refer to by id, and which formats make a number a date (or a percentage). The cell value stays a
 * number either way; callers decide how to show it.
 */

export type NumFmtKind = 'general' | 'number' | 'percent' | 'date' | 'text';

/**
 * Built-in format codes (ECMA-376 §18.8.30), with the zh-CN codes Excel and WPS use for the
 * locale-dependent ids 27–36 and 50–58 (our users' workbooks come from Chinese installations,
 * where those ids are dates and times).
 */
export const BUILTIN_NUM_FMTS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** Ids below this are reserved for built-in formats; a workbook's own codes are numbered from here. */
export const FIRST_CUSTOM_NUM_FMT_ID = 164;

/**
 * Built-in ids that show the same in every locale. A writer refers to these codes by id and writes
 * every other code out in full: id 14 follows the system's short-date order, ids 27–36 and 50–58
 * are dates only in East Asian installations, and 5–8 and 37–44 follow local currency and
 * accounting conventions, so by id they would look different on another machine.
 */
const PORTABLE_IDS: readonly number[] = [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 49];
const PORTABLE_ID_BY_CODE: ReadonlyMap<string, number> = new Map(PORTABLE_IDS.map((id) => [BUILTIN_NUM_FMTS[id], id]));

/** The built-in id a writer uses for a format code, or undefined when the code must be written out. */
export function portableBuiltinId(code: string): number | undefined {
  return PORTABLE_ID_BY_CODE.get(code);
}

const DATE_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Kind of a built-in id, independent of how the code string is spelled. */
export function builtinKind(id: number): NumFmtKind | undefined {
  if (id === 0) return 'general';
  if (DATE_IDS.has(id)) return 'date';
  if (id === 9 || id === 10) return 'percent';
  if (id === 49) return 'text';
  if (
    BUILTIN_NUM_FMTS[id] !== undefined ||
    (id >= 5 && id <= 8) ||
    (id >= 23 && id <= 26) ||
    (id >= 41 && id <= 44)
  )
    return 'number';
  return undefined;
}

/**
 * Kind of a format code. Date/time tokens (y, m, d, h, s, and the East Asian aaa/e) count only outside quoted text,
 * backslash escapes, `_x`/`*x` spacing and `[...]` brackets (colours, locales, conditions);
 * `[h]`/`[mm]`/`[ss]` elapsed-time brackets do count.
 */
export function classifyNumFmt(code: string): NumFmtKind {
  if (!code || code.toLowerCase() === 'general') return 'general';
  let date = false;
  let percent = false;
  let text = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const e = code.indexOf('"', i + 1);
      i = e < 0 ? code.length : e;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === '[') {
      const e = code.indexOf(']', i + 1);
      const inner = code.slice(i + 1, e < 0 ? code.length : e).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inner)) date = true;
      i = e < 0 ? code.length : e;
    } else if (ch === '%') {
      percent = true;
    } else if (ch === '@') {
      text = true;
    } else if (code.slice(i, i + 7).toLowerCase() === 'general') {
      i += 6;
    } else {
      const c = ch.toLowerCase();
      if (c === 'y' || c === 'm' || c === 'd' || c === 'h' || c === 's') date = true;
      // East Asian tokens: 'aaa'/'aaaa' weekday (星期一), 'e' era year — but 'E+'/'E-' is scientific notation.
      else if (c === 'a' && code.slice(i, i + 3).toLowerCase() === 'aaa') date = true;
      else if (c === 'e' && code[i + 1] !== '+' && code[i + 1] !== '-') date = true;
    }
  }
  if (date) return 'date';
  if (percent) return 'percent';
  if (text) return 'text';
  return 'number';
}
