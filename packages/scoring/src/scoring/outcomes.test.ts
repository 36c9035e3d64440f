import type { Unit } from '../model/types';
import {
  DEFAULT_SETTINGS,
  InvalidSettingsError,
  resolveSettings,
  type ScoringSettings,
} from '../settings/settings';
import { decideOutcomes, previousStatementStreak, statementHistory, type OutcomeFacts } from './outcomes';
import type { PriorReview, QuarterInput, QuarterReview } from './types';
import {
  indicator,
  inspection,
  ledger,
  middleUnitFacts,
  quarterReviewer,
  template,
  unit,
} from './testing/fixtures';

const S: ScoringSettings = resolveSettings();
const kinds = (f: Partial<OutcomeFacts>, s: ScoringSettings = S) =>
  decideOutcomes({ ...middleUnitFacts, ...f }, s).outcomes.map((o) => o.kind);

describe('decideOutcomes: every path', () => {
  test('a unit in the middle gets nothing', () => {
    expect(decideOutcomes(middleUnitFacts, S)).toEqual({
      outcomes: [],
      statementStreak: 0,
      overruled: [],
      office: {},
    });
  });

  test('经验介绍: top N of the group with composite ≥ experienceMin', () => {
    const [o] = decideOutcomes({ ...middleUnitFacts, composite: 90, rank: 2 }, S).outcomes;
    expect(o).toMatchObject({
      kind: 'experience',
      label: '经验介绍',
      proposed: false,
      reasonCode: 'experience-top',
    });
    expect(o.reason).toBe('综合得分 90，县区第 2 名（前 2 名且不低于 90 分）');
    expect(o.reasonEn).toBe('composite 90, rank 2 in counties and districts (top 2 with at least 90)');
    expect(kinds({ composite: 89.99, rank: 1 })).toEqual([]); // top but below 90
    expect(kinds({ composite: 95, rank: 3 })).toEqual([]); // ≥ 90 but not top 2 for 县区
    expect(kinds({ group: '市直', composite: 95, rank: 3 })).toEqual(['experience']); // 市直: top 3
  });

  test('检查性发言: bottom N with composite < statementBelow', () => {
    const d = decideOutcomes({ ...middleUnitFacts, composite: 79.99, bottomRank: 2 }, S);
    expect(d.statementStreak).toBe(1);
    expect(d.outcomes).toHaveLength(1);
    expect(d.outcomes[0]).toMatchObject({
      kind: 'statement',
      label: '检查性发言',
      reasonCode: 'statement-bottom',
      params: { bottomRank: 2, bottomN: 2, below: 80 },
    });
    expect(d.outcomes[0].reason).toBe('综合得分 79.99，县区倒数第 2 名（后 2 名且低于 80 分）');
    expect(kinds({ composite: 80, bottomRank: 1 })).toEqual([]); // bottom but not below 80
    expect(kinds({ composite: 70, bottomRank: 3 })).toEqual([]); // below 80 but not bottom 2
    expect(kinds({ group: '市直', composite: 70, bottomRank: 3 })).toEqual(['statement']);
  });

  test('检查性发言: any unit below statementFloor, wherever it ranks; both reasons listed when both hold', () => {
    const o = decideOutcomes(
      { ...middleUnitFacts, composite: 59.5, bottomRank: 9 },
      resolveSettings({ severeBelow: 50 }),
    ).outcomes;
    expect(o.map((x) => [x.kind, x.reasonCode])).toEqual([['statement', 'statement-floor']]);
    expect(o[0].reason).toBe('综合得分 59.5 低于 60 分');
    const both = decideOutcomes(
      { ...middleUnitFacts, composite: 59.5, bottomRank: 1 },
      resolveSettings({ severeBelow: 50 }),
    ).outcomes[0];
    expect(both.reasonCode).toBe('statement-bottom+statement-floor');
    expect(both.reason).toBe(
      '综合得分 59.5，县区倒数第 1 名（后 2 名且低于 80 分）；综合得分 59.5 低于 60 分',
    );
    expect(both.reasonEn).toBe(
      'composite 59.5, last in counties and districts (bottom 2 and below 80); composite 59.5 is below 60',
    );
  });

  test('never both: 检查性发言 wins over 经验介绍 even with settings that would allow both', () => {
    // resolveSettings refuses such settings; decideOutcomes still guards itself.
    const loose = { ...S, experienceMin: 50 };
    expect(kinds({ composite: 65, rank: 1, bottomRank: 1 }, loose)).toEqual(['statement']);
    expect(kinds({ composite: 65, rank: 1, bottomRank: 3 }, loose)).toEqual(['experience']);
  });

  test('通报批评 + 约谈: second consecutive 检查性发言', () => {
    const d = decideOutcomes({ ...middleUnitFacts, composite: 75, bottomRank: 1, previousStreak: 1 }, S);
    expect(d.statementStreak).toBe(2);
    expect(d.outcomes.map((o) => [o.kind, o.label, o.proposed])).toEqual([
      ['statement', '检查性发言', false],
      ['criticism', '通报批评', false],
      ['interview', '约谈主要领导', false],
    ]);
    expect(d.outcomes[1].reason).toBe('连续两次季度点评作检查性发言');
    expect(d.outcomes[2].reasonEn).toBe('self-critical statement at 2 consecutive quarterly reviews');
  });

  test('a previous streak without a statement now resets to 0 and brings nothing', () => {
    expect(decideOutcomes({ ...middleUnitFacts, composite: 85, previousStreak: 4 }, S)).toEqual({
      outcomes: [],
      statementStreak: 0,
      overruled: [],
      office: {},
    });
  });

  test('severe by composite < severeBelow: 取消评先资格 as a proposal (plus the floor statement)', () => {
    const d = decideOutcomes({ ...middleUnitFacts, composite: 55, bottomRank: 5 }, S);
    expect(d.outcomes.map((o) => o.kind)).toEqual(['statement', 'disqualify']);
    const dq = d.outcomes[1];
    expect(dq).toMatchObject({
      label: '取消年度综合考评评先资格',
      proposed: true,
      reasonCode: 'severe-composite',
    });
    expect(dq.reason).toBe('综合得分 55 低于 60 分，严重影响创建工作整体进度');
  });

  test('severe by missing ledgers ≥ severeMissingLedgers, listing the months', () => {
    const d = decideOutcomes({ ...middleUnitFacts, missingMonths: ['2021-05', '2021-06'] }, S);
    expect(d.outcomes).toHaveLength(1);
    expect(d.outcomes[0]).toMatchObject({
      kind: 'disqualify',
      proposed: true,
      reasonCode: 'severe-missing-ledgers',
      params: { missing: 2 },
    });
    expect(d.outcomes[0].reason).toBe('本季度缺报台账 2 期（2021年5月、2021年6月）');
    expect(kinds({ missingMonths: ['2021-05'] })).toEqual([]);
  });

  test('severe by a third consecutive 检查性发言', () => {
    const d = decideOutcomes({ ...middleUnitFacts, composite: 75, bottomRank: 1, previousStreak: 2 }, S);
    expect(d.statementStreak).toBe(3);
    expect(d.outcomes.map((o) => o.kind)).toEqual(['statement', 'criticism', 'interview', 'disqualify']);
    expect(d.outcomes[3].reason).toBe('连续三次季度点评作检查性发言');
  });

  test('a 文明单位 also gets 建议取消文明单位荣誉称号 (proposed), with every severe reason', () => {
    const d = decideOutcomes(
      {
        ...middleUnitFacts,
        composite: 50,
        bottomRank: 1,
        previousStreak: 2,
        missingMonths: ['2021-04', '2021-05', '2021-06'],
        civilized: true,
      },
      S,
    );
    expect(d.outcomes.map((o) => o.kind)).toEqual([
      'statement',
      'criticism',
      'interview',
      'disqualify',
      'revokeCivilized',
    ]);
    const [dq, rc] = d.outcomes.slice(3);
    expect(dq.reasonCode).toBe('severe-composite+severe-missing-ledgers+severe-statement-streak');
    expect(dq.reason).toBe(
      '综合得分 50 低于 60 分，严重影响创建工作整体进度；本季度缺报台账 3 期（2021年4月、2021年5月、2021年6月）；连续三次季度点评作检查性发言',
    );
    expect(rc).toMatchObject({
      label: '建议取消文明单位荣誉称号',
      proposed: true,
      reasonCode: `${dq.reasonCode}+civilized-holder`,
    });
    expect(rc.reason).toBe(`${dq.reason}；该单位为文明单位`);
    expect(kinds({ composite: 50, civilized: false })).not.toContain('revokeCivilized');
  });

  test('every threshold is a setting', () => {
    const s = resolveSettings({
      experienceMin: 95,
      experienceTopN: { 县区: 1, 市直: 3 },
      criticismStreak: 3,
      severeMissingLedgers: 3,
      severeBelow: 40,
      statementFloor: 50,
    });
    expect(kinds({ composite: 92, rank: 1 }, s)).toEqual([]);
    expect(kinds({ composite: 96, rank: 2 }, s)).toEqual([]);
    expect(kinds({ composite: 75, bottomRank: 1, previousStreak: 1 }, s)).toEqual(['statement']);
    expect(kinds({ missingMonths: ['2021-01', '2021-02'] }, s)).toEqual([]);
    expect(kinds({ composite: 55, bottomRank: 5 }, s)).toEqual([]); // above the floor of 50
    expect(kinds({ composite: 45, bottomRank: 5 }, s)).toEqual(['statement']); // below the floor, above severe 40
    expect(kinds({ composite: 35, bottomRank: 5 }, s)).toEqual(['statement', 'disqualify']);
  });

  test('long streaks are written in digits', () => {
    const d = decideOutcomes({ ...middleUnitFacts, composite: 75, bottomRank: 1, previousStreak: 11 }, S);
    expect(d.outcomes[1].reason).toBe('连续 12 次季度点评作检查性发言');
  });
});

