import {
  UNIT_GROUPS,
  isQuarter,
  locateFinding,
  makeFinding,
  monthLabel,
  previousQuarter,
  quarterLabel,
  type Finding,
  type OutcomeKind,
  type UnitGroup,
} from '@ledger-review/scoring';
import type { DocOutcome, DocUnit, ReviewDocumentModel } from '../documents/model';
import { ReviewWorkbookError } from '../documents/messages';
import { readReviewDocumentModel } from '../documents/readReview';
import type { GridSheet } from '../sheet/grid';
import { readHistory } from '../review/readBack';

/**
 * The annual roll-up (年度汇总, SPEC §10): the year's quarterly review workbooks read back — each
 * through the same reader as the 公文, so every number is one the review holds and a review with
 * 办公室调整 not yet applied is refused — and combined per unit: each quarter's composite, rank
 * and confirmed outcomes, streaks, ledgers missing, and the severe proposals for the office.
 */

export const YEAR_QUARTERS = (year: number): string[] => [1, 2, 3, 4].map((q) => `${year}Q${q}`);

/** One quarter of one unit, as its review holds it. */
export interface AnnualUnitQuarter {
  /** The group the unit was ranked in that quarter (a functional zone's may change with the settings). */
  group: UnitGroup;
  composite: number;
  rank: number;
  tied: boolean;
  inspectionRate: number;
  timeliness: number;
  quality: number;
  /** The previous quarter's composite and rank as this review's 历次点评 recorded them. */
  previous: { composite: number; rank: number } | null;
  /** Outcomes in force: decided, or proposals the office has not refused (those marked). */
  outcomes: Array<{ kind: OutcomeKind; label: string; pending: boolean }>;
  /** Months whose ledger was 未报送, and the labels of those late (逾期 N 天). */
  missingMonths: string[];
  lateMonths: string[];
}

export interface AnnualQuarter {
  quarter: string;
  /** The review workbook it was read from. */
  file: string;
  weights: ReviewDocumentModel['weights'];
  compositeDecimals: number;
  units: Map<string, AnnualUnitQuarter>;
}

export interface AnnualUnit {
  code: string;
  name: string;
  group: UnitGroup;
}

/** A severe proposal for the year (取消年度综合考评评先资格 / 建议取消文明单位荣誉称号). */
export interface AnnualProposal {
  kind: 'disqualify' | 'revokeCivilized';
  unitCode: string;
  unitName: string;
  group: UnitGroup;
  /** One line per quarter that proposed it: the quarter, the rules' reason, the office's confirmation. */
  reasons: string[];
  /** The quarters' 办公室确认, e.g. `2021年第二季度：同意`. */
  confirmations: string[];
}

export interface AnnualRollup {
  year: number;
  /** The quarters given, in order. */
  quarters: AnnualQuarter[];
  /** The year's quarters without a review. */
  missing: string[];
  /** 县区 then 市直, each in the latest review's display order, then units only older reviews hold. */
  units: AnnualUnit[];
  proposals: AnnualProposal[];
  /** Quarters with a proposal the office refused in every quarter (not listed again), by kind. */
  refused: AnnualProposal[];
  /** 检查性发言 of quarters before the year, as the first review's 历次点评 recorded them. */
  earlierStatements: Map<string, Set<string>>;
  /** Every finding of the roll-up: reviews refused (errors, with their file), quarters missing, outdated histories. */
  findings: Finding[];
}

export interface AnnualInput {
  /** The name shown to people (file name). */
  file: string;
  sheets: readonly GridSheet[];
}

const STATEMENT: OutcomeKind = 'statement';

