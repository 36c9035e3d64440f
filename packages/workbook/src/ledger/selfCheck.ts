import { RULE_LIST, type Indicator, type RuleCode } from '@ledger-review/scoring';
import { address, columnLetter } from '../xlsx/a1';
import type { CellPlan, ConditionalFormatPlan } from '../sheet/plan';
import { LEDGER_COLUMNS, LEDGER_HEADER, SELF_CHECK, ledgerColumn } from './layout';

/**
 * The ledger that checks itself (自检): formulas that name each row's problems in Chinese in a
 * protected helper column, conditional formats that colour the offending cells from that text,
 * and a 自检 cell at the top counting what is left to fix — so a unit in WPS 表格, LibreOffice or
 * an Excel without the add-in sees its problems while typing.
 *
 * Only functions that Excel 2010, WPS 表格 and LibreOffice compute alike: IF, AND, OR, NOT,
 * ISNUMBER, ISERROR, LEN, TRIM, SUBSTITUTE, INT, ABS, ROUND, FIND, LEFT, SUMPRODUCT. No dynamic
 * arrays, no TEXTJOIN/IFS/CONCAT/UNICHAR/ISFORMULA (Excel 2013+), no CHAR above 127 (its result
 * depends on the system code page), no macros. `SELF_CHECK_FUNCTIONS` lists them; a test keeps
 * every formula to that list.
 *
 * The sheet judges values the way the template asks for them (numbers in number cells, a status
 * from the dropdown, a date in the date cell). Other writings the product reads after
 * normalisation (`８０`, `80分`, `完成`, a text date) it asks to be retyped, never passes. The
 * product's validation stays the authority, and its reader never reads the helper column or
 * the 自检 cells (they have no label the reader looks for).
 */

/** Functions the self-check formulas may use (all alike in Excel 2010, WPS 表格, LibreOffice). */
export const SELF_CHECK_FUNCTIONS: readonly string[] = [
  'IF',
  'AND',
  'MOD',
  'OR',
  'NOT',
  'ISNUMBER',
  'ISERROR',
  'LEN',
  'TRIM',
  'SUBSTITUTE',
  'INT',
  'ABS',
  'ROUND',
  'FIND',
  'LEFT',
  'SUMPRODUCT',
  'CHAR',
];

/** Ends every error in the helper text; the 自检 count is the number of these. */
export const SELF_CHECK_ERROR_END = '；';
/** Starts every warning (提醒) in the helper text; warnings end with `。` and are not counted. */
export const SELF_CHECK_WARNING_START = '提醒：';
export const SELF_CHECK_PASSED = '自检通过，可以报送';
/** `本表尚有 N 处需修改`: the words around the count. */
export const SELF_CHECK_PENDING = ['本表尚有 ', ' 处需修改'] as const;

/**
 * What the sheet says for each rule it checks. Every message names the field whose cell it
 * colours (the conditional formats look for these words), and no message names another
 * field's word.
 */
export const SELF_CHECK_MESSAGES = {
  'unit-missing': '未填写单位名称',
  'month-missing': '未填写报告月份',
  'filler-missing': '未填写填报人',
  'phone-missing': '未填写联系电话',
  'filled-date-missing': '未填写填报日期',
  'filled-date-invalid': '填报日期须为日期',
  'filled-date-early': '填报日期早于月末',
  'status-missing': '未选择完成状态',
  'status-invalid': '完成状态须从下拉列表选择',
  'status-na-not-allowed': '本指标的完成状态不可选“不适用”',
  'status-na-without-remark': '选“不适用”须在备注中说明情况',
  'progress-not-number': '完成进度须填数字',
  'progress-out-of-range': '完成进度须在 0 到 100 之间',
  'completed-without-evidence': '已完成须填写佐证材料',
  'completed-progress-below-100': '已完成的完成进度应为 100',
  'not-started-with-progress': '未启动的完成进度应为 0',
  'work-done-missing': '须填写本月工作完成情况',
  'self-score-not-number': '自评分须填数字',
  'self-score-negative': '自评分不能为负数',
  'self-score-above-points': '自评分超过分值',
  'self-score-step': '自评分的最小单位为',
  'actual-not-number': '实际值须填数字',
  'actual-below-target': '实际值未达到目标值',
  'cell-error-value': '有单元格显示错误值，请改正',
} as const satisfies Partial<Record<RuleCode, string>>;

