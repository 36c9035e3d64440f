import { ACCOUNT_PROBLEMS } from './accounts';
import { LEDGER_PROBLEMS } from './ledger';
import { ROSTER_PROBLEMS } from './roster';
import { SETTINGS_PROBLEMS } from './settings';
import { TEMPLATE_PROBLEMS } from './template';
import { TEMPLATE_WORKBOOK_PROBLEMS } from './templateWorkbook';
import type { RuleDefinition } from './types';

/**
 * The one registry of every finding and problem the product reports — received files and ledger
 * rows, inspection workbooks, the office's roster, indicator template, settings and template
 * workbook, what became of each file — each with a stable code, a severity and zh/en texts.
 * docs/rules.md is generated from it.
 */
const DEFINITIONS = {
  ...LEDGER_PROBLEMS,
  ...ACCOUNT_PROBLEMS,
  ...ROSTER_PROBLEMS,
  ...TEMPLATE_PROBLEMS,
  ...SETTINGS_PROBLEMS,
  ...TEMPLATE_WORKBOOK_PROBLEMS,
} as const;

export type RuleCode = keyof typeof DEFINITIONS;

/** Every rule by code. */
export const RULES: Readonly<Record<RuleCode, RuleDefinition>> = Object.freeze(
  Object.fromEntries(Object.entries(DEFINITIONS).map(([code, def]) => [code, Object.freeze({ code, ...def })])) as Record<RuleCode, RuleDefinition>,
);

/** Every rule, in registry order. */
export const RULE_LIST: readonly RuleDefinition[] = Object.freeze(Object.values(RULES));

export const RULE_CODES: readonly RuleCode[] = Object.freeze(Object.keys(RULES) as RuleCode[]);

export function isRuleCode(code: string): code is RuleCode {
  return Object.prototype.hasOwnProperty.call(RULES, code);
}

export function getRule(code: RuleCode): RuleDefinition {
  return RULES[code];
}
