/**
 * The cast of the sample quarter: how well each sample unit does and what goes wrong where.
 * The numbers are tuned (and pinned by the tests through the real `reviewQuarter`) so that one
 * quarter shows every outcome of the work plan: 经验介绍 in both groups, 检查性发言 in both
 * groups, one unit on its second consecutive 检查性发言 (通报批评 + 约谈), a 文明单位 with two
 * ledgers missing (severe proposal), exact ties, late and missing ledgers and invalid cells.
 *
 * Events name a quarter slot — 0 the previous quarter, 1 the sample quarter, 2 and 3 the two
 * quarters after it (staged for the sample year only) — and a month index 0–2 inside it, so the
 * cast fits any quarter the caller asks for.
 */

/** 0 = previous quarter, 1 = the sample quarter, 2 and 3 = the quarters after it (the sample year's second half). */
export type Slot = 0 | 1 | 2 | 3;

export interface UnitScript {
  /**
   * Target inspection score rate (检查得分率, %) in the previous quarter, the sample quarter and
   * the two quarters after it (the sample year's 2021Q3 and 2021Q4).
   */
  rate: [number, number, number, number];
  /** Share of indicators on which the unit scores itself above what it earned (自评偏高). */
  optimism: number;
  /** Deliverables land later than the plan (−1 early … +2 late, in months). */
  delay: number;
  /**
   * Units sharing a tie key get the same per-period targets and a clean record, so their
   * composites are exactly equal (并列).
   */
  tieKey?: string;
}

export const UNIT_SCRIPTS: Readonly<Record<string, UnitScript>> = {
  // 县区 group (counties, districts and the three functional zones)
  XQ01: { rate: [93, 96, 95, 94], optimism: 0.04, delay: -1 }, // 华龙区: 经验介绍 twice
  XQ02: { rate: [86, 85, 87, 88], optimism: 0.08, delay: 0, tieKey: 'XQ-tie' }, // 濮阳县
  XQ03: { rate: [90, 93, 91, 90], optimism: 0.05, delay: -1 }, // 清丰县: 经验介绍; metadata sheet lost in month 3
  XQ04: { rate: [72, 70, 80, 83], optimism: 0.3, delay: 2 }, // 南乐县: 检查性发言 twice running → 通报批评 + 约谈
  XQ05: { rate: [74, 84, 85, 86], optimism: 0.12, delay: 1 }, // 范县: statement last quarter (late), improved
  XQ06: { rate: [84, 83, 82, 84], optimism: 0.1, delay: 0 }, // 台前县: progress 120
  XQ07: { rate: [83, 85, 84, 86], optimism: 0.08, delay: 0, tieKey: 'XQ-tie' }, // 开发区: tied with 濮阳县
  XQ08: { rate: [87, 86, 86, 85], optimism: 0.06, delay: 0 }, // 工业园区: late in month 3 both quarters
  XQ09: { rate: [82, 73, 84, 85], optimism: 0.35, delay: 1 }, // 示范区: slipped to 检查性发言
  // 市直 group
  SZ01: { rate: [94, 97, 96, 95], optimism: 0.03, delay: -1 }, // 市司法局: 经验介绍
  SZ02: { rate: [92, 95, 93, 94], optimism: 0.04, delay: -1 }, // 市市场监督管理局: 经验介绍
  SZ03: { rate: [90, 89, 90, 91], optimism: 0.05, delay: 0 }, // 市统计局: ≥ 90 but 4th (no 经验介绍); file renamed oddly
  SZ04: { rate: [88, 87, 87, 88], optimism: 0.08, delay: 0 }, // 市住建局: 已完成 without evidence
  SZ05: { rate: [89, 88, 88, 89], optimism: 0.06, delay: 0 }, // 市发改委: "８０％"
  SZ06: { rate: [85, 86, 86, 87], optimism: 0.1, delay: 0 }, // 市自然资源和规划局: self-score above 分值
  SZ07: { rate: [84, 85, 85, 86], optimism: 0.08, delay: 0, tieKey: 'SZ-tie' }, // 市生态环境局
  SZ08: { rate: [91, 93, 92, 92], optimism: 0.04, delay: -1 }, // 市审计局: 经验介绍
  SZ09: { rate: [86, 84, 85, 86], optimism: 0.1, delay: 0 }, // 市应急管理局: phone in a bad format
  SZ10: { rate: [87, 86.5, 87, 87], optimism: 0.06, delay: 0 }, // 市教育局: corrected resubmission
  SZ11: { rate: [84.5, 83.5, 84, 85], optimism: 0.1, delay: 0 }, // 市公安局: "=…" text in 存在问题
  SZ12: { rate: [85.5, 85.5, 85, 84], optimism: 0.08, delay: 0 }, // 市民政局: 10 days late
  SZ13: { rate: [88.5, 80, 81, 76], optimism: 0.1, delay: 1 }, // 市财政局 (文明单位): two ledgers missing → severe
  SZ14: { rate: [73, 82, 83, 84], optimism: 0.15, delay: 1 }, // 市人社局: statement last quarter; unit only in file name
  SZ15: { rate: [83.5, 85, 84, 85], optimism: 0.08, delay: 0, tieKey: 'SZ-tie' }, // 市交通运输局: tied with 生态环境局
  SZ16: { rate: [75, 84, 84, 83], optimism: 0.12, delay: 1 }, // 市水利局: statement last quarter, late both quarters
  SZ17: { rate: [74, 82.5, 76, 84], optimism: 0.15, delay: 1 }, // 市农业农村局: statement last quarter
  SZ18: { rate: [83, 72, 79, 82], optimism: 0.4, delay: 1 }, // 市卫健委: slipped to 检查性发言, inflates self-scores
  SZ19: { rate: [82.5, 78, 82, 83], optimism: 0.15, delay: 1 }, // 市城市管理局: ledger missing → statement
  SZ20: { rate: [82, 83, 83, 78], optimism: 0.08, delay: 0 }, // 市行政审批和政务信息管理局
};

