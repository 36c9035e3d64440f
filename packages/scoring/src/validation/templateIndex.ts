import type { Indicator, IndicatorTemplate, Unit } from '../model/types';
import { DEFAULT_NUMBER_SUFFIXES } from '../normalize/number';
import { cleanString } from '../normalize/text';
import { applicableIndicators } from '../template/applicability';

/** Look-ups over one template, built once and reused for every ledger validated against it. */
export interface TemplateIndex {
  byCode: Map<string, Indicator>;
  /** The indicator text as the validator compares it (whitespace-normalised). */
  cleanText: Map<string, string>;
  /** Unit words accepted after 实际值 per indicator (the target's unit added). */
  actualSuffixes: Map<string, readonly string[]>;
  applicable(unit: Unit): Indicator[];
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
  return {
    byCode,
    cleanText,
    actualSuffixes,
    applicable(unit: Unit): Indicator[] {
      const key = `${unit.code}\u0001${unit.group}`;
      let list = perUnit.get(key);
      if (!list) {
        list = applicableIndicators(template, unit);
        perUnit.set(key, list);
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
