import type { MessageParams } from '../i18n/format';
import { makeFinding, type Finding } from '../problems/finding';
import type { RuleCode } from '../problems/registry';
import type { Applicability, AreaNo, Indicator, IndicatorTarget, IndicatorTemplate, Unit, UnitGroup } from '../model/types';
import { buildUnitIndex, type UnitIndex } from '../roster/resolveUnit';
import { cellCode, cellText, isBlankRecord, parseYesNo, splitList, type SheetRecord } from '../roster/sheetRecord';
import { AREAS, areaName, isAreaNo, parseArea } from './areas';
import { parseFrequency } from './frequency';
import { groupCorePoints } from './points';

/** Column labels of the 指标体系 sheet, in sheet order. */
export const TEMPLATE_COLUMNS = ['指标编号', '检查内容', '指标内容', '分值', '评分标准', '佐证材料要求', '目标值', '适用范围', '允许不适用', '填报频次', '牵头单位'] as const;
export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

/** Default name of the sheet the records come from (used in messages). */
export const TEMPLATE_SHEET = '指标体系';

/** One data row of the 指标体系 sheet. */
export type TemplateRecord = SheetRecord;

/**
 * A problem found in the 指标体系 sheet: a finding of the registry (`template-…`) on that sheet,
 * at its 1-based row (none for the whole sheet: version, group totals), the column label in
 * `params.column`, and for an unknown or ambiguous unit the roster names to suggest in
 * `params.candidates` (您是否要填写…).
 */
export type TemplateProblem = Finding;
type TemplateProblemCode = Extract<RuleCode, `template-${string}`> extends `template-${infer C}` ? C : never;

export interface TemplateMeta {
  version: string;
  name: string;
  /** Sheet name for messages; default 指标体系. */
  sheet?: string;
}

export interface TemplateLoadResult {
  /** The template, or null when any error-severity problem was found. */
  template: IndicatorTemplate | null;
  /** Every problem at once: template-wide ones, then by row, then the group-total summary. */
  problems: TemplateProblem[];
}

export const ALL_UNITS_LABEL = '全部';
const ALL_WORDS = new Set(['全部', '全部单位', '所有单位', '全市', '全体']);
const GROUP_WORDS: Record<string, UnitGroup> = {
  县区: '县区',
  '县(区)': '县区',
  各县区: '县区',
  '各县(区)': '县区',
  县区组: '县区',
  县区单位: '县区',
  市直: '市直',
  市直单位: '市直',
  市直各单位: '市直',
  市直组: '市直',
};


// `2.3`, or deeper (`2.3.1`) for an office indicator system with three levels; no leading zeros
// after the area, so 2.03 and 2.3 cannot both exist.
const CODE_RE = /^(\d+)(?:\.[1-9]\d*)+$/;
// `100%`, `≥100%`, `100 %`, `3次`, `不低于95%`: a number and an optional short unit.
const TARGET_RE = /^(?:≥|>=|不低于|不少于|达到)?\s*(-?\d+(?:\.\d+)?)\s*(%|[^\d\s.%-][^\d]{0,3})?$/;

/** A 目标值 cell: the target, undefined when blank, null when unreadable. */
export function parseTarget(value: unknown): IndicatorTarget | undefined | null {
  if (typeof value === 'number') return Number.isFinite(value) ? { value, unit: '' } : null;
  const text = cellCode(value);
  if (text === '') return undefined;
  const m = TARGET_RE.exec(text);
  return m ? { value: Number(m[1]), unit: m[2] ?? '' } : null;
}

/** A target as the sheet shows it: `100%`, `3次`, `100`. */
export function formatTarget(target: IndicatorTarget | undefined): string {
  return target ? `${String(Number(target.value.toPrecision(12)))}${target.unit}` : '';
}

function parsePoints(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  const text = cellCode(value).replace(/分$/, '').trim();
  if (text === '' || !/^[+]?\d*\.?\d+$/.test(text)) return null;
  const n = Number(text);
  return n > 0 ? n : null;
}

interface Context {
  sheet: string;
  problems: TemplateProblem[];
}

function report(ctx: Context, code: TemplateProblemCode, row: number | null, column: TemplateColumn | null, params: MessageParams = {}): void {
  const at = row === null ? { sheet: ctx.sheet } : { sheet: ctx.sheet, row };
  ctx.problems.push(makeFinding(`template-${code}` as RuleCode, { row: row ?? '', column: column ?? '', ...params }, at));
}

