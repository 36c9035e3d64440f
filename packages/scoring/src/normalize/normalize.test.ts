import { parseChineseNumeral } from './chineseNumerals';
import { normaliseIndicatorCode } from './code';
import { normaliseDate } from './date';
import { isDateFormat, isPercentFormat } from './formats';
import { normaliseMonth } from './month';
import { normaliseNumber } from './number';
import { normalisePercent } from './percent';
import { normalisePhone } from './phone';
import { normaliseStatus, STATUS_SYNONYMS } from './status';
import { normaliseText } from './text';
import { isBlank, isExcelError } from './cell';
import type { NormalisationKind, Normalised } from './types';

type Row<T> = [unknown, T | null, NormalisationKind[]];

function expectTable<T>(fn: (raw: unknown) => Normalised<T>, rows: Row<T>[]): void {
  for (const [input, value, applied] of rows) {
    const r = fn(input);
    expect({ input, value: r.value, ok: r.ok, applied: r.applied }).toEqual({ input, value, ok: true, applied });
    expect(r.original).toBe(input);
  }
}

function expectRejected<T>(fn: (raw: unknown) => Normalised<T>, inputs: unknown[]): void {
  for (const input of inputs) {
    const r = fn(input);
    expect({ input, ok: r.ok, value: r.value }).toEqual({ input, ok: false, value: null });
  }
}

describe('normaliseText', () => {
  it('cleans whitespace and invisible characters, reporting each change', () => {
    expectTable(normaliseText, [
      ['张三', '张三', []],
      ['会议 记录', '会议 记录', []],
      [' 张三 ', '张三', ['trimmed']],
      ['张\u3000三', '张 三', ['whitespace-collapsed']],
      ['\u3000张三\u3000', '张三', ['trimmed']],
      ['张\u00a0\u00a0三', '张 三', ['whitespace-collapsed']],
      ['a\tb\nc', 'a b c', ['whitespace-collapsed']],
      ['\u200b张三\ufeff', '张三', ['zero-width-removed']],
      ['', '', []],
      ['   ', '', ['trimmed']],
      [null, '', []],
      [undefined, '', []],
      [2.3, '2.3', ['converted-to-text']],
      [true, 'TRUE', ['converted-to-text']],
      [new Date(Date.UTC(2021, 1, 3)), '2021-02-03', ['converted-to-text']],
    ]);
  });

  it('keeps line breaks in multiline mode', () => {
    const r = normaliseText(' 一、开会\r\n二、  发文 \n\n\n\n三、总结 ', { multiline: true });
    expect(r.value).toBe('一、开会\n二、 发文\n\n三、总结');
    expect(r.applied).toEqual(['trimmed', 'whitespace-collapsed']);
  });

  it('rejects Excel errors, and anything no host passes', () => {
    expectRejected(normaliseText, ['#N/A', '#VALUE!', '#DIV/0!', new Date(Number.NaN), { formula: 'A1', result: 'x' }, ['x']]);
  });

  it('does not treat a text that merely starts with # as an error', () => {
    expect(normaliseText('#1 会议').value).toBe('#1 会议');
  });
});

describe('cell helpers', () => {
  it('knows Excel error values, and only those', () => {
    for (const e of ['#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NAME?', '#SPILL!']) expect(isExcelError(e)).toBe(true);
    for (const v of ['#', '#1 会议', '#n/a', ' #N/A', 0, null, undefined]) expect(isExcelError(v)).toBe(false);
  });

  it('knows blank cells', () => {
    for (const b of [null, undefined, '', '  ', '\u3000', '\u200b']) expect(isBlank(b)).toBe(true);
    for (const v of [0, false, 'x', '#N/A']) expect(isBlank(v)).toBe(false);
  });
});

