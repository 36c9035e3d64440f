import { DEFAULT_SETTINGS, resolveSettings } from '@ledger-review/scoring';
import { searchWithView, viewFromSearch, VIEWS } from '../../src/taskpane/views';
import { defaultReviewQuarter, reviewSchedule, reviewYears } from '../../src/taskpane/views/ReviewView';
import { summariseGrid } from '../../src/taskpane/views/ValidateView';

describe('view selection by ?view=', () => {
  test('each ribbon parameter selects its view; anything else is 单位校验', () => {
    expect(VIEWS.map((v) => viewFromSearch(`?view=${v}`))).toEqual(['validate', 'consolidate', 'review']);
    expect(viewFromSearch('')).toBe('validate');
    expect(viewFromSearch('?view=REVIEW')).toBe('validate');
    expect(viewFromSearch('?view=<script>')).toBe('validate');
  });

  test('searchWithView keeps the other parameters', () => {
    expect(searchWithView('?lang=en&view=validate', 'review')).toBe('?lang=en&view=review');
    expect(searchWithView('', 'consolidate')).toBe('?view=consolidate');
  });
});

describe('quarterly review schedule', () => {
  test('Q2 uses the April–June ledgers, inspections B2 and B3, and meets on 15 July', () => {
    expect(reviewSchedule('2021Q2')).toEqual([
      { kind: 'ledger', period: '2021-04', date: '2021-05-05' },
      { kind: 'ledger', period: '2021-05', date: '2021-06-05' },
      { kind: 'ledger', period: '2021-06', date: '2021-07-05' },
      { kind: 'inspection', period: '2021-B2', date: '2021-04-30' },
      { kind: 'inspection', period: '2021-B3', date: '2021-06-30' },
      { kind: 'meeting', period: '2021Q2', date: '2021-07-15' },
    ]);
  });

  test('Q4 reaches into the next year and follows the settings', () => {
    const rows = reviewSchedule('2021Q4', resolveSettings({ ledgerDueDay: 10, reviewDay: 20 }));
    expect(rows.filter((r) => r.kind === 'ledger').map((r) => r.date)).toEqual([
      '2021-11-10',
      '2021-12-10',
      '2022-01-10',
    ]);
    expect(rows.filter((r) => r.kind === 'inspection').map((r) => r.period)).toEqual(['2021-B5', '2021-B6']);
    expect(rows.at(-1)).toEqual({ kind: 'meeting', period: '2021Q4', date: '2022-01-20' });
    expect(DEFAULT_SETTINGS.ledgerDueDay).toBe(5);
  });

  test('the default quarter is the last completed one', () => {
    expect(defaultReviewQuarter(new Date(2021, 3, 2))).toBe('2021Q1');
    expect(defaultReviewQuarter(new Date(2022, 0, 10))).toBe('2021Q4');
    expect(defaultReviewQuarter(new Date(2026, 10, 27))).toBe('2026Q3');
  });

  test('years run from the plan year 2021 to next year', () => {
    expect(reviewYears(new Date(2026, 10, 27))).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(reviewYears(new Date(2021, 5, 1))).toEqual([2021, 2022]);
  });
});

describe('read summary', () => {
  test('counts rows, the widest row and formulas', () => {
    expect(
      summariseGrid({ sheetName: '工作台账', grid: [[null], ['a', 1, 2], []], formulas: { B2: '=1+1' } }),
    ).toEqual({ sheetName: '工作台账', rows: 3, columns: 3, formulas: 1 });
  });
});
