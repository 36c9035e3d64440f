import fc from 'fast-check';
import type { Unit } from '../model/types';
import { renderFinding } from '../problems/finding';
import { resolveSettings } from '../settings/settings';
import { officeAction, officeOutcomeKind } from './officeDecisions';
import { decideOutcomes } from './outcomes';
import { reviewQuarter } from './reviewQuarter';
import type { OfficeDecisionInput, PriorReview, QuarterInput, QuarterReview } from './types';
import { indicator, inspections, ledger, middleUnitFacts, template, unit } from './testing/fixtures';

const S = resolveSettings();
const kinds = (outcomes: { kind: string }[]) => outcomes.map((o) => o.kind);

describe('decideOutcomes with the office’s changes', () => {
  test('removing a computed 检查性发言 ends the streak: no 通报批评, no 约谈', () => {
    const facts = { ...middleUnitFacts, composite: 75, bottomRank: 1, previousStreak: 1 };
    expect(kinds(decideOutcomes(facts, S).outcomes)).toEqual(['statement', 'criticism', 'interview']);
    const d = decideOutcomes(
      { ...facts, office: { statement: { action: 'remove', reason: '机构改革，职能划转' } } },
      S,
    );
    expect(d.outcomes).toEqual([]);
    expect(d.statementStreak).toBe(0);
    expect(d.office).toEqual({ statement: 'applied' });
    expect(d.overruled).toHaveLength(1);
    expect(d.overruled[0]).toMatchObject({
      kind: 'statement',
      reasonCode: 'statement-bottom',
      office: { action: 'remove', reason: '机构改革，职能划转' },
    });
  });

  test('adding a 检查性发言 counts toward the streak like a computed one', () => {
    const d = decideOutcomes(
      { ...middleUnitFacts, previousStreak: 1, office: { statement: { action: 'add', reason: '问题突出' } } },
      S,
    );
    expect(kinds(d.outcomes)).toEqual(['statement', 'criticism', 'interview']);
    expect(d.statementStreak).toBe(2);
    expect(d.outcomes[0]).toMatchObject({
      reasonCode: 'office-added',
      reason: '办公室决定：问题突出',
      office: { action: 'add', reason: '问题突出' },
      proposed: false,
    });
    expect(d.outcomes[0].reasonEn).toBe('decided by the office: 问题突出');
    // Three running with the office's addition: the severe proposal follows too.
    const third = decideOutcomes(
      { ...middleUnitFacts, previousStreak: 2, office: { statement: { action: 'add', reason: '问题突出' } } },
      S,
    );
    expect(third.outcomes.find((o) => o.kind === 'disqualify')?.reasonCode).toBe('severe-statement-streak');
  });

  test('adding and removing 经验介绍', () => {
    const top = { ...middleUnitFacts, composite: 95, rank: 1 };
    const removed = decideOutcomes(
      { ...top, office: { experience: { action: 'remove', reason: '发生重大执法过错' } } },
      S,
    );
    expect(removed.outcomes).toEqual([]);
    expect(removed.overruled.map((o) => o.kind)).toEqual(['experience']);
    const added = decideOutcomes(
      {
        ...middleUnitFacts,
        composite: 89,
        rank: 3,
        office: { experience: { action: 'add', reason: '创新做法值得推广' } },
      },
      S,
    );
    expect(kinds(added.outcomes)).toEqual(['experience']);
    expect(added.statementStreak).toBe(0);
  });

  test('changes that change nothing say so', () => {
    const top = { ...middleUnitFacts, composite: 95, rank: 1 };
    expect(
      decideOutcomes({ ...top, office: { experience: { action: 'add', reason: 'x' } } }, S).office,
    ).toEqual({ experience: 'already-listed' });
    expect(
      decideOutcomes({ ...middleUnitFacts, office: { statement: { action: 'remove', reason: 'x' } } }, S)
        .office,
    ).toEqual({ statement: 'not-listed' });
  });

  test('never both: an addition that would give a unit both lists is not applied, unless the other is removed', () => {
    const top = { ...middleUnitFacts, composite: 95, rank: 1 };
    const conflict = decideOutcomes({ ...top, office: { statement: { action: 'add', reason: 'x' } } }, S);
    expect(kinds(conflict.outcomes)).toEqual(['experience']);
    expect(conflict.office).toEqual({ statement: 'conflict' });
    const swapped = decideOutcomes(
      {
        ...top,
        office: {
          statement: { action: 'add', reason: '台账造假' },
          experience: { action: 'remove', reason: '台账造假' },
        },
      },
      S,
    );
    expect(kinds(swapped.outcomes)).toEqual(['statement']);
    expect(swapped.office).toEqual({ statement: 'applied', experience: 'applied' });
    const low = { ...middleUnitFacts, composite: 70, bottomRank: 1 };
    expect(
      decideOutcomes({ ...low, office: { experience: { action: 'add', reason: 'x' } } }, S).office,
    ).toEqual({ experience: 'conflict' });
  });
});

