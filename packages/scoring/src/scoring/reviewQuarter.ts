import type { InspectionRecord, LedgerFacts, Unit, UnitGroup } from '../model/types';
import { UNIT_GROUPS } from '../model/types';
import { bimonthMonths, ledgerDueDate, quarterInspectionPeriods, quarterMonths, reviewDate } from '../periods/periods';
import { resolveSettings, type ScoringSettings } from '../settings/settings';
import { applicableIndicators } from '../template/applicability';
import { isIndicatorDue } from '../template/frequency';
import { excelRound } from './excelRound';
import { dedupeLedgers, ledgerStatusCell, ledgerSubmissionDate } from './ledgerStatus';
import { WARNING_TEXT } from './messages';
import { officeChangesOf, prepareOfficeDecisions, settleOfficeDecisions } from './officeDecisions';
import { decideOutcomes, previousStatementStreak, statementHistory } from './outcomes';
import { bottomRankIn, rankWithTies } from './rankWithTies';
import {
  areaNumbers,
  indicatorSet,
  scoreUnitPeriod,
  selfScoreSource,
  type IndicatorSet,
  type UnitPeriodContext,
} from './scorePeriod';
import type { QuarterInput, QuarterReview, ScoringWarning, UnitQuarterResult } from './types';

/** The group a unit is ranked in: functional zones (功能区) go to settings.functionalZoneGroup. */
export function rankingGroup(unit: Unit, settings: Pick<ScoringSettings, 'functionalZoneGroup'>): UnitGroup {
  return unit.kind === '功能区' ? settings.functionalZoneGroup : unit.group;
}

/**
 * 季度综合得分, in exactly the order the review sheet's formula computes it:
 *   ROUND(wI × inspectionRate + wT × (timeliness × 100) + wQ × (quality × 100), decimals)
 * summed left to right. Ranks are taken on this rounded value.
 */
export function compositeScore(
  inspectionRate: number,
  timeliness: number,
  quality: number,
  settings: Pick<
    ScoringSettings,
    'weightInspection' | 'weightTimeliness' | 'weightQuality' | 'compositeDecimals'
  >,
): number {
  const raw =
    settings.weightInspection * inspectionRate +
    settings.weightTimeliness * (timeliness * 100) +
    settings.weightQuality * (quality * 100);
  return excelRound(raw, settings.compositeDecimals);
}

/** Unit results before ranking. */
type Scored = Omit<
  UnitQuarterResult,
  'rank' | 'tied' | 'order' | 'bottomRank' | 'statementStreak' | 'outcomes' | 'overruled'
> & {
  missingMonths: string[];
};

/**
 * The quarterly review (季度点评) of one quarter: every roster unit scored, ranked in its group
 * and given its outcomes, with the reasons in words. Pure; throws InvalidSettingsError when the
 * settings are out of range and RangeError for a malformed quarter.
 */
