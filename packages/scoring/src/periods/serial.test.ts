import fc from 'fast-check';
import {
  MAX_EXCEL_SERIAL,
  excelSerial,
  excelSerialToIsoDate,
  excelSerialToIsoDateTime,
  isoToExcelSerial,
} from './serial';

/** 1904-01-01, serial 0 of the 1904 date system, is serial 1462 of the 1900 system. */
const DAYS_1900_TO_1904 = 1462;

describe('1900 date system', () => {
  test('serials Excel shows, around its phantom 1900-02-29', () => {
    expect([1, 59, 61, 45366, MAX_EXCEL_SERIAL].map((s) => excelSerialToIsoDate(s))).toEqual([
      '1900-01-01',
      '1900-02-28',
      '1900-03-01',
      '2024-03-15',
      '9999-12-31',
    ]);
    // Serial 60 is the 1900-02-29 Lotus had and Excel kept: no real day, in either meaning.
    expect(excelSerialToIsoDate(60)).toBeNull();
    expect(excelSerialToIsoDate(60.5)).toBeNull();
    expect(excelSerialToIsoDateTime(60)).toBeNull();
    expect(excelSerialToIsoDateTime(60.75)).toBeNull();
    expect(isoToExcelSerial('1900-02-28')).toBe(59);
    expect(isoToExcelSerial('1900-03-01')).toBe(61);
  });

  test('known serials: the dates a ledger holds', () => {
    expect(excelSerial('2021-04-30')).toBe(44316);
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(excelSerial('1900-01-01')).toBe(1);
    // Excel's "1900-01-00": a real day before serial 1, shown by Excel as day 0.
    expect(excelSerial('1899-12-31')).toBe(0);
  });

  test('out of range: nothing before serial 1 or after 9999-12-31 is a date', () => {
    for (const s of [0, 0.5, -1, MAX_EXCEL_SERIAL + 1, Number.NaN, Infinity, -Infinity]) {
      expect([s, excelSerialToIsoDate(s)]).toEqual([s, null]);
    }
    for (const s of [-0.1, MAX_EXCEL_SERIAL + 1, Number.NaN, Infinity]) {
      expect([s, excelSerialToIsoDateTime(s)]).toEqual([s, null]);
    }
  });

  test('date only drops the time of day; date-time keeps it, rounded to the second', () => {
    expect(excelSerialToIsoDate(45366.75)).toBe('2024-03-15');
    expect(excelSerialToIsoDateTime(45366.75)).toBe('2024-03-15T18:00:00');
    expect(excelSerialToIsoDate(45366.99999999)).toBe('2024-03-15');
    expect(excelSerialToIsoDateTime(45366.99999999)).toBe('2024-03-16');
    expect(excelSerialToIsoDateTime(45366)).toBe('2024-03-15');
    expect(excelSerialToIsoDateTime(30.5)).toBe('1900-01-30T12:00:00');
    // Below serial 1 a cell holds a time alone (Excel shows the date as 1900-01-00).
    expect(excelSerialToIsoDateTime(0.25)).toBe('1899-12-31T06:00:00');
    expect(excelSerialToIsoDateTime(0)).toBe('1899-12-31T00:00:00');
  });

  test('ISO date-times as `<c t="d">` cells write them', () => {
    expect(isoToExcelSerial('2024-03-15T18:00')).toBe(45366.75);
    expect(isoToExcelSerial(' 2024-03-15T18:00:00.000Z ')).toBe(45366.75);
    expect(isoToExcelSerial('2024-03-15 06:00:00')).toBe(45366.25);
    for (const bad of ['2024-13-45x', '2024/03/15', '', '15.03.2024'])
      expect(isoToExcelSerial(bad)).toBeNull();
  });

  test('excelSerial accepts only real ISO dates', () => {
    for (const bad of ['2021-02-30', '2021-4-30', '2021-04-30T00:00', 'x']) {
      expect(() => excelSerial(bad)).toThrow(RangeError);
    }
  });
});

describe('1904 date system', () => {
  test('serial 0 is 1904-01-01, with no phantom day and 1462 days after the 1900 system', () => {
    expect(excelSerialToIsoDate(0, true)).toBe('1904-01-01');
    expect(excelSerialToIsoDateTime(0, true)).toBe('1904-01-01');
    expect(excelSerialToIsoDateTime(0.5, true)).toBe('1904-01-01T12:00:00');
    expect(excelSerialToIsoDate(60, true)).toBe('1904-03-01');
    expect(isoToExcelSerial('2024-03-15', true)).toBe(45366 - DAYS_1900_TO_1904);
    expect(excelSerialToIsoDate(-1, true)).toBeNull();
    expect(excelSerialToIsoDate(MAX_EXCEL_SERIAL - DAYS_1900_TO_1904, true)).toBe('9999-12-31');
    expect(excelSerialToIsoDate(MAX_EXCEL_SERIAL - DAYS_1900_TO_1904 + 1, true)).toBeNull();
    expect(excelSerialToIsoDateTime(MAX_EXCEL_SERIAL - DAYS_1900_TO_1904 + 0.5, true)).toBe(
      '9999-12-31T12:00:00',
    );
    expect(excelSerialToIsoDateTime(MAX_EXCEL_SERIAL - DAYS_1900_TO_1904 + 1, true)).toBeNull();
  });
});

describe('round trips', () => {
  const serial1900 = fc.integer({ min: 1, max: MAX_EXCEL_SERIAL }).filter((s) => s !== 60);
  const seconds = fc.integer({ min: 0, max: 86_399 });

  test('every day of either system comes back to the same serial', () => {
    for (let s = 1; s <= 800; s++) {
      if (s === 60) continue;
      expect(isoToExcelSerial(excelSerialToIsoDate(s)!)).toBe(s);
    }
    fc.assert(
      fc.property(serial1900, (s) => {
        const iso = excelSerialToIsoDate(s)!;
        return isoToExcelSerial(iso) === s && excelSerial(iso) === s && excelSerialToIsoDateTime(s) === iso;
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_EXCEL_SERIAL - DAYS_1900_TO_1904 }),
        (s) => isoToExcelSerial(excelSerialToIsoDate(s, true)!, true) === s,
      ),
    );
  });

  test('date-times keep their second in both systems', () => {
    fc.assert(
      fc.property(serial1900, seconds, fc.boolean(), (day, second, date1904) => {
        const serial = (date1904 ? Math.max(0, day - DAYS_1900_TO_1904) : day) + second / 86_400;
        const iso = excelSerialToIsoDateTime(serial, date1904)!;
        return excelSerialToIsoDateTime(isoToExcelSerial(iso, date1904)!, date1904) === iso;
      }),
    );
  });
});
