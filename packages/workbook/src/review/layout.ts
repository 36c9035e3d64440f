/**
 * The quarterly review workbook's layout (SPEC section 5): sheet names, the fixed rows of every
 * table sheet and each table's columns. The plan builders write at these positions; the readers
 * (readHandTyped, readHistory) find tables by their header labels, so a workbook whose columns
 * the office moved still reads. README.md in this folder documents the same positions.
 */


/** Sheet names, in workbook order. */
export const REVIEW_SHEETS = {
  summary: '点评通报',
  ranking: '综合排名',
  charts: '图表',
  areaScores: '得分明细',
  indicatorScores: '指标得分',
  submissions: '报送情况',
  outcomes: '点评结果',
  problems: '通报问题',
  rectification: '整改台账',
  ledgerRows: '台账汇总',
  files: '文件清单',
  findings: '问题清单',
  settings: '评分规则',
  history: '历次点评',
  meta: '元数据',
} as const;

/**
 * The sheets that stand on their own without scores (no formula refers outside them): what
 * `consolidate` writes when no review is wanted.
 */
export const CONSOLIDATION_SHEETS: readonly string[] = [
  REVIEW_SHEETS.submissions,
  REVIEW_SHEETS.problems,
  REVIEW_SHEETS.rectification,
  REVIEW_SHEETS.ledgerRows,
  REVIEW_SHEETS.files,
  REVIEW_SHEETS.findings,
  // What the workbook is and which quarter: without it a re-run into the same --out is refused
  // as a foreign file.
  REVIEW_SHEETS.meta,
];

/** Every table sheet: title in row 1, a note in row 2, the header in row 3, data from row 4. */
export const TITLE_ROW = 1;
export const NOTE_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

export interface ReviewColumn<K extends string = string> {
  key: K;
  label: string;
  width: number;
}

const col = <K extends string>(key: K, label: string, width: number): ReviewColumn<K> => ({
  key,
  label,
  width,
});

/** 1-based column number of a key; throws for a key the table does not have (a programming error). */
export function columnOf<K extends string>(columns: readonly ReviewColumn<K>[], key: K): number {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new RangeError(`no column ${key}`);
  return i + 1;
}

/** 指标得分: one row per unit × inspection period × applicable indicator (template order). */
export const INDICATOR_SCORE_COLUMNS = [
  col('unitCode', '单位编码', 10),
  col('unitName', '单位名称', 22),
  col('period', '检查期间', 10),
  col('code', '指标编号', 9),
  col('area', '方面', 6),
  col('areaName', '检查内容', 26),
  col('points', '分值', 7),
  col('inspection', '检查得分', 9),
  col('self', '自评分（期内最新台账）', 12),
  col('used', '采用得分', 9),
  col('source', '来源', 15),
  col('selfHigh', '自评偏高', 9),
] as const;

/** 得分明细: per unit × inspection period × area, then a 合计 row. */
export const AREA_SCORE_COLUMNS = [
  col('unitCode', '单位编码', 10),
  col('unitName', '单位名称', 22),
  col('group', '分组', 7),
  col('period', '检查期间', 10),
  col('area', '方面', 6),
  col('areaName', '检查内容', 30),
  col('obtained', '得分', 9),
  col('available', '应得分', 9),
  col('rate', '得分率', 9),
] as const;

/**
 * 综合排名 columns before and after the per-period rate columns (one per inspection period,
 * inserted after 单位名称).
 */
export const RANKING_LEAD_COLUMNS = [
  col('group', '分组', 7),
  col('unitCode', '单位编码', 10),
  col('unitName', '单位名称', 24),
] as const;
export const RANKING_TAIL_COLUMNS = [
  col('inspectionRate', '检查得分率', 11),
  col('timeliness', '报送及时率', 11),
  col('quality', '填报质量', 10),
  col('composite', '综合得分', 10),
  col('rank', '排名', 7),
  col('tied', '并列', 7),
  col('outcomes', '点评结果', 30),
  col('analysis', '分析原因', 36),
  col('remarks', '会议备注', 30),
] as const;
/** Columns of 综合排名 the office types in; kept across rebuilds by unit code. */
export const RANKING_HAND_TYPED = ['分析原因', '会议备注'] as const;

