import { rule } from './types';

/**
 * Problems of what the office decides in the review workbook (办公室调整: units added to or
 * removed from 经验介绍 and 检查性发言) and of the annual roll-up (年度汇总) built from the
 * quarterly reviews.
 */
export const REVIEW_PROBLEMS = {
  'office-decision-no-reason': rule(
    'warning',
    ['review'],
    { zh: '办公室调整缺少理由', en: 'Office decision without a reason' },
    {
      zh: '“{action}{outcome}”（{unit}）未写明调整理由，未予调整；请在“调整理由”中写明理由后重新生成',
      en: 'The decision “{action} {outcome}” for {unit} gives no reason and was not applied; write the reason in 调整理由 and build the review again',
    },
    {
      zh: '系统名单是建议，办公室可以增减单位，但每一项调整都须写明理由，理由随点评结果保存，供会后查阅。没有理由的调整不生效。',
      en: 'The computed lists are proposals the office may change, but every change carries its reason, kept with the outcome for the record. A change without a reason does not take effect.',
    },
  ),
  'office-decision-unknown-unit': rule(
    'warning',
    ['review'],
    { zh: '办公室调整的单位无法识别', en: 'Office decision names an unknown unit' },
    {
      zh: '调整中的单位“{unit}”不在单位名录中[[（是否为：{candidates}）]]，未予调整',
      en: 'The unit “{unit}” of a decision is not in the roster[[ (did you mean: {candidates})]]; not applied',
    },
    {
      zh: '“单位编码”或“单位名称”须能在单位名录中找到（可用简称或曾用名）。',
      en: 'The unit code or name must match the roster (short and former names are accepted).',
    },
  ),
  'office-decision-unknown-outcome': rule(
    'warning',
    ['review'],
    { zh: '办公室调整的内容无法识别', en: 'Office decision not understood' },
    {
      zh: '调整“{action}”“{outcome}”无法识别，未予调整：“调整”应为“增加”或“取消”，“点评结果”应为“经验介绍”或“检查性发言”',
      en: 'The decision “{action}” / “{outcome}” is not understood and was not applied: 调整 must be 增加 or 取消, 点评结果 经验介绍 or 检查性发言',
    },
    {
      zh: '办公室只调整经验介绍和检查性发言名单；通报批评、约谈随检查性发言名单确定，取消评先资格等拟提议事项在“办公室确认”列确认。',
      en: 'The office adjusts the 经验介绍 and 检查性发言 lists only; criticism and interviews follow the statement list, and severe proposals are confirmed in the 办公室确认 column.',
    },
  ),
  'office-decision-conflict': rule(
    'warning',
    ['review'],
    { zh: '办公室调整相互矛盾', en: 'Office decision conflicts' },
    {
      zh: '{unit}不能同时作经验介绍和检查性发言，“{action}{outcome}”未予调整；请同时取消其另一项',
      en: '{unit} cannot both present its experience and make a self-critical statement; “{action} {outcome}” was not applied: remove the other one as well',
    },
    {
      zh: '同一单位在一次点评会议上只能作经验介绍或检查性发言之一。',
      en: 'A unit either presents its experience or makes a self-critical statement at one meeting, never both.',
    },
  ),
  'office-decision-already-listed': rule(
    'info',
    ['review'],
    { zh: '增加的单位已在名单中', en: 'Unit added is already listed' },
    {
      zh: '{unit}已在系统建议的{outcome}名单中，“{action}{outcome}”无需调整',
      en: '{unit} is already proposed for {outcome}; “{action} {outcome}” changes nothing',
    },
    {
      zh: '例如补报台账后重新生成，建议名单已经包含该单位。该行保留，不影响结果。',
      en: 'For example the proposals changed after a late ledger and already hold the unit. The line is kept and changes nothing.',
    },
  ),
  'office-decision-not-listed': rule(
    'info',
    ['review'],
    { zh: '取消的单位不在名单中', en: 'Unit removed is not listed' },
    {
      zh: '{unit}不在系统建议的{outcome}名单中，“{action}{outcome}”无需调整',
      en: '{unit} is not proposed for {outcome}; “{action} {outcome}” changes nothing',
    },
    {
      zh: '例如补报台账后重新生成，建议名单已不含该单位。该行保留，不影响结果。',
      en: 'For example the proposals changed after a late ledger and no longer hold the unit. The line is kept and changes nothing.',
    },
  ),
  'office-decision-duplicate': rule(
    'warning',
    ['review'],
    { zh: '办公室调整重复', en: 'Office decision repeated' },
    {
      zh: '{unit}的{outcome}有多行调整，以后一行（第 {laterRow} 行）为准，本行未予调整',
      en: '{unit}: several decisions on {outcome}; the later one (row {laterRow}) counts and this one was not applied',
    },
    {
      zh: '同一单位同一点评结果只保留一项调整，以表中靠后的一行为准。',
      en: 'One decision per unit and outcome counts: the last one in the table.',
    },
  ),
  'review-workbook-decisions-pending': rule(
    'error',
    ['review', 'file'],
    { zh: '办公室调整尚未生效', en: 'Office decisions not applied yet' },
    {
      zh: '[[“{file}”：]]{quarter} 点评结果中的办公室调整在生成后有改动，尚未生效；请先重新运行“季度点评”（命令行：ledger-review review … --out 该工作簿），再使用该工作簿',
      en: '[[“{file}”: ]]the office decisions in the {quarter} 点评结果 changed after the review was built and are not applied yet; run the quarterly review again (ledger-review review … --out on that workbook) before using it',
    },
    {
      zh: '经验介绍、检查性发言名单的调整要在重新生成点评后才影响通报批评、约谈、历次点评和公文。用尚未生效的工作簿生成公文或年度汇总，会与办公室的决定不一致，因此拒绝。',
      en: 'Changes to the 经验介绍 and 检查性发言 lists reach criticism, interviews, the history and the documents only when the review is built again. Documents or a roll-up from a workbook with pending changes would contradict the office, so it is refused.',
    },
  ),
  'annual-quarter-missing': rule(
    'info',
    ['review'],
    { zh: '年度汇总缺少季度', en: 'Quarter missing from the roll-up' },
    {
      zh: '未提供 {quarter} 的点评工作簿，年度汇总按已有季度计算',
      en: 'No review of {quarter} was given; the roll-up covers the quarters present',
    },
    {
      zh: '年度汇总可在年中生成：缺少的季度留空，年度平均综合得分按已有季度计算，并在汇总表中注明。',
      en: 'The roll-up works on part of the year: missing quarters stay blank, the annual average covers the quarters present, and the sheet says so.',
    },
  ),
  'annual-history-mismatch': rule(
    'warning',
    ['review'],
    { zh: '季度点评所依据的检查性发言名单已变化', en: 'A review rests on an outdated statement list' },
    {
      zh: '{quarter} 点评所依据的 {previous} 检查性发言名单（{recorded}）与 {previous} 点评工作簿的确认名单（{confirmed}）不一致；通报批评、约谈可能有误，请用最新的 {previous} 点评重新生成 {quarter} 点评',
      en: 'The review of {quarter} rests on a {previous} statement list ({recorded}) that differs from the confirmed list of the {previous} review ({confirmed}); criticism and interviews may be wrong: build the {quarter} review again from the latest {previous} review',
    },
    {
      zh: '下一季度的“连续两次作检查性发言”以上一季度确认的名单为准。上一季度的名单在下一季度点评生成后又经办公室调整时，下一季度须重新生成。',
      en: 'Consecutive statements are judged on the previous quarter’s confirmed list. When that list changed after the next review was built, the next review must be built again.',
    },
  ),
  'cli-annual-no-reviews': rule(
    'error',
    ['cli'],
    { zh: '没有该年度的季度点评工作簿', en: 'No review of the year' },
    {
      zh: '在 {paths} 中没有找到 {year} 年的季度点评工作簿',
      en: 'No quarterly review workbook of {year} was found in {paths}',
    },
    {
      zh: '年度汇总由该年度各季度的点评工作簿（“季度点评”生成）汇总而成，至少需要一个季度。',
      en: 'The roll-up is made from the year’s quarterly review workbooks (written by the review command); at least one is needed.',
    },
  ),
  'cli-annual-duplicate-quarter': rule(
    'error',
    ['cli'],
    { zh: '同一季度有两个点评工作簿', en: 'Two reviews of one quarter' },
    {
      zh: '{quarter} 有两个点评工作簿：{file} 和 {other}；请只给出其中最新的一个',
      en: 'Two review workbooks of {quarter}: {file} and {other}; give only the latest',
    },
    {
      zh: '同一季度的两个点评工作簿可能有不同的办公室确认和调整，无法判断以哪个为准，因此拒绝。',
      en: 'Two reviews of one quarter may hold different confirmations and decisions; which one counts cannot be told, so it is refused.',
    },
  ),
  'cli-annual-input-ignored': rule(
    'info',
    ['cli'],
    { zh: '非本年度点评工作簿，已忽略', en: 'Not a review of the year: ignored' },
    {
      zh: '{file} 不是 {year} 年的季度点评工作簿（{kind}），已忽略',
      en: '{file} is not a quarterly review of {year} ({kind}); ignored',
    },
    {
      zh: '输入目录中的台账、检查评分表、其他年度的点评等不参与年度汇总。',
      en: 'Ledgers, inspection workbooks and reviews of other years among the inputs take no part in the roll-up.',
    },
  ),
  'cli-out-not-annual': rule(
    'error',
    ['cli'],
    { zh: '输出文件不是该年度的年度汇总', en: 'Output is not the year’s roll-up' },
    {
      zh: '--out {file} 已存在，但不是 {year} 年的年度汇总（{kind}），不能写入[[；确需覆盖请加 --force]]',
      en: '--out {file} exists but is not the roll-up of {year} ({kind}); it is not written[[; add --force to overwrite on purpose]]',
    },
    {
      zh: '只替换本工具写出的同一年度的年度汇总（其中办公室的确认会保留），不覆盖其他文件。',
      en: 'Only the same year’s roll-up written by this tool is replaced (the office’s confirmations kept); other files are never overwritten.',
    },
  ),
} as const;
