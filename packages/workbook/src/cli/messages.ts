import { formatMessage, pick, quarterLabel, type Lang, type Localized, type MessageParams } from '@ledger-review/scoring';
import { COMMANDS, COMMON_OPTIONS, optionsOf, type CommandSpec } from './spec';

/** The CLI's language: the one `Lang` of the whole product. */
export type CliLang = Lang;

/**
 * Every line the CLI prints that is not a finding, in both languages (templates as in the problem
 * registry: `{name}` placeholders, `[[…]]` optional parts).
 */
export const CLI_TEXT = {
  usageError: { zh: '用法错误：', en: 'usage error: ' },
  seeHelp: { zh: '运行 ledger-review {command}--help 查看用法。', en: 'Run ledger-review {command}--help for usage.' },
  failed: { zh: '运行失败：', en: 'failed: ' },
  severity_error: { zh: '错误', en: 'error' },
  severity_warning: { zh: '警告', en: 'warning' },
  severity_info: { zh: '说明', en: 'notice' },
  validateLine: { zh: '{errors} 个错误，{warnings} 个警告', en: '{errors} errors, {warnings} warnings' },
  validateTotal: { zh: '共 {files} 个文件，{valid} 个通过校验', en: '{valid}/{files} valid' },
  written: { zh: '已写入：{file}', en: 'written: {file}' },
  runFiles: { zh: '{quarter}：共 {files} 个文件，{parts}', en: '{quarter}: {files} files — {parts}' },
  statusCount: { zh: '{label} {count}', en: '{count} {label}' },
  statusCounts: {
    zh: '截至 {asOf}：按时 {onTime}，逾期 {late}，未报送 {missing}，未到期 {notDue}（单位×月份）',
    en: 'as of {asOf}: {onTime} on time, {late} late, {missing} not submitted, {notDue} not yet due (unit × month)',
  },
  noScoresYet: {
    zh: '本季度尚未结束，不计算得分和点评结果（如确需计算请加 --scores）。',
    en: 'The quarter is not over yet: no scores or outcomes (add --scores to compute them anyway).',
  },
  rectificationCounts: {
    zh: '整改台账：{total} 项，整改中 {open}，已逾期 {overdue}，已销号 {done}',
    en: 'rectification: {total} items — {open} open, {overdue} overdue, {done} closed',
  },
  tied: { zh: '（并列）', en: ' (tied)' },
  proposed: { zh: '（拟提议）', en: ' (proposed)' },
  ledgersWritten: { zh: '已生成 {count} 份台账模板到 {folder}（其中 {carried} 份沿用上月内容预填）', en: '{count} ledgers written to {folder} ({carried} pre-filled from last month)' },
  ledgersRectification: { zh: '  其中 {units} 份列有未销号的整改事项（共 {items} 项，见各台账的“整改情况”表）', en: '  {units} of them list open rectification items ({items} in all, sheet 整改情况)' },
  inspectionWritten: { zh: '已生成检查评分表：{file}', en: 'inspection workbook written: {file}' },
  templateWritten: { zh: '已生成模板工作簿：{file}', en: 'template workbook written: {file}' },
  demoWritten: { zh: '示例季度已写入 {folder}', en: 'Sample quarter written to {folder}' },
  demoPrevious: { zh: '  上季度点评：{file}', en: '  previous review: {file}' },
  demoCurrent: { zh: '  本季度点评：{file}', en: '  this review: {file}' },
  demoFiles: { zh: '  {quarter}：共 {files} 个文件，采用台账 {ledgers} 份，检查记录 {records} 条', en: '  {quarter}: {files} files, {ledgers} ledgers used, {records} inspection records' },
  demoDocuments: { zh: '  公文：{count} 个 .docx，在 {folder}（用时 {seconds} 秒）', en: '  documents: {count} .docx in {folder} ({seconds} s)' },
  demoYear: { zh: '全年示例已写入 {folder}（用时 {seconds} 秒）', en: 'Sample year written to {folder} ({seconds} s)' },
  demoYearSecondHalf: { zh: '  下半年（{quarters}）：台账 {ledgers} 份、检查评分表 {inspections} 份；共 {files} 个文件写在 {folder}', en: '  second half ({quarters}): {ledgers} ledgers, {inspections} inspection workbooks; {files} files written to {folder}' },
  demoYearStatus: { zh: '  报送状态（截至 {asOf}）：{file}；按时 {onTime}、逾期 {late}、未报送 {missing}；催报 {chase} 个单位：{units}（{chaseFile}）', en: '  status as of {asOf}: {file}; on time {onTime}, late {late}, missing {missing}; {chase} units to chase: {units} ({chaseFile})' },
  demoYearChasedTwice: { zh: '  年中和年末两次催报：{units}', en: '  chased at mid-year and at the year’s end: {units}' },
  demoYearRound: { zh: '  {period} 检查：检查前 {notice}（复查整改事项 {open} 项）；检查后 {report} 和 {feedback} 份检查反馈单，平均得分率 {rate}%', en: '  round {period}: before {notice} ({open} open items to re-check); after {report} and {feedback} feedback sheets, average rate {rate}%' },
  demoYearDecision: { zh: '  办公室调整：{quarter} {outcome} {action} {unit}（理由：{reason}），已用于下一季度点评 {file}', en: '  office decision: {quarter} {outcome} {action} {unit} (reason: {reason}), applied in the next review {file}' },
  demoYearRectification: { zh: '  {quarter}整改台账（{file}）：办公室销号 {closed} 项；已完成 {done} 项，逾期 {overdue} 项，整改中 {open} 项', en: '  {quarter} rectification register ({file}): {closed} closed by the office; {done} done, {overdue} overdue, {open} open' },
  demoYearAnnual: { zh: '  年度汇总：{file}（已汇总 {quarters}）', en: '  annual roll-up: {file} ({quarters} rolled up)' },
  statusUnit: { zh: '  {group} {unit}：{months}', en: '  {group} {unit}: {months}' },
  statusMonth: { zh: '{month} {label}', en: '{month} {label}' },
  statusNoMonths: { zh: '截至 {asOf} 尚无到期的月份', en: 'as of {asOf} no month is due yet' },
  statusSkipped: { zh: '已跳过以前生成的状态工作簿：{file}', en: 'skipped an earlier status workbook: {file}' },
  statusSkippedOther: { zh: '已跳过（不是台账）：{file}：{reason}', en: 'skipped (not a ledger): {file}: {reason}' },
  doneIn: { zh: '完成，用时 {seconds} 秒', en: 'done in {seconds} s' },
  documentsWritten: { zh: '{quarter}：已写入 {count} 个文书到 {folder}', en: '{quarter}: {count} documents written to {folder}' },
  documentsUnits: { zh: '  {folder}：{count} 个单位', en: '  {folder}: {count} units' },
  documentsPdf: { zh: '  PDF：{count} 个', en: '  PDF: {count}' },
  sofficeMissing: { zh: '未找到 LibreOffice（soffice），未生成 PDF（可设置 SOFFICE_PATH）', en: 'LibreOffice (soffice) not found: PDFs not written (set SOFFICE_PATH)' },
  pdfPartial: { zh: 'LibreOffice 仅转换了 {done} / {total} 个文书', en: 'LibreOffice converted {done} of {total} documents' },
  roundNoticeWritten: { zh: '已生成检查通知：{file}（{units} 个单位，{open} 项整改复查事项）', en: 'round notice written: {file} ({units} units, {open} items to re-check)' },
  roundReportWritten: {
    zh: '已生成检查情况报告：{file}（平均得分率 {rate}%，低于 {line}% 的单位 {below} 个，整改事项 {items} 项）',
    en: 'round report written: {file} (average rate {rate}%, {below} units below {line}%, {items} items to rectify)',
  },
  roundDocumentsWritten: { zh: '已生成公文 {count} 个（.docx：检查情况报告和各单位检查反馈单）：{folder}', en: '{count} documents written (.docx: the report and each unit’s feedback) to {folder}' },
  roundFeedbackWritten: { zh: '已生成检查反馈单 {count} 份：{folder}', en: '{count} feedback forms written to {folder}' },
  annualWritten: { zh: '{year} 年度汇总已写入 {file}：{quarters}', en: '{year} roll-up written to {file}: {quarters}' },
  annualMissing: { zh: '  缺少季度：{quarters}（年度平均按已有季度计算）', en: '  quarters missing: {quarters} (the annual average covers the quarters present)' },
  annualIgnoredMore: { zh: '说明 另有 {count} 个文件不是该年度的季度点评工作簿，已忽略（--json 列出全部）', en: 'notice {count} more files are not reviews of the year: ignored (--json lists them all)' },
  annualProposals: {
    zh: '  取消年度综合考评评先资格提议 {disqualify} 个，建议取消文明单位称号 {civilized} 个（待办公室确认）',
    en: '  {disqualify} proposed disqualifications, {civilized} proposed 文明单位 revocations (for the office to confirm)',
  },
  version: { zh: '台账点评 ledger-review {version}', en: 'ledger-review {version}' },
  notOurs: { zh: '不是本工具生成的工作簿', en: 'not written by this tool' },
  kind_ledger: { zh: '这是单位台账', en: 'it is a unit ledger' },
  kind_inspection: { zh: '这是检查评分表', en: 'it is an inspection workbook' },
  kind_template: { zh: '这是指标模板工作簿', en: 'it is the template workbook' },
  kind_review: { zh: '这是季度点评工作簿', en: 'it is a review workbook' },
  kind_status: { zh: '这是报送状态工作簿', en: 'it is a status workbook' },
  listSeparator: { zh: '，', en: ', ' },
  usageLine: { zh: '用法：ledger-review <命令> [选项]', en: 'Usage: ledger-review <command> [options]' },
  // help
  helpTitle: { zh: '台账点评 ledger-review — 法治政府建设示范市创建“双月检查、季度点评”台账工具', en: 'ledger-review — ledgers, consolidation and quarterly review for the rule-of-law government campaign' },
  helpUsage: { zh: '用法', en: 'Usage' },
  helpCommands: { zh: '命令', en: 'Commands' },
  helpOptions: { zh: '选项', en: 'Options' },
  helpCommon: { zh: '通用选项', en: 'Common options' },
  helpMore: { zh: '运行 ledger-review 命令 --help 查看每个命令的选项。', en: 'Run ledger-review COMMAND --help for each command’s options.' },
  helpExitCodes: {
    zh: '退出码：0 完成；1 输入文件有错误（结果已写出）；2 用法错误或没有可读取的输入',
    en: 'Exit codes: 0 done; 1 inputs had errors (output written); 2 usage error or nothing readable',
  },
  helpExamples: { zh: '示例', en: 'Examples' },
} as const satisfies Record<string, Localized>;