function quarterOf(model: ReviewDocumentModel, file: string): AnnualQuarter {
  const units = new Map<string, AnnualUnitQuarter>();
  const byUnit = new Map<string, DocOutcome[]>();
  for (const o of model.outcomes) {
    if (o.office === 'remove' || o.confirmation === '不同意') continue;
    byUnit.set(o.unitCode, [...(byUnit.get(o.unitCode) ?? []), o]);
  }
  for (const u of model.units) {
    units.set(u.code, {
      group: u.group,
      composite: u.composite,
      rank: u.rank,
      tied: u.tied,
      inspectionRate: u.inspectionRate,
      timeliness: u.timeliness,
      quality: u.quality,
      previous: u.previous ? { composite: u.previous.composite, rank: u.previous.rank } : null,
      outcomes: (byUnit.get(u.code) ?? []).map((o) => ({ kind: o.kind, label: o.label, pending: !o.decided })),
      missingMonths: u.ledgers.filter((l) => l.label === '未报送').map((l) => l.month),
      lateMonths: u.ledgers.filter((l) => l.label.startsWith('逾期')).map((l) => `${monthLabel(l.month)}${l.label}`),
    });
  }
  return { quarter: model.quarter, file, weights: model.weights, compositeDecimals: model.compositeDecimals, units };
}

const statementCodes = (q: AnnualQuarter): string[] =>
  [...q.units.entries()].filter(([, u]) => u.outcomes.some((o) => o.kind === STATEMENT && !o.pending)).map(([c]) => c).sort();

/**
 * Reads and combines the year's reviews. The caller has already kept one workbook per quarter of
 * the year (the CLI refuses duplicates); a workbook that is not a review throws ReviewWorkbookError.
 */
export function buildAnnualRollup(year: number, inputs: readonly AnnualInput[]): AnnualRollup {
  const rejected: Finding[] = [];
  const read = inputs
    .flatMap((input) => {
      try {
        return [{ input, model: readReviewDocumentModel(input.sheets) }];
      } catch (e) {
        // One unusable review (pending 办公室调整, a formula without its result …) leaves its
        // quarter out, said loudly; the other quarters are still rolled up.
        if (e instanceof ReviewWorkbookError) {
          rejected.push(locateFinding(e.finding, { file: input.file }));
          return [];
        }
        throw e;
      }
    })
    .sort((a, b) => (a.model.quarter < b.model.quarter ? -1 : 1));
  const quarters = read.map((r) => quarterOf(r.model, r.input.file));
  const present = new Set(quarters.map((q) => q.quarter));
  const missing = YEAR_QUARTERS(year).filter((q) => !present.has(q));
  const findings: Finding[] = [...rejected, ...missing.map((quarter) => makeFinding('annual-quarter-missing', { quarter }, {}))];

  // Units: the latest review's display order (县区 then 市直), then any unit only older ones hold.
  const seen = new Map<string, AnnualUnit>();
  for (const r of [...read].reverse()) {
    for (const u of r.model.units) if (!seen.has(u.code)) seen.set(u.code, { code: u.code, name: u.name, group: u.group });
  }
  const units = UNIT_GROUPS.flatMap((g) => [...seen.values()].filter((u) => u.group === g));
  const nameOf = new Map(units.map((u) => [u.code, u.name]));

  // Each review's next-quarter streaks rest on the previous quarter's confirmed 检查性发言 list.
  const byQuarter = new Map(quarters.map((q) => [q.quarter, q]));
  read.forEach(({ input, model }) => {
    const prev = previousQuarter(model.quarter);
    const prevQuarter = byQuarter.get(prev);
    if (!prevQuarter) return;
    const recorded = readHistory(input.sheets).find((h) => h.quarter === prev)?.statementUnitCodes ?? [];
    const confirmed = statementCodes(prevQuarter);
    if (recorded.join('|') === [...confirmed].join('|')) return;
    const names = (codes: readonly string[]) => (codes.length ? codes.map((c) => nameOf.get(c) ?? c).join('、') : '无');
    findings.push(
      makeFinding(
        'annual-history-mismatch',
        { quarter: model.quarter, previous: prev, recorded: names([...recorded].sort()), confirmed: names(confirmed) },
        { file: input.file },
      ),
    );
  });

  const first = read[0];
  const earlierStatements = new Map<string, Set<string>>();
  if (first) {
    for (const h of readHistory(first.input.sheets)) {
      if (isQuarter(h.quarter) && h.quarter < first.model.quarter) earlierStatements.set(h.quarter, new Set(h.statementUnitCodes));
    }
  }

  const proposals: AnnualProposal[] = [];
  const refused: AnnualProposal[] = [];
  const unitOf = (code: string): DocUnit | undefined => read.map((r) => r.model.units.find((u) => u.code === code)).find(Boolean);
  for (const kind of ['disqualify', 'revokeCivilized'] as const) {
    for (const u of units) {
      const rows = read.flatMap((r) =>
        r.model.outcomes.filter((o) => o.unitCode === u.code && o.kind === kind && o.office !== 'remove').map((o) => ({ quarter: r.model.quarter, o })),
      );
      if (!rows.length || !unitOf(u.code)) continue;
      const proposal: AnnualProposal = {
        kind,
        unitCode: u.code,
        unitName: u.name,
        group: u.group,
        reasons: rows.map(({ quarter, o }) => `${quarterLabel(quarter)}：${o.reason}`),
        confirmations: rows.map(({ quarter, o }) => `${quarterLabel(quarter)}：${o.confirmation || '待确认'}`),
      };
      (rows.every(({ o }) => o.confirmation === '不同意') ? refused : proposals).push(proposal);
    }
  }

  return { year, quarters, missing, units, proposals, refused, earlierStatements, findings };
}

