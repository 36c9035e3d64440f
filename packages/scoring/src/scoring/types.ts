import type {
  AreaNo,
  IndicatorTemplate,
  InspectionRecord,
  LedgerFacts,
  Unit,
  UnitGroup,
} from '../model/types';
import type { Localized } from '../i18n/lang';
import type { Finding, FindingLocation } from '../problems/finding';
import type { ScoringSettings } from '../settings/settings';

/** Where an indicator's score for one inspection period came from. */
export type ScoreSource = 'inspection' | 'self' | 'none';

/** One applicable indicator's score for one unit and one inspection period (双月). */
export interface IndicatorScore {
  code: string;
  area: AreaNo;
  /** 分值 */
  points: number;
  /** The score that counts: inspection score, else the self-score, else 0. */
  score: number;
  source: ScoreSource;
  /** 未经检查: no inspection score, the self-score was used. */
  unchecked: boolean;
  /** 自评偏高: self-score exceeds the inspection score by more than selfHighRatio × points. */
  selfHigh: boolean;
  /** 自评分 from the latest ledger inside the period, or null. */
  selfScore: number | null;
  /** 检查得分, or null when the team did not score it. */
  inspectionScore: number | null;
}

/** Score rate of one inspection area (检查内容的一个方面). */
export interface AreaScore {
  area: AreaNo;
  obtained: number;
  available: number;
  /** obtained / available × 100; null when no indicator of this area applies to the unit. */
  rate: number | null;
}

/** A unit's scores for one inspection period (双月). */
export interface PeriodScore {
  /** Bimonth, e.g. `2021-B3`. */
  period: string;
  /** Applicable indicators in template order. */
  indicators: IndicatorScore[];
  /** Areas in ascending order (every area of the template, or that an indicator uses). */
  areas: AreaScore[];
  obtained: number;
  available: number;
  /** 得分率 obtained / available × 100 (0 when nothing is available). */
  rate: number;
}

/** A warning about the inputs, in both languages, with a stable code. */
export interface ScoringWarning extends Localized {
  /** Stable kebab-case code, e.g. `inspection-not-applicable`. */
  code: string;
  unitCode?: string;
}

export interface ScorePeriodArgs {
  unit: Unit;
  template: IndicatorTemplate;
  /** Bimonth, e.g. `2021-B1`. */
  period: string;
  /** Inspection records; records of other units or periods are ignored. */
  inspections: readonly InspectionRecord[];
  /**
   * Ledger facts; only the unit's ledgers of the period's two months are used (and, for an
   * indicator due in neither, of the quarter the period ends in).
   */
  ledgers: readonly LedgerFacts[];
  settings: ScoringSettings;
  /** Receives problems found in the inputs (e.g. a score for an indicator that does not apply). */
  onWarning?: (warning: ScoringWarning) => void;
}

/** `not-due`: nothing received and the due date has not passed as of the day asked about (never 未报送). */
export type LedgerState = 'on-time' | 'late' | 'missing' | 'not-due';

/** One cell of the submission status matrix (报送情况): one unit, one month. */
export interface LedgerStatusCell {
  month: string;
  /** 报送截止日, ISO. */
  dueDate: string;
  /** 收到日期 if recorded, else 填报日期; null when missing or neither date is known. */
  submittedOn: string | null;
  state: LedgerState;
  /** Whole days after the due date (0 when on time, missing, or the date is unknown). */
  daysLate: number;
  /** 按时 / 逾期 N 天 / 未报送 / 未到期 / 日期不明 */
  label: string;
  labelEn: string;
}

export type OutcomeKind =
  'experience' | 'statement' | 'criticism' | 'interview' | 'disqualify' | 'revokeCivilized';

/** One reason that triggered an outcome. */
export interface OutcomeTrigger extends Localized {
  /** Stable code, e.g. `statement-bottom`, `severe-missing-ledgers`. */
  code: string;
  params: Record<string, string | number>;
}

/** 季度点评结果: one outcome for one unit, with every reason that triggered it. */
export interface ReviewOutcome {
  kind: OutcomeKind;
  /** 经验介绍 / 检查性发言 / 通报批评 / 约谈主要领导 / 取消年度综合考评评先资格 / 建议取消文明单位荣誉称号 */
  label: string;
  labelEn: string;
  /** Severe outcomes are proposals (建议) that the office confirms in the review sheet. */
  proposed: boolean;
  /** The trigger codes joined with `+`, e.g. `severe-composite+severe-missing-ledgers`. */
  reasonCode: string;
  /** The triggers' parameters merged. */
  params: Record<string, string | number>;
  /** Every triggering reason in words, joined with `；`. */
  reason: string;
  reasonEn: string;
  triggers: OutcomeTrigger[];
  /**
   * Set where the office changed the computed list (办公室调整): `add` on an outcome the office
   * gave, `remove` on a proposal it took away (those are in `UnitQuarterResult.overruled`).
   */
  office?: OfficeChange;
}

