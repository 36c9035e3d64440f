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
  | 'account'
  | 'roster'
  | 'indicators'
  | 'settings'
  | 'template-workbook'
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
  'account',
  'roster',
  'indicators',
  'settings',
  'template-workbook',
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
  account: { zh: '文件清单', en: 'File accounting' },
  roster: { zh: '单位名录与检查组', en: 'Roster and inspection team' },
  indicators: { zh: '指标体系', en: 'Indicator template' },
  settings: { zh: '评分规则', en: 'Scoring settings' },
  'template-workbook': { zh: '模板工作簿', en: 'Template workbook' },
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
}

export function rule(
  severity: Severity,
  tags: readonly RuleTag[],
  title: Localized,
  message: Localized,
  description: Localized,
): Omit<RuleDefinition, 'code'> {
  return { severity, tags, title, message, description };
}