describe('normaliseNumber', () => {
  it('reads numbers written in the ways units write them', () => {
    expectTable(normaliseNumber, [
      [80, 80, []],
      [0, 0, []],
      ['80', 80, []],
      ['-1.5', -1.5, []],
      ['.5', 0.5, []],
      [' 80 ', 80, ['trimmed']],
      ['８０．５', 80.5, ['full-width']],
      ['－３', -3, ['full-width']],
      ['\u22123', -3, ['full-width']],
      ['1,234', 1234, ['thousands-separator']],
      ['1,234,567.5', 1234567.5, ['thousands-separator']],
      ['80分', 80, ['unit-suffix']],
      ['9.5 分', 9.5, ['unit-suffix']],
      ['３次', 3, ['full-width', 'unit-suffix']],
      ['', null, []],
      [null, null, []],
    ]);
  });

  it('rejects what would need a guess', () => {
    expectRejected(normaliseNumber, ['1,5', '12,34', '1 234', '约80', '80%', '1e3', 'abc', '8O', true, new Date(), NaN, Infinity, { formula: 'A1' }, '#VALUE!']);
  });

  it('accepts the suffixes it is given', () => {
    expect(normaliseNumber('3场次', { suffixes: ['场次'] }).value).toBe(3);
    expect(normaliseNumber('3件', { suffixes: ['场次'] }).ok).toBe(false);
  });
});

describe('parseChineseNumeral', () => {
  it('reads numerals up to 100', () => {
    const table: Array<[string, number | null]> = [
      ['零', 0],
      ['一', 1],
      ['两', 2],
      ['十', 10],
      ['十五', 15],
      ['二十', 20],
      ['八十', 80],
      ['九十九', 99],
      ['百', 100],
      ['一百', 100],
      ['八十五点五', 85.5],
      ['一百零一', null],
      ['十十', null],
      ['二二', null],
      ['零十', null],
      ['八十点', null],
      ['一百点五', null],
      ['八十abc', null],
    ];
    for (const [s, n] of table) expect([s, parseChineseNumeral(s)]).toEqual([s, n]);
  });
});

describe('normalisePercent', () => {
  it('reads progress as 0–100', () => {
    expectTable(normalisePercent, [
      [80, 80, []],
      [0.8, 0.8, []],
      ['80', 80, []],
      ['80%', 80, ['percent-sign']],
      ['80 %', 80, ['percent-sign']],
      ['８０％', 80, ['full-width', 'percent-sign']],
      ['80.5%', 80.5, ['percent-sign']],
      ['百分之八十', 80, ['chinese-numeral']],
      ['百分之百', 100, ['chinese-numeral']],
      ['百分之五十五', 55, ['chinese-numeral']],
      ['八十', 80, ['chinese-numeral']],
      ['150%', 150, ['percent-sign']],
      ['', null, []],
    ]);
  });

  it('scales a fraction only when the host says the cell is formatted as percent', () => {
    expect(normalisePercent(0.8, { percentFormat: true })).toMatchObject({ value: 80, ok: true, applied: ['percent-format'] });
    expect(normalisePercent(0.805, { numberFormat: '0.0%' })).toMatchObject({ value: 80.5, applied: ['percent-format'] });
    expect(normalisePercent(1, { numberFormat: '0%' }).value).toBe(100);
    expect(normalisePercent(0.8, { numberFormat: '0.00' })).toMatchObject({ value: 0.8, applied: [] });
    expect(normalisePercent(0.8, { numberFormat: '0"%"' }).value).toBe(0.8);
    // Text in a percent-formatted cell is what the user typed.
    expect(normalisePercent('0.8', { percentFormat: true }).value).toBe(0.8);
  });

  it('rejects ambiguous or non-numeric progress', () => {
    expectRejected(normalisePercent, ['大约一半', '80%%', '%80', '百分之', '百分之一百二', '基本完成', true]);
  });
});