describe('statement streak from the history', () => {
  const history: PriorReview[] = [
    { quarter: '2020Q3', statementUnitCodes: ['A'] },
    { quarter: '2020Q4', statementUnitCodes: ['A', 'B'] },
    { quarter: '2021Q1', statementUnitCodes: ['A', 'B'] },
    { quarter: '2020Q2', statementUnitCodes: ['B'] },
  ];
  const h = statementHistory(history);
  test('walks back quarter by quarter across the year boundary', () => {
    expect(previousStatementStreak('A', '2021Q2', h)).toBe(3);
    expect(previousStatementStreak('B', '2021Q2', h)).toBe(2); // 2020Q3 without B ends the run
    expect(previousStatementStreak('C', '2021Q2', h)).toBe(0);
  });
  test('a quarter missing from the history ends the run', () => {
    expect(previousStatementStreak('A', '2021Q3', h)).toBe(0);
  });
  test('several entries for one quarter are merged', () => {
    const merged = statementHistory([
      { quarter: '2021Q1', statementUnitCodes: ['A'] },
      { quarter: '2021Q1', statementUnitCodes: ['B'] },
    ]);
    expect(previousStatementStreak('B', '2021Q2', merged)).toBe(1);
  });
});

/**
 * Group-level behaviour through reviewQuarter. Each unit has one 100-point indicator scored
 * `s` in 2021-B1 and three on-time, fully valid ledgers, so composite = 0.8 × s + 20.
 */
