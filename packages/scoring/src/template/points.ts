import type { Indicator, UnitGroup } from '../model/types';
import { UNIT_GROUPS } from '../model/types';

/**
 * Points of the indicators that every unit of a group must report on (适用范围 全部 or that
 * group), per group. Named-unit indicators are left out: they are extra duties of a few units,
 * and score rates (obtained / available) keep those units comparable.
 */
export function groupCorePoints(indicators: readonly Indicator[]): Record<UnitGroup, number> {
  const totals = { 县区: 0, 市直: 0 } as Record<UnitGroup, number>;
  for (const i of indicators) {
    for (const g of UNIT_GROUPS) {
      if (i.appliesTo.kind === 'all' || (i.appliesTo.kind === 'group' && i.appliesTo.group === g)) totals[g] += i.points;
    }
  }
  // Sums of halves and tenths: round away binary noise so 100 compares equal to 100.
  for (const g of UNIT_GROUPS) totals[g] = Number(totals[g].toFixed(6));
  return totals;
}
