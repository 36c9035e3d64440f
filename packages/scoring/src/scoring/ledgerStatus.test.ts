import { DEFAULT_SETTINGS } from '../settings/settings';
import { dedupeLedgers, laterSubmission, ledgerStatusCell, ledgerSubmissionDate } from './ledgerStatus';
import { ledger } from './testing/fixtures';

describe('ledger submission status (报送情况)', () => {
  test('the due date (5th of the next month) itself is on time', () => {
    const cell = ledgerStatusCell(
      '2021-01',
      ledger('XQ01', '2021-01', { filled: '2021-02-05' }),
      DEFAULT_SETTINGS,
    );
    expect(cell).toEqual({
      month: '2021-01',
      dueDate: '2021-02-05',
      submittedOn: '2021-02-05',
      state: 'on-time',
      daysLate: 0,
      label: '按时',
      labelEn: 'On time',
    });
  });

  test('after the due date: late by whole days, across a month end', () => {
    const cell = ledgerStatusCell(
      '2021-01',
      ledger('XQ01', '2021-01', { filled: '2021-03-01' }),
      DEFAULT_SETTINGS,
    );
    expect(cell).toMatchObject({ state: 'late', daysLate: 24, label: '逾期 24 天', labelEn: '24 days late' });
    expect(
      ledgerStatusCell('2021-12', ledger('XQ01', '2021-12', { filled: '2022-01-06' }), DEFAULT_SETTINGS),
    ).toMatchObject({
      dueDate: '2022-01-05',
      daysLate: 1,
      label: '逾期 1 天',
      labelEn: '1 day late',
    });
  });

  test('the office’s 收到日期 wins over the ledger’s 填报日期', () => {
    const facts = ledger('XQ01', '2021-01', { filled: '2021-02-01', received: '2021-02-08' });
    expect(ledgerSubmissionDate(facts)).toBe('2021-02-08');
    expect(ledgerStatusCell('2021-01', facts, DEFAULT_SETTINGS)).toMatchObject({
      state: 'late',
      daysLate: 3,
    });
    const early = ledger('XQ01', '2021-01', { filled: '2021-02-09', received: '2021-02-04' });
    expect(ledgerStatusCell('2021-01', early, DEFAULT_SETTINGS).state).toBe('on-time');
  });

  test('the due day comes from the settings', () => {
    const facts = ledger('XQ01', '2021-01', { filled: '2021-02-08' });
    expect(ledgerStatusCell('2021-01', facts, { ledgerDueDay: 10 })).toMatchObject({
      dueDate: '2021-02-10',
      state: 'on-time',
    });
  });

  test('no ledger: 未报送', () => {
    expect(ledgerStatusCell('2021-01', undefined, DEFAULT_SETTINGS)).toEqual({
      month: '2021-01',
      dueDate: '2021-02-05',
      submittedOn: null,
      state: 'missing',
      daysLate: 0,
      label: '未报送',
      labelEn: 'Not submitted',
    });
  });

  test('neither date known (or malformed): received but not on time, labelled 日期不明', () => {
    for (const facts of [
      ledger('XQ01', '2021-01', { filled: null }),
      ledger('XQ01', '2021-01', { filled: '2021-02-31' }),
    ]) {
      expect(ledgerStatusCell('2021-01', facts, DEFAULT_SETTINGS)).toMatchObject({
        submittedOn: null,
        state: 'late',
        daysLate: 0,
        label: '日期不明',
        labelEn: 'Date unknown',
      });
    }
  });
});

describe('duplicate ledgers for one unit and month', () => {
  const a = ledger('XQ01', '2021-01', { filled: '2021-02-03', validRows: 1 });
  const b = ledger('XQ01', '2021-01', { filled: '2021-02-07', validRows: 2 });
  const undated = ledger('XQ01', '2021-01', { filled: null, validRows: 3 });
  const sameDay = ledger('XQ01', '2021-01', { filled: '2021-02-07', validRows: 4 });

  test('the later submission wins whatever the input order', () => {
    expect(laterSubmission(a, b)).toBe(b);
    expect(laterSubmission(b, a)).toBe(b);
  });
  test('a known date beats an unknown one; on the same day the later input wins', () => {
    expect(laterSubmission(undated, a)).toBe(a);
    expect(laterSubmission(a, undated)).toBe(a);
    expect(laterSubmission(b, sameDay)).toBe(sameDay);
  });
  test('dedupeLedgers keeps one per unit and month and reports the duplicates', () => {
    const other = ledger('XQ02', '2021-01');
    const { byUnit, duplicates } = dedupeLedgers([b, a, other]);
    expect(byUnit.get('XQ01')!.get('2021-01')).toBe(b);
    expect(byUnit.get('XQ02')!.get('2021-01')).toBe(other);
    expect(duplicates).toEqual([{ unitCode: 'XQ01', month: '2021-01', kept: b }]);
  });
});
