import type { LedgerField, LedgerHeaderField } from '../model/types';
import type { NormalisationKind } from '../normalize/types';
import type { Localized } from './lang';

/**
 * Labels of the ledger workbook. The zh texts are the exact labels of SPEC section 5 (the
 * workbook contract); the en texts keep the Chinese label so a reader can find the cell.
 */
export const LEDGER_HEADER_LABELS: Readonly<Record<LedgerHeaderField, Localized>> = {
  unitName: { zh: '单位名称', en: '单位名称 (unit)' },
  month: { zh: '报告月份', en: '报告月份 (month)' },
  filler: { zh: '填报人', en: '填报人 (filled in by)' },
  phone: { zh: '联系电话', en: '联系电话 (phone)' },
  filledDate: { zh: '填报日期', en: '填报日期 (date filled in)' },
  reviewer: { zh: '审核人', en: '审核人 (reviewed by)' },
};

export const LEDGER_FIELD_LABELS: Readonly<Record<LedgerField, Localized>> = {
  code: { zh: '指标编号', en: '指标编号 (indicator code)' },
  area: { zh: '检查内容', en: '检查内容 (area)' },
  text: { zh: '指标内容', en: '指标内容 (indicator)' },
  points: { zh: '分值', en: '分值 (points)' },
  target: { zh: '目标值', en: '目标值 (target)' },
  workDone: { zh: '本月工作完成情况', en: '本月工作完成情况 (work done this month)' },
  status: { zh: '完成状态', en: '完成状态 (status)' },
  progress: { zh: '完成进度(%)', en: '完成进度(%) (progress)' },
  actual: { zh: '实际值', en: '实际值 (actual value)' },
  evidence: { zh: '佐证材料', en: '佐证材料 (evidence)' },
  selfScore: { zh: '自评分', en: '自评分 (self-score)' },
  problems: { zh: '存在问题', en: '存在问题 (problems)' },
  nextSteps: { zh: '下步计划', en: '下步计划 (next steps)' },
  remarks: { zh: '备注', en: '备注 (remarks)' },
};

export const NORMALISATION_LABELS: Readonly<Record<NormalisationKind, Localized>> = {
  trimmed: { zh: '去除首尾空格', en: 'leading/trailing spaces removed' },
  'whitespace-collapsed': { zh: '合并多余空白（含全角空格）', en: 'extra whitespace (incl. full-width) collapsed' },
  'zero-width-removed': { zh: '去除不可见字符', en: 'invisible characters removed' },
  'full-width': { zh: '全角转半角', en: 'full-width characters read as half-width' },
  'converted-to-text': { zh: '按文本读取', en: 'read as text' },
  'thousands-separator': { zh: '去除千位分隔符', en: 'thousands separators removed' },
  'unit-suffix': { zh: '去除单位', en: 'unit word removed' },
  'percent-sign': { zh: '去除百分号', en: 'percent sign removed' },
  'percent-format': { zh: '百分比格式的小数换算为百分数', en: 'percent-formatted fraction scaled to percent' },
  'chinese-numeral': { zh: '中文数字转为阿拉伯数字', en: 'Chinese numerals read as a number' },
  'date-reformatted': { zh: '日期格式统一', en: 'date rewritten as ISO' },
  'excel-serial-date': { zh: 'Excel 日期序号转为日期', en: 'Excel serial number read as a date' },
  'time-dropped': { zh: '忽略时间部分', en: 'time of day dropped' },
  'date-to-month': { zh: '按日期所在月份', en: 'month of the date used' },
  'status-synonym': { zh: '同义词转为标准状态', en: 'synonym mapped to the standard status' },
  'country-code-removed': { zh: '去除国家代码 +86', en: 'country code +86 removed' },
  'leading-zero-restored': { zh: '补回区号前的 0', en: 'leading 0 of the area code restored' },
  'phone-reformatted': { zh: '电话号码格式统一', en: 'phone number reformatted' },
};

export const SEVERITY_LABELS: Readonly<Record<'error' | 'warning' | 'info', Localized>> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'notice' },
};
