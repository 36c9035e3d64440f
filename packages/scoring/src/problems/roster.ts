import { rule } from './types';

/** Problems of the 单位名录 sheet and of the inspection team (双月检查组); codes start with roster-. */
export const ROSTER_PROBLEMS = {
  'roster-no-units': rule(
    'error',
    ['roster'],
    { zh: '单位名录为空', en: 'Empty roster' },
    { zh: '单位名录中没有任何单位', en: 'The roster lists no units' },
    { zh: '单位名录工作表中没有任何单位行。至少要有一个单位，台账和点评才有对象。', en: 'The roster sheet has no unit rows; ledgers and reviews need at least one unit.' },
  ),
  'roster-missing-code': rule(
    'error',
    ['roster'],
    { zh: '单位编码为空', en: 'Missing unit code' },
    { zh: '第{row}行：单位编码为空', en: 'Row {row}: the unit code is empty' },
    { zh: '每个单位须有稳定的单位编码，台账元数据和历次点评按编码识别单位。', en: 'Every unit needs a stable code: ledger metadata and review history identify units by it.' },
  ),
  'roster-duplicate-code': rule(
    'error',
    ['roster'],
    { zh: '单位编码重复', en: 'Duplicate unit code' },
    { zh: '第{row}行：单位编码“{code}”与第{otherRows}行重复', en: 'Row {row}: unit code "{code}" also appears in row {otherRows}' },
    { zh: '两行使用同一单位编码，无法区分这两个单位；两行都会报告。', en: 'Two rows share a unit code, so the units cannot be told apart; both rows are reported.' },
  ),
  'roster-missing-name': rule(
    'error',
    ['roster'],
    { zh: '单位名称为空', en: 'Missing unit name' },
    { zh: '第{row}行：单位名称为空', en: 'Row {row}: the unit name is empty' },
    { zh: '每个单位须有名称（全称）。', en: 'Every unit needs its full name.' },
  ),
  'roster-bad-name': rule(
    'error',
    ['roster'],
    { zh: '单位名称含有不允许的字符', en: 'Unit name with characters not allowed' },
    {
      zh: '第{row}行：单位名称“{name}”含有“{what}”，不能用作文件名；请改为单位全称',
      en: 'Row {row}: unit name "{name}" contains "{what}" and cannot be used in a file name; type the full official name',
    },
    {
      zh: '单位名称会用于下发台账的文件名（如“华龙区_2021年4月_工作台账.xlsx”）。含有 / \\ : * ? " < > | 、控制字符、“..”或以句点开头、结尾的名称会把文件写到别处或无法保存；名录中任何一个名称有误时，不写出任何文件。',
      en: 'Unit names become the issued ledgers\' file names (e.g. 华龙区_2021年4月_工作台账.xlsx). A name with / \\ : * ? " < > |, control characters, ".." or a leading or trailing dot would write the file elsewhere or fail to save; while any name is wrong, no file is written.',
    },
  ),
  'roster-duplicate-name': rule(
    'error',
    ['roster'],
    { zh: '单位名称重复', en: 'Duplicate unit name' },
    { zh: '第{row}行：单位名称“{name}”与第{otherRows}行重复', en: 'Row {row}: unit name "{name}" also appears in row {otherRows}' },
    { zh: '两行使用同一单位名称，表头填写该名称时无法确定是哪个单位。', en: 'Two rows share a name, so a ledger header naming it could not be attributed.' },
  ),
  'roster-alias-conflict': rule(
    'error',
    ['roster'],
    { zh: '简称或名称被两个单位占用', en: 'Name or alias claimed by two units' },
    { zh: '第{row}行：“{label}”与第{otherRows}行的单位（{otherNames}）无法区分，填写该名称时无法确定是哪个单位', en: 'Row {row}: "{label}" cannot be told apart from the unit in row {otherRows} ({otherNames}); a ledger naming it could not be attributed', },
    { zh: '单位名称、简称或曾用名被两个单位共用，填写该名称的台账无法确定归属。', en: 'A name or alias is claimed by two units, so a ledger using it could not be attributed.' },
  ),
  'roster-unknown-group': rule(
    'error',
    ['roster'],
    { zh: '分组无效', en: 'Unknown group' },
    { zh: '第{row}行：分组“{value}”无效，应为“县区”或“市直”', en: 'Row {row}: group "{value}" is not 县区 or 市直' },
    { zh: '分组决定单位在哪一组排名，只能是“县区”或“市直”。', en: 'The group decides where a unit is ranked; it must be 县区 or 市直.' },
  ),
  'roster-unknown-kind': rule(
    'error',
    ['roster'],
    { zh: '类型无效', en: 'Unknown kind' },
    { zh: '第{row}行：类型“{value}”无效，应为“县区”“功能区”或“市直”', en: 'Row {row}: kind "{value}" is not 县区, 功能区 or 市直' },
    { zh: '类型只能是“县区”“功能区”或“市直”；为空时按分组处理。', en: 'The kind must be 县区, 功能区 or 市直; blank follows the group.' },
  ),
  'roster-kind-group-mismatch': rule(
    'warning',
    ['roster'],
    { zh: '类型与分组不一致', en: 'Kind does not fit the group' },
    { zh: '第{row}行：类型为“{kind}”的单位分在“{group}”组，请确认', en: 'Row {row}: a unit of kind {kind} is in group {group}; please confirm' },
    { zh: '例如市直单位分在县区组。可能是有意为之（功能区），请确认。', en: 'For example a 市直 unit in the 县区 group. It may be intended (functional zones); please confirm.' },
  ),
  'roster-bad-yes-no': rule(
    'error',
    ['roster'],
    { zh: '是/否填写无效', en: 'Not yes or no' },
    { zh: '第{row}行：“{column}”应填“是”或“否”，现为“{value}”', en: 'Row {row}: {column} must be 是 (yes) or 否 (no), got "{value}"' },
    { zh: '“文明单位”等列只能填“是”或“否”（空白按“否”）。', en: 'Yes/no columns such as 文明单位 take 是 or 否 (blank means 否).' },
  ),
  'roster-bureau-missing': rule(
    'error',
    ['roster'],
    { zh: '检查组派出单位不在名录中', en: 'Inspection bureau not in roster' },
    { zh: '单位名录中找不到检查组派出单位“{name}”', en: 'The inspection bureau "{name}" is not in the roster' },
    { zh: '双月检查组由市司法局、市市场监管局、市统计局、市住建局抽调人员组成，这些单位须在名录中。', en: 'The inspection team is drawn from four bureaus, which must be in the roster.' },
  ),
  'roster-no-bureau-available': rule(
    'error',
    ['roster'],
    { zh: '无可分派的检查小组', en: 'No inspection sub-team available' },
    { zh: '单位“{name}”（{code}）没有可分派的检查小组：检查组只有本单位人员，需要回避', en: 'No sub-team can inspect {name} ({code}): the only inspectors come from that unit and must recuse themselves', },
    { zh: '按回避原则，检查小组不检查本单位；若某单位只能由本单位人员检查，则无法分派。', en: 'Sub-teams never inspect their own unit; a unit only its own bureau could inspect cannot be assigned.' },
  ),
  'roster-recusal': rule(
    'error',
    ['roster'],
    { zh: '检查人未回避', en: 'Inspector did not recuse' },
    { zh: '{period} {unitName}（{unitCode}）指标 {indicatorCode} 的检查人“{inspector}”来自被检查单位，应当回避', en: '{period}: inspector "{inspector}" scored indicator {indicatorCode} of their own unit {unitName} ({unitCode}) and must recuse', },
    { zh: '检查人来自被检查单位，其打分不予采用（按未经检查处理），并列出此情况。', en: 'An inspector from the inspected unit scored it; the score is not used (the indicator falls back as uninspected) and the case is listed.' },
  ),
} as const;
