import { formatMessage, type MessageParams } from '../i18n/format';
import type { Localized } from '../i18n/lang';
import type { ProblemType } from '../roster/messages';

/**
 * Problems of the 指标体系 sheet (office-edited indicator template), one entry per stable
 * kebab-case code. Every message exists in zh-CN and en; `[[…]]` sections drop out when their
 * parameters are empty (e.g. no candidates to suggest).
 */
export const TEMPLATE_PROBLEM_TYPES = {
  'missing-version': {
    severity: 'error',
    title: { zh: '模板版本号为空', en: 'Missing template version' },
    message: { zh: '指标模板没有版本号，台账无法记录所用模板', en: 'The template has no version, so ledgers could not record which template they use' },
  },
  'missing-name': {
    severity: 'error',
    title: { zh: '模板名称为空', en: 'Missing template name' },
    message: { zh: '指标模板没有名称', en: 'The template has no name' },
  },
  'no-indicators': {
    severity: 'error',
    title: { zh: '没有指标', en: 'No indicators' },
    message: { zh: '“{sheet}”工作表中没有任何指标', en: 'Sheet {sheet} lists no indicators' },
  },
  'missing-code': {
    severity: 'error',
    title: { zh: '指标编号为空', en: 'Missing indicator code' },
    message: { zh: '第{row}行：指标编号为空', en: 'Row {row}: the indicator code is empty' },
  },
  'bad-code': {
    severity: 'error',
    title: { zh: '指标编号格式错误', en: 'Malformed indicator code' },
    message: {
      zh: '第{row}行：指标编号“{value}”格式不正确，应为“方面序号.指标序号”，如 2.3',
      en: 'Row {row}: indicator code "{value}" should be area.number, e.g. 2.3',
    },
  },
  'numeric-code': {
    severity: 'warning',
    title: { zh: '指标编号为数字格式', en: 'Indicator code stored as a number' },
    message: {
      zh: '第{row}行：指标编号“{value}”是数字格式，Excel 会把 4.10 变成 4.1，请把该列设为文本格式',
      en: 'Row {row}: indicator code "{value}" is stored as a number; Excel turns 4.10 into 4.1, so format the column as text',
    },
  },
  'duplicate-code': {
    severity: 'error',
    title: { zh: '指标编号重复', en: 'Duplicate indicator code' },
    message: { zh: '第{row}行：指标编号“{value}”与第{otherRows}行重复', en: 'Row {row}: indicator code "{value}" also appears in row {otherRows}' },
  },
  'unknown-area': {
    severity: 'error',
    title: { zh: '检查内容无效', en: 'Unknown area' },
    message: {
      zh: '第{row}行：检查内容“{value}”不是八个方面之一，请填写序号 1–8 或方面名称',
      en: 'Row {row}: area "{value}" is not one of the eight areas; give its number 1–8 or its name',
    },
  },
  'code-area-mismatch': {
    severity: 'error',
    title: { zh: '指标编号与检查内容不符', en: 'Code does not match its area' },
    message: {
      zh: '第{row}行：指标编号“{value}”应以所属方面序号 {area} 开头',
      en: 'Row {row}: indicator code "{value}" should start with its area number {area}',
    },
  },
  'empty-text': {
    severity: 'error',
    title: { zh: '指标内容为空', en: 'Empty indicator text' },
    message: { zh: '第{row}行：指标内容为空', en: 'Row {row}: the indicator text is empty' },
  },
  'bad-points': {
    severity: 'error',
    title: { zh: '分值无效', en: 'Invalid points' },
    message: { zh: '第{row}行：分值“{value}”应为大于 0 的数', en: 'Row {row}: points "{value}" must be a number above 0' },
  },
  'bad-target': {
    severity: 'error',
    title: { zh: '目标值无效', en: 'Invalid target' },
    message: {
      zh: '第{row}行：目标值“{value}”无法识别，应为数值，可带单位，如 100%、3次，或留空',
      en: 'Row {row}: target "{value}" is not a number with an optional unit (e.g. 100%, 3次); leave it blank if there is none',
    },
  },
  'unknown-unit': {
    severity: 'error',
    title: { zh: '适用范围中的单位不在名录中', en: 'Unknown unit in applicability' },
    message: {
      zh: '第{row}行：适用范围中的“{value}”不是单位名录中的单位[[，您是否要填写：{candidates}？]]',
      en: 'Row {row}: "{value}" in the applicability is not a unit of the roster[[; did you mean: {candidates}?]]',
    },
  },
  'ambiguous-unit': {
    severity: 'error',
    title: { zh: '适用范围中的单位无法确定', en: 'Ambiguous unit in applicability' },
    message: {
      zh: '第{row}行：适用范围中的“{value}”可能指多个单位（{candidates}），请填写全称',
      en: 'Row {row}: "{value}" in the applicability could mean several units ({candidates}); use the full name',
    },
  },
  'applicability-defaulted': {
    severity: 'warning',
    title: { zh: '适用范围为空，按全部单位处理', en: 'Blank applicability read as all units' },
    message: { zh: '第{row}行：适用范围为空，已按“全部”处理', en: 'Row {row}: the applicability is blank and was read as all units (全部)' },
  },
  'bad-yes-no': {
    severity: 'error',
    title: { zh: '是/否填写无效', en: 'Not yes or no' },
    message: { zh: '第{row}行：“{column}”应填“是”或“否”，现为“{value}”', en: 'Row {row}: {column} must be 是 (yes) or 否 (no), got "{value}"' },
  },
  'bad-frequency': {
    severity: 'error',
    title: { zh: '填报频次无效', en: 'Invalid reporting frequency' },
    message: {
      zh: '第{row}行：填报频次“{value}”无效，应为每月、双月、季度或年度',
      en: 'Row {row}: reporting frequency "{value}" must be 每月 (monthly), 双月 (bimonthly), 季度 (quarterly) or 年度 (yearly)',
    },
  },
  'missing-standard': {
    severity: 'warning',
    title: { zh: '评分标准为空', en: 'No scoring standard' },
    message: { zh: '第{row}行：评分标准为空，检查组将无据扣分', en: 'Row {row}: no scoring standard, so the inspection team has nothing to score against' },
  },
  'group-total': {
    severity: 'warning',
    title: { zh: '分组总分不是 100', en: 'Group total is not 100' },
    message: {
      zh: '适用于全部{group}单位的指标分值合计为 {total} 分，不是 100 分（得分率仍可比较，但请确认）',
      en: 'Indicators applying to every {group} unit total {total} points, not 100 (score rates stay comparable, but please check)',
    },
  },
} as const satisfies Record<string, ProblemType>;

export type TemplateProblemCode = keyof typeof TEMPLATE_PROBLEM_TYPES;

export function templateMessage(code: TemplateProblemCode, params: MessageParams): Localized {
  const t = TEMPLATE_PROBLEM_TYPES[code].message;
  return { zh: formatMessage(t.zh, params, 'zh-CN'), en: formatMessage(t.en, params, 'en') };
}