// A small quarter: 县区 A (best) … E (worst), scored by one inspection per unit.
const roster: Unit[] = [
  unit('XQ01', '华龙区', '县区'),
  unit('XQ02', '濮阳县', '县区'),
  unit('XQ03', '清丰县', '县区'),
  unit('XQ04', '南乐县', '县区'),
  unit('XQ05', '范县', '县区'),
];
const tpl = template([indicator('1.1', 100)]);
const RATES: Record<string, number> = { XQ01: 98, XQ02: 95, XQ03: 85, XQ04: 74, XQ05: 72 };
const quarterInput = (
  quarter: string,
  decisions: OfficeDecisionInput[] = [],
  history: PriorReview[] = [],
): QuarterInput => {
  const months = { '2021Q2': ['2021-04', '2021-05', '2021-06'], '2021Q3': ['2021-07', '2021-08', '2021-09'] }[
    quarter
  ]!;
  const periods = { '2021Q2': ['2021-B2', '2021-B3'], '2021Q3': ['2021-B4'] }[quarter]!;
  return {
    quarter,
    template: tpl,
    roster,
    ledgers: roster.flatMap((u) => months.map((m) => ledger(u.code, m, { validRows: 1, applicableRows: 1 }))),
    inspections: roster.flatMap((u) =>
      periods.flatMap((p) => inspections(p, u.code, { '1.1': RATES[u.code] })),
    ),
    history,
    decisions,
  };
};
const statementsOf = (r: QuarterReview) =>
  r.units.filter((u) => u.outcomes.some((o) => o.kind === 'statement')).map((u) => u.unitCode);
const d = (
  outcome: string,
  action: string,
  unitName: string,
  reason: string,
  row?: number,
): OfficeDecisionInput => ({
  outcome,
  action,
  unit: unitName,
  reason,
  location: row ? { sheet: '点评结果', row } : undefined,
});