describe('normaliseDate', () => {
  it('reads dates as ISO', () => {
    expectTable(normaliseDate, [
      ['2021-02-03', '2021-02-03', []],
      ['2021-2-3', '2021-02-03', ['date-reformatted']],
      ['2021/2/3', '2021-02-03', ['date-reformatted']],
      ['2021.2.3', '2021-02-03', ['date-reformatted']],
      ['2021年2月3日', '2021-02-03', ['date-reformatted']],
      ['2021 年 2 月 3 日', '2021-02-03', ['date-reformatted']],
      ['２０２１年２月３日', '2021-02-03', ['full-width', 'date-reformatted']],
      ['2021年2月3号', '2021-02-03', ['date-reformatted']],
      ['20210203', '2021-02-03', ['date-reformatted']],
      [20210203, '2021-02-03', ['date-reformatted']],
      ['2021-02-03 10:30:00', '2021-02-03', ['time-dropped']],
      ['2021-02-03T16:00:00Z', '2021-02-03', ['time-dropped']],
      [44230, '2021-02-03', ['excel-serial-date']],
      [44230.75, '2021-02-03', ['excel-serial-date', 'time-dropped']],
      [new Date(Date.UTC(2021, 1, 3)), '2021-02-03', []],
      [new Date(2021, 1, 3), '2021-02-03', []],
      [new Date(Date.UTC(2021, 1, 3, 14, 30)), '2021-02-03', ['time-dropped']],
      ['', null, []],
      [null, null, []],
    ]);
  });

  it('treats a serial in a date-formatted cell as a plain date', () => {
    expect(normaliseDate(44230, { numberFormat: 'yyyy/m/d' })).toMatchObject({ value: '2021-02-03', applied: [] });
    expect(normaliseDate(44230, { numberFormat: 'yyyy"年"m"月"d"日"' }).applied).toEqual([]);
  });

  it('implements the 1900 date system with its 1900-02-29 bug, and the 1904 system', () => {
    // The serial arithmetic itself is pinned in periods/serial.test.ts; here, that the normaliser uses it.
    const dateOf = (serial: number, date1904 = false) => normaliseDate(serial, { date1904 }).value;
    expect([1, 59, 60, 61, 2958465, 2958466, 0].map((s) => dateOf(s))).toEqual([
      '1900-01-01',
      '1900-02-28',
      null,
      '1900-03-01',
      '9999-12-31',
      null,
      null,
    ]);
    expect(dateOf(0, true)).toBe('1904-01-01');
    expect(normaliseDate(42768, { date1904: true }).value).toBe('2021-02-03');
  });

  it('rejects invalid and ambiguous dates', () => {
    expectRejected(normaliseDate, ['2021-02-30', '2021-13-01', '3/2/2021', '21/2/3', '2021-2/3', '二〇二一年二月三日', '明天', 60, -5, true, new Date(NaN), '#N/A']);
  });
});

describe('normaliseMonth', () => {
  it('reads months as YYYY-MM', () => {
    expectTable(normaliseMonth, [
      ['2021-01', '2021-01', []],
      ['2021-1', '2021-01', ['date-reformatted']],
      ['2021/1', '2021-01', ['date-reformatted']],
      ['2021.10', '2021-10', ['date-reformatted']],
      ['2021年1月', '2021-01', ['date-reformatted']],
      ['2021年01月份', '2021-01', ['date-reformatted']],
      ['2021年十二月', '2021-12', ['chinese-numeral', 'date-reformatted']],
      ['２０２１年１月', '2021-01', ['full-width', 'date-reformatted']],
      ['202101', '2021-01', ['date-reformatted']],
      ['2021-01-15', '2021-01', ['date-to-month']],
      ['2021年1月31日', '2021-01', ['date-to-month']],
      [44197, '2021-01', ['excel-serial-date', 'date-to-month']],
      [new Date(Date.UTC(2021, 0, 1)), '2021-01', []],
      [new Date(Date.UTC(2021, 0, 15)), '2021-01', ['date-to-month']],
      ['', null, []],
    ]);
  });

  it('treats the 1st of a month in a date-formatted cell as the month Excel made of “2021-1”', () => {
    expect(normaliseMonth(44197, { numberFormat: 'yyyy-mm' })).toMatchObject({ value: '2021-01', applied: [] });
    expect(normaliseMonth(44211, { numberFormat: 'yyyy-mm-dd' })).toMatchObject({ value: '2021-01', applied: ['date-to-month'] });
  });

  it('rejects ambiguous months', () => {
    // 2021.1 may be 2021.10 with its 0 dropped by Excel.
    expectRejected(normaliseMonth, [2021.1, 202101, '2021-13', '2021年13月', '1月', '21-01', 'January', '2021-00']);
  });
});

