import type { Localized } from '@ledger-review/scoring';

/**
 * Every command of `ledger-review` and every option it takes, in one place: the parser refuses
 * what is not here (with the closest option as a suggestion), checks each value by its kind, and
 * `--help` is rendered from it in both languages.
 */

/** How an option's value is checked (see args.ts). */
export type ValueKind = 'path' | 'month' | 'quarter' | 'period' | 'date' | 'year' | 'lang' | 'text' | 'count';

export interface OptionSpec {
  name: string;
  /** A switch (`--json`) or an option with a value (`--out FILE`). */
  value?: ValueKind;
  /** How the value is shown in the help (`FILE`, `2021Q2` …). */
  placeholder?: string;
  help: Localized;
}

export interface CommandSpec {
  name: string;
  /** One line for the command list. */
  summary: Localized;
  /** The synopsis after the command name. */
  synopsis: string;
  /** Positional arguments: files or folders (many), one workbook, or an optional folder. */
  positionals: { kind: 'files' | 'review-workbook' | 'folder' | 'none'; min: number; max?: number };
  options: readonly OptionSpec[];
  /** What the exit codes mean for this command. */
  exitCodes: Localized;
  examples?: readonly string[];
}

const opt = (name: string, help: Localized, value?: ValueKind, placeholder?: string): OptionSpec => ({ name, help, value, placeholder });