export type CliTextKey = keyof typeof CLI_TEXT;

/** A quarter as people of that language write it: 2021年第二季度 / 2021Q2. */
export function quarterName(quarter: string, lang: Lang): string {
  return lang === 'en' ? quarter : quarterLabel(quarter);
}

/** A line of the catalogue in the given language. */
export function say(lang: Lang, key: CliTextKey, params: MessageParams = {}): string {
  return formatMessage(pick(CLI_TEXT[key], lang), params, lang);
}

function optionLines(spec: readonly { name: string; placeholder?: string; help: Localized }[], lang: Lang): string[] {
  const heads = spec.map((o) => `--${o.name}${o.placeholder ? ` ${o.placeholder}` : ''}`);
  const width = Math.min(34, Math.max(...heads.map((h) => h.length)) + 2);
  return spec.map((o, i) => `  ${heads[i].padEnd(width)}${pick(o.help, lang)}`);
}

/** `ledger-review --help`: the commands, the common options and the exit codes. */
export function globalHelp(lang: Lang): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    say(lang, 'helpTitle'),
    '',
    say(lang, 'usageLine'),
    '',
    `${say(lang, 'helpCommands')}:`,
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${pick(c.summary, lang)}`),
    '',
    `${say(lang, 'helpCommon')}:`,
    ...optionLines([...COMMON_OPTIONS, { name: 'version', help: { zh: '显示版本号', en: 'show the version' } }], lang),
    '',
    say(lang, 'helpExitCodes'),
    say(lang, 'helpMore'),
  ].join('\n');
}

/** `ledger-review <command> --help`. */
export function commandHelp(spec: CommandSpec, lang: Lang): string {
  return [
    `ledger-review ${spec.name} — ${pick(spec.summary, lang)}`,
    '',
    `${say(lang, 'helpUsage')}: ledger-review ${spec.name} ${spec.synopsis}`,
    '',
    `${say(lang, 'helpOptions')}:`,
    ...optionLines(optionsOf(spec), lang),
    '',
    pick(spec.exitCodes, lang),
    ...(spec.examples?.length ? ['', `${say(lang, 'helpExamples')}:`, ...spec.examples.map((e) => `  ${e}`)] : []),
  ].join('\n');
}