describe('normaliseStatus', () => {
  it('accepts the five statuses, spaces and unambiguous synonyms', () => {
    expectTable(normaliseStatus, [
      ['已完成', '已完成', []],
      ['推进中', '推进中', []],
      ['常态化', '常态化', []],
      ['未启动', '未启动', []],
      ['不适用', '不适用', []],
      ['已完成 ', '已完成', ['trimmed']],
      ['\u3000已完成', '已完成', ['trimmed']],
      ['已　完成', '已完成', ['whitespace-collapsed']],
      ['已完成\u200b', '已完成', ['zero-width-removed']],
      ['完成', '已完成', ['status-synonym']],
      ['进行中', '推进中', ['status-synonym']],
      ['未开始', '未启动', ['status-synonym']],
      ['不涉及', '不适用', ['status-synonym']],
      [' 完成 ', '已完成', ['trimmed', 'status-synonym']],
      ['', null, []],
      [null, null, []],
    ]);
  });

  it('maps every documented synonym to a real status', () => {
    for (const [w, s] of Object.entries(STATUS_SYNONYMS)) expect(normaliseStatus(w).value).toBe(s);
  });

  it('rejects ambiguous statuses', () => {
    expectRejected(normaliseStatus, ['基本完成', '部分完成', '无', '是', '80%', 1, true, 'Completed', '已完成。']);
  });
});

describe('normalisePhone', () => {
  it('reads mobiles, landlines, local numbers and extensions', () => {
    expectTable(normalisePhone, [
      ['13912345678', '13912345678', []],
      ['0393-6666679', '0393-6666679', []],
      ['6666679', '6666679', []],
      ['66666798', '66666798', []],
      ['139 1234 5678', '13912345678', ['phone-reformatted']],
      ['139-1234-5678', '13912345678', ['phone-reformatted']],
      ['+86 13912345678', '13912345678', ['country-code-removed']],
      ['0393 6666679', '0393-6666679', ['phone-reformatted']],
      ['(0393)6666679', '0393-6666679', ['phone-reformatted']],
      ['（０３９３）６６６６６７９', '0393-6666679', ['full-width', 'phone-reformatted']],
      ['03936666679', '0393-6666679', ['phone-reformatted']],
      ['010-66666666', '010-66666666', []],
      ['0393-6666679-801', '0393-6666679转801', ['phone-reformatted']],
      ['0393-6666679转801', '0393-6666679转801', []],
      ['0393-6666679 分机 801', '0393-6666679转801', ['phone-reformatted']],
      ['0393-6666679、13912345678', '0393-6666679、13912345678', []],
      ['0393-6666679，13912345678', '0393-6666679、13912345678', ['full-width', 'phone-reformatted']],
      [13912345678, '13912345678', []],
      [6666679, '6666679', []],
      [3936666679, '0393-6666679', ['leading-zero-restored', 'phone-reformatted']],
      ['', null, []],
    ]);
  });

  it('rejects malformed numbers', () => {
    expectRejected(normalisePhone, ['1391234567', '23912345678', '12345', '0393-666667', '0393-06666679', '电话 6666679', '13912345678转1', '+86 0393-6666679', '0393-6666679、', 1.5, true]);
  });
});

describe('normaliseIndicatorCode', () => {
  it('reads codes as text', () => {
    expectTable(normaliseIndicatorCode, [
      ['2.3', '2.3', []],
      [' 2.3 ', '2.3', ['trimmed']],
      ['２．３', '2.3', ['full-width']],
      ['2. 3', '2.3', ['whitespace-collapsed']],
      [2.3, '2.3', ['converted-to-text']],
      ['', '', []],
    ]);
  });
});

describe('number formats', () => {
  it('recognises date and percent formats', () => {
    for (const f of ['yyyy-mm-dd', 'm/d/yyyy', 'yyyy"年"m"月"d"日"', '[$-804]yyyy/m/d', 'mmm-yy', 'd-mmm', 'yyyy-mm-dd hh:mm']) expect([f, isDateFormat(f)]).toEqual([f, true]);
    for (const f of [undefined, 'General', '@', '0.00', '0%', '0.00E+00', '#,##0', '"日期"0']) expect([f, isDateFormat(f)]).toEqual([f, false]);
    for (const f of ['0%', '0.0%', '#,##0.00%']) expect(isPercentFormat(f)).toBe(true);
    for (const f of [undefined, 'General', '0"%"', '0\\%', '0.00']) expect(isPercentFormat(f)).toBe(false);
  });
});
