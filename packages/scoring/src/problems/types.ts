import type { Localized } from '../i18n/lang';

/** Severity: errors make an input unusable (a ledger invalid, a template unloadable); warnings and notices (info) do not. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What a problem is about, for filtering and for the sections of docs/rules.md; the first tag is the section. */
export type RuleTag =
  | 'file'
  | 'structure'
  | 'template'
  | 'conflict'
  | 'header'
  | 'row'
  | 'cell'
  | 'normalisation'
  | 'inspection'
  | 'rectification'
  | 'account'
  | 'roster'
  | 'indicators'
  | 'settings'
  | 'template-workbook'
  | 'review'
  | 'cli';
export const RULE_TAGS: readonly RuleTag[] = [
  'file',
  'structure',
  'template',
  'conflict',
  'header',
  'row',
  'cell',
  'normalisation',
  'inspection',
  'rectification',
  'account',
  'roster',
  'indicators',
  'settings',
  'template-workbook',
  'review',
  'cli',
];

export const RULE_TAG_LABELS: Readonly<Record<RuleTag, Localized>> = {
  file: { zh: '文件', en: 'File' },
  structure: { zh: '工作簿结构', en: 'Workbook structure' },
  template: { zh: '模板与元数据', en: 'Template and metadata' },
  conflict: { zh: '重复报送', en: 'Duplicate submissions' },
  header: { zh: '表头', en: 'Header' },
  row: { zh: '台账行', en: 'Ledger rows' },
  cell: { zh: '单元格', en: 'Cells' },
  normalisation: { zh: '规范化', en: 'Normalisation' },
  inspection: { zh: '检查评分表', en: 'Inspection workbook' },
  rectification: { zh: '整改闭环', en: 'Rectification loop' },
  account: { zh: '文件清单', en: 'File accounting' },
  roster: { zh: '单位名录与检查组', en: 'Roster and inspection team' },
  indicators: { zh: '指标体系', en: 'Indicator template' },
  settings: { zh: '评分规则', en: 'Scoring settings' },
  'template-workbook': { zh: '模板工作簿', en: 'Template workbook' },
  review: { zh: '点评与年度汇总', en: 'Reviews and the annual roll-up' },
  cli: { zh: '命令行', en: 'Command line' },
};

/**
 * One kind of problem (or notice) about an input, modelled on frictionless-py's error types: a
 * stable code, a severity, tags, and texts in both languages. Messages are templates rendered
 * from a finding's params; the place is the finding's location, shown by each surface.
 */
export interface RuleDefinition {
  /** Stable kebab-case identifier; never renamed once released (reports and tests key on it). */
  code: string;
  severity: Severity;
  /** First tag is the rule's section in the documentation. */
  tags: readonly RuleTag[];
  title: Localized;
  /** Template over the finding's params: `{name}` placeholders, `[[…]]` optional sections. */
  message: Localized;
  description: Localized;
  /**
   * Whether the ledger workbook checks the rule by itself, with formulas, in any spreadsheet
   * program and without the add-in (the 自检提示 column and the 自检 cell of 工作台账):
   * `exact` — the sheet's verdict is the product's on every value; `typed` — the same on values
   * written as the template asks (a number in a number cell, a choice from the dropdown, a date
   * in the date cell), while other writings that the product reads after normalisation (`８０`,
   * `80分`, `完成`, a text date) are flagged by the sheet to be retyped. Absent: only the product
   * checks it. The product's own validation stays the authority either way.
   */
  selfCheck?: SelfCheck;
}

export type SelfCheck = 'exact' | 'typed';