/** 检查性发言 in force per quarter of the roll-up (and before it, as first recorded). */
export function statementQuarters(rollup: AnnualRollup, unitCode: string): Set<string> {
  const out = new Set<string>();
  for (const [q, codes] of rollup.earlierStatements) if (codes.has(unitCode)) out.add(q);
  for (const q of rollup.quarters) if (q.units.get(unitCode)?.outcomes.some((o) => o.kind === STATEMENT && !o.pending)) out.add(q.quarter);
  return out;
}

/** Consecutive quarters (by quarter, a quarter not given breaks the run) of one outcome. */
export interface AnnualStreaks {
  statements: number;
  experiences: number;
  criticisms: number;
  /** The longest run of 检查性发言 within the year's quarters given. */
  longestStatementRun: number;
  /** The run of 检查性发言 ending at the latest quarter given, counting earlier recorded quarters. */
  currentStatementRun: number;
  longestExperienceRun: number;
  missingLedgers: number;
  lateLedgers: number;
}

export function streaksOf(rollup: AnnualRollup, unitCode: string): AnnualStreaks {
  const has = (q: AnnualQuarter | undefined, kind: OutcomeKind) => !!q?.units.get(unitCode)?.outcomes.some((o) => o.kind === kind && !o.pending);
  const byQuarter = new Map(rollup.quarters.map((q) => [q.quarter, q]));
  const year = YEAR_QUARTERS(rollup.year);
  const longest = (kind: OutcomeKind) => {
    let best = 0;
    let run = 0;
    for (const q of year) {
      run = has(byQuarter.get(q), kind) ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  };
  const flagged = statementQuarters(rollup, unitCode);
  let current = 0;
  const latest = rollup.quarters[rollup.quarters.length - 1]?.quarter;
  for (let q = latest; q && flagged.has(q); q = previousQuarter(q)) current++;
  const count = (kind: OutcomeKind) => rollup.quarters.filter((q) => has(q, kind)).length;
  return {
    statements: count('statement'),
    experiences: count('experience'),
    criticisms: count('criticism'),
    longestStatementRun: longest('statement'),
    currentStatementRun: current,
    longestExperienceRun: longest('experience'),
    missingLedgers: rollup.quarters.reduce((s, q) => s + (q.units.get(unitCode)?.missingMonths.length ?? 0), 0),
    lateLedgers: rollup.quarters.reduce((s, q) => s + (q.units.get(unitCode)?.lateMonths.length ?? 0), 0),
  };
}
