/**
 * The 整改 closed loop (SPEC §10): a problem found becomes an item with an id, a requirement
 * (整改要求) and a deadline (整改时限); the unit reports progress on it in its next ledgers
 * (整改情况); the next round's team re-checks it (整改复查); the office closes it, with evidence
 * (销号依据), and only then is it done — a unit's 已完成 or a team's 已整改 close nothing.
 */

/**
 * Where an item comes from, as the review's 通报问题 names its sources: 检查 (the team's
 * 发现问题), 报送 (late or missing ledgers), 校验 (ledger errors), 评分 (自评偏高). A unit's
 * own 存在问题 (source 台账) is not an item: the unit reports on it every month in its ledger.
 */
export type RectificationSource = '检查' | '报送' | '校验' | '评分';
export const RECTIFICATION_SOURCES: readonly RectificationSource[] = ['检查', '报送', '校验', '评分'];

/** 整改事项 */
export interface RectificationItem {
  /** 问题编号 (rectificationId). */
  id: string;
  unitCode: string;
  source: RectificationSource;
  /** Bimonth, month or quarter the problem was found in. */
  period: string;
  /** '' where the problem is not about one indicator. */
  indicatorCode: string;
  /** 存在问题 / 发现问题 */
  problem: string;
  /** 整改要求 */
  requirement: string;
  /** 整改时限, ISO; null where none is known. */
  deadline: string | null;
}

/** 整改状态 a unit reports in its ledger's 整改情况 sheet. */
export type UnitRectificationStatus = '未启动' | '整改中' | '已完成';
export const UNIT_RECTIFICATION_STATUSES: readonly UnitRectificationStatus[] = ['未启动', '整改中', '已完成'];

/** One row of a unit's 整改情况 sheet: what it says about one of its items. */
export interface RectificationReport {
  id: string;
  unitCode: string;
  /** The ledger's month (the latest month's report is the unit's current word). */
  month: string;
  status: UnitRectificationStatus | null;
  /** 整改措施及进展 */
  measures: string;
  /** 佐证材料 */
  evidence: string;
  /** 完成日期, ISO. */
  doneOn: string | null;
  /** 1-based row of the 整改情况 sheet (0 when not from a sheet). */
  row: number;
}

/** 复查结果 the next round's team records. */
export type RecheckResult = '已整改' | '部分整改' | '未整改';
export const RECHECK_RESULTS: readonly RecheckResult[] = ['已整改', '部分整改', '未整改'];

/** One row of an inspection workbook's 整改复查 sheet. */
export interface RectificationRecheck {
  id: string;
  unitCode: string;
  /** The round that re-checked (`2021-B3`). */
  period: string;
  result: RecheckResult | null;
  /** 复查说明 */
  note: string;
  /** 复查人 */
  inspector: string;
}

/**
 * What the office typed against an item in the review's 整改台账: its own notes (整改情况),
 * the evidence it accepted (销号依据) and the day it closed the item (完成时间).
 */
export interface OfficeClosure {
  progress: string;
  basis: string;
  /** ISO date, or the text the office typed. */
  doneOn: string;
}

/** open 整改中 · done 已销号 · overdue 已逾期 (open past its deadline). */
export type RectificationState = 'open' | 'done' | 'overdue';
export const RECTIFICATION_STATE_LABEL: Readonly<Record<RectificationState, string>> = {
  open: '整改中',
  done: '已销号',
  overdue: '已逾期',
};
