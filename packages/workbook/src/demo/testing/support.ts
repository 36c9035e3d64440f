import { reviewQuarter, type QuarterReview, type UnitQuarterResult } from '@ledger-review/scoring';
import { planGrids } from '../../documents/planGrids';
import type { ReceivedFile } from '../../files/received';
import type { WorkbookPlan } from '../../sheet/plan';
import type { SampleQuarter } from '../types';

export { planGrids };

/**
 * The given plans as received files, read without rendering them: every sample file through the
 * real consolidation in milliseconds (files.test renders them for real and reads them back to
 * prove the two agree).
 */
export function planFiles(items: Array<{ fileName: string; plan: WorkbookPlan }>): ReceivedFile[] {
  return items.map((item) => ({ name: item.fileName, sheets: planGrids(item.plan) }));
}

export const statementUnits = (review: QuarterReview) =>
  review.units.filter((u) => has(u, 'statement')).map((u) => u.unitCode);
export const has = (u: UnitQuarterResult, kind: string) => u.outcomes.some((o) => o.kind === kind);

/** The previous quarter's review and the sample quarter's with that history, from the files' facts. */
export function reviewsFromFacts(sample: SampleQuarter): { previous: QuarterReview; current: QuarterReview } {
  const base = { template: sample.template, roster: sample.roster, settings: sample.settings };
  const previous = reviewQuarter({
    ...base,
    quarter: sample.previousQuarter,
    ledgers: sample.previous.ledgers.map((l) => l.facts),
    inspections: sample.previous.inspections.flatMap((i) => i.records),
  });
  const current = reviewQuarter({
    ...base,
    quarter: sample.quarter,
    // Superseded files included on purpose: the later 填报日期 must win.
    ledgers: sample.ledgers.map((l) => l.facts),
    inspections: sample.inspections.flatMap((i) => i.records),
    history: [{ quarter: sample.previousQuarter, statementUnitCodes: statementUnits(previous) }],
  });
  return { previous, current };
}

/** Asserts every guarantee of `sample.expectations` against the two reviews. */
export function expectPromisesKept(
  sample: SampleQuarter,
  previous: QuarterReview,
  current: QuarterReview,
): void {
  const x = sample.expectations;
  const unit = (code: string) => current.units.find((u) => u.unitCode === code)!;
  const sorted = (a: string[]) => [...a].sort();

  expect(sorted(statementUnits(previous))).toEqual(sorted(x.previousStatementUnits));
  expect(sorted(statementUnits(current))).toEqual(sorted(x.statementUnits));
  expect(sorted(current.units.filter((u) => has(u, 'experience')).map((u) => u.unitCode))).toEqual(
    sorted(x.experienceUnits),
  );
  for (const group of ['县区', '市直'] as const) {
    const members = current.units.filter((u) => u.group === group);
    expect(members.some((u) => has(u, 'experience') && u.composite >= 90)).toBe(true);
    expect(members.some((u) => has(u, 'statement'))).toBe(true);
  }

  // Second consecutive 检查性发言: 通报批评 + 约谈, and nobody else.
  const second = unit(x.secondStatementUnit);
  expect(second.statementStreak).toBe(2);
  expect(has(second, 'criticism') && has(second, 'interview')).toBe(true);
  expect(current.units.filter((u) => has(u, 'criticism')).map((u) => u.unitCode)).toEqual([
    x.secondStatementUnit,
  ]);

  // A 文明单位 with the severe proposals, proposed and not applied.
  const severe = unit(x.severeCivilizedUnit);
  expect(severe.civilized).toBe(true);
  const revoke = severe.outcomes.find((o) => o.kind === 'revokeCivilized');
  const disqualify = severe.outcomes.find((o) => o.kind === 'disqualify');
  expect(revoke?.proposed && disqualify?.proposed).toBe(true);
  expect(disqualify?.reasonCode).toContain('severe-missing-ledgers');

  // Ties: exactly the promised groups are tied, each inside one group, on equal composites.
  for (const tie of x.tiedUnits) {
    const members = tie.map(unit);
    expect(new Set(members.map((u) => u.group)).size).toBe(1);
    expect(new Set(members.map((u) => u.composite)).size).toBe(1);
    expect(new Set(members.map((u) => u.rank)).size).toBe(1);
    expect(members.every((u) => u.tied)).toBe(true);
  }
  expect(sorted(current.units.filter((u) => u.tied).map((u) => u.unitCode))).toEqual(
    sorted(x.tiedUnits.flat()),
  );

  // Late and missing ledgers, exactly as listed.
  const lateCells = current.units.flatMap((u) =>
    u.ledgers
      .filter((c) => c.state === 'late')
      .map((c) => ({ unitCode: u.unitCode, month: c.month, daysLate: c.daysLate })),
  );
  const byKey = (a: { unitCode: string; month: string }, b: { unitCode: string; month: string }) =>
    `${a.unitCode}${a.month}`.localeCompare(`${b.unitCode}${b.month}`);
  expect([...lateCells].sort(byKey)).toEqual([...x.late].sort(byKey));
  expect(sorted(x.lateUnits)).toEqual(sorted([...new Set(x.late.map((l) => l.unitCode))]));
  for (const l of x.late) expect(l.daysLate).toBeGreaterThanOrEqual(2);
  for (const l of x.late) expect(l.daysLate).toBeLessThanOrEqual(10);
  const missingCells = current.units.flatMap((u) =>
    u.ledgers.filter((c) => c.state === 'missing').map((c) => ({ unitCode: u.unitCode, month: c.month })),
  );
  expect([...missingCells].sort(byKey)).toEqual([...x.missing].sort(byKey));

  // Self-scores matter: some indicators left to them (未经检查), some talked up (自评偏高).
  expect(current.units.reduce((n, u) => n + u.flags.unchecked, 0)).toBeGreaterThan(10);
  expect(current.units.reduce((n, u) => n + u.flags.selfHigh, 0)).toBeGreaterThan(10);
}
