import { DEFAULT_SETTINGS, resolveSettings } from '@ledger-review/scoring';
import { searchWithView, viewFromSearch, VIEWS } from '../../src/taskpane/views';
import {
  bimonthChoices,
  defaultReviewQuarter,
  reviewSchedule,
  reviewYears,
} from '../../src/taskpane/views/ReviewView';
import { recentMonths, reportingMonth } from '../../src/taskpane/components/TemplateDownload';
import { daysToDue } from '../../src/taskpane/components/LedgerResult';
import { marksSignature } from '../../src/taskpane/unit/ledgerWatcher';

describe('view selection by ?view=', () => {
  test('each view parameter selects its view; anything else is 单位校验', () => {
    expect(VIEWS.map((v) => viewFromSearch(`?view=${v}`))).toEqual([
      'validate',
      'consolidate',
      'round',
      'review',
      'annual',
    ]);
    expect(viewFromSearch('?view=round')).toBe('round');
    expect(viewFromSearch('?view=annual')).toBe('annual');
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

describe('default periods of the choosers', () => {
  test('a unit reports last month; the list runs from next month back over a year', () => {
    const today = new Date(2021, 4, 3); // 3 May 2021
    expect(reportingMonth(today)).toBe('2021-04');
    const months = recentMonths(today);
    expect(months[0]).toBe('2021-06');
    expect(months).toContain('2020-05');
    expect(months).toHaveLength(14);
    expect(recentMonths(today, '2019-01').at(-1)).toBe('2019-01');
  });

  test('bimonths of the quarter’s year and the year before, newest first', () => {
    expect(bimonthChoices('2021Q2').slice(0, 3)).toEqual(['2021-B6', '2021-B5', '2021-B4']);
    expect(bimonthChoices('2021Q2')).toHaveLength(12);
  });

  test('days to the due date count calendar days', () => {
    expect(daysToDue('2021-05-05', new Date(2021, 4, 3))).toBe(2);
    expect(daysToDue('2021-05-05', new Date(2021, 4, 5))).toBe(0);
    expect(daysToDue('2021-05-05', new Date(2021, 4, 12))).toBe(-7);
  });
});

describe('marks signature', () => {
  test('differs when any mark, the block or the sheet differs', () => {
    const base = { rows: 10, cols: 14, cells: [{ row: 6, col: 8, mark: 'E' as const }] };
    const sig = marksSignature('工作台账', base);
    expect(marksSignature('工作台账', { ...base })).toBe(sig);
    expect(marksSignature('工作台账', { ...base, cells: [{ row: 6, col: 8, mark: 'W' }] })).not.toBe(sig);
    expect(marksSignature('工作台账', { ...base, rows: 11 })).not.toBe(sig);
    expect(marksSignature('四月', base)).not.toBe(sig);
  });
});