export type SelfCheckedRule = keyof typeof SELF_CHECK_MESSAGES;

/** The codes the registry marks as checked in the sheet (`selfCheck`), in registry order. */
export function selfCheckedRules(): RuleCode[] {
  return RULE_LIST.filter((r) => r.selfCheck).map((r) => r.code as RuleCode);
}

/**
 * Blank as the product judges blank: nothing left after trimming spaces, full-width spaces,
 * non-breaking spaces, tabs, line breaks and zero-width characters (the ones above 127 written
 * literally: CHAR above 127 depends on the code page). For text cells and the status.
 */
function blank(ref: string): string {
  let s = ref;
  for (const ch of ['\u3000', '\u00a0', '\u200b', '\ufeff']) s = `SUBSTITUTE(${s},"${ch}","")`;
  for (const code of [9, 10, 13]) s = `SUBSTITUTE(${s},CHAR(${code}),"")`;
  return `LEN(TRIM(${s}))=0`;
}

/**
 * Blank for the number cells: empty, or spaces only. Other invisible characters there make the
 * sheet ask for a number (stricter than the product, never laxer) and keep each row's formula
 * short: every cell reference differs from row to row and costs file size.
 */
function blankNumber(ref: string): string {
  return `LEN(TRIM(${ref}))=0`;
}

/**
 * One of the statuses, naming the cell once: `|未启动|推进中|…|` holds `|value|` exactly when
 * the value is one of them (a `|` typed in the cell is replaced first, so that text spanning
 * two statuses, `未启动|推进中`, cannot match).
 */
