import {
  DEFAULT_SETTINGS,
  type IndicatorTemplate,
  type QuarterReview,
  type UnitQuarterResult,
} from '@ledger-review/scoring';
import { EMPTY_HAND_TYPED, type Consolidation } from '../consolidate/types';
import { buildReviewPlan } from './buildReviewPlan';
import { rankingSheet } from './rankingSheet';

const template: IndicatorTemplate = {
  version: 't',
  name: 't',
  areas: [{ no: 1, name: '依法全面履行政府职能' }],
  indicators: [],
};
const emptyConsolidation: Consolidation = { ledgers: [], inspections: [], files: [], findings: [] };
const review = (units: UnitQuarterResult[]): QuarterReview => ({
  quarter: '2021Q2',
  settings: {
    ...DEFAULT_SETTINGS,
    experienceTopN: { ...DEFAULT_SETTINGS.experienceTopN },
    statementBottomN: { ...DEFAULT_SETTINGS.statementBottomN },
  },
  reviewDate: '2021-07-15',
  months: ['2021-04', '2021-05', '2021-06'],
  inspectionPeriods: ['2021-B2', '2021-B3'],
  units,
  warnings: [],
  decisions: [],
  asOf: null,
  complete: true,
});

const unit = (code: string, group: UnitQuarterResult['group']): UnitQuarterResult => ({
  unitCode: code,
  unitName: code,
  group,
  civilized: false,
  periods: [],
  inspectionRate: 0,
  timeliness: 0,
  quality: 0,
  composite: 0,
  rank: 1,
  tied: false,
  order: 1,
  bottomRank: 1,
  ledgers: [],
  missingLedgers: 0,
  statementStreak: 0,
  outcomes: [],
  overruled: [],
  flags: { selfHigh: 0, unchecked: 0 },
});

describe('buildReviewPlan', () => {
  test('an empty quarter still gives every sheet, with well-formed filter ranges', () => {
    const plan = buildReviewPlan({
      review: review([]),
      consolidation: emptyConsolidation,
      template,
      roster: [],
    });
    expect(plan.sheets).toHaveLength(15);
    for (const s of plan.sheets.filter((x) => x.autoFilter)) {
      const m = /^A(\d+):[A-Z]+(\d+)$/.exec(s.autoFilter!);
      expect(m).not.toBeNull();
      expect(Number(m![2])).toBeGreaterThanOrEqual(Number(m![1]));
    }
    const outcomes = plan.sheets.find((s) => s.name === '点评结果')!;
    expect(outcomes.rows.flat().filter((c) => c?.value === '（无）')).toHaveLength(6);
  });

  test('ranking blocks must be contiguous per group (RANK.EQ ranges)', () => {
    const refs = { unitCodes: 'a', periods: 'b', areas: 'c', points: 'd', used: 'e' };
    const subs = { unitCodes: 'a', onTime: 'b', validRows: 'c', dueRows: 'd' };
    expect(() =>
      rankingSheet(
        review([unit('XQ01', '县区'), unit('SZ01', '市直'), unit('XQ02', '县区')]),
        refs,
        subs,
        EMPTY_HAND_TYPED,
      ),
    ).toThrow(/not contiguous/);
    const { refs: rows } = rankingSheet(
      review([unit('XQ01', '县区'), unit('XQ02', '县区'), unit('SZ01', '市直')]),
      refs,
      subs,
      EMPTY_HAND_TYPED,
    );
    expect([...rows.rowOf]).toEqual([
      ['XQ01', 4],
      ['XQ02', 5],
      ['SZ01', 6],
    ]);
  });
});
