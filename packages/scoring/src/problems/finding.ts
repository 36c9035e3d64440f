import { formatMessage, type MessageParams } from '../i18n/format';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import type { Localized } from '../i18n/lang';
import { RULES, type RuleCode } from './registry';
import type { RuleTag, Severity } from './types';

/** Where a finding points: file, sheet, 1-based row, A1 column letter (and their A1 address). */
export interface FindingLocation {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  /** A1 address such as `G12`; derived from row and column when both are given. */
  address?: string;
}

/** One problem (or notice) found in an input, with everything needed to show it in either language. */
export interface Finding extends FindingLocation {
  code: RuleCode;
  severity: Severity;
  tags: readonly RuleTag[];
  params: MessageParams;
  /** The message rendered in Chinese (the default language). */
  message: string;
}

/**
 * Params for rendering: `{file}` and `{sheet}` fall back to the finding's location, so a host
 * that placed a finding in a file need not repeat the file name as a parameter.
 */
function renderParams(params: MessageParams, location: FindingLocation): MessageParams {
  const needFile = location.file !== undefined && !Object.prototype.hasOwnProperty.call(params, 'file');
  const needSheet = location.sheet !== undefined && !Object.prototype.hasOwnProperty.call(params, 'sheet');
  if (!needFile && !needSheet) return params;
  return { ...(needFile ? { file: location.file } : {}), ...(needSheet ? { sheet: location.sheet } : {}), ...params };
}

/** Creates a finding of a registered rule, rendering its Chinese message. */
export function makeFinding(code: RuleCode, params: MessageParams = {}, location: FindingLocation = {}): Finding {
  const rule = RULES[code];
  if (!rule) throw new RangeError(`未登记的校验规则：${String(code)}`);
  const finding: Finding = {
    code,
    severity: rule.severity,
    tags: rule.tags,
    params,
    message: formatMessage(rule.message.zh, renderParams(params, location), 'zh-CN'),
  };
  if (location.file !== undefined) finding.file = location.file;
  if (location.sheet !== undefined) finding.sheet = location.sheet;
  if (location.row !== undefined) finding.row = location.row;
  if (location.column !== undefined) finding.column = location.column;
  const address = location.address ?? (location.row !== undefined && location.column !== undefined ? `${location.column}${location.row}` : undefined);
  if (address !== undefined) finding.address = address;
  return finding;
}

/** The finding's message in the given language. */
export function renderFinding(finding: Finding, lang: Lang = DEFAULT_LANG): string {
  const rule = RULES[finding.code];
  if (!rule) return finding.message;
  return formatMessage(lang === 'en' ? rule.message.en : rule.message.zh, renderParams(finding.params, finding), lang);
}

/**
 * The same finding placed where the host found it (a loader knows the row; the workbook layer that
 * read the sheet knows the file, the sheet and the column's letter). Location fields given replace
 * the finding's own.
 */
export function locateFinding(finding: Finding, location: FindingLocation): Finding {
  const { code, params } = finding;
  const where: FindingLocation = {
    file: location.file ?? finding.file,
    sheet: location.sheet ?? finding.sheet,
    row: location.row ?? finding.row,
    column: location.column ?? finding.column,
  };
  for (const k of Object.keys(where) as Array<keyof FindingLocation>) if (where[k] === undefined || where[k] === '') delete where[k];
  return makeFinding(code, params, where);
}

/** The finding's message in both languages. */
export function findingText(finding: Finding): Localized {
  return { zh: renderFinding(finding, 'zh-CN'), en: renderFinding(finding, 'en') };
}

/** The rule's title in the given language. */
export function findingTitle(finding: Finding, lang: Lang = DEFAULT_LANG): string {
  const rule = RULES[finding.code];
  if (!rule) return finding.code;
  return lang === 'en' ? rule.title.en : rule.title.zh;
}

/** `工作台账!G12`, `工作台账 第 12 行` / `工作台账 row 12`, or the sheet or file alone; '' when unplaced. */
export function formatLocation(finding: FindingLocation, lang: Lang = DEFAULT_LANG): string {
  let where = '';
  if (finding.sheet !== undefined) {
    if (finding.address !== undefined) where = `${finding.sheet}!${finding.address}`;
    else if (finding.row !== undefined) where = lang === 'en' ? `${finding.sheet} row ${finding.row}` : `${finding.sheet} 第 ${finding.row} 行`;
    else where = finding.sheet;
  } else if (finding.address !== undefined) where = finding.address;
  else if (finding.row !== undefined) where = lang === 'en' ? `row ${finding.row}` : `第 ${finding.row} 行`;
  if (finding.file !== undefined) return where ? `${finding.file} · ${where}` : finding.file;
  return where;
}
