/** The one problem registry: codes, severities, zh/en texts, findings and the generated rules document. */
export type { Severity, RuleTag, RuleDefinition, SelfCheck } from './types';
export { SEVERITIES, RULE_TAGS, RULE_TAG_LABELS } from './types';
export type { RuleCode } from './registry';
export { RULES, RULE_LIST, RULE_CODES, getRule, isRuleCode } from './registry';
export type { Finding, FindingLocation } from './finding';
export { makeFinding, renderFinding, findingTitle, formatLocation, findingText, locateFinding } from './finding';
export { renderRulesMarkdown } from './doc';
