/** Ledger validation (SPEC section 6): rule registry, findings, reports and the ledger validator. */
export type { Severity, RuleTag, RuleDefinition, RuleCode } from './rules';
export { RULES, RULE_LIST, RULE_CODES, RULE_TAGS, RULE_TAG_LABELS, SEVERITIES, getRule, isRuleCode } from './rules';
export type { Finding, FindingLocation } from './finding';
export { makeFinding, renderFinding, findingTitle, formatLocation } from './finding';
// Re-exported for hosts formatting size params (same binding as i18n's, so both barrels may be star-exported).
export { formatBytes } from '../i18n/format';
export type { ValidationReport, ValidationStats, FlattenOptions } from './report';
export { ReportBuilder, DEFAULT_ERROR_CAP, flatten, compareFindings } from './report';
export type { RawCell, RawLedger, RawLedgerRow, LedgerContext, LedgerValidation } from './types';
export { validateLedger } from './ledger';
export { displayValue } from './sink';
export { renderRulesMarkdown } from './rulesDoc';
