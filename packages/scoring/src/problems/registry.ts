import ACCOUNT_PROBLEMS from './accounts.json';
import CLI_PROBLEMS from './cli.json';
import LEDGER_PROBLEMS from './ledger.json';
import RECTIFICATION_PROBLEMS from './rectification.json';
import REVIEW_PROBLEMS from './review.json';
import ROSTER_PROBLEMS from './roster.json';
import SETTINGS_PROBLEMS from './settings.json';
import TEMPLATE_PROBLEMS from './template.json';
import TEMPLATE_WORKBOOK_PROBLEMS from './templateWorkbook.json';
import type { RuleDefinition, SelfCheck } from './types';

/**
 * The one registry of every finding and problem the product reports — received files and ledger
 * rows, inspection workbooks, the office's roster, indicator template, settings and template
 * workbook, what became of each file — each with a stable code, a severity and zh/en texts.
 * docs/rules.md is generated from it.
 *
 * The texts are data, one JSON file a part: ledger.json (received files and ledger rows, SPEC
 * section 6, sections in tag order: file, structure, template, conflict, header, row, cell,
 * inspection, normalisation), accounts.json (what became of each file, 文件清单),
 * rectification.json (整改 items and re-checks), roster.json (单位名录 and 检查组), template.json
 * (the 指标体系 sheet), settings.json (评分规则), templateWorkbook.json (the template workbook's
 * sheets), cli.json (the command line) and review.json (办公室调整 and 年度汇总). Each entry is
 * `code: {severity, tags, title, message, description}`; JSON cannot type them, so
 * registry.test.ts holds every entry to the types (severity, tags, both languages, no code twice).
 */
export const REGISTRY_PARTS = [
  LEDGER_PROBLEMS,
  ACCOUNT_PROBLEMS,
  RECTIFICATION_PROBLEMS,
  ROSTER_PROBLEMS,
  TEMPLATE_PROBLEMS,
  SETTINGS_PROBLEMS,
  TEMPLATE_WORKBOOK_PROBLEMS,
  CLI_PROBLEMS,
  REVIEW_PROBLEMS,
] as const;

/** Any part's codes: a distributive keyof, since keyof a union keeps only the keys all share. */
type CodesOf<Part> = Part extends unknown ? keyof Part : never;
export type RuleCode = CodesOf<(typeof REGISTRY_PARTS)[number]>;

const DEFINITIONS: Readonly<Record<RuleCode, Omit<RuleDefinition, 'code'>>> = Object.assign(
  {},
  ...REGISTRY_PARTS,
);

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