/**
 * An 适用范围 cell: `全部`, `县区`, `市直`, or unit names separated by 、，,; (resolved through
 * the roster, aliases included). A group named among units (`县区、市司法局`) expands to that
 * group's units, because an indicator has one applicability.
 */
function parseApplicability(value: unknown, row: number, index: UnitIndex, ctx: Context): Applicability | null {
  const text = cellText(value);
  if (text === '') {
    report(ctx, 'applicability-defaulted', row, '适用范围');
    return { kind: 'all' };
  }
  const items = splitList(text);
  const word = (s: string) => s.normalize('NFKC').replace(/\s/g, '');
  if (items.some((s) => ALL_WORDS.has(word(s)))) return { kind: 'all' };
  if (items.length === 1 && GROUP_WORDS[word(items[0])]) return { kind: 'group', group: GROUP_WORDS[word(items[0])] };

  const codes: string[] = [];
  let ok = true;
  for (const item of items) {
    const group = GROUP_WORDS[word(item)];
    if (group) {
      codes.push(...index.roster.filter((u) => u.group === group).map((u) => u.code));
      continue;
    }
    const found = index.resolve(item);
    if (found.unit) {
      codes.push(found.unit.code);
      continue;
    }
    ok = false;
    const names = found.candidates.map((u) => u.name);
    report(ctx, found.ambiguous ? 'ambiguous-unit' : 'unknown-unit', row, '适用范围', { value: item, candidates: names });
  }
  return ok ? { kind: 'units', unitCodes: [...new Set(codes)] } : null;
}

/**
 * Reads the office-edited 指标体系 sheet into a template. Every problem is reported at once
 * with its row and column — duplicate codes (on both rows), points ≤ 0 or not a number, an
 * unknown area, a code not matching its area, an 适用范围 naming no known unit (with
 * candidates), empty 指标内容, a bad 目标值, 是/否 or 填报频次 — plus a warning when the
 * indicators applying to a whole group do not total 100. The template is null when any error
 * was found. Blank rows are skipped; a blank 检查内容 is taken from the code, a blank
 * 允许不适用 means 否 and a blank 填报频次 means 每月.
 */
export function loadTemplate(records: readonly TemplateRecord[], roster: readonly Unit[], meta: TemplateMeta): TemplateLoadResult {
  const ctx: Context = { sheet: meta.sheet ?? TEMPLATE_SHEET, problems: [] };
  if (cellText(meta.version) === '') report(ctx, 'missing-version', null, null);
  if (cellText(meta.name) === '') report(ctx, 'missing-name', null, null);
  const metaProblems = ctx.problems.length;

  const index = buildUnitIndex(roster);
  const indicators: Indicator[] = [];
  const rowsByCode = new Map<string, number[]>();
  let rows = 0;

  for (const record of records) {
    if (isBlankRecord(record, TEMPLATE_COLUMNS)) continue;
    rows++;
    const indicator = readRow(record, index, ctx);
    if (indicator.code !== '') rowsByCode.set(indicator.code, [...(rowsByCode.get(indicator.code) ?? []), record.row]);
    indicators.push(indicator);
  }
  if (rows === 0) report(ctx, 'no-indicators', null, null);

  for (const [code, codeRows] of rowsByCode) {
    if (codeRows.length < 2) continue;
    for (const row of codeRows) report(ctx, 'duplicate-code', row, '指标编号', { value: code, otherRows: codeRows.filter((r) => r !== row) });
  }

  // Row problems in sheet order (a stable sort keeps each row's problems in column order).
  const rowProblems = ctx.problems.slice(metaProblems).filter((p) => p.row !== null);
  const sheetProblems = ctx.problems.slice(metaProblems).filter((p) => p.row === null);
  rowProblems.sort((a, b) => (a.row as number) - (b.row as number));
  ctx.problems.splice(metaProblems, ctx.problems.length - metaProblems, ...sheetProblems, ...rowProblems);

  const valid = indicators.filter((i) => i.points > 0);
  const totals = groupCorePoints(valid);
  for (const group of ['县区', '市直'] as const) {
    if (valid.length > 0 && Math.abs(totals[group] - 100) > 1e-9) report(ctx, 'group-total', null, '分值', { group, total: totals[group] });
  }

  const hasError = ctx.problems.some((p) => p.severity === 'error');
  const template: IndicatorTemplate | null = hasError
    ? null
    : { version: cellText(meta.version), name: cellText(meta.name), areas: AREAS.map((a) => ({ ...a })), indicators };
  return { template, problems: ctx.problems };
}

