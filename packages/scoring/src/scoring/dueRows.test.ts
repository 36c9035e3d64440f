/**
 * 填报频次 in scoring: quality counts the rows due each month, and the self-score fallback takes
 * an indicator's latest report (not a month it was not due).
 */
import type { Indicator } from '../model/types';
import {
  indicator,
  inspections,
  ledger,
  periodScorer,
  quarterReviewer,
  template,
  unit,
} from './testing/fixtures';

const every = (i: Indicator, frequency: Indicator['frequency']): Indicator => ({ ...i, frequency });
// 1.1 monthly (60), 2.1 quarterly (30), 8.1 yearly (10).
const tpl = template([
  indicator('1.1', 60),
  every(indicator('2.1', 30), '每季度'),
  every(indicator('8.1', 10), '每年'),
]);
const A = unit('XQ01', '华龙区', '县区');
const review = quarterReviewer(tpl, [A]);
const score = periodScorer(A, tpl);
/** 华龙区's ledgers for the months given, each with that many valid rows. */
const validRows = (rowsByMonth: Record<string, number>) =>
  Object.entries(rowsByMonth).map(([month, rows]) => ledger('XQ01', month, { validRows: rows }));

describe('quality over the rows due', () => {
  test('Q1: January and February are due one row each, March two', () => {
    // February missing: its one due row counts as not valid.
    const r = review('2021Q1', { ledgers: validRows({ '2021-01': 1, '2021-03': 2 }) });
    expect(r.units[0].quality).toBe(3 / 4);
  });

  test('valid rows above the rows due are capped at them, with a warning', () => {
    const r = review('2021Q1', { ledgers: validRows({ '2021-01': 3, '2021-02': 1, '2021-03': 2 }) });
    expect(r.units[0].quality).toBe(1);
    expect(r.warnings.map((w) => w.code)).toEqual(['ledger-valid-rows-capped']);
  });

  test('Q4: December carries all three', () => {
    const r = review('2021Q4', { ledgers: validRows({ '2021-10': 1, '2021-11': 1, '2021-12': 1 }) });
    // Due: Oct 1, Nov 1, Dec 3.
    expect(r.units[0].quality).toBe(3 / 5);
  });
});

describe('self-score fallback over the rows due', () => {
  const ledgers = [
    ledger('XQ01', '2021-03', { selfScores: { '1.1': 50, '2.1': 25 } }),
    ledger('XQ01', '2021-04', { selfScores: { '1.1': 55 } }),
  ];

  test('B2 (March–April): 1.1 from April, the quarterly 2.1 from March (its due month), the yearly 8.1 from none', () => {
    const p = score('2021-B2', { ledgers });
    expect(p.indicators.map((s) => [s.code, s.selfScore, s.source])).toEqual([
      ['1.1', 55, 'self'],
      ['2.1', 25, 'self'],
      ['8.1', null, 'none'],
    ]);
  });

  test('B1 (January–February): the quarterly indicator takes its report in March, the quarter’s due month', () => {
    const q1 = [
      ledger('XQ01', '2021-02', { selfScores: { '1.1': 40 } }),
      ledger('XQ01', '2021-03', { selfScores: { '1.1': 45, '2.1': 20 } }),
    ];
    const p = score('2021-B1', { ledgers: q1 });
    expect(p.indicators.map((s) => [s.code, s.selfScore])).toEqual([
      ['1.1', 40],
      ['2.1', 20],
      ['8.1', null],
    ]);
    const r = review('2021Q1', { ledgers: q1 });
    expect(r.units[0].periods[0].indicators.map((s) => s.selfScore)).toEqual([40, 20, null]);
  });

  test('a due month without its ledger gives no self-score (a later month is not taken instead)', () => {
    const p = score('2021-B3', {
      ledgers: [ledger('XQ01', '2021-05', { selfScores: { '1.1': 50, '2.1': 30 } })],
    });
    // June (2.1's due month) is missing; May's row for 2.1 was not due and is not used.
    expect(p.indicators.map((s) => [s.code, s.selfScore])).toEqual([
      ['1.1', 50],
      ['2.1', null],
      ['8.1', null],
    ]);
  });

  test('an inspection score still wins', () => {
    const p = score('2021-B2', { inspections: inspections('2021-B2', 'XQ01', { '8.1': 7 }), ledgers });
    expect(p.indicators.find((s) => s.code === '8.1')).toMatchObject({ score: 7, source: 'inspection' });
    expect(p.obtained).toBe(55 + 25 + 7);
  });
});
