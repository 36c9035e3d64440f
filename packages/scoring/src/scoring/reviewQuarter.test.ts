import { compositeScore } from './reviewQuarter';
import { resolveSettings } from '../settings/settings';
import {
  indicator,
  inspection,
  inspections,
  ledger,
  quarterReviewer,
  template,
  unit,
} from './testing/fixtures';

const tpl = template([
  indicator('1.1', 60),
  indicator('2.1', 40),
  indicator('8.1', 10, { kind: 'group', group: '市直' }),
]);
const A = unit('XQ01', '华龙区', '县区');
const B = unit('SZ01', '市司法局', '市直', { civilized: true });
/** A quarter's review of 华龙区 under tpl: no ledgers or inspections unless given. */
const review = quarterReviewer(tpl, [A]);

describe('reviewQuarter', () => {
  test('periods, months and review date of the quarter', () => {
    const r = review('2021Q2');
    expect(r.months).toEqual(['2021-04', '2021-05', '2021-06']);
    expect(r.inspectionPeriods).toEqual(['2021-B2', '2021-B3']);
    expect(r.reviewDate).toBe('2021-07-15');
    expect(resolveSettings({ reviewDay: 20 }).reviewDay).toBe(20);
    expect(review('2021Q4', { settings: { reviewDay: 20 } }).reviewDate).toBe('2022-01-20');
  });

  test('a malformed quarter is refused', () => {
    expect(() => review('2021-Q2')).toThrow(RangeError);
  });

  test('composite = ROUND(0.8 × mean period rate + 0.1 × timeliness × 100 + 0.1 × quality × 100, 2)', () => {
    const r = review('2021Q2', {
      inspections: [
        ...inspections('2021-B2', 'XQ01', { '1.1': 51, '2.1': 33 }),
        ...inspections('2021-B3', 'XQ01', { '1.1': 57, '2.1': 35.5 }),
      ],
      ledgers: [
        ledger('XQ01', '2021-04', { filled: '2021-05-05', validRows: 2 }),
        ledger('XQ01', '2021-05', { filled: '2021-06-09', validRows: 1 }), // 4 days late
        // June missing
      ],
    });
    const u = r.units[0];
    expect(u.periods.map((p) => [p.period, p.obtained, p.available, p.rate])).toEqual([
      ['2021-B2', 84, 100, 84],
      ['2021-B3', 92.5, 100, 92.5],
    ]);
    expect(u.inspectionRate).toBe(88.25);
    expect(u.timeliness).toBe(1 / 3);
    expect(u.quality).toBe(3 / 6);
    // 70.6 + 3.333… + 5 = 78.9333… → 78.93
    expect(u.composite).toBe(78.93);
    expect(u.ledgers.map((c) => c.label)).toEqual(['按时', '逾期 4 天', '未报送']);
    expect(u.missingLedgers).toBe(1);
  });

  test('compositeScore uses the weights and decimals of the settings', () => {
    expect(compositeScore(90, 1, 0.5, resolveSettings())).toBe(87);
    expect(
      compositeScore(
        90,
        1,
        0.5,
        resolveSettings({ weightInspection: 0.6, weightTimeliness: 0.2, weightQuality: 0.2 }),
      ),
    ).toBe(84);
    expect(compositeScore(88.25, 1 / 3, 0.5, resolveSettings({ compositeDecimals: 0 }))).toBe(79);
    expect(compositeScore(88.25, 1 / 3, 0.5, resolveSettings({ compositeDecimals: 3 }))).toBe(78.933);
  });

  test('Q2’s first period (B2 = Mar–Apr) falls back to the April ledger, or March when April is missing', () => {
    const r = review('2021Q2', {
      ledgers: [ledger('XQ01', '2021-03', { selfScores: { '1.1': 50, '2.1': 30 } })],
    });
    const b2 = r.units[0].periods[0];
    expect(b2.indicators.map((s) => [s.score, s.source])).toEqual([
      [50, 'self'],
      [30, 'self'],
    ]);
    expect(r.units[0].flags).toEqual({ selfHigh: 0, unchecked: 2 });
    // March counts for the self-score but not for timeliness or quality of Q2
    expect(r.units[0].timeliness).toBe(0);
    expect(r.units[0].ledgers.every((c) => c.state === 'missing')).toBe(true);
  });

  test('quality counts rows over every month of the quarter; missing months add 0', () => {
    const r = review('2021Q1', {
      roster: [B], // 3 applicable indicators
      ledgers: [ledger('SZ01', '2021-01', { validRows: 3 }), ledger('SZ01', '2021-03', { validRows: 2 })],
    });
    expect(r.units[0].quality).toBe(5 / 9);
    expect(r.units[0].timeliness).toBe(2 / 3);
  });

  test('a ledger without any date counts as submitted but not on time, with a warning', () => {
    const r = review('2021Q1', { ledgers: [ledger('XQ01', '2021-01', { filled: null, validRows: 2 })] });
    expect(r.units[0].ledgers[0]).toMatchObject({ state: 'late', label: '日期不明' });
    expect(r.units[0].missingLedgers).toBe(2);
    expect(r.units[0].quality).toBe(2 / 6);
    expect(r.warnings.map((w) => w.code)).toEqual(['ledger-date-unknown']);
  });

  test('duplicate ledgers: the later submission counts, with a warning', () => {
    const r = review('2021Q1', {
      ledgers: [
        ledger('XQ01', '2021-01', { filled: '2021-02-10', validRows: 2 }),
        ledger('XQ01', '2021-01', { filled: '2021-02-03', validRows: 0 }),
      ],
    });
    expect(r.units[0].ledgers[0]).toMatchObject({ state: 'late', daysLate: 5 });
    expect(r.units[0].quality).toBe(2 / 6);
    expect(r.warnings).toEqual([
      {
        code: 'ledger-duplicate',
        unitCode: 'XQ01',
        zh: '华龙区 2021-01 台账收到多份，采用报送日期较晚的一份（2021-02-10）',
        en: '华龙区 sent several 2021-01 ledgers; the one submitted later (2021-02-10) was used',
      },
    ]);
  });

  test('input problems become warnings, in both languages, and never crash the review', () => {
    const r = review('2021Q1', {
      roster: [A, B, unit('XQ01', '华龙区（重复）', '县区')],
      inspections: [
        inspection('2021-B1', 'XX99', '1.1', 10),
        inspection('2021-B1', 'XQ01', '8.1', 10),
        inspection('2021-B2', 'XX98', '1.1', 10),
      ],
      ledgers: [
        ledger('XX99', '2021-02'),
        ledger('XQ01', '2021-02', { validRows: 7 }),
        ledger('XX97', '2020-12'),
      ],
    });
    expect(r.units.map((u) => u.unitCode)).toEqual(['XQ01', 'SZ01']);
    expect(r.warnings.map((w) => [w.code, w.unitCode])).toEqual([
      ['roster-duplicate-code', 'XQ01'],
      ['ledger-unknown-unit', 'XX99'],
      ['inspection-unknown-unit', 'XX99'],
      ['inspection-not-applicable', 'XQ01'],
      ['ledger-valid-rows-capped', 'XQ01'],
    ]);
    expect(r.units[0].quality).toBe(2 / 6);
    for (const w of r.warnings) {
      expect(w.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(w.en).toMatch(/^[\x20-\x7e\u4e00-\u9fff（）’]+$/);
    }
  });

  test('a unit with no applicable indicator: rate and quality 0, with a warning', () => {
    const r = review('2021Q1', {
      template: template([indicator('8.1', 10, { kind: 'units', unitCodes: ['SZ01'] })]),
      ledgers: [ledger('XQ01', '2021-01')],
    });
    expect([r.units[0].inspectionRate, r.units[0].quality]).toEqual([0, 0]);
    expect(r.warnings.map((w) => w.code)).toEqual(['no-applicable-indicators']);
  });

  test('flags count 自评偏高 and 未经检查 over the quarter', () => {
    const r = review('2021Q2', {
      inspections: [
        ...inspections('2021-B2', 'XQ01', { '1.1': 40 }),
        ...inspections('2021-B3', 'XQ01', { '1.1': 40, '2.1': 40 }),
      ],
      ledgers: [
        ledger('XQ01', '2021-04', { selfScores: { '1.1': 60, '2.1': 30 } }),
        ledger('XQ01', '2021-06', { selfScores: { '1.1': 47 } }),
      ],
    });
    // B2: 1.1 self 60 vs 40 (> 6) high; 2.1 unchecked. B3: 1.1 self 47 vs 40 (> 6) high.
    expect(r.units[0].flags).toEqual({ selfHigh: 2, unchecked: 1 });
  });
});