function statusIn(ref: string, values: readonly string[]): string {
  return `ISNUMBER(FIND("|"&SUBSTITUTE(${ref},"|","#")&"|","|${values.join('|')}|"))`;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const err = (code: SelfCheckedRule, extra = '') => quote(`${SELF_CHECK_MESSAGES[code]}${extra}${SELF_CHECK_ERROR_END}`);
const warn = (code: SelfCheckedRule, extra = '') => quote(`${SELF_CHECK_WARNING_START}${SELF_CHECK_MESSAGES[code]}${extra}。`);

const ALL_STATUSES = ['未启动', '推进中', '已完成', '常态化', '不适用'];
const REPORTING_STATUSES = ['推进中', '已完成', '常态化'];


/** Trims the binary noise of a decimal for a message (0.1 + 0.2 → 0.3). */
function shown(n: number): string {
  return String(Number(n.toPrecision(12)));
}

export interface SelfCheckRowInput {
  row: number;
  indicator: Indicator;
  /** 自评分最小单位 from the scoring settings. */
  selfScoreStep: number;
}

/** The helper formula of one ledger row (without `=`). */
export function rowSelfCheckFormula({ row, indicator, selfScoreStep }: SelfCheckRowInput): string {
  const at = (field: Parameters<typeof ledgerColumn>[0]) => `${columnLetter(ledgerColumn(field))}${row}`;
  const status = at('status');
  const progress = at('progress');
  const selfScore = at('selfScore');
  const actual = at('actual');
  const every = `${columnLetter(1)}${row}:${columnLetter(LEDGER_COLUMNS.length)}${row}`;

  const parts: string[] = [];
  parts.push(
    `IF(${blank(status)},${err('status-missing')},IF(${statusIn(status, ALL_STATUSES)},"",${err('status-invalid')}))`,
  );
  if (indicator.allowNotApplicable) {
    parts.push(`IF(AND(${status}="不适用",${blank(at('remarks'))}),${err('status-na-without-remark')},"")`);
  } else {
    parts.push(`IF(${status}="不适用",${err('status-na-not-allowed')},"")`);
  }
  parts.push(
    `IF(${blankNumber(progress)},"",IF(NOT(ISNUMBER(${progress})),${err('progress-not-number')},` +
      `IF(OR(${progress}<0,${progress}>100),${err('progress-out-of-range')},` +
      `IF(AND(${status}="已完成",${progress}<100),${err('completed-progress-below-100')},` +
      `IF(AND(${status}="未启动",${progress}>0),${err('not-started-with-progress')},"")))))`,
  );
  parts.push(`IF(AND(${status}="已完成",${blank(at('evidence'))}),${err('completed-without-evidence')},"")`);
  parts.push(`IF(AND(${statusIn(status, REPORTING_STATUSES)},${blank(at('workDone'))}),${err('work-done-missing')},"")`);
  const step = shown(selfScoreStep);
  parts.push(
    `IF(${blankNumber(selfScore)},"",IF(NOT(ISNUMBER(${selfScore})),${err('self-score-not-number')},` +
      `IF(${selfScore}<0,${err('self-score-negative')},` +
      `IF(${selfScore}>${shown(indicator.points)},${err('self-score-above-points', ` ${shown(indicator.points)}`)},` +
      // The product's test is |n/step − round(n/step)| > 1e-9; rounding n/step to 9 places first
      // is the same test naming the cell once.
      `IF(MOD(ROUND(${selfScore}/${step},9),1)>0,${err('self-score-step', ` ${step} 分`)},"")))))`,
  );
  const target = indicator.target;
  const belowTarget = target
    ? `IF(${actual}<${shown(target.value)},${warn('actual-below-target', ` ${shown(target.value)}${target.unit}`)},"")`
    : '""';
  parts.push(`IF(${blankNumber(actual)},"",IF(NOT(ISNUMBER(${actual})),${err('actual-not-number')},${belowTarget}))`);
  // An error value anywhere in the row would turn every test above into an error: name it alone.
  return `IF(SUMPRODUCT(--ISERROR(${every}))>0,${err('cell-error-value')},${parts.join('&')})`;
}

export interface SelfCheckHeaderInput {
  /** Last day of the report month as an Excel serial (1900 system). */
  monthEndSerial: number;
  monthEnd: string;
}

/** The header problems formula (without `=`), for the cell right of 表头. */
export function headerSelfCheckFormula({ monthEndSerial, monthEnd }: SelfCheckHeaderInput): string {
  const cell = (field: (typeof LEDGER_HEADER)[number]['field']) => {
    const h = LEDGER_HEADER.find((x) => x.field === field)!;
    return address(h.row, h.col + 1);
  };
  const date = cell('filledDate');
  const missing = (field: (typeof LEDGER_HEADER)[number]['field'], code: SelfCheckedRule) =>
    `IF(${blank(cell(field))},${err(code)},"")`;
  const parts = [
    missing('unitName', 'unit-missing'),
    missing('month', 'month-missing'),
    missing('filler', 'filler-missing'),
    missing('phone', 'phone-missing'),
    // A date is a number; 1 … 2958465 are the serials Excel shows as dates (60 is the
    // fictitious 1900-02-29, which the product rejects).
    `IF(${blank(date)},${err('filled-date-missing')},IF(NOT(ISNUMBER(${date})),${err('filled-date-invalid')},` +
      `IF(OR(${date}<1,${date}>=2958466,INT(${date})=60),${err('filled-date-invalid')},` +
      `IF(INT(${date})<${monthEndSerial},${err('filled-date-early', `（${monthEnd}）`)},""))))`,
  ];
  const every = LEDGER_HEADER.map((h) => address(h.row, h.col + 1)).join('&');
  return `IF(ISERROR(${every}),${err('cell-error-value')},${parts.join('&')})`;
}

/** Number of errors (`；`) in a cell or a range of cells, as a formula fragment. */
function errorCount(ref: string): string {
  return `SUMPRODUCT(LEN(${ref})-LEN(SUBSTITUTE(${ref},"${SELF_CHECK_ERROR_END}","")))`;
}

/** The 自检 cell: `自检通过，可以报送` or `本表尚有 N 处需修改` (header and rows). */
export function summarySelfCheckFormula(firstRow: number, lastRow: number): string {
  const col = columnLetter(SELF_CHECK.column);
  const count = `${errorCount(address(SELF_CHECK.header.row, SELF_CHECK.header.col))}+${errorCount(`${col}${firstRow}:${col}${lastRow}`)}`;
  return `IF(${count}=0,${quote(SELF_CHECK_PASSED)},${quote(SELF_CHECK_PENDING[0])}&(${count})&${quote(SELF_CHECK_PENDING[1])})`;
}

/** Field → the words that name it in the messages above (the conditional formats look for them). */
const FIELD_WORDS: ReadonlyArray<{ field: Parameters<typeof ledgerColumn>[0]; bad: string[]; warn?: string[] }> = [
  { field: 'workDone', bad: ['工作完成情况'] },
  { field: 'status', bad: ['完成状态'] },
  { field: 'progress', bad: ['完成进度'] },
  { field: 'actual', bad: ['实际值须'], warn: ['实际值未达到'] },
  { field: 'evidence', bad: ['佐证材料'] },
  { field: 'selfScore', bad: ['自评分'] },
  { field: 'remarks', bad: ['备注'] },
];

const HEADER_WORDS: ReadonlyArray<{ field: (typeof LEDGER_HEADER)[number]['field']; word: string }> = [
  { field: 'unitName', word: '单位名称' },
  { field: 'month', word: '报告月份' },
  { field: 'filler', word: '填报人' },
  { field: 'phone', word: '联系电话' },
  { field: 'filledDate', word: '填报日期' },
];

const has = (word: string, ref: string) => `ISNUMBER(FIND(${quote(word)},${ref}))`;

/** Conditional formats colouring the cells the helper text names, the helper itself and 自检. */
export function selfCheckFormats(firstRow: number, lastRow: number): ConditionalFormatPlan[] {
  const helper = `$${columnLetter(SELF_CHECK.column)}${firstRow}`;
  const out: ConditionalFormatPlan[] = [];
  const span = (col: number) => `${columnLetter(col)}${firstRow}:${columnLetter(col)}${lastRow}`;
  for (const { field, bad, warn: warnWords } of FIELD_WORDS) {
    const col = ledgerColumn(field);
    out.push({ range: span(col), formula: bad.length === 1 ? has(bad[0], helper) : `OR(${bad.map((w) => has(w, helper)).join(',')})`, style: 'bad' });
    for (const w of warnWords ?? []) out.push({ range: span(col), formula: has(w, helper), style: 'warn' });
  }
  const first = `${columnLetter(1)}${firstRow}`;
  out.push({ range: `${first}:${columnLetter(LEDGER_COLUMNS.length)}${lastRow}`, formula: `ISERROR(${first})`, style: 'bad' });
  out.push({ range: span(SELF_CHECK.column), formula: has(SELF_CHECK_ERROR_END, helper), style: 'bad' });
  out.push({ range: span(SELF_CHECK.column), formula: has(SELF_CHECK_WARNING_START, helper), style: 'warn' });
  const headerText = `$${columnLetter(SELF_CHECK.header.col)}$${SELF_CHECK.header.row}`;
  for (const { field, word } of HEADER_WORDS) {
    const h = LEDGER_HEADER.find((x) => x.field === field)!;
    out.push({ range: address(h.row, h.col + 1), formula: has(word, headerText), style: 'bad' });
  }
  out.push({ range: address(SELF_CHECK.header.row, SELF_CHECK.header.col), formula: has(SELF_CHECK_ERROR_END, headerText), style: 'bad' });
  const summary = address(SELF_CHECK.result.row, SELF_CHECK.result.col);
  out.push({ range: summary, formula: `LEFT(${summary},4)="自检通过"`, style: 'good' });
  out.push({ range: summary, formula: `LEFT(${summary},4)<>"自检通过"`, style: 'bad' });
  return out;
}

/** The cells of the self-check: labels, the 自检 cell and the header problems (row, col, cell). */
export function selfCheckHeaderCells(firstRow: number, lastRow: number, header: SelfCheckHeaderInput): Array<{ row: number; col: number; cell: CellPlan }> {
  return [
    { row: SELF_CHECK.label.row, col: SELF_CHECK.label.col, cell: { value: SELF_CHECK.label.text, numFmt: '@', style: 'label' } },
    { row: SELF_CHECK.result.row, col: SELF_CHECK.result.col, cell: { formula: summarySelfCheckFormula(firstRow, lastRow), style: 'locked' } },
    { row: SELF_CHECK.headerLabel.row, col: SELF_CHECK.headerLabel.col, cell: { value: SELF_CHECK.headerLabel.text, numFmt: '@', style: 'label' } },
    { row: SELF_CHECK.header.row, col: SELF_CHECK.header.col, cell: { formula: headerSelfCheckFormula(header), style: 'locked', wrap: true } },
  ];
}