describe('reviewQuarter with 办公室调整', () => {
  test('the computed lists, then the confirmed ones; each line says what became of it', () => {
    const plain = reviewQuarter(quarterInput('2021Q2'));
    expect(statementsOf(plain)).toEqual(['XQ04', 'XQ05']);
    expect(plain.decisions).toEqual([]);
    const r = reviewQuarter(
      quarterInput('2021Q2', [
        d('检查性发言', '取消', '南乐县', '汛期抢险，台账逾期系客观原因', 6),
        d('检查性发言', '增加', 'XQ03', '双月检查发现决策程序问题突出', 7),
        d(' 经验介绍 ', ' 增加 ', '范县', '', 8),
        d('经验介绍', '增加', '清风县', '写错了名字', 9),
        d('约谈', '增加', '范县', '理由', 10),
      ]),
    );
    expect(statementsOf(r)).toEqual(['XQ03', 'XQ05']);
    const nanle = r.units.find((u) => u.unitCode === 'XQ04')!;
    expect(nanle.outcomes).toEqual([]);
    expect(nanle.overruled[0].office).toEqual({ action: 'remove', reason: '汛期抢险，台账逾期系客观原因' });
    expect(r.decisions.map((x) => [x.status, x.unitCode, x.finding?.code ?? null])).toEqual([
      ['applied', 'XQ04', null],
      ['applied', 'XQ03', null],
      ['refused', 'XQ05', 'office-decision-no-reason'],
      ['refused', null, 'office-decision-unknown-unit'],
      ['refused', 'XQ05', 'office-decision-unknown-outcome'],
    ]);
    const noReason = r.decisions[2].finding!;
    expect([noReason.sheet, noReason.row, noReason.severity]).toEqual(['点评结果', 8, 'warning']);
    expect(renderFinding(noReason)).toBe(
      '“增加经验介绍”（范县）未写明调整理由，未予调整；请在“调整理由”中写明理由后重新生成',
    );
    expect(renderFinding(r.decisions[3].finding!)).toContain('清丰县');
    // The scores and ranks are the library's whatever the office decides.
    expect(r.units.map((u) => [u.unitCode, u.composite, u.rank])).toEqual(
      plain.units.map((u) => [u.unitCode, u.composite, u.rank]),
    );
  });

  test('the later of two lines on one unit and list counts', () => {
    const r = reviewQuarter(
      quarterInput('2021Q2', [
        d('检查性发言', '取消', '南乐县', '第一次', 6),
        d('检查性发言', '取消', 'XQ04', '第二次', 9),
      ]),
    );
    expect(r.decisions.map((x) => x.status)).toEqual(['refused', 'applied']);
    expect(r.decisions[0].finding?.code).toBe('office-decision-duplicate');
    expect(r.decisions[0].finding?.params.laterRow).toBe(9);
    expect(r.units.find((u) => u.unitCode === 'XQ04')!.overruled[0].office?.reason).toBe('第二次');
  });

  test('the next quarter’s streak follows the confirmed list', () => {
    const q2 = reviewQuarter(
      quarterInput('2021Q2', [
        d('检查性发言', '取消', '南乐县', '客观原因', 6),
        d('检查性发言', '增加', '清丰县', '问题突出', 7),
      ]),
    );
    const q3 = reviewQuarter(
      quarterInput(
        '2021Q3',
        [d('检查性发言', '增加', '清丰县', '整改不力', 6)],
        [{ quarter: '2021Q2', statementUnitCodes: statementsOf(q2) }],
      ),
    );
    const criticised = q3.units
      .filter((u) => u.outcomes.some((o) => o.kind === 'criticism'))
      .map((u) => u.unitCode);
    // 南乐县 spoke in Q3 only (its Q2 statement was removed); 清丰县 twice, by the office's decisions; 范县 twice.
    expect(criticised.sort()).toEqual(['XQ03', 'XQ05']);
    expect(q3.units.find((u) => u.unitCode === 'XQ04')!.statementStreak).toBe(1);
  });
});

describe('office decision words', () => {
  test('as people type them', () => {
    expect(officeOutcomeKind(' 检查性 发言 ')).toBe('statement');
    expect(officeOutcomeKind('作经验介绍')).toBe('experience');
    expect(officeOutcomeKind('Statement')).toBe('statement');
    expect(officeOutcomeKind('通报批评')).toBeNull();
    expect(officeAction('增加')).toBe('add');
    expect(officeAction('取 消')).toBe('remove');
    expect(officeAction('改为')).toBeNull();
  });
});

describe('office decision properties', () => {
  const decisionArb = fc.record({
    outcome: fc.constantFrom('经验介绍', '检查性发言'),
    action: fc.constantFrom('增加', '取消'),
    unit: fc.constantFrom(...roster.map((u) => u.name)),
    reason: fc.constantFrom('理由', '', '  '),
  });
  test('confirmed lists: never both, every applied line visible, reasons kept, the rest untouched', () => {
    fc.assert(
      fc.property(fc.array(decisionArb, { maxLength: 8 }), (lines) => {
        const plain = reviewQuarter(quarterInput('2021Q2'));
        const r = reviewQuarter(quarterInput('2021Q2', lines));
        expect(r.decisions).toHaveLength(lines.length);
        for (const u of r.units) {
          const k = kinds(u.outcomes);
          expect(k.includes('experience') && k.includes('statement')).toBe(false);
          expect(u.statementStreak > 0).toBe(k.includes('statement'));
        }
        for (const x of r.decisions) {
          expect(x.status === 'applied').toBe(x.finding === null);
          if (!x.input.reason.trim()) expect(x.status).toBe('refused');
          if (x.status !== 'applied') continue;
          const u = r.units.find((v) => v.unitCode === x.unitCode)!;
          const where = x.action === 'add' ? u.outcomes : u.overruled;
          expect(where.find((o) => o.kind === x.kind)?.office?.reason).toBe(x.input.reason.trim());
        }
        const touched = new Set(r.decisions.filter((x) => x.status === 'applied').map((x) => x.unitCode));
        for (const u of r.units.filter((v) => !touched.has(v.unitCode))) {
          expect(u.outcomes).toEqual(plain.units.find((v) => v.unitCode === u.unitCode)!.outcomes);
        }
      }),
      { numRuns: 150 },
    );
  });
});
