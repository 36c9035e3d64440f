import type { IndicatorTemplate, PriorReview, QuarterReview, Unit } from '@ledger-review/scoring';
import type { Consolidation, HandTyped } from '../consolidate/types';
import type { Register } from '../rectification/register';
import type { ReviewProblem } from './problemSheets';

export interface ReviewPlanArgs {
  /** The scoring library's review of the quarter (reviewQuarter). */
  review: QuarterReview;
  /** What was received for the quarter: ledgers with rows, inspections, file accounting, findings. */
  consolidation: Consolidation;
  template: IndicatorTemplate;
  roster: readonly Unit[];
  /** What the office typed in an earlier version of this workbook (readHandTyped), to keep. */
  handTyped?: HandTyped;
  /** Earlier reviews' 检查性发言, composites and ranks (readHistory of the previous quarter's workbook). */
  history?: ReviewHistoryEntry[];
  /** Tool and version that built the workbook, recorded in the metadata. */
  generatedBy?: string;
  /**
   * The previous quarter, when its review was not found: the 点评通报 draft then says that the
   * two-consecutive-statements rule (通报批评, 约谈) could not be applied.
   */
  historyMissing?: string;
  /** 通报问题 with their ids (reviewProblems); computed here when absent. */
  problems?: readonly ReviewProblem[];
  /**
   * The 整改台账 (buildRegister: items carried from the previous review, reports, re-checks);
   * built here from the consolidation alone when absent (nothing carried).
   */
  rectification?: Register;
}

/**
 * The parts of a validation finding the review lists. Structural, so any finding record with
 * these fields (the scoring library's `Finding`) fits.
 */
export interface FindingLike {
  code: string;
  severity: string;
  message: string;
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  /** A1 address such as `G12`. */
  address?: string;
}

/** Absolute ranges (with sheet name) that formulas on other sheets sum over. */
export interface IndicatorScoreRefs {
  unitCodes: string;
  periods: string;
  areas: string;
  points: string;
  used: string;
}

export interface SubmissionRefs {
  unitCodes: string;
  onTime: string;
  validRows: string;
  dueRows: string;
}

/** Where each unit's row of 综合排名 is, for references from 点评结果. */
export interface RankingRefs {
  rowOf: Map<string, number>;
  compositeColumn: number;
  rankColumn: number;
}

/** One unit's standing in an earlier review, as its 历次点评 sheet recorded it. */
export interface HistoricResult {
  composite: number;
  rank: number;
}

/**
 * An earlier review as 历次点评 records it: the 检查性发言 the scoring library needs, and each
 * unit's 综合得分 and 排名 for 较上季度 and the trend chart. `results` is absent for workbooks
 * written before those columns existed.
 */
export interface ReviewHistoryEntry extends PriorReview {
  results?: Record<string, HistoricResult>;
}
