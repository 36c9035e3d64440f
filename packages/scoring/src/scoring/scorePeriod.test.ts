import { resolveSettings } from '../settings/settings';
import type { ScoringWarning } from './types';
import { indicator, inspection, inspections, ledger, periodScorer, template, unit } from './testing/fixtures';

const county = unit('XQ01', '华龙区', '县区');
const tpl = template([
  indicator('1.1', 30),
  indicator('1.2', 10),
  indicator('2.1', 20),
  indicator('6.1', 40, { kind: 'group', group: '市直' }), // does not apply to a 县区 unit
]);
/** The county's score for a period under tpl: no inspections or ledgers, default settings. */
const scoreCounty = periodScorer(county, tpl);

/** The county's 2021-B1 score, with the warnings it raised. */
function run(args: { inspections?: ReturnType<typeof inspection>[]; ledgers?: ReturnType<typeof ledger>[] }) {
  const warnings: ScoringWarning[] = [];
  const score = scoreCounty('2021-B1', { ...args, onWarning: (w) => warnings.push(w) });
  return { score, warnings };
}

describe('scorePeriod', () => {
  test('inspection score first, else self-score (未经检查), else 0; rate = obtained / available × 100', () => {
    const { score, warnings } = run({
      inspections: inspections('2021-B1', 'XQ01', { '1.1': 27 }),
      ledgers: [ledger('XQ01', '2021-02', { selfScores: { '1.1': 30, '1.2': 8 } })],
    });
    expect(score.indicators.map((s) => [s.code, s.score, s.source, s.unchecked])).toEqual([
      ['1.1', 27, 'inspection', false],
      ['1.2', 8, 'self', true],
      ['2.1', 0, 'none', false],
    ]);
    expect([score.obtained, score.available, score.rate]).toEqual([35, 60, (35 / 60) * 100]);
    expect(warnings).toEqual([]);
  });

  test('only applicable indicators count; areas without one have a null rate', () => {
    const { score } = run({
      inspections: inspections('2021-B1', 'XQ01', { '1.1': 30, '1.2': 5, '2.1': 10 }),
    });
    expect(score.available).toBe(60);
    const byArea = Object.fromEntries(score.areas.map((a) => [a.area, a]));
    expect(byArea[1]).toEqual({ area: 1, obtained: 35, available: 40, rate: 87.5 });
    expect(byArea[2]).toEqual({ area: 2, obtained: 10, available: 20, rate: 50 });
    expect(byArea[6]).toEqual({ area: 6, obtained: 0, available: 0, rate: null });
    expect(score.areas.map((a) => a.area)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test('self-score fallback uses the latest ledger inside the period, not one outside it', () => {
    const { score } = run({
      ledgers: [
        ledger('XQ01', '2021-03', { selfScores: { '1.1': 1 } }), // next period
        ledger('XQ01', '2021-01', { selfScores: { '1.1': 20 } }),
        ledger('XQ01', '2021-02', { selfScores: { '1.1': 25 } }),
        ledger('XQ02', '2021-02', { selfScores: { '1.1': 3 } }), // another unit
      ],
    });
    expect(score.indicators[0]).toMatchObject({ score: 25, source: 'self', selfScore: 25 });
  });

  test('the latest ledger is used as a whole: a blank self-score there is not filled from an earlier month', () => {
    const { score } = run({
      ledgers: [
        ledger('XQ01', '2021-01', { selfScores: { '1.2': 9 } }),
        ledger('XQ01', '2021-02', { selfScores: { '1.2': null } }),
      ],
    });
    expect(score.indicators[1]).toMatchObject({ score: 0, source: 'none', selfScore: null });
  });

  test('when the second month is missing the first month is the latest ledger', () => {
    const { score } = run({ ledgers: [ledger('XQ01', '2021-01', { selfScores: { '1.2': 9 } })] });
    expect(score.indicators[1]).toMatchObject({ score: 9, source: 'self', unchecked: true });
  });

  test('of two ledgers for the same month, the one submitted later gives the self-score', () => {
    const { score } = run({
      ledgers: [
        ledger('XQ01', '2021-02', {
          filled: '2021-03-02',
          received: '2021-03-09',
          selfScores: { '1.2': 10 },
        }),
        ledger('XQ01', '2021-02', { filled: '2021-03-04', selfScores: { '1.2': 6 } }),
      ],
    });
    expect(score.indicators[1].score).toBe(10);
  });

  test('a blank inspection score (null) falls back to the self-score', () => {
    const { score } = run({
      inspections: [inspection('2021-B1', 'XQ01', '1.2', null)],
      ledgers: [ledger('XQ01', '2021-02', { selfScores: { '1.2': 7 } })],
    });
    expect(score.indicators[1]).toMatchObject({ score: 7, source: 'self', inspectionScore: null });
  });

  describe('自评偏高 (selfHigh): self − inspection > selfHighRatio × points', () => {
    const withScores = (self: number, insp: number, ratio = 0.1, code = '1.1') =>
      scoreCounty('2021-B1', {
        inspections: [inspection('2021-B1', 'XQ01', code, insp)],
        ledgers: [ledger('XQ01', '2021-02', { selfScores: { [code]: self } })],
        settings: resolveSettings({ selfHighRatio: ratio }),
      }).indicators.find((s) => s.code === code)!;

    test('exactly 10% of 30 points above is not flagged; more is', () => {
      expect(withScores(30, 27).selfHigh).toBe(false);
      expect(withScores(30, 26.5).selfHigh).toBe(true);
    });
    test('the score that counts is still the inspection score', () => {
      expect(withScores(30, 26.5)).toMatchObject({
        score: 26.5,
        source: 'inspection',
        selfScore: 30,
        inspectionScore: 26.5,
        unchecked: false,
      });
    });
    test('a self-score below the inspection score is never flagged', () => {
      expect(withScores(20, 30).selfHigh).toBe(false);
    });
    test('the ratio comes from the settings; floating noise at the threshold does not flag', () => {
      // 7.7 − 6.6 = 1.1000000000000005 in binary, the threshold 0.11 × 10 = 1.1: equal, not above.
      expect(withScores(7.7, 6.6, 0.11, '1.2').selfHigh).toBe(false);
      expect(withScores(7.8, 6.6, 0.11, '1.2').selfHigh).toBe(true);
      expect(withScores(29.5, 26.5, 0.05).selfHigh).toBe(true);
    });
    test('no inspection score: never flagged', () => {
      const s = scoreCounty('2021-B1', {
        ledgers: [ledger('XQ01', '2021-02', { selfScores: { '1.1': 30 } })],
      }).indicators[0];
      expect(s.selfHigh).toBe(false);
    });
  });

  test('records for an indicator that does not apply, or is unknown, are ignored with a warning', () => {
    const { score, warnings } = run({
      inspections: [...inspections('2021-B1', 'XQ01', { '6.1': 40, '9.9': 5, '1.1': 10 })],
    });
    expect(score.obtained).toBe(10);
    expect(warnings.map((w) => [w.code, w.unitCode])).toEqual([
      ['inspection-not-applicable', 'XQ01'],
      ['inspection-unknown-indicator', 'XQ01'],
    ]);
    expect(warnings[0].zh).toContain('6.1');
    expect(warnings[0].en).toContain('does not apply');
  });

  test('duplicate inspection scores: the last one counts, with a warning', () => {
    const { score, warnings } = run({
      inspections: [inspection('2021-B1', 'XQ01', '1.1', 20), inspection('2021-B1', 'XQ01', '1.1', 25)],
    });
    expect(score.indicators[0].score).toBe(25);
    expect(warnings.map((w) => w.code)).toEqual(['inspection-duplicate']);
  });

  test('records of other periods or units are ignored silently', () => {
    const { score, warnings } = run({
      inspections: [inspection('2021-B2', 'XQ01', '1.1', 30), inspection('2021-B1', 'XQ02', '1.1', 30)],
    });
    expect(score.obtained).toBe(0);
    expect(warnings).toEqual([]);
  });

  test('scores are not clamped: range checks belong to validation', () => {
    const { score } = run({ inspections: inspections('2021-B1', 'XQ01', { '1.2': 12 }) });
    expect(score.indicators[1].score).toBe(12);
  });

  test('a unit with no applicable indicator scores a rate of 0', () => {
    const s = scoreCounty('2021-B1', {
      template: template([indicator('6.1', 40, { kind: 'group', group: '市直' })]),
    });
    expect([s.available, s.rate, s.indicators.length]).toEqual([0, 0, 0]);
  });
});