export function reviewQuarter(input: QuarterInput): QuarterReview {
  const settings = resolveSettings(input.settings ?? {});
  const { quarter, template } = input;
  const months = quarterMonths(quarter);
  const inspectionPeriods = quarterInspectionPeriods(quarter);
  const warnings: ScoringWarning[] = [];
  const warn = (w: ScoringWarning) => warnings.push(w);

  const roster = uniqueRoster(input.roster, warn);
  const unitByCode = new Map(roster.map((u) => [u.code, u]));

  // The quarter's months for timeliness and quality, plus every month of its inspection periods
  // for the self-score fallback (Q2's B2 starts in March).
  const relevantMonths = new Set<string>(months);
  for (const p of inspectionPeriods) for (const m of bimonthMonths(p)) relevantMonths.add(m);
  const ledgers = indexLedgers(input.ledgers, relevantMonths, unitByCode, warn);
  const inspections = indexInspections(input.inspections, inspectionPeriods, unitByCode, warn);

  const areas = areaNumbers(
    template.areas.map((a) => a.no),
    template.indicators,
  );
  const templateCodes = new Set(template.indicators.map((i) => i.code));

  // Units with the same applicable indicators share one lookup: applicability depends only on
  // the unit's group (and kind), except for units an indicator names explicitly (牵头/责任单位).
  const named = new Set<string>();
  for (const ind of template.indicators)
    if (ind.appliesTo.kind === 'units') for (const code of ind.appliesTo.unitCodes) named.add(code);
  const sets = new Map<string, IndicatorSet & { rowsDue: Map<string, number> }>();
  const setFor = (unit: Unit) => {
    const key = named.has(unit.code)
      ? `unit\u0000${unit.code}`
      : `group\u0000${unit.group}\u0000${unit.kind}`;
    let set = sets.get(key);
    if (!set) sets.set(key, (set = { ...indicatorSet(applicableIndicators(template, unit)), rowsDue: new Map() }));
    return set;
  };
  // 应填行数 of a month: the unit's indicators due that month (填报频次).
  const rowsDueOf = (set: ReturnType<typeof setFor>, month: string): number => {
    let n = set.rowsDue.get(month);
    if (n === undefined) set.rowsDue.set(month, (n = set.list.filter((i) => isIndicatorDue(i, month, settings)).length));
    return n;
  };
  const periodSources = new Map(inspectionPeriods.map((p) => [p, selfScoreSource(p)]));

  const scored: Scored[] = roster.map((unit) => {
    const indicatorsOfUnit = setFor(unit);
    const indicators = indicatorsOfUnit.list;
    if (indicators.length === 0)
      warn({
        code: 'no-applicable-indicators',
        unitCode: unit.code,
        ...WARNING_TEXT.noApplicableIndicators({ unitName: unit.name }),
      });
    const flags = { selfHigh: 0, unchecked: 0 };
    const ctx: UnitPeriodContext = {
      indicators: indicatorsOfUnit,
      areas,
      templateCodes,
      settings,
      warn,
      tally: flags,
    };
    const unitLedgers = ledgers.get(unit.code);
    const unitInspections = inspections.get(unit.code);

    const periods = inspectionPeriods.map((period) =>
      scoreUnitPeriod(unit, period, unitInspections?.get(period) ?? [], { ...periodSources.get(period)!, ledgers: unitLedgers }, ctx),
    );
    const inspectionRate = periods.reduce((sum, p) => sum + p.rate, 0) / periods.length;

    const cells = months.map((month) => ledgerStatusCell(month, unitLedgers?.get(month), settings, input.asOf));
    // The months that count: due as of the day asked about, or received already.
    const counted = cells.filter((c) => c.state !== 'not-due').map((c) => c.month);
    let validRows = 0;
    let rowsDue = 0;
    for (const month of counted) {
      const due = rowsDueOf(indicatorsOfUnit, month);
      rowsDue += due;
      const facts = unitLedgers?.get(month);
      if (!facts) continue;
      if (ledgerSubmissionDate(facts) === null)
        warn({
          code: 'ledger-date-unknown',
          unitCode: unit.code,
          ...WARNING_TEXT.ledgerDateUnknown({ unitName: unit.name, month }),
        });
      // A ledger checked against another template version could claim more valid rows than
      // the unit had to fill; quality must stay a share, so cap it and say so.
      if (facts.validRows > due) {
        warn({
          code: 'ledger-valid-rows-capped',
          unitCode: unit.code,
          ...WARNING_TEXT.ledgerValidRowsCapped({
            unitName: unit.name,
            month,
            validRows: facts.validRows,
            applicable: due,
          }),
        });
      }
      validRows += Math.max(0, Math.min(facts.validRows, due));
    }
    const onTime = cells.filter((c) => c.state === 'on-time').length;
    const timeliness = counted.length > 0 ? onTime / counted.length : 0;
    const quality = rowsDue > 0 ? validRows / rowsDue : 0;
    const composite = compositeScore(inspectionRate, timeliness, quality, settings);

    const missingMonths = cells.filter((c) => c.state === 'missing').map((c) => c.month);
    return {
      unitCode: unit.code,
      unitName: unit.name,
      group: rankingGroup(unit, settings),
      civilized: unit.civilized,
      periods,
      inspectionRate,
      timeliness,
      quality,
      composite,
      ledgers: cells,
      missingLedgers: missingMonths.length,
      missingMonths,
      flags,
    };
  });

  const history = statementHistory(input.history);
  const decisions = prepareOfficeDecisions(input.decisions ?? [], roster);
  const units: UnitQuarterResult[] = [];
  for (const group of UNIT_GROUPS) {
    const members = scored.filter((s) => s.group === group);
    const ascending = members.map((m) => m.composite).sort((a, b) => a - b);
    const ranked = rankWithTies(
      members,
      (m) => m.composite,
      (m) => [m.inspectionRate, m.timeliness],
      (m) => m.unitCode,
    );
    for (const { item, rank, tied, order } of ranked) {
      const { missingMonths, ...rest } = item;
      const bottomRank = bottomRankIn(ascending, item.composite);
      const decision = decideOutcomes(
        {
          group,
          composite: item.composite,
          rank,
          bottomRank,
          missingMonths,
          civilized: item.civilized,
          previousStreak: previousStatementStreak(item.unitCode, quarter, history),
          office: officeChangesOf(decisions, item.unitCode),
        },
        settings,
      );
      settleOfficeDecisions(decisions, item.unitCode, decision.office);
      units.push({
        ...rest,
        rank,
        tied,
        order,
        bottomRank,
        statementStreak: decision.statementStreak,
        outcomes: decision.outcomes,
        overruled: decision.overruled,
      });
    }
  }

  return {
    quarter,
    settings,
    reviewDate: reviewDate(quarter, settings),
    months: [...months],
    inspectionPeriods,
    units,
    warnings,
    decisions: decisions.results,
    asOf: input.asOf ?? null,
    complete: input.asOf === undefined || months.every((m) => input.asOf! > ledgerDueDate(m, settings)),
  };
}