/** The outcomes the office selects (SPEC §10): the computed lists are proposals it may change. */
export type SelectedOutcomeKind = 'experience' | 'statement';
export type OfficeAction = 'add' | 'remove';

/** What the office did to one computed list for one unit, and why (调整理由). */
export interface OfficeChange {
  action: OfficeAction;
  reason: string;
}

/** One line of 办公室调整 as the office typed it in the review workbook. */
export interface OfficeDecisionInput {
  /** 点评结果: 经验介绍 / 检查性发言 (or experience / statement). */
  outcome: string;
  /** 调整: 增加 / 取消 (or add / remove). */
  action: string;
  /** The unit: its code, full name, short or former name. */
  unit: string;
  /** 调整理由: a decision without one is not applied. */
  reason: string;
  /** Where it was typed (sheet and row), carried into its finding. */
  location?: FindingLocation;
}

/**
 * What became of one decision: `applied`; `no-effect` (the unit was already on the list, or was
 * not on it to be removed); `refused` (no reason, unknown unit or outcome, a conflict, or a later
 * line on the same unit and outcome). `finding` says why, for every status but `applied`.
 */
export interface OfficeDecisionResult {
  input: OfficeDecisionInput;
  kind: SelectedOutcomeKind | null;
  action: OfficeAction | null;
  unitCode: string | null;
  unitName: string | null;
  status: 'applied' | 'no-effect' | 'refused';
  finding: Finding | null;
}

export interface UnitQuarterResult {
  unitCode: string;
  unitName: string;
  /** The group the unit is ranked in (functional zones: settings.functionalZoneGroup). */
  group: UnitGroup;
  civilized: boolean;
  /** One per inspection period of the quarter. */
  periods: PeriodScore[];
  /** Arithmetic mean of the period rates (检查得分率). */
  inspectionRate: number;
  /** 报送及时率: on-time ledgers / months of the quarter, 0–1. */
  timeliness: number;
  /** 填报质量: valid rows / rows due (each month's applicable indicators due that month), 0–1. */
  quality: number;
  /** 季度综合得分, rounded like the sheet's ROUND. */
  composite: number;
  /** RANK.EQ within the group: 1 + units with a strictly greater composite. */
  rank: number;
  /** 并列 */
  tied: boolean;
  /** 1-based display position within the group (tie-break applied). */
  order: number;
  /** 1 + units of the group with a strictly lower composite (倒数名次). */
  bottomRank: number;
  ledgers: LedgerStatusCell[];
  missingLedgers: number;
  /** Consecutive reviews with 检查性发言 including this one (0 when none this quarter). */
  statementStreak: number;
  /** The confirmed outcomes: the computed ones with the office's decisions applied. */
  outcomes: ReviewOutcome[];
  /** Computed 经验介绍 / 检查性发言 the office removed, each with `office.reason`. */
  overruled: ReviewOutcome[];
  flags: { selfHigh: number; unchecked: number };
}

/** What a previous review decided, as far as the streak of 检查性发言 needs: its confirmed list. */
export interface PriorReview {
  quarter: string;
  statementUnitCodes: readonly string[];
}

export interface QuarterInput {
  /** e.g. `2021Q2` */
  quarter: string;
  template: IndicatorTemplate;
  roster: readonly Unit[];
  settings?: Partial<ScoringSettings>;
  ledgers: readonly LedgerFacts[];
  inspections: readonly InspectionRecord[];
  history?: readonly PriorReview[];
  /**
   * The office's changes to the computed 经验介绍 and 检查性发言 lists (办公室调整), applied
   * before the 检查性发言 streak is counted: 通报批评, 约谈 and the next quarter follow the
   * confirmed lists.
   */
  decisions?: readonly OfficeDecisionInput[];
  /**
   * The day the review is taken as of (ISO). Months whose ledger is not yet due that day are
   * 未到期, and timeliness and quality count only the months due so far (or already received).
   * Without it every month of the quarter is due (the review after the quarter).
   */
  asOf?: string;
}

export interface QuarterReview {
  quarter: string;
  /** The settings the review used (defaults overlaid with the input's). */
  settings: ScoringSettings;
  /** 点评会议日 */
  reviewDate: string;
  months: string[];
  inspectionPeriods: string[];
  /** Grouped 县区 then 市直, each group in display order. */
  units: UnitQuarterResult[];
  warnings: ScoringWarning[];
  /** Every decision of the office given, in input order, with what became of it. */
  decisions: OfficeDecisionResult[];
  /** The day the review was taken as of, or null for the review after the quarter. */
  asOf: string | null;
  /**
   * Every month's ledger is due as of `asOf` (always true without it). Before that the scores and
   * outcomes rest on part of the quarter: hosts show them only when asked.
   */
  complete: boolean;
}
