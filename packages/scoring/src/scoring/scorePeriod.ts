import type { AreaNo, Indicator, InspectionRecord, LedgerFacts, Unit } from '../model/types';
import { bimonthMonths, quarterMonths, quarterOf } from '../periods/periods';
import type { ScoringSettings } from '../settings/settings';
import { applicableIndicators } from '../template/applicability';
import { isIndicatorDue } from '../template/frequency';
import { dedupeLedgers } from './ledgerStatus';
import { WARNING_TEXT } from './messages';
import type { AreaScore, IndicatorScore, PeriodScore, ScorePeriodArgs, ScoringWarning } from './types';

/**
 * Differences below this are floating-point noise (scores are multiples of 0.5 and ratios are
 * short decimals), so 自评偏高 is not raised when self − inspection equals the threshold.
 */
const EPSILON = 1e-9;

/**
 * A unit's scores for one inspection period (双月).
 *
 * For each indicator that applies to the unit: the inspection score (检查得分) where the team
 * gave one; else the self-score (自评分) from the unit's latest ledger inside the period that was
 * due to report it (填报频次), marked 未经检查 — for an indicator due in neither month of the
 * period, its latest report in the quarter the period ends in (a 每季度 indicator of 2021-B1 takes
 * the March ledger); else 0 (source `none`). 自评偏高 when both exist and self − inspection exceeds
 * selfHighRatio × points. Scores are taken as given: range checks are the ledger and
 * inspection validators' job. Inspection records for indicators that do not apply to the unit
 * are ignored with a warning.
 */
export function scorePeriod(args: ScorePeriodArgs): PeriodScore {
  const { unit, template, period, settings } = args;
  const warn = args.onWarning ?? (() => undefined);
  const source = selfScoreSource(period);
  const wanted = new Set([...source.periodMonths, ...source.laterMonths]);
  const own = dedupeLedgers(args.ledgers, (l) => l.unitCode === unit.code && wanted.has(l.month));
  const inspections = args.inspections.filter((r) => r.unitCode === unit.code && r.period === period);
  const ctx: UnitPeriodContext = {
    indicators: indicatorSet(applicableIndicators(template, unit)),
    areas: areaNumbers(
      template.areas.map((a) => a.no),
      template.indicators,
    ),
    templateCodes: new Set(template.indicators.map((i) => i.code)),
    settings,
    warn,
  };
  return scoreUnitPeriod(unit, period, inspections, { ...source, ledgers: own.byUnit.get(unit.code) }, ctx);
}

/**
 * Where an indicator's fallback self-score is looked for: the unit's ledgers of the period's
 * months (latest first), then — for an indicator due in neither — the later months of the
 * quarter the period ends in.
 */
export interface SelfScoreSource {
  /** The unit's ledgers by month (one per month: the later submission). */
  ledgers: ReadonlyMap<string, LedgerFacts> | undefined;
  /** The period's two months, latest first. */
  periodMonths: readonly string[];
  /** The other months of the quarter the period ends in, latest first. */
  laterMonths: readonly string[];
}

/** The months of {@link SelfScoreSource} for a bimonth (without the ledgers). */
export function selfScoreSource(period: string): Omit<SelfScoreSource, 'ledgers'> {
  const [first, second] = bimonthMonths(period);
  return {
    periodMonths: [second, first],
    laterMonths: quarterMonths(quarterOf(second))
      .filter((m) => m !== first && m !== second)
      .reverse(),
  };
}

/**
 * A unit's applicable indicators with a code → position index. Units with the same
 * applicability share one (reviewQuarter caches them), so scoring a province does not rebuild
 * a lookup per unit and period.
 */
export interface IndicatorSet {
  list: readonly Indicator[];
  position: ReadonlyMap<string, number>;
}

export function indicatorSet(list: readonly Indicator[]): IndicatorSet {
  return { list, position: new Map(list.map((ind, i) => [ind.code, i])) };
}

/** What scoring one unit's period needs besides its own records. */
export interface UnitPeriodContext {
  /** The indicators that apply to the unit, in template order. */
  indicators: IndicatorSet;
  /** The areas to report (see {@link areaNumbers}). */
  areas: readonly AreaNo[];
  /** Every indicator code of the template, to tell an unknown code from an inapplicable one. */
  templateCodes: ReadonlySet<string>;
  settings: Pick<ScoringSettings, 'selfHighRatio' | 'dueMonths'>;
  warn: (w: ScoringWarning) => void;
  /** Counts 自评偏高 and 未经检查 while scoring (saves a second pass over every score). */
  tally?: { selfHigh: number; unchecked: number };
}

/**
 * The core of {@link scorePeriod} with its inputs already narrowed to this unit and period
 * (reviewQuarter indexes them once for all units instead of filtering per call).
 */