/** Options every command takes. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  opt('lang', { zh: '输出语言：zh-CN（默认）或 en', en: 'language of the output: zh-CN (default) or en' }, 'lang', 'zh-CN|en'),
  opt('help', { zh: '显示本命令的用法', en: 'show this command’s usage' }),
];

const TEMPLATE_OPTION = opt(
  'template',
  { zh: '办公室修改过的模板工作簿（指标体系、单位名录、评分规则、检查组）；默认用内置模板', en: 'the office’s edited template workbook (indicators, roster, settings, team); the built-in one otherwise' },
  'path',
  '模板工作簿.xlsx',
);
const JSON_OPTION = opt('json', { zh: '以 JSON 输出结果（供脚本使用）', en: 'print the result as JSON (for scripts)' });
const QUIET_OPTION = opt('quiet', { zh: '只输出摘要', en: 'print the summary only' });
const FORCE_OPTION = opt('force', {
  zh: '确需覆盖时使用：允许 --out 覆盖另一季度的点评工作簿或其他文件',
  en: 'overwrite on purpose: let --out replace another quarter’s review or another file',
});
const AS_OF_OPTION = opt(
  'as-of',
  { zh: '按该日期判断报送状态（默认今天）：未到截止日的月份为“未到期”，不是“未报送”', en: 'judge submissions as of this date (default today): months not yet due are 未到期, never 未报送' },
  'date',
  '2021-05-06',
);

const EXIT_WRITTEN: Localized = {
  zh: '退出码：0 完成；1 输入文件有错误，结果已写出；2 用法错误或没有可读取的输入',
  en: 'exit codes: 0 done; 1 inputs had errors, output written; 2 usage error or nothing readable',
};

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'template',
    summary: { zh: '生成模板工作簿、各单位当月台账或双月检查评分表', en: 'write the template workbook, the units’ ledgers for a month, or the inspection workbook' },
    synopsis: '[--out 指标模板.xlsx] | --ledgers --month 2021-04 [--unit 华龙区] [--carry 上月台账目录] --out 目录 | --inspection --period 2021-B2 [--from 台账目录] --out 检查评分表.xlsx',
    positionals: { kind: 'none', min: 0, max: 0 },
    options: [
      opt('out', { zh: '输出文件（模板、检查评分表）或目录（台账）', en: 'output file (template, inspection workbook) or folder (ledgers)' }, 'path', '路径'),
      opt('ledgers', { zh: '生成各单位当月工作台账', en: 'write each unit’s ledger for the month' }),
      opt('month', { zh: '台账的报告月份', en: 'the ledgers’ month' }, 'month', '2021-04'),
      opt('unit', { zh: '只为这一个单位生成台账（名称、简称或曾用名）', en: 'write the ledger of this unit only (name, short or former name)' }, 'text', '华龙区'),
      opt('carry', { zh: '上月台账所在目录：沿用上月内容预填', en: 'folder of last month’s ledgers: pre-fill from them' }, 'path', '上月台账目录'),
      opt('inspection', { zh: '生成双月检查评分表', en: 'write the bimonthly inspection workbook' }),
      opt('period', { zh: '检查期间', en: 'inspection period' }, 'period', '2021-B2'),
      opt('from', { zh: '台账目录：预填各单位本期最新台账的自评分', en: 'ledger folder: pre-fill each unit’s latest self-scores of the period' }, 'path', '台账目录'),
      opt('review', { zh: '最近一期季度点评工作簿：其整改台账中未销号的事项列入各单位台账的“整改情况”表（检查评分表的“整改复查”表）', en: 'the latest review workbook: its open 整改 items go into each unit’s 整改情况 sheet (the inspection workbook’s 整改复查 sheet)' }, 'path', '点评.xlsx'),
      TEMPLATE_OPTION,
    ],
    exitCodes: { zh: '退出码：0 已写出；2 用法错误或模板工作簿有错误', en: 'exit codes: 0 written; 2 usage error or template workbook with errors' },
    examples: ['ledger-review template --ledgers --month 2021-04 --out 台账/'],
  },
  {
    name: 'validate',
    summary: { zh: '校验单位台账，逐个文件报告问题及所在单元格', en: 'validate unit ledgers, reporting every problem with its cell' },
    synopsis: '文件或目录... [--json] [--quiet]',
    positionals: { kind: 'files', min: 1 },
    options: [
      opt('as-of', { zh: '校验日期（默认今天）：填报日期晚于该日期为错误', en: 'the day of the check (default today): a 填报日期 after it is an error' }, 'date', '2021-05-06'),
      JSON_OPTION,
      QUIET_OPTION,
      TEMPLATE_OPTION,
    ],
    exitCodes: { zh: '退出码：0 全部通过；1 有文件有错误；2 用法错误或有文件无法读取', en: 'exit codes: 0 all valid; 1 a file has errors; 2 usage error or a file cannot be read' },
    examples: ['ledger-review validate 台账/ --json'],
  },
  {
    name: 'consolidate',
    summary: { zh: '汇总台账：台账汇总、报送情况、文件清单、问题清单', en: 'consolidate ledgers: data, submission status, file accounting, findings' },
    synopsis: '文件或目录... --out 汇总.xlsx [--quarter 2021Q2] [--as-of 2021-06-20] [--scores]',
    positionals: { kind: 'files', min: 1 },
    options: [
      opt('out', { zh: '输出的汇总工作簿（再次运行时替换同季度数据，保留办公室手填内容）', en: 'the consolidation workbook (a re-run replaces the quarter’s data and keeps what the office typed)' }, 'path', '汇总.xlsx'),
      opt('quarter', { zh: '季度；默认按台账月份推断', en: 'the quarter; inferred from the ledgers’ months otherwise' }, 'quarter', '2021Q2'),
      AS_OF_OPTION,
      opt('scores', { zh: '季度未结束时也计算得分和点评结果（默认不计算）', en: 'score and propose outcomes even before the quarter is complete (off by default)' }),
      FORCE_OPTION,
      JSON_OPTION,
      QUIET_OPTION,
      TEMPLATE_OPTION,
    ],
    exitCodes: EXIT_WRITTEN,
  },
  {
    name: 'review',
    summary: { zh: '生成季度点评工作簿：综合排名、得分明细、点评结果、通报问题、整改台账等（得分和排名为公式）', en: 'write the quarterly review workbook (rankings, scores, outcomes, problems, rectification; live formulas)' },
    synopsis: '文件或目录... --quarter 2021Q2 --out 点评.xlsx [--previous 上季度点评.xlsx] [--as-of 2021-07-15]',
    positionals: { kind: 'files', min: 1 },
    options: [
      opt('quarter', { zh: '点评的季度', en: 'the quarter to review' }, 'quarter', '2021Q2'),
      opt('out', { zh: '输出的季度点评工作簿（再次运行时保留办公室手填内容）', en: 'the review workbook (a re-run keeps what the office typed)' }, 'path', '点评.xlsx'),
      opt('previous', { zh: '上季度点评工作簿（连续检查性发言的依据）；不给时在输入和 --out 旁查找', en: 'the previous quarter’s review (for consecutive statements); looked for among the inputs and beside --out otherwise' }, 'path', '上季度点评.xlsx'),
      AS_OF_OPTION,
      opt('scores', { zh: '季度未结束时也生成点评（按已到期的月份计算得分和点评结果）', en: 'review before the quarter is complete (scores and outcomes over the months due so far)' }),
      FORCE_OPTION,
      JSON_OPTION,
      QUIET_OPTION,
      TEMPLATE_OPTION,
    ],
    exitCodes: EXIT_WRITTEN,
    examples: ['ledger-review review 台账/ 检查/ --quarter 2021Q2 --out 点评.xlsx'],
  },
  {
    name: 'status',
    summary: { zh: '各单位每月台账报送情况（按时、逾期 N 天、未报送、未到期）和催报名单', en: 'each unit’s monthly ledgers as of a date (on time, N days late, missing, not yet due) and the reminder list' },
    synopsis: '文件或目录... [--as-of 2021-05-06] [--out 状态.xlsx] [--json]',
    positionals: { kind: 'files', min: 1 },
    options: [
      AS_OF_OPTION,
      opt('out', { zh: '输出的状态工作簿（状态、催报两张表）', en: 'the status workbook to write (sheets 状态 and 催报)' }, 'path', '状态.xlsx'),
      opt('from', { zh: '从该月份起统计（默认“评分规则”的创建起始月份）', en: 'count from this month (default: the campaign start in 评分规则)' }, 'month', '2021-01'),
      FORCE_OPTION,
      JSON_OPTION,
      QUIET_OPTION,
      TEMPLATE_OPTION,
    ],
    exitCodes: EXIT_WRITTEN,
    examples: ['ledger-review status 台账/ --as-of 2021-05-06 --out 状态.xlsx'],
  },
  {
    name: 'documents',
    summary: { zh: '由季度点评工作簿生成公文（点评通报、会议通知、通报批评、约谈通知书、本单位情况）', en: 'write the 公文 of a quarterly review workbook (.docx)' },
    synopsis: '季度点评工作簿.xlsx --out 目录 [--round 2021-B3] [--pdf]',
    positionals: { kind: 'review-workbook', min: 1, max: 1 },
    options: [
      opt('out', { zh: '输出目录', en: 'output folder' }, 'path', '文书/'),
      opt('round', { zh: '同时生成该检查期间的检查反馈单', en: 'also write the inspection feedback of this period' }, 'period', '2021-B3'),
      opt('pdf', { zh: '同时用 LibreOffice 转为 PDF', en: 'also convert to PDF with LibreOffice' }),
      JSON_OPTION,
      QUIET_OPTION,
      TEMPLATE_OPTION,
    ],
    exitCodes: { zh: '退出码：0 已写出；1 已写出，但 --pdf 未能全部转换；2 用法错误或不是季度点评工作簿', en: 'exit codes: 0 written; 1 written, but --pdf did not convert every file; 2 usage error or not a review workbook' },
  },
  {
    name: 'round',
    summary: {
      zh: '一轮双月检查：检查前生成检查通知和检查评分表；评分后生成各单位检查反馈单和检查情况报告',
      en: 'an inspection round: the notice and the scoring workbook before; each unit’s feedback and the report after scoring',
    },
    synopsis: '--period 2021-B2 --notice [台账目录...] [--review 点评.xlsx] --out 目录 | --period 2021-B2 --results 检查评分表 [台账目录...] --out 目录 [--docx]',
    positionals: { kind: 'files', min: 0 },
    options: [
      opt('period', { zh: '检查期间', en: 'inspection period' }, 'period', '2021-B2'),
      opt('notice', { zh: '检查前：生成检查通知（日程、检查小组及回避、各单位准备材料、复查事项）和检查评分表', en: 'before: write the notice (dates, sub-teams with recusal, what each unit prepares, items to re-check) and the scoring workbook' }),
      opt('results', { zh: '检查后：检查组填好的检查评分表（文件或目录），生成各单位检查反馈单和检查情况报告', en: 'after: the team’s filled scoring workbooks (file or folder); writes each unit’s feedback and the report' }, 'path', '检查评分表.xlsx'),
      opt('review', { zh: '最近一期季度点评工作簿：其整改台账中未销号的事项列入复查', en: 'the latest review workbook: the open items of its 整改台账 are re-checked' }, 'path', '点评.xlsx'),
      opt('docx', { zh: '检查后：同时生成 .docx 公文（检查情况报告和各单位检查反馈单）', en: 'after: also write the report and each unit’s feedback as .docx documents' }),
      opt('out', { zh: '输出目录', en: 'output folder' }, 'path', '检查/'),
      opt('as-of', { zh: '按该日期判断整改事项是否逾期（默认今天）', en: 'judge overdue items as of this date (default today)' }, 'date', '2021-05-06'),
      JSON_OPTION,
      QUIET_OPTION,
      TEMPLATE_OPTION,
    ],
    exitCodes: EXIT_WRITTEN,
    examples: ['ledger-review round --period 2021-B2 --notice 台账/ --review 2021Q1点评.xlsx --out 检查/', 'ledger-review round --period 2021-B2 --results 检查/2021-B2检查评分表.xlsx 台账/ --out 检查/'],
  },
  {
    name: 'annual',
    summary: {
      zh: '由一年的季度点评工作簿生成年度汇总：各季度综合得分、排名、较上季度、点评结果，连续情况，缺报台账，评先资格和文明单位称号提议（得分和排名为公式）',
      en: 'write the annual roll-up from the year’s quarterly reviews: composites, ranks, changes, outcomes, streaks, missing ledgers, the severe proposals (live formulas)',
    },
    synopsis: '季度点评工作簿或目录... --year 2021 --out 年度汇总.xlsx',
    positionals: { kind: 'files', min: 1 },
    options: [
      opt('year', { zh: '汇总的年度', en: 'the year to roll up' }, 'year', '2021'),
      opt('out', { zh: '输出的年度汇总工作簿（再次运行时保留办公室确认）', en: 'the roll-up workbook (a re-run keeps the office’s confirmations)' }, 'path', '年度汇总.xlsx'),
      FORCE_OPTION,
      JSON_OPTION,
      QUIET_OPTION,
    ],
    exitCodes: {
      zh: '退出码：0 完成；1 有点评工作簿无法使用（其季度未汇总），结果已写出；2 用法错误或没有该年度的点评工作簿',
      en: 'exit codes: 0 done; 1 a review could not be used (its quarter left out), output written; 2 usage error or no review of the year',
    },
    examples: ['ledger-review annual 点评/ --year 2021 --out 年度汇总.xlsx'],
  },
  {
    name: 'demo',
    summary: { zh: '在目录（默认 demo-output）写入示例季度：各单位台账、检查评分表、季度点评工作簿和公文', en: 'write the sample quarter into a folder (default demo-output): ledgers, inspection workbooks, review workbook, documents' },
    synopsis: '[目录]',
    positionals: { kind: 'folder', min: 0, max: 1 },
    options: [],
    exitCodes: { zh: '退出码：0 完成；2 用法错误', en: 'exit codes: 0 done; 2 usage error' },
  },
];

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** Every option a command accepts, its own then the common ones. */
export function optionsOf(command: CommandSpec): readonly OptionSpec[] {
  return [...command.options, ...COMMON_OPTIONS];
}
