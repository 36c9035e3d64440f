import { unsafeFileNamePart } from './fileName';
import type { Unit, UnitGroup, UnitKind } from '../model/types';
import type { MessageParams } from '../i18n/format';
import { makeFinding, type Finding } from '../problems/finding';
import type { RuleCode } from '../problems/registry';
import { cellCode, cellText, isBlankRecord, parseYesNo, splitList, type SheetRecord } from './sheetRecord';
import { unitNameKey } from './unitName';

/** Column labels of the 单位名录 sheet, in sheet order. */
export const ROSTER_COLUMNS = ['单位编码', '单位名称', '简称/曾用名', '分组', '类型', '文明单位', '联系人', '联系电话'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** One data row of the 单位名录 sheet. */
export type RosterRecord = SheetRecord;

/**
 * A problem found in the 单位名录 sheet: a finding of the registry (`roster-…`), at its 1-based
 * row (none for a sheet-wide problem), the column label in `params.column` — the workbook layer
 * that read the sheet knows the column's letter and adds it.
 */
export type RosterProblem = Finding;
type RosterProblemCode = Extract<RuleCode, `roster-${string}`> extends `roster-${infer C}` ? C : never;

export interface RosterLoadResult {
  /** The units, or null when any error-severity problem was found. */
  roster: Unit[] | null;
  /** Every problem, all at once, in row order (sheet-wide ones first). */
  problems: RosterProblem[];
}

const GROUPS: Record<string, UnitGroup> = { 县区: '县区', '县(区)': '县区', 县区组: '县区', 市直: '市直', 市直单位: '市直', 市直组: '市直' };
const KINDS: Record<string, UnitKind> = { 县区: '县区', '县(区)': '县区', 功能区: '功能区', 市直: '市直', 市直单位: '市直' };

function problem(code: RosterProblemCode, row: number | null, column: RosterColumn | null, params: MessageParams = {}): RosterProblem {
  return makeFinding(`roster-${code}` as RuleCode, { row: row ?? '', column: column ?? '', ...params }, row === null ? {} : { row });
}

/** A name as it can be shown in one line: control characters as \uXXXX. */
function printable(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface Parsed {
  row: number;
  unit: Unit;
}

/**
 * Reads the office-edited 单位名录 sheet. Every problem is reported at once (duplicate code or
 * name — on both rows —, an alias claimed by two units, unknown group or kind, bad 是/否), so
 * the office fixes the sheet in one pass. Blank rows are skipped. A blank 类型 follows the
 * group (县区 → 县区, 市直 → 市直); a blank 文明单位 means 否.
 */
export function loadRoster(records: readonly RosterRecord[]): RosterLoadResult {
  const problems: RosterProblem[] = [];
  const parsed: Parsed[] = [];

  for (const record of records) {
    if (isBlankRecord(record, ROSTER_COLUMNS)) continue;
    const { row, cells } = record;
    const code = cellCode(cells['单位编码']);
    const name = cellText(cells['单位名称']);
    if (code === '') problems.push(problem('missing-code', row, '单位编码'));
    if (name === '') problems.push(problem('missing-name', row, '单位名称'));
    const unsafe = unsafeFileNamePart(name);
    if (unsafe) problems.push(problem('bad-name', row, '单位名称', { name: printable(name), what: printable(unsafe) }));

    const groupText = cellCode(cells['分组']);
    const group = GROUPS[groupText.replace(/\s/g, '')];
    if (!group) problems.push(problem('unknown-group', row, '分组', { value: groupText }));

    const kindText = cellCode(cells['类型']);
    let kind: UnitKind | undefined = kindText === '' ? group : KINDS[kindText.replace(/\s/g, '')];
    if (kindText !== '' && !kind) problems.push(problem('unknown-kind', row, '类型', { value: kindText }));
    kind ??= group ?? '县区';
    // Functional zones may rank with either group (a setting); a county or a city department
    // in the other group is almost certainly a typing slip.
    if (group && kind !== '功能区' && kind !== group) problems.push(problem('kind-group-mismatch', row, '类型', { kind, group }));

    const civilized = parseYesNo(cells['文明单位']);
    if (civilized === null) problems.push(problem('bad-yes-no', row, '文明单位', { value: cellText(cells['文明单位']) }));

    const aliases = [...new Set(splitList(cells['简称/曾用名']))].filter((a) => a !== name);
    const contact = cellText(cells['联系人']);
    const phone = cellCode(cells['联系电话']);
    const unit: Unit = { code, name, aliases, group: group ?? '县区', kind, civilized: civilized ?? false };
    if (contact !== '') unit.contact = contact;
    if (phone !== '') unit.phone = phone;
    parsed.push({ row, unit });
  }

  if (parsed.length === 0) problems.unshift(problem('no-units', null, null));
  problems.push(...duplicates(parsed, (u) => u.code.toUpperCase(), 'duplicate-code', '单位编码', (u) => ({ code: u.code })));
  problems.push(...duplicates(parsed, (u) => u.name, 'duplicate-name', '单位名称', (u) => ({ name: u.name })));
  problems.push(...aliasConflicts(parsed));

  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const hasError = problems.some((p) => p.severity === 'error');
  return { roster: hasError ? null : parsed.map((p) => p.unit), problems };
}

function duplicates(
  parsed: Parsed[],
  keyOf: (u: Unit) => string,
  code: 'duplicate-code' | 'duplicate-name',
  column: RosterColumn,
  params: (u: Unit) => Record<string, string>,
): RosterProblem[] {
  const rows = new Map<string, Parsed[]>();
  for (const p of parsed) {
    const key = keyOf(p.unit);
    if (key === '') continue;
    rows.set(key, [...(rows.get(key) ?? []), p]);
  }
  const out: RosterProblem[] = [];
  for (const group of rows.values()) {
    if (group.length < 2) continue;
    for (const p of group) {
      const otherRows = group.filter((o) => o !== p).map((o) => o.row);
      out.push(problem(code, p.row, column, { ...params(p.unit), otherRows }));
    }
  }
  return out;
}

/**
 * Names and aliases that normalise to the same key but belong to different rows: resolving
 * such a name would have to guess, so the roster is rejected until the office disambiguates.
 * Rows already reported as duplicate names are not reported again for their full names.
 */
function aliasConflicts(parsed: Parsed[]): RosterProblem[] {
  const claims = new Map<string, { p: Parsed; label: string; isName: boolean }[]>();
  for (const p of parsed) {
    const labels = [p.unit.name, ...p.unit.aliases];
    labels.forEach((label, i) => {
      const key = unitNameKey(label);
      if (key === '') return;
      const list = claims.get(key) ?? [];
      if (!list.some((c) => c.p === p)) list.push({ p, label, isName: i === 0 });
      claims.set(key, list);
    });
  }
  const out: RosterProblem[] = [];
  for (const list of claims.values()) {
    if (list.length < 2) continue;
    const allSameName = list.every((c) => c.isName && c.label === list[0].label);
    if (allSameName) continue; // already a duplicate-name problem
    for (const c of list) {
      const others = list.filter((o) => o !== c);
      out.push(
        problem('alias-conflict', c.p.row, c.isName ? '单位名称' : '简称/曾用名', {
          label: c.label,
          otherRows: others.map((o) => o.p.row),
          otherNames: others.map((o) => o.p.unit.name),
        }),
      );
    }
  }
  return out;
}

/** The inverse of {@link loadRoster}: one record per unit, data rows from `firstRow` on. */
export function rosterToRecords(roster: readonly Unit[], firstRow = 2): RosterRecord[] {
  return roster.map((u, i) => ({
    row: firstRow + i,
    cells: {
      单位编码: u.code,
      单位名称: u.name,
      '简称/曾用名': u.aliases.join('、'),
      分组: u.group,
      类型: u.kind,
      文明单位: u.civilized ? '是' : '否',
      联系人: u.contact ?? '',
      联系电话: u.phone ?? '',
    } satisfies Record<RosterColumn, unknown>,
  }));
}
