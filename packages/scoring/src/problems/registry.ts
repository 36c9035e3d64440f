import { ACCOUNT_PROBLEMS } from './accounts';
import { CLI_PROBLEMS } from './cli';
import { LEDGER_PROBLEMS } from './ledger';
import { RECTIFICATION_PROBLEMS } from './rectification';
import { REVIEW_PROBLEMS } from './review';
import { ROSTER_PROBLEMS } from './roster';
import { SETTINGS_PROBLEMS } from './settings';
import { TEMPLATE_PROBLEMS } from './template';
import { TEMPLATE_WORKBOOK_PROBLEMS } from './templateWorkbook';
import type { RuleDefinition, SelfCheck } from './types';

/**
 * The one registry of every finding and problem the product reports — received files and ledger
 * rows, inspection workbooks, the office's roster, indicator template, settings and template
 * workbook, what became of each file — each with a stable code, a severity and zh/en texts.
 * docs/rules.md is generated from it.
 */
const DEFINITIONS = {
  ...LEDGER_PROBLEMS,
  ...ACCOUNT_PROBLEMS,
  ...RECTIFICATION_PROBLEMS,
  ...ROSTER_PROBLEMS,
  ...TEMPLATE_PROBLEMS,
  ...SETTINGS_PROBLEMS,
  ...TEMPLATE_WORKBOOK_PROBLEMS,
  ...CLI_PROBLEMS,
  ...REVIEW_PROBLEMS,
} as const;

export type RuleCode = keyof typeof DEFINITIONS;

/**
 * The rules the ledger workbook checks by itself with formulas (packages/workbook's
 * ledger/selfCheck.ts writes them; a LibreOffice test holds both to agreement). Cell formats,
 * the roster, other months and the file's structure are beyond a formula: those rules stay the
 * product's alone.
 */
const SELF_CHECKED: Readonly<Partial<Record<RuleCode, SelfCheck>>> = {
  'unit-missing': 'exact',
  'month-missing': 'exact',
  'filler-missing': 'exact',
  'phone-missing': 'exact',
  'filled-date-missing': 'exact',
  'filled-date-invalid': 'typed',
  'filled-date-early': 'exact',
  'status-missing': 'exact',
  'status-invalid': 'typed',
  'status-na-not-allowed': 'exact',
  'status-na-without-remark': 'exact',
  'progress-not-number': 'typed',
  'progress-out-of-range': 'exact',
  'completed-without-evidence': 'exact',
  'completed-progress-below-100': 'exact',
  'not-started-with-progress': 'exact',
  'work-done-missing': 'exact',
  'self-score-not-number': 'typed',
  'self-score-negative': 'exact',
  'self-score-above-points': 'exact',
  'self-score-step': 'exact',
  'actual-not-number': 'typed',
  'actual-below-target': 'exact',
  'cell-error-value': 'typed',
};

/** Every rule by code. */
export const RULES: Readonly<Record<RuleCode, RuleDefinition>> = Object.freeze(
  Object.fromEntries(
    Object.entries(DEFINITIONS).map(([code, def]) => {
      const selfCheck = SELF_CHECKED[code as RuleCode];
      return [code, Object.freeze(selfCheck ? { code, ...def, selfCheck } : { code, ...def })];
    }),
  ) as Record<RuleCode, RuleDefinition>,
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
