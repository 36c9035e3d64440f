import {
  appliesToUnit,
  checkRecusal,
  isBimonth,
  makeFinding,
  normaliseDate,
  normaliseNumber,
  normaliseText,
  resolveUnit,
  type Finding,
  type IndicatorTemplate,
  type InspectionRecord,
  type InspectionTeam,
  type Inspector,
  type RectificationRecheck,
  type ScoringSettings,
  type Unit,
} from '@ledger-review/scoring';
import { columnLetter } from '../xlsx/a1';
import { cellAt, type GridSheet } from '../sheet/grid';
import { INSPECTION_COLUMNS, INSPECTION_REQUIRED, INSPECTION_SHEET, INSPECTION_TEAM_SHEET, type InspectionField } from './layout';
import { readMeta, META_KEYS } from '../sheet/meta';
import { readRecordSheet } from '../sheet/records';
import { findHeaderRow, rowIsBlank } from '../sheet/table';
import { readRechecks } from '../rectification/recheckSheet';

export interface InspectionReadResult {
  period: string | null;
  records: InspectionRecord[];
  findings: Finding[];
  /** The pre-filled 自评分 of every row, by unit code and indicator (what a round's report falls back on). */
  selfScores?: Record<string, Record<string, number | null>>;
  /** The team's 整改复查 results, where the workbook has that sheet. */
  rechecks?: RectificationRecheck[];
}

/**
 * The team to check 回避 against: the template's, plus the people named in the workbook's own
 * 检查组 sheet — that is where the office types the names, and without them an inspector
 * scoring his own unit went unreported whenever the template workbook listed no names.
 */
function withWorkbookTeam(team: InspectionTeam | undefined, sheets: readonly GridSheet[], roster: readonly Unit[]): InspectionTeam {
  const members: Inspector[] = (team?.members ?? []).filter((m) => m.name.trim() !== '');
  const sheet = sheets.find((s) => s.name === INSPECTION_TEAM_SHEET);
  const read = sheet ? readRecordSheet(sheet, ['所属单位', '职务', '姓名', '联系电话']) : null;
  for (const r of read?.records ?? []) {
    const name = normaliseText(r.cells['姓名']).value ?? '';
    const unit = resolveUnit(normaliseText(r.cells['所属单位']).value ?? '', roster).unit;
    if (!name || !unit || members.some((m) => m.name === name && m.unitCode === unit.code)) continue;
    members.push({ name, unitCode: unit.code, role: (normaliseText(r.cells['职务']).value ?? '') as Inspector['role'] });
  }
  return { members };
}

/**
 * Read a filled inspection workbook: every row with a score or a remark becomes a record;
 * scores outside 0..分值, unknown units/indicators and 回避 violations are reported by cell.
 */