export function scoreUnitPeriod(
  unit: Unit,
  period: string,
  inspections: readonly InspectionRecord[],
  selfSource: SelfScoreSource,
  ctx: UnitPeriodContext,
): PeriodScore {
  const { areas, settings } = ctx;
  const indicators = ctx.indicators.list;
  const inspected = inspectionScores(unit, period, inspections, ctx);
  const { ledgers } = selfSource;
  // The latest ledger of the period: where every 每月 indicator's self-score comes from.
  let latestLedger: LedgerFacts | undefined;
  for (const m of selfSource.periodMonths) if ((latestLedger = ledgers?.get(m))) break;
  const selfScores = latestLedger?.selfScores;

  const scores: IndicatorScore[] = new Array(indicators.length);
  // Sums per area number (1–8; a template may in principle use others, hence the map fallback).
  const areaObtained = new Float64Array(9);
  const areaAvailable = new Float64Array(9);
  const otherAreas = new Map<number, [number, number]>();
  let obtained = 0;
  let available = 0;
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i];
    const inspectionScore = inspected[i];
    const self = ind.frequency === '每月' ? selfScores?.[ind.code] : dueSelfScore(ind, selfSource, settings);
    const selfScore = typeof self === 'number' && Number.isFinite(self) ? self : null;

    let score: number;
    let source: IndicatorScore['source'];
    if (inspectionScore !== null) {
      score = inspectionScore;
      source = 'inspection';
    } else if (selfScore !== null) {
      score = selfScore;
      source = 'self';
    } else {
      score = 0;
      source = 'none';
    }
    const selfHigh =
      inspectionScore !== null &&
      selfScore !== null &&
      selfScore - inspectionScore > settings.selfHighRatio * ind.points + EPSILON;
    scores[i] = {
      code: ind.code,
      area: ind.area,
      points: ind.points,
      score,
      source,
      unchecked: source === 'self',
      selfHigh,
      selfScore,
      inspectionScore,
    };
    if (ctx.tally) {
      if (selfHigh) ctx.tally.selfHigh++;
      if (source === 'self') ctx.tally.unchecked++;
    }
    obtained += score;
    available += ind.points;
    if (ind.area >= 1 && ind.area <= 8) {
      areaObtained[ind.area] += score;
      areaAvailable[ind.area] += ind.points;
    } else {
      const sums = otherAreas.get(ind.area) ?? [0, 0];
      otherAreas.set(ind.area, [sums[0] + score, sums[1] + ind.points]);
    }
  }

  const areaScores: AreaScore[] = areas.map((area) => {
    const [got, avail] =
      area >= 1 && area <= 8 ? [areaObtained[area], areaAvailable[area]] : (otherAreas.get(area) ?? [0, 0]);
    return { area, obtained: got, available: avail, rate: avail > 0 ? scoreRate(got, avail) : null };
  });
  return {
    period,
    indicators: scores,
    areas: areaScores,
    obtained,
    available,
    rate: available > 0 ? scoreRate(obtained, available) : 0,
  };
}

/**
 * 得分率, in the order the review sheet's formula computes it: obtained / available, then × 100.
 * (Multiplying first can differ in the last bit, and then ROUND may differ.)
 */
export function scoreRate(obtained: number, available: number): number {
  return (obtained / available) * 100;
}

/** Area numbers to report: the template's areas plus any area an indicator uses, ascending. */
export function areaNumbers(templateAreas: readonly AreaNo[], indicators: readonly Indicator[]): AreaNo[] {
  const set = new Set<AreaNo>(templateAreas);
  for (const ind of indicators) set.add(ind.area);
  return [...set].sort((a, b) => a - b);
}

/** The self-score of an indicator with due months, from the latest ledger that had to report it. */
function dueSelfScore(ind: Indicator, source: SelfScoreSource, settings: Pick<ScoringSettings, 'dueMonths'>): number | null | undefined {
  const { ledgers } = source;
  let dueInPeriod = false;
  for (const m of source.periodMonths) {
    if (!isIndicatorDue(ind, m, settings)) continue;
    dueInPeriod = true;
    const l = ledgers?.get(m);
    if (l) return l.selfScores[ind.code];
  }
  if (dueInPeriod) return null;
  for (const m of source.laterMonths) {
    if (!isIndicatorDue(ind, m, settings)) continue;
    const l = ledgers?.get(m);
    if (l) return l.selfScores[ind.code];
  }
  return null;
}

/** Inspection score per applicable indicator position (null where the team gave none). */
function inspectionScores(
  unit: Unit,
  period: string,
  inspections: readonly InspectionRecord[],
  ctx: UnitPeriodContext,
): Array<number | null> {
  const { warn } = ctx;
  const { list, position } = ctx.indicators;
  const byPosition: Array<number | null> = new Array(list.length).fill(null);
  let duplicated: Set<number> | null = null;
  for (const r of inspections) {
    // A blank 检查得分 means "not scored": the self-score takes over, nothing to report.
    if (r.score === null || r.score === undefined) continue;
    const at = position.get(r.indicatorCode);
    if (at === undefined) {
      const p = { unitName: unit.name, period, code: r.indicatorCode };
      warn(
        ctx.templateCodes.has(r.indicatorCode)
          ? {
              code: 'inspection-not-applicable',
              unitCode: unit.code,
              ...WARNING_TEXT.inspectionNotApplicable(p),
            }
          : {
              code: 'inspection-unknown-indicator',
              unitCode: unit.code,
              ...WARNING_TEXT.inspectionUnknownIndicator(p),
            },
      );
      continue;
    }
    if (byPosition[at] !== null) (duplicated ??= new Set()).add(at);
    byPosition[at] = r.score;
  }
  if (duplicated) {
    for (const at of duplicated) {
      warn({
        code: 'inspection-duplicate',
        unitCode: unit.code,
        ...WARNING_TEXT.inspectionDuplicate({
          unitName: unit.name,
          period,
          code: list[at].code,
          used: byPosition[at]!,
        }),
      });
    }
  }
  return byPosition;
}
