/** One catalogue for the languages, message templates and labels shared by the validator and the hosts. */
export type { Lang, Localized } from './lang';
export { DEFAULT_LANG, pick, isLocalized } from './lang';
export type { MessageParams, ParamValue, ParamScalar } from './format';
export { formatMessage, formatNumber, formatBytes, renderParam, requiredPlaceholders, allPlaceholders } from './format';
export { LEDGER_HEADER_LABELS, LEDGER_FIELD_LABELS, NORMALISATION_LABELS, SEVERITY_LABELS } from './labels';
