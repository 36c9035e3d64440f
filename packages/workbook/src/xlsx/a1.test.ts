import { address, columnLetter, columnNumber, parseAddress, sheetRef } from './a1';
import { excelSerial } from './excelDate';

describe('A1 addresses', () => {
  test('column letters round-trip across the one/two/three-letter boundaries', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
    for (let c = 1; c <= 1000; c++) expect(columnNumber(columnLetter(c))).toBe(c);
  });

  test('addresses are 1-based, absolute markers are accepted when parsing', () => {
    expect(address(5, 11)).toBe('K5');
    expect(parseAddress('$K$5')).toEqual({ row: 5, col: 11 });
    expect(parseAddress('AB12')).toEqual({ row: 12, col: 28 });
    expect(() => parseAddress('K')).toThrow('无效的单元格地址：K');
  });

  test('sheet references are quoted, with apostrophes doubled', () => {
    expect(sheetRef('工作台账', 'A1')).toBe("'工作台账'!A1");
    expect(sheetRef("O'Neil", '$C$2')).toBe("'O''Neil'!$C$2");
  });
});

test('Excel serials of ISO dates (1900 system)', () => {
  expect(excelSerial('2021-04-30')).toBe(44316);
  expect(excelSerial('1900-03-01')).toBe(61);
  expect(excelSerial('1899-12-31')).toBe(1);
});
