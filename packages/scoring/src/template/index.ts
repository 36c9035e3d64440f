/** 指标体系: the eight areas, the default template, applicability, the 指标体系 sheet loader and the fingerprint. */
export * from './applicability';
export { AREAS, areaName, isAreaNo, parseArea } from './areas';
export { DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_NAME, DEFAULT_TEMPLATE_VERSION, defaultTemplate } from './defaultTemplate';
export { groupCorePoints } from './points';
export { parseFrequency, dueMonthNumbers, isIndicatorDue, dueIndicators, formatMonthList, parseMonthList } from './frequency';
export {
  TEMPLATE_COLUMNS,
  TEMPLATE_SHEET,
  ALL_UNITS_LABEL,
  loadTemplate,
  templateToRecords,
  parseTarget,
  formatTarget,
  formatApplicability,
  type TemplateColumn,
  type TemplateRecord,
  type TemplateProblem,
  type TemplateMeta,
  type TemplateLoadResult,
} from './templateSheet';
export { templateFingerprint, compareIndicatorCodes, fnv1a32 } from './fingerprint';
