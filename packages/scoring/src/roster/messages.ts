import { formatMessage, type MessageParams } from '../i18n/format';
import type { Localized } from '../i18n/lang';

/** Severity of a sheet problem: errors stop the sheet from loading, warnings do not. */
export type ProblemSeverity = 'error' | 'warning';

export interface ProblemType {
  severity: ProblemSeverity;
  /** Short title for listings and generated docs. */
  title: Localized;
  /** Message template; `{name}` placeholders, `[[…]]` optional sections (see i18n/format). */
  message: Localized;
}

/**
 * Problems of the 单位名录 sheet and of the inspection team (双月检查组), one entry per stable
 * kebab-case code. Every message exists in zh-CN and en.
 */
export const ROSTER_PROBLEM_TYPES = {
  'no-units': {
    severity: 'error',
    title: { zh: '单位名录为空', en: 'Empty roster' },
    message: { zh: '单位名录中没有任何单位', en: 'The roster lists no units' },
  },
  'missing-code': {
    severity: 'error',
    title: { zh: '单位编码为空', en: 'Missing unit code' },
    message: { zh: '第{row}行：单位编码为空', en: 'Row {row}: the unit code is empty' },
  },
  'duplicate-code': {
    severity: 'error',
    title: { zh: '单位编码重复', en: 'Duplicate unit code' },
    message: { zh: '第{row}行：单位编码“{code}”与第{otherRows}行重复', en: 'Row {row}: unit code "{code}" also appears in row {otherRows}' },
  },
  'missing-name': {
    severity: 'error',
    title: { zh: '单位名称为空', en: 'Missing unit name' },
    message: { zh: '第{row}行：单位名称为空', en: 'Row {row}: the unit name is empty' },
  },
  'duplicate-name': {
    severity: 'error',
    title: { zh: '单位名称重复', en: 'Duplicate unit name' },
    message: { zh: '第{row}行：单位名称“{name}”与第{otherRows}行重复', en: 'Row {row}: unit name "{name}" also appears in row {otherRows}' },
  },
  'alias-conflict': {
    severity: 'error',
    title: { zh: '简称或名称被两个单位占用', en: 'Name or alias claimed by two units' },
    message: {
      zh: '第{row}行：“{label}”与第{otherRows}行的单位（{otherNames}）无法区分，填写该名称时无法确定是哪个单位',
      en: 'Row {row}: "{label}" cannot be told apart from the unit in row {otherRows} ({otherNames}); a ledger naming it could not be attributed',
    },
  },
  'unknown-group': {
    severity: 'error',
    title: { zh: '分组无效', en: 'Unknown group' },
    message: { zh: '第{row}行：分组“{value}”无效，应为“县区”或“市直”', en: 'Row {row}: group "{value}" is not 县区 or 市直' },
  },
  'unknown-kind': {
    severity: 'error',
    title: { zh: '类型无效', en: 'Unknown kind' },
    message: { zh: '第{row}行：类型“{value}”无效，应为“县区”“功能区”或“市直”', en: 'Row {row}: kind "{value}" is not 县区, 功能区 or 市直' },
  },
  'kind-group-mismatch': {
    severity: 'warning',
    title: { zh: '类型与分组不一致', en: 'Kind does not fit the group' },
    message: { zh: '第{row}行：类型为“{kind}”的单位分在“{group}”组，请确认', en: 'Row {row}: a unit of kind {kind} is in group {group}; please confirm' },
  },
  'bad-yes-no': {
    severity: 'error',
    title: { zh: '是/否填写无效', en: 'Not yes or no' },
    message: { zh: '第{row}行：“{column}”应填“是”或“否”，现为“{value}”', en: 'Row {row}: {column} must be 是 (yes) or 否 (no), got "{value}"' },
  },
  'bureau-missing': {
    severity: 'error',
    title: { zh: '检查组派出单位不在名录中', en: 'Inspection bureau not in roster' },
    message: { zh: '单位名录中找不到检查组派出单位“{name}”', en: 'The inspection bureau "{name}" is not in the roster' },
  },
  'no-bureau-available': {
    severity: 'error',
    title: { zh: '无可分派的检查小组', en: 'No inspection sub-team available' },
    message: {
      zh: '单位“{name}”（{code}）没有可分派的检查小组：检查组只有本单位人员，需要回避',
      en: 'No sub-team can inspect {name} ({code}): the only inspectors come from that unit and must recuse themselves',
    },
  },
  recusal: {
    severity: 'error',
    title: { zh: '检查人未回避', en: 'Inspector did not recuse' },
    message: {
      zh: '{period} {unitName}（{unitCode}）指标 {indicatorCode} 的检查人“{inspector}”来自被检查单位，应当回避',
      en: '{period}: inspector "{inspector}" scored indicator {indicatorCode} of their own unit {unitName} ({unitCode}) and must recuse',
    },
  },
} as const satisfies Record<string, ProblemType>;

export type RosterProblemCode = keyof typeof ROSTER_PROBLEM_TYPES;

/** The zh-CN and en texts of a roster-related message. */
export function rosterMessage(code: RosterProblemCode, params: MessageParams): Localized {
  const t = ROSTER_PROBLEM_TYPES[code].message;
  return { zh: formatMessage(t.zh, params, 'zh-CN'), en: formatMessage(t.en, params, 'en') };
}
