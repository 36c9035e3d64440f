import type { AreaNo, IndicatorTemplate, InspectionRecord, LedgerFacts, Unit, UnitGroup } from '../model/types';
import { inspectionFindsProblem, inspectionProblemText } from '../rectification/items';
import { rankingGroup } from '../scoring/reviewQuarter';
import { scorePeriod } from '../scoring/scorePeriod';
import type { IndicatorScore, PeriodScore } from '../scoring/types';
import type { ScoringSettings } from '../settings/settings';

/**
 * 检查情况报告 of one round (双月检查), in numbers: each unit's score rate, each area's average
 * rate over the units it applies to, the problems most units share, and the units below the
 * line. Scores are the review's (scorePeriod: the inspection score, else the self-score of the
 * unit's latest ledger in the period), so the round's report and the quarter's review agree.
 */

/** One indicator where several units lost points or were found wanting. */
export interface CommonProblem {
  indicatorCode: string;
  area: AreaNo;
  /** 指标内容 */
  text: string;
  /** Units with a problem stated, or an inspection score below the points, at this indicator. */
  units: number;
  /** Their codes, in roster order. */
  unitCodes: string[];
  /** Distinct problem texts the team wrote, up to `samples`. */
  samples: string[];
}

export interface RoundUnitResult {
  unitCode: string;
  unitName: string;
  group: UnitGroup;
  score: PeriodScore;
  /** Indicators the team scored. */
  inspected: number;
  /** Indicators below their points (whatever the score's source). */
  deducted: IndicatorScore[];
  /** Records stating a problem. */
  problems: number;
}

export interface RoundAreaResult {
  area: AreaNo;
  name: string;
  /** Units any indicator of the area applies to. */
  units: number;
  /** Mean of those units' area rates (each obtained / available × 100); null when none. */
  averageRate: number | null;
  /** Unit × indicator scores below the points in this area. */
  deductions: number;
  common: CommonProblem[];
}

export interface RoundSummary {
  period: string;
  /** In roster order. */
  units: RoundUnitResult[];
  areas: RoundAreaResult[];
  /** Mean of every unit's rate. */
  averageRate: number;
  /** The line of “below 80%” (settings.statementBelow). */
  line: number;
  /** Units whose rate is below the line, lowest first. */
  below: string[];
  /** Across all areas, the most shared problems first. */
  common: CommonProblem[];
}

export interface RoundSummaryArgs {
  period: string;
  template: IndicatorTemplate;
  units: readonly Unit[];
  inspections: readonly InspectionRecord[];
  /** For the self-score fallback: the unit's latest ledger inside the period counts. */
  ledgers: readonly LedgerFacts[];
  settings: ScoringSettings;
  /** Common problems listed per area (default 3) and overall (default 5). */
  commonPerArea?: number;
  commonOverall?: number;
  /** Problem texts quoted per common problem (default 3). */
  samples?: number;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function summariseRound(args: RoundSummaryArgs): RoundSummary {
  const { period, template, settings } = args;
  const records = args.inspections.filter((r) => r.period === period);
  const byUnitIndicator = new Map(records.map((r) => [`${r.unitCode}|${r.indicatorCode}`, r]));
  const units: RoundUnitResult[] = args.units.map((unit) => {
    const score = scorePeriod({ unit, template, period, inspections: records, ledgers: args.ledgers, settings });
    const own = records.filter((r) => r.unitCode === unit.code);
    return {
      unitCode: unit.code,
      unitName: unit.name,
      group: rankingGroup(unit, settings),
      score,
      inspected: score.indicators.filter((s) => s.source === 'inspection').length,
      deducted: score.indicators.filter((s) => s.score < s.points),
      problems: own.filter(inspectionFindsProblem).length,
    };
  });

  const samplesWanted = args.samples ?? 3;
  const common: CommonProblem[] = [];
  template.indicators.forEach((indicator) => {
    const hit: string[] = [];
    const samples: string[] = [];
    for (const u of units) {
      const s = u.score.indicators.find((x) => x.code === indicator.code);
      if (!s) continue;
      const r = byUnitIndicator.get(`${u.unitCode}|${indicator.code}`);
      const found = !!r && inspectionFindsProblem(r);
      if (!found && !(s.source === 'inspection' && s.score < s.points)) continue;
      hit.push(u.unitCode);
      const text = r && found ? inspectionProblemText(r).trim() : '';
      if (text && samples.length < samplesWanted && !samples.includes(text)) samples.push(text);
    }
    if (hit.length) common.push({ indicatorCode: indicator.code, area: indicator.area, text: indicator.text, units: hit.length, unitCodes: hit, samples });
  });
  // Most units first; among equals, template order (the sort is stable).
  const ranked = [...common].sort((a, b) => b.units - a.units);

  const areas: RoundAreaResult[] = template.areas.map((a) => {
    const rates = units.flatMap((u) => {
      const s = u.score.areas.find((x) => x.area === a.no);
      return s && s.rate !== null ? [s.rate] : [];
    });
    return {
      area: a.no,
      name: a.name,
      units: rates.length,
      averageRate: rates.length ? mean(rates) : null,
      deductions: units.reduce((n, u) => n + u.deducted.filter((s) => s.area === a.no).length, 0),
      common: ranked.filter((c) => c.area === a.no).slice(0, args.commonPerArea ?? 3),
    };
  });

  const line = settings.statementBelow;
  const below = units
    .filter((u) => u.score.rate < line)
    .sort((a, b) => a.score.rate - b.score.rate)
    .map((u) => u.unitCode);
  return {
    period,
    units,
    areas,
    averageRate: units.length ? mean(units.map((u) => u.score.rate)) : 0,
    line,
    below,
    common: ranked.slice(0, args.commonOverall ?? 5),
  };
}
