/**
 * Small inline builders shared by the scoring tests, so the tests do not depend on the default
 * template or roster (written elsewhere) and every number in them is visible in the test.
 */
import type {
  Applicability,
  AreaNo,
  Indicator,
  IndicatorTemplate,
  InspectionRecord,
  LedgerFacts,
  Unit,
  UnitGroup,
  UnitKind,
} from '../../model/types';
import { DEFAULT_SETTINGS } from '../../settings/settings';
import type { OutcomeFacts } from '../outcomes';
import { reviewQuarter } from '../reviewQuarter';
import { scorePeriod } from '../scorePeriod';
import type { PeriodScore, QuarterInput, QuarterReview, ScorePeriodArgs } from '../types';

export function unit(
  code: string,
  name: string,
  group: UnitGroup,
  opts: { kind?: UnitKind; civilized?: boolean } = {},
): Unit {
  return { code, name, aliases: [], group, kind: opts.kind ?? group, civilized: opts.civilized ?? false };
}

export function indicator(
  code: string,
  points: number,
  appliesTo: Applicability = { kind: 'all' },
): Indicator {
  const area = Number(code.split('.')[0]) as AreaNo;
  return {
    code,
    area,
    text: `指标 ${code}`,
    points,
    standard: '',
    evidence: '',
    appliesTo,
    allowNotApplicable: false,
    frequency: '每月',
  };
}

export function template(indicators: Indicator[]): IndicatorTemplate {
  return {
    version: 'test',
    name: '测试指标体系',
    areas: [1, 2, 3, 4, 5, 6, 7, 8].map((no) => ({ no: no as AreaNo, name: `方面 ${no}` })),
    indicators,
  };
}

export function ledger(
  unitCode: string,
  month: string,
  opts: {
    filled?: string | null;
    received?: string | null;
    selfScores?: Record<string, number | null>;
    validRows?: number;
    applicableRows?: number;
  } = {},
): LedgerFacts {
  return {
    unitCode,
    month,
    filledDate: opts.filled === undefined ? defaultFilled(month) : opts.filled,
    receivedDate: opts.received ?? null,
    selfScores: opts.selfScores ?? {},
    validRows: opts.validRows ?? 0,
    applicableRows: opts.applicableRows ?? opts.validRows ?? 0,
  };
}

/** The 3rd of the following month: on time under the default due day (5th). */
function defaultFilled(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return `${next}-03`;
}

export function inspection(
  period: string,
  unitCode: string,
  indicatorCode: string,
  score: number | null,
): InspectionRecord {
  return {
    period,
    unitCode,
    indicatorCode,
    score,
    deductionReason: '',
    problems: '',
    rectification: '',
    deadline: null,
    inspector: '',
  };
}

/** Inspection records giving one unit the listed scores for the listed indicators. */
export function inspections(
  period: string,
  unitCode: string,
  scores: Record<string, number>,
): InspectionRecord[] {
  return Object.entries(scores).map(([code, score]) => inspection(period, unitCode, code, score));
}

/**
 * Reviews quarters of one template and roster. Ledgers and inspections are none unless a test
 * gives them; anything else of the input (the roster too) can be given per call.
 */
export function quarterReviewer(template: IndicatorTemplate, roster: readonly Unit[]) {
  return (quarter: string, input: Partial<QuarterInput> = {}): QuarterReview =>
    reviewQuarter({ quarter, template, roster, ledgers: [], inspections: [], ...input });
}

/**
 * Scores periods of one unit under one template: no inspections or ledgers and the default
 * settings unless a test gives them.
 */
export function periodScorer(unit: Unit, template: IndicatorTemplate) {
  return (period: string, input: Partial<ScorePeriodArgs> = {}): PeriodScore =>
    scorePeriod({
      unit,
      template,
      period,
      inspections: [],
      ledgers: [],
      settings: DEFAULT_SETTINGS,
      ...input,
    });
}

/**
 * The outcome facts of a 县区 unit in the middle of its group (composite 85, third from the top
 * and from the bottom, every ledger sent, no earlier 检查性发言): it gets nothing. Tests spread
 * what they change over it.
 */
export const middleUnitFacts: OutcomeFacts = {
  group: '县区',
  composite: 85,
  rank: 3,
  bottomRank: 3,
  missingMonths: [],
  civilized: false,
  previousStreak: 0,
};