/** 报送情况, the long table the ranking formulas use (below the status matrix). */
export const SUBMISSION_COLUMNS = [
  col('unitCode', '单位编码', 10),
  col('unitName', '单位名称', 22),
  col('month', '月份', 10),
  col('dueDate', '截止日期', 12),
  col('submittedOn', '报送日期', 12),
  col('state', '状态', 12),
  col('daysLate', '逾期天数', 9),
  col('onTime', '按时', 7),
  col('validRows', '有效行数', 9),
  col('dueRows', '应填行数', 9),
] as const;
export const SUBMISSION_DETAIL_TITLE = '报送明细';

/** 点评结果: one block per outcome kind. */
export const OUTCOME_COLUMNS = [
  col('no', '序号', 6),
  col('kind', '点评结果', 22),
  col('group', '分组', 7),
  col('unitCode', '单位编码', 10),
  col('unitName', '单位名称', 24),
  col('composite', '综合得分', 10),
  col('rank', '排名', 7),
  col('reason', '原因', 60),
  col('nature', '性质', 9),
  col('confirm', '办公室确认', 12),
] as const;
export const CONFIRM_LABEL = '办公室确认';
export const CONFIRM_CHOICES = ['待确认', '同意', '不同意'] as const;
export const PROPOSAL_MARK = '拟提议';
/** byUnit key of the office's confirmation of one proposed outcome, e.g. `办公室确认（取消年度综合考评评先资格）`. */
export const confirmKey = (outcomeLabel: string) => `${CONFIRM_LABEL}（${outcomeLabel}）`;

/**
 * 点评结果's first table, 办公室调整: the office's changes to the computed 经验介绍 and 检查性发言
 * lists (SPEC §10), one line each — kept across rebuilds, applied by the library, and shown in
 * the outcome blocks below. The columns line up with OUTCOME_COLUMNS (same widths); 处理结果
 * spans the last two.
 */
export const DECISION_COLUMNS = [
  col('no', '序号', 6),
  col('outcome', '点评结果', 22),
  col('action', '调整', 7),
  col('unitCode', '单位编码', 10),
  col('unitName', '单位名称', 24),
  col('composite', '综合得分', 10),
  col('rank', '排名', 7),
  col('reason', '调整理由', 60),
  col('result', '处理结果', 9),
] as const;
export const DECISION_TITLE = '办公室调整';
/** The labels readHandTyped finds the table by (the add-in reads these columns back too). */
export const DECISION_HAND_TYPED = ['点评结果', '调整', '单位名称', '调整理由'] as const;
export const DECISION_OUTCOME_CHOICES = ['经验介绍', '检查性发言'] as const;
export const DECISION_ACTION_CHOICES = ['增加', '取消'] as const;
/** Empty lines offered for new decisions after those already typed. */
export const DECISION_BLANK_ROWS = 3;
export const DECISION_APPLIED = '已生效';
/** 性质 of a block row the office changed. */
export const OFFICE_ADDED_MARK = '办公室增加';
export const OFFICE_REMOVED_MARK = '办公室取消';

/** 通报问题; 问题编号 is the problem's id (rectificationId), the same in 整改台账. */
export const PROBLEM_COLUMNS = [
  col('no', '序号', 6),
  col('id', '问题编号', 24),
  col('unitCode', '单位编码', 10),
  col('unitName', '单位名称', 22),
  col('group', '分组', 7),
  col('source', '来源', 10),
  col('period', '期间', 10),
  col('code', '指标编号', 9),
  col('problem', '问题', 50),
  col('detail', '扣分原因 / 说明', 40),
] as const;

/**
 * 整改台账: every open 整改 item (carried from the last review, found this quarter) and those
 * closed since. 单位自报 and 复查情况 come from the units' ledgers and the next round's team;
 * 整改情况, 销号依据 and 完成时间 are typed by the office and kept by 问题编号; 状态 is a formula.
 */