function uniqueRoster(roster: readonly Unit[], warn: (w: ScoringWarning) => void): Unit[] {
  const seen = new Set<string>();
  const out: Unit[] = [];
  for (const unit of roster) {
    if (seen.has(unit.code)) {
      warn({
        code: 'roster-duplicate-code',
        unitCode: unit.code,
        ...WARNING_TEXT.rosterDuplicateCode({ unitCode: unit.code, unitName: unit.name }),
      });
      continue;
    }
    seen.add(unit.code);
    out.push(unit);
  }
  return out;
}

/** unitCode → month → the ledger that counts, for the months this review looks at. */
function indexLedgers(
  ledgers: readonly LedgerFacts[],
  months: ReadonlySet<string>,
  unitByCode: ReadonlyMap<string, Unit>,
  warn: (w: ScoringWarning) => void,
): Map<string, Map<string, LedgerFacts>> {
  const unknown = new Set<string>();
  const deduped = dedupeLedgers(ledgers, (l) => {
    if (!months.has(l.month)) return false;
    if (unitByCode.has(l.unitCode)) return true;
    const key = `${l.unitCode}\u0000${l.month}`;
    if (!unknown.has(key)) {
      unknown.add(key);
      warn({
        code: 'ledger-unknown-unit',
        unitCode: l.unitCode,
        ...WARNING_TEXT.ledgerUnknownUnit({ unitCode: l.unitCode, month: l.month }),
      });
    }
    return false;
  });
  for (const d of deduped.duplicates) {
    const unit = unitByCode.get(d.unitCode)!;
    warn({
      code: 'ledger-duplicate',
      unitCode: d.unitCode,
      ...WARNING_TEXT.ledgerDuplicate({
        unitName: unit.name,
        month: d.month,
        kept: ledgerSubmissionDate(d.kept) ?? '—',
      }),
    });
  }
  return deduped.byUnit;
}

/** unitCode → period → records, for the quarter's inspection periods only. */
function indexInspections(
  records: readonly InspectionRecord[],
  periods: readonly string[],
  unitByCode: ReadonlyMap<string, Unit>,
  warn: (w: ScoringWarning) => void,
): Map<string, Map<string, InspectionRecord[]>> {
  // A quarter has one or two inspection periods; comparing strings beats a Set lookup over
  // millions of records at province scale.
  const [p1, p2 = p1] = periods;
  const more = periods.length > 2 ? new Set(periods) : null;
  const byUnit = new Map<string, Map<string, InspectionRecord[]>>();
  const unknown = new Set<string>();
  for (const r of records) {
    if (r.period !== p1 && r.period !== p2 && !more?.has(r.period)) continue;
    if (!unitByCode.has(r.unitCode)) {
      const key = `${r.unitCode}\u0000${r.period}`;
      if (!unknown.has(key)) {
        unknown.add(key);
        warn({
          code: 'inspection-unknown-unit',
          unitCode: r.unitCode,
          ...WARNING_TEXT.inspectionUnknownUnit({ unitCode: r.unitCode, period: r.period }),
        });
      }
      continue;
    }
    let byPeriod = byUnit.get(r.unitCode);
    if (!byPeriod) byUnit.set(r.unitCode, (byPeriod = new Map()));
    let list = byPeriod.get(r.period);
    if (!list) byPeriod.set(r.period, (list = []));
    list.push(r);
  }
  return byUnit;
}
