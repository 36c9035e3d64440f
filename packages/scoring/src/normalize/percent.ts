import { parseChineseNumeral } from './chineseNumerals';
import { isPercentFormat } from './formats';
import { parseDecimal, prepareNumeric } from './number';
import type { NormalisationKind, Normalised } from './types';

export interface PercentOptions {
  /**
   * The host says the cell is formatted as percent (or pass its `numberFormat`): a stored 0.8
   * is then the 80 % the user sees. Without that hint a number is taken as written, because
   * 0.8 in a plain cell could mean 0.8 % as well as 80 %.
   */
  percentFormat?: boolean;
  numberFormat?: string;
}

const PERCENT_WORDS = '百分之';

/** Scales by 100 without binary noise (0.805 × 100 = 80.5, not 80.50000000000001). */
function times100(n: number): number {
  return Number((n * 100).toPrecision(12));
}

/**
 * Percentages and progress as 0–100: `80`, `80%`, `８０％`, `百分之八十`, `八十`, or 0.8 from a
 * percent-formatted cell. The result is not range-checked; the validator reports 0–100.
 */
export function normalisePercent(raw: unknown, options: PercentOptions = {}): Normalised<number> {
  const applied: NormalisationKind[] = [];
  const prepared = prepareNumeric(raw, applied);
  if (!prepared) return { value: null, ok: false, applied, original: raw };
  if (prepared.kind === 'blank') return { value: null, ok: true, applied, original: raw };
  if (prepared.kind === 'number') {
    if (options.percentFormat || isPercentFormat(options.numberFormat)) {
      applied.push('percent-format');
      return { value: times100(prepared.n), ok: true, applied, original: raw };
    }
    return { value: prepared.n, ok: true, applied, original: raw };
  }
  let s = prepared.s;
  if (s.startsWith(PERCENT_WORDS)) {
    const n = parseChineseNumeral(s.slice(PERCENT_WORDS.length));
    if (n === null) return { value: null, ok: false, applied, original: raw };
    applied.push('chinese-numeral');
    return { value: n, ok: true, applied, original: raw };
  }
  if (s.endsWith('%')) {
    s = s.slice(0, -1).trimEnd();
    applied.push('percent-sign');
  }
  const cn = parseChineseNumeral(s);
  if (cn !== null) {
    applied.push('chinese-numeral');
    return { value: cn, ok: true, applied, original: raw };
  }
  const n = parseDecimal(s, applied);
  if (n === null) return { value: null, ok: false, applied, original: raw };
  return { value: n, ok: true, applied, original: raw };
}