describe('reviewQuarter outcomes per group', () => {
  const review = quarterReviewer(template([indicator('1.1', 100)]), []);
  function quarter(
    units: Array<[Unit, number]>,
    extra: Pick<QuarterInput, 'settings' | 'history'> = {},
  ): QuarterReview {
    return review('2021Q1', {
      roster: units.map(([u]) => u),
      inspections: units.map(([u, s]) => inspection('2021-B1', u.code, '1.1', s)),
      ledgers: units.flatMap(([u]) =>
        ['2021-01', '2021-02', '2021-03'].map((m) => ledger(u.code, m, { validRows: 1 })),
      ),
      ...extra,
    });
  }
  /** 县区 units A, B, C, … (code and name alike), scored as listed. */
  const counties = (...scores: number[]): Array<[Unit, number]> =>
    scores.map((s, k) => {
      const code = String.fromCharCode(65 + k);
      return [unit(code, code, '县区'), s];
    });
  const byCode = (r: QuarterReview) => Object.fromEntries(r.units.map((u) => [u.unitCode, u]));
  const kindsOf = (r: QuarterReview) =>
    Object.fromEntries(r.units.map((u) => [u.unitCode, u.outcomes.map((o) => o.kind)]));

  test('units tied at the experience cut-off are all included', () => {
    // composites 100, 95, 95, 95 → ranks 1, 2, 2, 2: all within the top 2
    const r = quarter(counties(100, 93.75, 93.75, 93.75));
    expect(r.units.map((u) => [u.unitCode, u.composite, u.rank, u.tied])).toEqual([
      ['A', 100, 1, false],
      ['B', 95, 2, true],
      ['C', 95, 2, true],
      ['D', 95, 2, true],
    ]);
    expect(Object.values(kindsOf(r))).toEqual([
      ['experience'],
      ['experience'],
      ['experience'],
      ['experience'],
    ]);
  });

  test('units tied at the statement cut-off are all included; a unit just above is not', () => {
    // composites 90, 78, 70, 70 → bottom ranks 4, 3, 1, 1: the bottom-2 cut-off takes both 70s only
    const r = quarter(counties(87.5, 72.5, 62.5, 62.5));
    expect(kindsOf(r)).toEqual({ A: ['experience'], B: [], C: ['statement'], D: ['statement'] });
    expect(byCode(r).B.bottomRank).toBe(3);
  });

  test('groups are ranked separately; functional zones rank with functionalZoneGroup', () => {
    const zone = unit('Z', '开发区', '县区', { kind: '功能区' });
    const units: Array<[Unit, number]> = [
      [unit('X', '华龙区', '县区'), 50],
      [zone, 100],
      [unit('S', '市司法局', '市直'), 75],
    ];
    const r1 = quarter(units);
    expect(r1.units.map((u) => [u.unitCode, u.group, u.rank])).toEqual([
      ['Z', '县区', 1],
      ['X', '县区', 2],
      ['S', '市直', 1],
    ]);
    const r2 = quarter(units, { settings: { functionalZoneGroup: '市直' } });
    expect(r2.units.map((u) => [u.unitCode, u.group, u.rank])).toEqual([
      ['X', '县区', 1],
      ['Z', '市直', 1],
      ['S', '市直', 2],
    ]);
  });

  test('the statement streak comes from the history and resets after a review without one', () => {
    const units = counties(100, 50, 50, 50);
    const history: PriorReview[] = [
      { quarter: '2020Q2', statementUnitCodes: ['C'] },
      { quarter: '2020Q3', statementUnitCodes: ['B', 'C', 'D'] },
      { quarter: '2020Q4', statementUnitCodes: ['A', 'B', 'C'] },
    ];
    // B, C, D: composite 60, bottom of the group and below 80 → 检查性发言 now. 60 is not below
    // severeBelow 60, so only the streaks decide severity here.
    const r = quarter(units, { history });
    const u = byCode(r);
    expect([u.A.statementStreak, u.B.statementStreak, u.C.statementStreak, u.D.statementStreak]).toEqual([
      0, 3, 4, 1,
    ]);
    expect(kindsOf(r)).toEqual({
      A: ['experience'],
      B: ['statement', 'criticism', 'interview', 'disqualify'],
      C: ['statement', 'criticism', 'interview', 'disqualify'],
      D: ['statement'], // 2020Q4 without a statement reset D's count
    });
    expect(u.C.outcomes[1].reason).toBe('连续四次季度点评作检查性发言');
  });

  test('invalid settings throw InvalidSettingsError', () => {
    expect(() => quarter(counties(100), { settings: { weightInspection: 0.9 } })).toThrow(
      InvalidSettingsError,
    );
  });

  test('the review states the settings it used', () => {
    const r = quarter(counties(100), { settings: { experienceMin: 95 } });
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, experienceMin: 95 });
  });
});