export const RECTIFICATION_COLUMNS = [
  col('no', '序号', 6),
  col('id', '问题编号', 24),
  col('unitCode', '单位编码', 10),
  col('unitName', '单位名称', 20),
  col('source', '来源', 7),
  col('period', '检查期间', 10),
  col('code', '指标编号', 9),
  col('problem', '发现问题', 34),
  col('requirement', '整改要求', 30),
  col('deadline', '整改时限', 12),
  col('reportStatus', '单位自报', 14),
  col('report', '自报情况', 34),
  col('recheck', '复查情况', 28),
  col('progress', '整改情况', 30),
  col('basis', '销号依据', 28),
  col('doneOn', '完成时间', 12),
  col('state', '状态', 9),
] as const;
/** The office's columns of 整改台账, kept across rebuilds: 整改情况, 完成时间 and the evidence it closed an item on (销号依据). */
export const RECTIFICATION_HAND_TYPED = ['整改情况', '完成时间', '销号依据'] as const;
export const RECTIFICATION_ID_LABEL = '问题编号';
export const rectificationKey = (unitCode: string, period: string, indicatorCode: string) =>
  `${unitCode}|${period}|${indicatorCode}`;

/** 台账汇总: every accepted ledger row. */
export const LEDGER_ROW_COLUMNS = [
  col('unitCode', '单位编码', 10),
  col('unitName', '单位名称', 22),
  col('month', '报告月份', 10),
  col('row', '源行号', 7),
  col('code', '指标编号', 9),
  col('area', '检查内容', 20),
  col('text', '指标内容', 30),
  col('workDone', '本月工作完成情况', 36),
  col('status', '完成状态', 9),
  col('progress', '完成进度(%)', 9),
  col('actual', '实际值', 8),
  col('evidence', '佐证材料', 24),
  col('selfScore', '自评分', 7),
  col('problems', '存在问题', 24),
  col('nextSteps', '下步计划', 24),
  col('remarks', '备注', 20),
  col('valid', '校验结果', 9),
  col('file', '来源文件', 28),
] as const;
export const ROW_VALID = '有效';
export const ROW_INVALID = '有错误';

/** 文件清单; 收到日期 is typed by the office and kept by `unit|month`. */
export const FILE_COLUMNS = [
  col('no', '序号', 6),
  col('file', '文件名', 34),
  col('kind', '类型', 8),
  col('status', '状态', 14),
  col('unitCode', '单位编码', 10),
  col('unitName', '单位名称', 22),
  col('period', '期间', 10),
  col('filledDate', '填报日期', 12),
  col('receivedDate', '收到日期', 12),
  col('errors', '错误数', 7),
  col('warnings', '警告数', 7),
  col('reason', '原因', 50),
] as const;
export const RECEIVED_DATE_LABEL = '收到日期';
export const FILE_KIND_LABEL: Record<'ledger' | 'inspection' | 'unknown', string> = {
  ledger: '台账',
  inspection: '检查表',
  unknown: '未识别',
};

/** 问题清单: every finding of every file. */
export const FINDING_COLUMNS = [
  col('no', '序号', 6),
  col('file', '文件', 34),
  col('sheet', '工作表', 12),
  col('cell', '单元格', 8),
  col('severity', '严重程度', 9),
  col('code', '代码', 26),
  col('message', '说明', 70),
] as const;
export const SEVERITY_LABEL: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

/** 历次点评: units × quarters, 检查性发言 flags. Quarter columns are headed by the quarter code. */
export const HISTORY_LEAD_COLUMNS = [
  col('unitCode', '单位编码', 10),
  col('unitName', '单位名称', 24),
  col('group', '分组', 7),
] as const;
export const HISTORY_STREAK_LABEL = '连续检查性发言次数';
export const STATEMENT_FLAG = '检查性发言';
/** 历次点评 columns of each quarter's standing, after the flags: `2021Q1综合得分`, `2021Q1排名`. */
export const historyCompositeLabel = (quarter: string) => `${quarter}综合得分`;
export const historyRankLabel = (quarter: string) => `${quarter}排名`;
export const HISTORY_RESULT_LABEL = /^(\d{4}Q[1-4])\s*(综合得分|排名)$/;