export function readInspectionSheets(
  sheets: readonly GridSheet[],
  file: string,
  ctx: { template: IndicatorTemplate; roster: readonly Unit[]; settings: ScoringSettings; team?: InspectionTeam },
): InspectionReadResult {
  const findings: Finding[] = [];
  const meta = readMeta(sheets);
  const period = meta?.[META_KEYS.period] ?? null;
  const sheet = sheets.find((s) => s.name === INSPECTION_SHEET);
  if (!sheet) {
    findings.push(makeFinding('sheet-missing', { sheet: INSPECTION_SHEET }, { file, sheet: INSPECTION_SHEET }));
    return { period, records: [], findings };
  }
  if (!period || !isBimonth(period)) {
    findings.push(makeFinding('period-invalid', { value: period ?? '' }, { file, sheet: INSPECTION_SHEET, row: 2, column: 'B' }));
    return { period, records: [], findings };
  }
  const labels = INSPECTION_COLUMNS.map((c) => c.label);
  const match = findHeaderRow(sheet, labels, { minMatches: 5 });
  if (!match) {
    findings.push(makeFinding('workbook-not-ledger', { kind: '检查评分表' }, { file, sheet: INSPECTION_SHEET }));
    return { period, records: [], findings };
  }
  const colOf = new Map<InspectionField, number>();
  for (const c of INSPECTION_COLUMNS) {
    const n = match.columns.get(c.label);
    if (n) colOf.set(c.field, n);
    else if (INSPECTION_REQUIRED.includes(c.field)) {
      findings.push(makeFinding('column-missing', { label: c.label, found: '' }, { file, sheet: sheet.name, row: match.row, column: 'A' }));
    }
  }
  if (!colOf.has('unitName') || !colOf.has('indicatorCode') || !colOf.has('score')) return { period, records: [], findings };

  const indicatorsByCode = new Map(ctx.template.indicators.map((i) => [i.code, i]));
  const records: InspectionRecord[] = [];
  const rowOfRecord = new Map<InspectionRecord, number>();
  const get = (r: number, f: InspectionField) => (colOf.has(f) ? cellAt(sheet, r, colOf.get(f) as number) : null);
  const loc = (r: number, f: InspectionField) => ({ file, sheet: sheet.name, row: r, column: columnLetter(colOf.get(f) ?? 1) });
  const inputFields: InspectionField[] = ['score', 'deductionReason', 'problems', 'rectification', 'deadline', 'inspector'];
  const seen = new Set<string>();
  const selfScores: Record<string, Record<string, number | null>> = {};
  const byCode = new Map(ctx.roster.map((u) => [u.code, u]));
  const byName = new Map(ctx.roster.map((u) => [u.name, u]));
  for (let r = match.row + 1; r <= sheet.grid.length; r++) {
    if (rowIsBlank(sheet, r, colOf.values())) continue;
    if (colOf.has('selfScore')) {
      // Cheap look-ups first: the workbook was written with roster codes and names.
      const u = byCode.get(normaliseText(get(r, 'unitCode')).value ?? '') ?? byName.get(normaliseText(get(r, 'unitName')).value ?? '');
      const code = normaliseText(get(r, 'indicatorCode')).value ?? '';
      const self = normaliseNumber(get(r, 'selfScore'));
      if (u && code) (selfScores[u.code] ??= {})[code] = self.ok ? self.value : null;
    }
    const filled = inputFields.some((f) => {
      const v = get(r, f);
      return v !== null && String(v).trim() !== '';
    });
    if (!filled) continue; // not inspected: the self-score fallback applies
    const unitText = normaliseText(get(r, 'unitCode') ?? get(r, 'unitName')).value ?? '';
    const resolved = resolveUnit(unitText, ctx.roster);
    if (!resolved.unit) {
      findings.push(makeFinding('unit-unknown', { value: unitText, candidates: resolved.candidates.map((u) => u.name).join('、') }, loc(r, 'unitName')));
      continue;
    }
    const unit = resolved.unit;
    const code = normaliseText(get(r, 'indicatorCode')).value ?? '';
    const indicator = indicatorsByCode.get(code);
    if (!indicator) {
      findings.push(makeFinding('indicator-unknown', { code }, loc(r, 'indicatorCode')));
      continue;
    }
    if (!appliesToUnit(indicator, unit)) {
      findings.push(makeFinding('indicator-not-applicable', { code, unit: unit.name }, loc(r, 'indicatorCode')));
      continue;
    }
    const key = `${unit.code}|${code}`;
    if (seen.has(key)) {
      findings.push(makeFinding('indicator-duplicate', { code }, loc(r, 'indicatorCode')));
      continue;
    }
    seen.add(key);
    const rawScore = get(r, 'score');
    let score: number | null = null;
    if (rawScore !== null && String(rawScore).trim() !== '') {
      const n = normaliseNumber(rawScore);
      if (!n.ok || n.value === null) {
        findings.push(makeFinding('inspection-score-invalid', { value: String(rawScore), max: indicator.points }, loc(r, 'score')));
        continue;
      }
      if (n.value < 0 || n.value > indicator.points) {
        findings.push(makeFinding('inspection-score-invalid', { value: n.value, max: indicator.points }, loc(r, 'score')));
        continue;
      }
      score = n.value;
    }
    const deadlineRaw = get(r, 'deadline');
    const deadline = deadlineRaw === null || String(deadlineRaw).trim() === '' ? null : normaliseDate(deadlineRaw).value;
    if (deadlineRaw !== null && String(deadlineRaw).trim() !== '' && !deadline) {
      findings.push(makeFinding('date-invalid', { value: String(deadlineRaw), label: '整改时限' }, loc(r, 'deadline')));
    }
    const text = (f: InspectionField) => normaliseText(get(r, f)).value ?? '';
    const record: InspectionRecord = {
      period,
      unitCode: unit.code,
      indicatorCode: code,
      score,
      deductionReason: text('deductionReason'),
      problems: text('problems'),
      rectification: text('rectification'),
      deadline: deadline ?? null,
      inspector: text('inspector'),
    };
    records.push(record);
    rowOfRecord.set(record, r);
  }
  const team = withWorkbookTeam(ctx.team, sheets, ctx.roster);
  // A score entered by an inspector who must recuse himself is not used: the indicator falls back
  // as if uninspected (SPEC §4), and the case is listed.
  const recused = new Set<InspectionRecord>();
  if (team.members.length) {
    for (const v of checkRecusal(records, team)) {
      const r = rowOfRecord.get(v.record) ?? 0;
      findings.push(makeFinding('inspector-recusal', { inspector: v.inspector.name, unit: ctx.roster.find((u) => u.code === v.record.unitCode)?.name ?? v.record.unitCode }, loc(r, 'inspector')));
      recused.add(v.record);
    }
  }
  const recheck = readRechecks(sheets, file, period, ctx.roster);
  findings.push(...recheck.findings);
  return { period, records: records.filter((r) => !recused.has(r)), findings, selfScores, ...(recheck.rechecks.length ? { rechecks: recheck.rechecks } : {}) };
}
