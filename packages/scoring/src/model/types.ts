/**
 * The domain records of 台账点评. Every host (Excel through the Office JavaScript API, .xlsx files via the workbook
 * layer, the browser) turns its cells into these records and back; nothing here knows about cells
 * beyond the 1-based row and A1 column that findings point at.
 */

/** 单位分组: 县区 (counties/districts and the three functional zones) or 市直 (city departments). */
export type UnitGroup = '县区' | '市直';
export const UNIT_GROUPS: readonly UnitGroup[] = ['县区', '市直'];

/** What a unit is, as shown in the roster; functional zones (功能区) rank with 县区 by default. */
export type UnitKind = '县区' | '功能区' | '市直';

/** 单位 */
export interface Unit {
  /** Stable code, e.g. `XQ01` or `SZ03`; never shown as the unit's name. */
  code: string;
  /** Full official name (全称). */
  name: string;
  /** Short and former names (简称、曾用名) accepted wherever a unit name is typed. */
  aliases: readonly string[];
  group: UnitGroup;
  kind: UnitKind;
  /** 文明单位 title holder: severe outcomes then also propose 建议取消文明单位荣誉称号. */
  civilized: boolean;
  contact?: string;
  phone?: string;
}

/** 检查内容八个方面: area number 1–8. */
export type AreaNo = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface Area {
  no: AreaNo;
  name: string;
}

/**
 * Which units an indicator applies to: everyone, one group, or units named by the
 * responsibility allocation (牵头/责任单位), by code.
 */
export type Applicability =
  | { kind: 'all' }
  | { kind: 'group'; group: UnitGroup }
  | { kind: 'units'; unitCodes: readonly string[] };

/**
 * 填报频次: an indicator reported 每月 is in every month's ledger; the others only in the ledgers
 * of their due months (settings.dueMonths). Older templates wrote 季度 and 年度; they are read as
 * 每季度 and 每年.
 */
export type ReportingFrequency = '每月' | '双月' | '每季度' | '每半年' | '每年';
export const REPORTING_FREQUENCIES: readonly ReportingFrequency[] = ['每月', '双月', '每季度', '每半年', '每年'];

/** The frequencies with due months (every frequency but 每月). */
export type PeriodicFrequency = Exclude<ReportingFrequency, '每月'>;
export const PERIODIC_FREQUENCIES: readonly PeriodicFrequency[] = ['双月', '每季度', '每半年', '每年'];

/** 目标值: a numeric target the actual value (实际值) must reach, e.g. 报备率 ≥ 100%. */
export interface IndicatorTarget {
  value: number;
  /** Display unit, e.g. `%`, `次`, `件`. */
  unit: string;
}

/** A leaf indicator (末级指标) of the indicator template. */
export interface Indicator {
  /** e.g. `2.3`: area 2, third indicator. */
  code: string;
  area: AreaNo;
  /** 指标内容 */
  text: string;
  /** 分值 */
  points: number;
  /** 评分标准 */
  standard: string;
  /** 佐证材料要求 */
  evidence: string;
  target?: IndicatorTarget;
  appliesTo: Applicability;
  /** Whether 不适用 is an acceptable status (then a 情况说明 in 备注 is required). */
  allowNotApplicable: boolean;
  frequency: ReportingFrequency;
  /** 牵头单位 (display only). */
  lead?: string;
}

/** 指标体系: a versioned indicator template. */
export interface IndicatorTemplate {
  /** e.g. `2021.1`; recorded in every ledger workbook generated from it. */
  version: string;
  name: string;
  areas: readonly Area[];
  indicators: readonly Indicator[];
}

/** 完成状态 */
export type LedgerStatus = '未启动' | '推进中' | '已完成' | '常态化' | '不适用';
export const LEDGER_STATUSES: readonly LedgerStatus[] = ['未启动', '推进中', '已完成', '常态化', '不适用'];

/** Header fields of a ledger (表头). */
export type LedgerHeaderField = 'unitName' | 'month' | 'filler' | 'phone' | 'filledDate' | 'reviewer';

/** Table columns of a ledger (台账列), in template order. */
export type LedgerField =
  | 'code'
  | 'area'
  | 'text'
  | 'points'
  | 'target'
  | 'workDone'
  | 'status'
  | 'progress'
  | 'actual'
  | 'evidence'
  | 'selfScore'
  | 'problems'
  | 'nextSteps'
  | 'remarks';

/** A ledger row after normalisation (one per applicable indicator, per unit, per month). */
export interface LedgerRow {
  /** 1-based sheet row the record came from (0 when the row did not come from a sheet). */
  row: number;
  code: string;
  /** 本月工作完成情况 */
  workDone: string;
  status: LedgerStatus | null;
  /** 完成进度(%), 0–100. */
  progress: number | null;
  /** 实际值 (for targeted indicators). */
  actual: number | null;
  /** 佐证材料 */
  evidence: string;
  /** 自评分 */
  selfScore: number | null;
  problems: string;
  nextSteps: string;
  remarks: string;
}

/** A ledger's header after normalisation. Dates are ISO `YYYY-MM-DD`, months `YYYY-MM`. */
export interface LedgerHeader {
  unitName: string;
  /** Resolved roster code, or null when the name matches no unit. */
  unitCode: string | null;
  month: string | null;
  filler: string;
  phone: string;
  filledDate: string | null;
  reviewer: string;
}

/** 检查记录: one inspection score for one unit, indicator and bimonth. */
export interface InspectionRecord {
  /** Bimonth, e.g. `2021-B1`. */
  period: string;
  unitCode: string;
  indicatorCode: string;
  /** 检查得分; null when the team did not score it. */
  score: number | null;
  deductionReason: string;
  problems: string;
  rectification: string;
  /** 整改时限, ISO date or null. */
  deadline: string | null;
  inspector: string;
}

/**
 * The facts of one received ledger that scoring needs: who, which month, when it arrived,
 * its self-scores and how many of its applicable rows passed validation.
 */
export interface LedgerFacts {
  unitCode: string;
  month: string;
  /** 填报日期 from the ledger, ISO. */
  filledDate: string | null;
  /** 收到日期 recorded by the office, ISO; wins over filledDate when present. */
  receivedDate: string | null;
  /** Self-score per indicator code (null where blank or invalid). */
  selfScores: Record<string, number | null>;
  /** Applicable rows without an error-severity finding. */
  validRows: number;
  /** Rows the unit had to fill (indicators applicable to it). */
  applicableRows: number;
}

/** 检查组成员 */
export interface Inspector {
  name: string;
  /** Code of the unit the inspector comes from (for 回避). */
  unitCode: string;
  role: '副局长' | '科长' | '创建专班';
  phone?: string;
}

/** 双月检查组: four bureaus × (deputy director, section chief, 专班 staff). */
export interface InspectionTeam {
  members: readonly Inspector[];
}
