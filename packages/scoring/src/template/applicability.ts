import type { Indicator, IndicatorTemplate, Unit } from '../model/types';

/** Whether an indicator applies to a unit (适用范围). */
export function appliesToUnit(indicator: Indicator, unit: Unit): boolean {
  const a = indicator.appliesTo;
  switch (a.kind) {
    case 'all':
      return true;
    case 'group':
      return a.group === unit.group;
    case 'units':
      return a.unitCodes.includes(unit.code);
  }
}

/**
 * The indicators a unit must report on, in template order (不适用的指标不出现在其台账中). Made by
 * push, not `filter`: what `filter` returns has one elements kind before its caller is optimised
 * and another after, and each consumer's optimised code is thrown away (once per process) when
 * the other kind first reaches it; the validator walks these lists ledger after ledger.
 */
export function applicableIndicators(template: IndicatorTemplate, unit: Unit): Indicator[] {
  const out: Indicator[] = [];
  for (const i of template.indicators) if (appliesToUnit(i, unit)) out.push(i);
  return out;
}

/** Points available to a unit over its applicable indicators. */
export function availablePoints(template: IndicatorTemplate, unit: Unit): number {
  return applicableIndicators(template, unit).reduce((sum, i) => sum + i.points, 0);
}