/** A unit that is not in the script (a custom roster) does averagely. */
export const DEFAULT_SCRIPT: UnitScript = { rate: [85, 85, 85, 85], optimism: 0.1, delay: 0 };

export interface MonthRef {
  unitCode: string;
  slot: Slot;
  /** 0–2: month of the quarter. */
  monthIndex: number;
}

export interface LateEvent extends MonthRef {
  /** Days after the due date (2–10). */
  days: number;
}

export type InvalidKind =
  | 'progress-over-100'
  | 'completed-without-evidence'
  | 'self-score-above-points'
  | 'full-width-percent'
  | 'formula-like-text'
  | 'bad-phone'
  | 'not-started-with-progress';

export interface InvalidEvent extends MonthRef {
  kind: InvalidKind;
}

export type FileQuirk =
  /** The hidden metadata sheet was lost (copied into a new workbook): identified by the header. */
  | 'no-metadata'
  /** Metadata lost and 单位名称 left blank: only the file name says whose it is. */
  | 'unit-only-in-file-name'
  /** Saved under a meaningless name: identified by its metadata. */
  | 'odd-file-name';

export interface QuirkEvent extends MonthRef {
  quirk: FileQuirk;
}

export interface ResubmissionEvent extends MonthRef {
  /** Day of the month after the ledger month on which the first and the corrected file were filled. */
  firstDay: number;
  correctedDay: number;
  /** What was wrong in the first file (fixed in the correction). */
  firstFileError: InvalidKind;
}

