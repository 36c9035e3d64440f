import type { Indicator, IndicatorTemplate, Unit } from '../model/types';
import { DEFAULT_NUMBER_SUFFIXES } from '../normalize/number';
import { cleanString } from '../normalize/text';
import type { ScoringSettings } from '../settings/settings';
import { applicableIndicators } from '../template/applicability';
import { dueAmong } from '../template/frequency';

/** Look-ups over one template, built once and reused for every ledger validated against it. */
export interface TemplateIndex {
  byCode: Map<string, Indicator>;
  /** The indicator text as the validator compares it (whitespace-normalised). */
  cleanText: Map<string, string>;
  /** Unit words accepted after 实际值 per indicator (the target's unit added). */
  actualSuffixes: Map<string, readonly string[]>;
  applicable(unit: Unit): Indicator[];
  /** The unit's indicators due in `month` (填报频次), in template order. */
  due(unit: Unit, month: string, settings: Pick<ScoringSettings, 'dueMonths'>): Indicator[];
}

interface Cached {
  indicators: readonly Indicator[];
  length: number;
  index: TemplateIndex;
}

// Keyed by template object; the indicators array identity and length guard against a template
// edited in place after it was indexed.
const cache = new WeakMap<IndicatorTemplate, Cached>();

function build(template: IndicatorTemplate): TemplateIndex {
  const byCode = new Map<string, Indicator>();
  const cleanText = new Map<string, string>();
  const actualSuffixes = new Map<string, readonly string[]>();
  for (const indicator of template.indicators) {
    if (!byCode.has(indicator.code)) byCode.set(indicator.code, indicator);
    cleanText.set(indicator.code, cleanString(indicator.text, []));
    const unit = indicator.target?.unit;
    actualSuffixes.set(indicator.code, unit && unit !== '%' && !DEFAULT_NUMBER_SUFFIXES.includes(unit) ? [...DEFAULT_NUMBER_SUFFIXES, unit] : DEFAULT_NUMBER_SUFFIXES);
  }
  const perUnit = new Map<string, Indicator[]>();
  // Keyed by the due-months object too: settings read from another template workbook differ.
  const perMonth = new WeakMap<object, Map<string, Indicator[]>>();
  const applicable = (unit: Unit): Indicator[] => {
    const key = `${unit.code}\u0001${unit.group}`;
    let list = perUnit.get(key);
    if (!list) {
      list = applicableIndicators(template, unit);
      perUnit.set(key, list);
    }
    return list;
  };
  return {
    byCode,
    cleanText,
    actualSuffixes,
    applicable,
    due(unit, month, settings) {
      let byKey = perMonth.get(settings.dueMonths);
      if (!byKey) perMonth.set(settings.dueMonths, (byKey = new Map()));
      const key = `${unit.code}\u0001${unit.group}\u0001${month.slice(5)}`;
      let list = byKey.get(key);
      if (!list) {
        list = dueAmong(applicable(unit), month, settings);
        byKey.set(key, list);
      }
      return list;
    },
  };
}

export function templateIndex(template: IndicatorTemplate): TemplateIndex {
  const hit = cache.get(template);
  if (hit && hit.indicators === template.indicators && hit.length === template.indicators.length) return hit.index;
  const index = build(template);
  cache.set(template, { indicators: template.indicators, length: template.indicators.length, index });
  return index;
}
