import fc from 'fast-check';
import {
  EXCEL_MAX_COLS,
  EXCEL_MAX_ROWS,
  address,
  columnLetter,
  columnNumber,
  parseAddress,
  parseCellRef,
  parseRowNumber,
  rangeAddress,
  sheetRef,
} from './a1';

describe('columns', () => {
  // Letters across the one/two/three-letter boundaries.
  test.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [1024, 'AMJ'],
    [1025, 'AMK'],
    [16384, 'XFD'],
  ])('column %i is %s', (column, letters) => {
    expect(columnLetter(column)).toBe(letters);
  });

  test('every column round-trips, in either case', () => {
    for (let c = 1; c <= EXCEL_MAX_COLS; c++) {
      const letters = columnLetter(c);
      if (columnNumber(letters) !== c || columnNumber(letters.toLowerCase()) !== c)
        throw new Error(`column ${c}`);
    }
  });

  test('columns outside A…XFD are range errors', () => {
    for (const bad of [0, -1, 1.5, EXCEL_MAX_COLS + 1, Number.NaN, Infinity]) {
      expect(() => columnLetter(bad)).toThrow(RangeError);
    }
    for (const bad of ['', 'XFE', 'AAAA', 'A1', '$A', 'Ä', ' A'])
      expect(() => columnNumber(bad)).toThrow(RangeError);
  });
});

describe('cell addresses', () => {
  test('1-based, absolute markers and either case accepted when parsing', () => {
    expect(address(5, 11)).toBe('K5');
    expect(address(EXCEL_MAX_ROWS, EXCEL_MAX_COLS)).toBe('XFD1048576');
    expect(parseAddress('$K$5')).toEqual({ row: 5, col: 11 });
    expect(parseAddress('AB12')).toEqual({ row: 12, col: 28 });
    expect(parseAddress(' b7 ')).toEqual({ row: 7, col: 2 });
    expect(parseAddress('XFD1048576')).toEqual({ row: EXCEL_MAX_ROWS, col: EXCEL_MAX_COLS });
  });

  test('round trips over the whole grid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: EXCEL_MAX_ROWS }),
        fc.integer({ min: 1, max: EXCEL_MAX_COLS }),
        (row, col) => {
          const a = address(row, col);
          const parsed = parseAddress(a);
          return (
            parsed.row === row &&
            parsed.col === col &&
            parseCellRef(a) === (row - 1) * EXCEL_MAX_COLS + (col - 1)
          );
        },
      ),
    );
  });

  test('anything outside A1:XFD1048576 is a range error, never a wrong address', () => {
    for (const [row, col] of [
      [0, 1],
      [1, 0],
      [EXCEL_MAX_ROWS + 1, 1],
      [1, EXCEL_MAX_COLS + 1],
      [2.5, 1],
      [1, 2.5],
      [-1, -1],
    ]) {
      expect(() => address(row, col)).toThrow(RangeError);
    }
    for (const bad of ['K', '5', 'A0', 'XFE1', 'A1048577', '1A', 'A1B', 'A1:B2', '', 'AAAA1']) {
      expect(() => parseAddress(bad)).toThrow(RangeError);
    }
    expect(() => parseAddress('K')).toThrow('无效的单元格地址：K');
  });

  test('addresses near A1 are the same string each time (their hash is computed once)', () => {
    const first = address(123, 14);
    expect(first).toBe('N123');
    expect(address(123, 14)).toBe(first);
    // Invalid input is never remembered: it throws again instead of coming back from the cache.
    expect(() => address(1.5, 2)).toThrow(RangeError);
    expect(() => address(1.5, 2)).toThrow(RangeError);
  });

  test('ranges and sheet references', () => {
    expect(rangeAddress(2, 3, 1, 1)).toBe('C2');
    expect(rangeAddress(2, 3, 4, 2)).toBe('C2:D5');
    expect(() => rangeAddress(EXCEL_MAX_ROWS, 1, 2, 1)).toThrow(RangeError);
    expect(sheetRef('工作台账', 'A1')).toBe("'工作台账'!A1");
    expect(sheetRef("O'Neil", '$C$2')).toBe("'O''Neil'!$C$2");
  });
});

describe('scanner primitives', () => {
  test('packed 0-based references within a slice of text, -1 for anything else', () => {
    expect(parseCellRef('A1')).toBe(0);
    expect(parseCellRef('$B$3')).toBe(2 * EXCEL_MAX_COLS + 1);
    expect(parseCellRef('xfd1048576')).toBe(1048575 * EXCEL_MAX_COLS + 16383);
    expect(parseCellRef('<c r="N123" s="1">', 6, 10)).toBe(122 * EXCEL_MAX_COLS + 13);
    for (const bad of ['XFE1', 'A0', 'A1048577', '1A', 'A', '', 'A1B', 'A-1'])
      expect(parseCellRef(bad)).toBe(-1);
  });

  test('row numbers of <row r="…">', () => {
    expect(parseRowNumber('<row r="42">', 8, 10)).toBe(42);
    expect(parseRowNumber('1048576')).toBe(EXCEL_MAX_ROWS);
    for (const bad of ['0', '1048577', '', '12a', '-3', '12345678']) expect(parseRowNumber(bad)).toBe(-1);
  });
});