export const LATE: readonly LateEvent[] = [
  { unitCode: 'XQ05', slot: 0, monthIndex: 0, days: 4 },
  { unitCode: 'SZ16', slot: 0, monthIndex: 1, days: 6 },
  { unitCode: 'XQ08', slot: 0, monthIndex: 2, days: 2 },
  { unitCode: 'SZ16', slot: 1, monthIndex: 0, days: 7 },
  { unitCode: 'XQ05', slot: 1, monthIndex: 1, days: 3 },
  { unitCode: 'SZ12', slot: 1, monthIndex: 1, days: 10 },
  { unitCode: 'XQ08', slot: 1, monthIndex: 2, days: 2 },
  // The sample year's second half.
  { unitCode: 'XQ05', slot: 2, monthIndex: 0, days: 5 },
  { unitCode: 'SZ16', slot: 2, monthIndex: 2, days: 4 },
  { unitCode: 'XQ08', slot: 3, monthIndex: 1, days: 3 },
  { unitCode: 'SZ12', slot: 3, monthIndex: 2, days: 6 },
];

export const MISSING: readonly MonthRef[] = [
  { unitCode: 'SZ14', slot: 0, monthIndex: 1 },
  { unitCode: 'SZ19', slot: 1, monthIndex: 0 },
  { unitCode: 'SZ13', slot: 1, monthIndex: 1 },
  { unitCode: 'SZ13', slot: 1, monthIndex: 2 },
  // The sample year's second half: 市农业农村局 misses August; 市财政局, chased in July for May
  // and June, misses November and is chased again in January.
  { unitCode: 'SZ17', slot: 2, monthIndex: 1 },
  { unitCode: 'SZ13', slot: 3, monthIndex: 1 },
];

export const INVALID: readonly InvalidEvent[] = [
  { unitCode: 'SZ18', slot: 0, monthIndex: 1, kind: 'not-started-with-progress' },
  { unitCode: 'XQ06', slot: 1, monthIndex: 0, kind: 'progress-over-100' },
  { unitCode: 'SZ05', slot: 1, monthIndex: 0, kind: 'full-width-percent' },
  { unitCode: 'SZ04', slot: 1, monthIndex: 1, kind: 'completed-without-evidence' },
  { unitCode: 'SZ11', slot: 1, monthIndex: 1, kind: 'formula-like-text' },
  { unitCode: 'SZ06', slot: 1, monthIndex: 2, kind: 'self-score-above-points' },
  { unitCode: 'SZ09', slot: 1, monthIndex: 2, kind: 'bad-phone' },
];

export const QUIRKS: readonly QuirkEvent[] = [
  { unitCode: 'SZ03', slot: 1, monthIndex: 0, quirk: 'odd-file-name' },
  { unitCode: 'SZ14', slot: 1, monthIndex: 1, quirk: 'unit-only-in-file-name' },
  { unitCode: 'XQ03', slot: 1, monthIndex: 2, quirk: 'no-metadata' },
];

export const RESUBMISSIONS: readonly ResubmissionEvent[] = [
  {
    unitCode: 'SZ10',
    slot: 1,
    monthIndex: 1,
    firstDay: 2,
    correctedDay: 4,
    firstFileError: 'self-score-above-points',
  },
];

/** Units whose scripts promise each outcome (checked against the real review by the tests). */
export const PROMISED = {
  /** 经验介绍 in the sample quarter, per group. */
  experience: { 县区: ['XQ01', 'XQ03'], 市直: ['SZ01', 'SZ02', 'SZ08'] },
  /** 检查性发言 in the previous quarter. */
  previousStatements: ['XQ04', 'XQ05', 'SZ14', 'SZ16', 'SZ17'],
  /** 检查性发言 in the sample quarter. */
  statements: ['XQ04', 'XQ09', 'SZ13', 'SZ18', 'SZ19'],
  /** Second consecutive 检查性发言 → 通报批评 + 约谈. */
  secondStatement: 'XQ04',
  /** 文明单位 with a severe proposal (two ledgers missing). */
  severeCivilized: 'SZ13',
  ties: [
    ['XQ02', 'XQ07'],
    ['SZ07', 'SZ15'],
  ],
} as const;
