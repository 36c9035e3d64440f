import fc from 'fast-check';
import type {
  Applicability,
  InspectionRecord,
  LedgerFacts,
  Unit,
  UnitGroup,
  UnitKind,
} from '../model/types';
import { bimonthMonths, quarterInspectionPeriods, quarterMonths } from '../periods/periods';
import { reviewQuarter } from './reviewQuarter';
import type { PriorReview, QuarterInput } from './types';
import { indicator, inspection, ledger, template } from './testing/fixtures';

const QUARTERS = ['2021Q1', '2021Q2', '2021Q3', '2021Q4'];

/** A random but valid quarter: scores within [0, points], valid rows within the applicable count. */
const quarterInputArb: fc.Arbitrary<QuarterInput> = fc
  .record({
    quarter: fc.constantFrom(...QUARTERS),
    unitSpecs: fc.uniqueArray(
      fc.record({
        code: fc.stringMatching(/^[A-Z]{2}\d{2}$/),
        kind: fc.constantFrom<UnitKind>('县区', '功能区', '市直'),
        civilized: fc.boolean(),
      }),
      { selector: (u) => u.code, minLength: 1, maxLength: 14 },
    ),
    indicatorSpecs: fc.array(
      fc.record({
        points: fc.constantFrom(2, 5, 10, 20),
        applies: fc.constantFrom<'all' | '县区' | '市直' | 'first'>('all', 'all', '县区', '市直', 'first'),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    functionalZoneGroup: fc.constantFrom<UnitGroup>('县区', '市直'),
    seed: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 400, maxLength: 400 }),
  })
  .map(({ quarter, unitSpecs, indicatorSpecs, functionalZoneGroup, seed }) => {
    let k = 0;
    const next = () => seed[k++ % seed.length];
    const roster: Unit[] = unitSpecs.map((s) => ({
      code: s.code,
      name: `单位${s.code}`,
      aliases: [],
      group: s.kind === '市直' ? '市直' : '县区',
      kind: s.kind,
      civilized: s.civilized,
    }));
    const indicators = indicatorSpecs.map((s, i) => {
      const appliesTo: Applicability =
        s.applies === 'all'
          ? { kind: 'all' }
          : s.applies === 'first'
            ? { kind: 'units', unitCodes: [roster[0].code] }
            : { kind: 'group', group: s.applies };
      return indicator(`${(i % 8) + 1}.${i + 1}`, s.points, appliesTo);
    });
    const tpl = template(indicators);
    const inspections: InspectionRecord[] = [];
    const ledgers: LedgerFacts[] = [];
    const periods = quarterInspectionPeriods(quarter);
    const months = new Set([...quarterMonths(quarter), ...periods.flatMap((p) => bimonthMonths(p))]);
    for (const u of roster) {
      for (const p of periods) {
        for (const ind of indicators) {
          if (next() < 0.7)
            inspections.push(
              inspection(p, u.code, ind.code, next() < 0.1 ? null : Math.round(next() * ind.points * 2) / 2),
            );
        }
      }
      for (const m of months) {
        if (next() < 0.2) continue; // missing ledger
        const selfScores = Object.fromEntries(
          indicators.map((ind) => [ind.code, next() < 0.2 ? null : Math.round(next() * ind.points * 2) / 2]),
        );
        const [y, mo] = m.split('-').map(Number);
        const nextMonth = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
        const day = 1 + Math.floor(next() * 20);
        ledgers.push(
          ledger(u.code, m, {
            filled: next() < 0.05 ? null : `${nextMonth}-${String(day).padStart(2, '0')}`,
            selfScores,
            validRows: Math.floor(next() * (indicators.length + 1)),
          }),
        );
      }
    }
    const history: PriorReview[] = [1, 2, 3].map((back) => ({
      quarter: `2020Q${back + 1}`,
      statementUnitCodes: roster.filter(() => next() < 0.4).map((u) => u.code),
    }));
    return {
      quarter,
      template: tpl,
      roster,
      inspections,
      ledgers,
      history,
      settings: { functionalZoneGroup },
    };
  });

describe('reviewQuarter properties', () => {
  test('every roster unit appears exactly once, grouped 县区 then 市直, ranked by RANK.EQ', () => {
    fc.assert(
      fc.property(quarterInputArb, (input) => {
        const r = reviewQuarter(input);
        expect(r.units.map((u) => u.unitCode).sort()).toEqual(input.roster.map((u) => u.code).sort());
        const groups = r.units.map((u) => u.group);
        expect(groups).toEqual([...groups].sort((a, b) => (a === b ? 0 : a === '县区' ? -1 : 1)));
        for (const g of ['县区', '市直'] as const) {
          const members = r.units.filter((u) => u.group === g);
          expect(members.map((u) => u.order)).toEqual(members.map((_, i) => i + 1));
          for (const u of members) {
            expect(u.rank).toBe(1 + members.filter((m) => m.composite > u.composite).length);
            expect(u.bottomRank).toBe(1 + members.filter((m) => m.composite < u.composite).length);
            expect(u.tied).toBe(members.filter((m) => m.composite === u.composite).length > 1);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('composite within 0–100, shares within 0–1, outcomes consistent', () => {
    fc.assert(
      fc.property(quarterInputArb, (input) => {
        const r = reviewQuarter(input);
        for (const u of r.units) {
          expect(u.composite).toBeGreaterThanOrEqual(0);
          expect(u.composite).toBeLessThanOrEqual(100);
          for (const share of [u.timeliness, u.quality]) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
          const kinds = u.outcomes.map((o) => o.kind);
          expect(kinds.includes('experience') && kinds.includes('statement')).toBe(false);
          expect(u.statementStreak > 0).toBe(kinds.includes('statement'));
          expect(kinds.includes('criticism')).toBe(kinds.includes('interview'));
          if (kinds.includes('revokeCivilized'))
            expect(u.civilized && kinds.includes('disqualify')).toBe(true);
          for (const o of u.outcomes) {
            expect(o.reason.length).toBeGreaterThan(0);
            expect(o.reasonEn.length).toBeGreaterThan(0);
            expect(o.proposed).toBe(o.kind === 'disqualify' || o.kind === 'revokeCivilized');
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('the order of the roster and of the records does not change the result', () => {
    fc.assert(
      fc.property(quarterInputArb, fc.integer(), (input, salt) => {
        const shuffle = <T>(xs: readonly T[]) =>
          xs
            .map((x, i) => ({ x, key: Math.sin(i * 12.9898 + salt) }))
            .sort((a, b) => a.key - b.key)
            .map((e) => e.x);
        const a = reviewQuarter(input);
        const b = reviewQuarter({
          ...input,
          roster: shuffle(input.roster),
          inspections: shuffle(input.inspections),
          ledgers: shuffle(input.ledgers),
        });
        expect(b.units).toEqual(a.units);
      }),
      { numRuns: 100 },
    );
  });
});