/** One row to an indicator, reporting its problems; fields that failed get neutral values. */
function readRow(record: TemplateRecord, index: UnitIndex, ctx: Context): Indicator {
  const { row, cells } = record;
  const rawCode = cells['指标编号'];
  const code = cellCode(rawCode);
  let codeArea: number | null = null;
  if (code === '') report(ctx, 'missing-code', row, '指标编号');
  else if (!CODE_RE.test(code)) report(ctx, 'bad-code', row, '指标编号', { value: code });
  else {
    codeArea = Number(code.split('.')[0]);
    if (typeof rawCode === 'number') report(ctx, 'numeric-code', row, '指标编号', { value: code });
  }

  const areaText = cellText(cells['检查内容']);
  let area: AreaNo | null = null;
  if (areaText === '') {
    if (codeArea !== null && isAreaNo(codeArea)) area = codeArea;
    else if (codeArea !== null) report(ctx, 'unknown-area', row, '检查内容', { value: areaText });
  } else {
    area = parseArea(cells['检查内容']);
    if (area === null) report(ctx, 'unknown-area', row, '检查内容', { value: areaText });
    else if (codeArea !== null && codeArea !== area) report(ctx, 'code-area-mismatch', row, '指标编号', { value: code, area });
  }

  const text = cellText(cells['指标内容']);
  if (text === '') report(ctx, 'empty-text', row, '指标内容');

  const points = parsePoints(cells['分值']);
  if (points === null) report(ctx, 'bad-points', row, '分值', { value: cellText(cells['分值']) });

  const standard = cellText(cells['评分标准']);
  if (standard === '') report(ctx, 'missing-standard', row, '评分标准');

  const target = parseTarget(cells['目标值']);
  if (target === null) report(ctx, 'bad-target', row, '目标值', { value: cellText(cells['目标值']) });

  const appliesTo = parseApplicability(cells['适用范围'], row, index, ctx);

  const allowNotApplicable = parseYesNo(cells['允许不适用']);
  if (allowNotApplicable === null) report(ctx, 'bad-yes-no', row, '允许不适用', { value: cellText(cells['允许不适用']) });

  const frequencyText = cellCode(cells['填报频次']).replace(/\s/g, '');
  const frequency = frequencyText === '' ? '每月' : parseFrequency(frequencyText);
  if (!frequency) report(ctx, 'bad-frequency', row, '填报频次', { value: frequencyText });

  const indicator: Indicator = {
    code,
    area: area ?? 1,
    text,
    points: points ?? 0,
    standard,
    evidence: cellText(cells['佐证材料要求']),
    appliesTo: appliesTo ?? { kind: 'all' },
    allowNotApplicable: allowNotApplicable ?? false,
    frequency: frequency ?? '每月',
  };
  if (target) indicator.target = target;
  const lead = cellText(cells['牵头单位']);
  if (lead !== '') indicator.lead = lead;
  return indicator;
}

/** An applicability as the sheet shows it: 全部, 县区, 市直, or unit names joined by 、. */
export function formatApplicability(appliesTo: Applicability, roster: readonly Unit[]): string {
  switch (appliesTo.kind) {
    case 'all':
      return ALL_UNITS_LABEL;
    case 'group':
      return appliesTo.group;
    case 'units': {
      const index = buildUnitIndex(roster);
      // An unknown code is written as is: loading it back reports it instead of dropping it.
      return appliesTo.unitCodes.map((c) => index.get(c)?.name ?? c).join('、');
    }
  }
}

/**
 * The inverse of {@link loadTemplate}: one record per indicator, data rows from `firstRow` on,
 * used to write the 指标体系 sheet. Loading the records back gives the same template.
 */
export function templateToRecords(template: IndicatorTemplate, roster: readonly Unit[], firstRow = 2): TemplateRecord[] {
  return template.indicators.map((i, n) => ({
    row: firstRow + n,
    cells: {
      指标编号: i.code,
      检查内容: areaName(i.area),
      指标内容: i.text,
      分值: i.points,
      评分标准: i.standard,
      佐证材料要求: i.evidence,
      目标值: formatTarget(i.target),
      适用范围: formatApplicability(i.appliesTo, roster),
      允许不适用: i.allowNotApplicable ? '是' : '否',
      填报频次: i.frequency,
      牵头单位: i.lead ?? '',
    } satisfies Record<TemplateColumn, unknown>,
  }));
}
