/**
 * Everything the 公文 and the 本单位情况 pages need, as plain data read from a quarterly review
 * workbook (readReviewDocumentModel). The documents are built from this model only, so every
 * number they print is a number the workbook holds.
 */
import type { OutcomeKind, UnitQuarterResult } from '@ledger-review/scoring';

export interface DocAreaScore {
  area: number;
  /** 检查内容, e.g. 依法全面履行政府职能 */
  name: string;
  /** Summed over the quarter's inspection periods (得分明细). */
  obtained: number;
  available: number;
}

export interface DocLedgerMonth {
  /** `2021-04` */
  month: string;
  /** 按时 / 逾期 N 天 / 未报送 / 日期不明, as 报送情况 shows it. */
  label: string;
  onTime: boolean;
}

export interface DocOutcome {
  kind: OutcomeKind;
  /** 经验介绍 … */
  label: string;
  unitCode: string;
  reason: string;
  /** A severe outcome the office must confirm (拟提议). */
  proposed: boolean;
  /** 办公室确认: 待确认 / 同意 / 不同意, or '' where the row has none. */
  confirmation: string;
  /** The office's change (办公室调整): added to the list, removed from it (not decided), or none. */
  office: 'add' | 'remove' | null;
  /** Whether documents treat it as decided: not a proposal, or a proposal the office agreed to. */
  decided: boolean;
}

export interface DocProblem {
  unitCode: string;
  /** 报送 / 检查 / 台账 / 校验 / 评分 */
  source: string;
  period: string;
  indicatorCode: string;
  problem: string;
  detail: string;
}

export interface DocRectification {
  /** 问题编号; '' in workbooks written before items had ids. */
  id: string;
  unitCode: string;
  period: string;
  indicatorCode: string;
  problem: string;
  requirement: string;
  /** ISO date, or the text the sheet holds. */
  deadline: string;
  progress: string;
  /** ISO date, or '' while the item is open. */
  doneOn: string;
  /** 销号依据 the office typed. */
  basis: string;
  /** 状态 as the workbook holds it (整改中 / 已逾期 / 已销号); '' in workbooks without the column. */
  state: string;
}

export interface DocIndicatorScore {
  unitCode: string;
  period: string;
  code: string;
  area: number;
  areaName: string;
  points: number;
  inspectionScore: number | null;
  selfScore: number | null;
  used: number;
  /** 检查 / 自评（未经检查） / 无 */
  source: string;
}

export interface DocPreviousStanding {
  quarter: string;
  composite: number;
  rank: number;
}

/** A unit as the review workbook states it: the library's figures (read back from the sheets) and what the office typed. */
export interface DocUnit extends Pick<UnitQuarterResult, 'group' | 'inspectionRate' | 'timeliness' | 'quality' | 'composite' | 'rank' | 'tied'> {
  code: string;
  name: string;
  /** Units in the same group (the denominator of “第 3 名 / 9 个”). */
  groupSize: number;
  /** 得分率 of each inspection period, by period code. */
  periodRates: Record<string, number>;
  /** 分析原因 and 会议备注 the office typed in 综合排名. */
  analysis: string;
  remarks: string;
  areas: DocAreaScore[];
  ledgers: DocLedgerMonth[];
  /** The previous quarter's composite and rank, where 历次点评 recorded them. */
  previous: DocPreviousStanding | null;
  /** Composite and rank of every quarter 历次点评 holds (this one included), oldest first. */
  trend: DocPreviousStanding[];
}

export interface ReviewDocumentModel {
  /** `2021Q2` */
  quarter: string;
  /** 点评会议日, ISO. */
  reviewDate: string;
  months: string[];
  periods: string[];
  /** Decimals of the composite (评分规则), for printing it as the sheet does. */
  compositeDecimals: number;
  /** The 经验介绍 minimum and the 检查性发言 line (评分规则): the 90 and 80 of the charts. */
  experienceMin: number;
  statementBelow: number;
  /** Weights of the composite (评分规则), e.g. 0.8 / 0.1 / 0.1. */
  weights: { inspection: number; timeliness: number; quality: number };
  /** 台账报送截止日 (评分规则): ledgers are due by this day of the next month. */
  ledgerDueDay: number;
  /** 县区 block then 市直 block, each in the workbook's display order. */
  units: DocUnit[];
  outcomes: DocOutcome[];
  problems: DocProblem[];
  rectifications: DocRectification[];
  indicatorScores: DocIndicatorScore[];
  /** Quarters 历次点评 holds, oldest first. */
  quarters: string[];
}
