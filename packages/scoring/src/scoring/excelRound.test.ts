import fc from 'fast-check';
import { excelRound } from './excelRound';

/**
 * Results of `ROUND(A, B)` recalculated by LibreOffice 7.4.7.2 (headless, from an .xlsx written
 * by ExcelJS without cached values). The first column is the double as JavaScript holds it.
 */
const LIBREOFFICE_ROUND: Array<[number, number, number]> = [
  [1.005, 2, 1.01],
  [2.675, 2, 2.68],
  [1.015, 2, 1.02],
  [0.285, 2, 0.29],
  [1.255, 2, 1.26],
  [-2.675, 2, -2.68],
  [89.06666666666666, 2, 89.07],
  [91.66666666666667, 2, 91.67],
  [0.5, 0, 1],
  [2.5, 0, 3],
  [-2.5, 0, -3],
  [-0.5, 0, -1],
  [1234.5, -2, 1200],
  [1250, -2, 1300],
  [0.045, 2, 0.05],
  [8.345, 2, 8.35],
  [10.235, 2, 10.24],
  [70.935, 2, 70.94],
  [123456.785, 2, 123456.79],
  [0.1 + 0.2, 2, 0.3],
  [1e-10, 2, 0],
  [0.005, 2, 0.01],
  [0.0049999, 2, 0],
  [4.35, 1, 4.4],
  [1.45, 1, 1.5],
  [5.015, 2, 5.02],
  [64.175, 2, 64.18],
  [99.995, 2, 100],
  [0.615, 2, 0.62],
  [12.344999999999999, 2, 12.35],
  [12.345000000000001, 2, 12.35],
  [78.365, 2, 78.37],
  [0.8 * 72 + 0.1 * ((2 / 3) * 100) + 0.1 * ((8 / 12) * 100), 2, 70.93],
  [1e15 + 0.5, 0, 1000000000000001],
  [33.335, 2, 33.34],
  [2.345, 2, 2.35],
  [5e-324, 2, 0],
  [1.2345678901234567, 10, 1.2345678901],
  [0.3 * 3, 2, 0.9],
];

describe('excelRound', () => {
  test.each(LIBREOFFICE_ROUND)('ROUND(%p, %p) = %p as in LibreOffice', (x, decimals, expected) => {
    expect(excelRound(x, decimals)).toBe(expected);
  });

  test('differs from the naive Math.round(x*100)/100 exactly where the spreadsheet does', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1); // the bug excelRound exists for
    expect(excelRound(1.005, 2)).toBe(1.01);
    expect(Math.round(-2.5)).toBe(-2);
    expect(excelRound(-2.5, 0)).toBe(-3);
  });

  test('never returns -0, passes non-finite values through and truncates fractional decimals', () => {
    expect(Object.is(excelRound(-0.001, 2), 0)).toBe(true);
    expect(excelRound(Number.NaN, 2)).toBeNaN();
    expect(excelRound(Infinity, 2)).toBe(Infinity);
    expect(excelRound(2.675, 2.9)).toBe(2.68);
  });

  test('property: symmetric, idempotent and within half a unit of the last place', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const r = excelRound(x, d);
        expect(excelRound(-x, d)).toBe(r === 0 ? 0 : -r);
        expect(excelRound(r, d)).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + Math.abs(x) * 1e-14);
      }),
    );
  });

  test('property: agrees with decimal rounding of short decimals (what a user typed)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        (n, d) => {
          // x has d+1 decimals; the exact decimal rule: look at the last digit, half away from zero.
          const x = n / 10 ** (d + 1);
          const lastDigit = Math.abs(n) % 10;
          const truncated = Math.trunc(n / 10);
          const expected = (truncated + (lastDigit >= 5 ? Math.sign(n) : 0)) / 10 ** d;
          expect(excelRound(x, d)).toBe(expected === 0 ? 0 : expected);
        },
      ),
    );
  });
});
