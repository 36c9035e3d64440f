import {
  RECHECK_RESULTS,
  RECTIFICATION_STATE_LABEL,
  makeFinding,
  normaliseRectificationId,
  normaliseText,
  resolveUnit,
  type Finding,
  type RecheckResult,
  type RectificationRecheck,
  type Unit,
} from '@ledger-review/scoring';
import { columnLetter } from '../xlsx/a1';
import { cellAt, type GridSheet } from '../sheet/grid';
import { listRule, teamMemberRule, text, type CellPlan, type SheetPlan } from '../sheet/plan';
import { findHeaderRow, rowIsBlank } from '../sheet/table';
import { itemCell } from './ledgerSheet';
import type { OpenRectification } from './types';

/**
 * The inspection workbook's 整改复查 sheet: the open 整改 items of every unit, for the round's
 * team to re-check on site — 复查结果 (已整改 / 部分整改 / 未整改), 复查说明, 复查人. A re-check
 * is evidence for the office; it closes nothing by itself.
 */
export const RECHECK_SHEET = '整改复查';
export const RECHECK_HEADER_ROW = 3;

export type RecheckField =
  | 'unitName'
  | 'unitCode'
  | 'id'
  | 'period'
  | 'indicatorCode'
  | 'problem'
  | 'requirement'
  | 'deadline'
  | 'state'
  | 'report'
  | 'result'
  | 'note'
  | 'inspector';

export const RECHECK_COLUMNS: ReadonlyArray<{ field: RecheckField; label: string; width: number; locked: boolean }> = [
  { field: 'unitName', label: '单位名称', width: 20, locked: true },
  { field: 'unitCode', label: '单位编码', width: 9, locked: true },
  { field: 'id', label: '问题编号', width: 24, locked: true },
  { field: 'period', label: '期间', width: 9, locked: true },
  { field: 'indicatorCode', label: '指标编号', width: 8, locked: true },
  { field: 'problem', label: '存在问题', width: 30, locked: true },
  { field: 'requirement', label: '整改要求', width: 26, locked: true },
  { field: 'deadline', label: '整改时限', width: 11, locked: true },
  { field: 'state', label: '状态', width: 8, locked: true },
  { field: 'report', label: '单位自报', width: 30, locked: true },
  { field: 'result', label: '复查结果', width: 10, locked: false },
  { field: 'note', label: '复查说明', width: 30, locked: false },
  { field: 'inspector', label: '复查人', width: 10, locked: false },
];

const columnOf = (f: RecheckField) => RECHECK_COLUMNS.findIndex((c) => c.field === f) + 1;

/** The sheet listing `items` (the units' open items, in roster then deadline order). */
export function recheckSheet(items: readonly OpenRectification[], asOf: string, teamSheet: string, memberCount: number): SheetPlan {
  const lastCol = columnLetter(RECHECK_COLUMNS.length);
  const rows: (CellPlan | null)[][] = [
    [text('整改复查', 'title')],
    [
      text(
        `下列为截至 ${asOf} 尚未销号的整改事项，请检查组在本轮检查中逐项复查，选择复查结果并写明复查说明。复查结果报市法治办，作为销号的依据之一；事项由市法治办核实后销号。`,
        'note',
        { wrap: true },
      ),
    ],
    RECHECK_COLUMNS.map((c) => text(c.label, 'header')),
  ];
  const input = (): CellPlan => text('', 'input', { unlocked: true, wrap: true });
  for (const o of items) {
    const { item } = o;
    rows.push(
      RECHECK_COLUMNS.map((c): CellPlan => {
        switch (c.field) {
          case 'unitName':
            return text(o.unitName, 'locked');
          case 'unitCode':
            return text(item.unitCode, 'locked');
          case 'id':
          case 'period':
          case 'indicatorCode':
          case 'problem':
          case 'requirement':
          case 'deadline':
            return itemCell(item, c.field);
          case 'state':
            return text(RECTIFICATION_STATE_LABEL[o.state], o.state === 'overdue' ? 'bad' : 'locked');
          case 'report':
            return text([o.reportStatus, o.report].filter(Boolean).join('：'), 'locked', { wrap: true });
          default:
            return input();
        }
      }),
    );
  }
  const first = RECHECK_HEADER_ROW + 1;
  const last = Math.max(first, RECHECK_HEADER_ROW + items.length);
  const col = (f: RecheckField) => columnLetter(columnOf(f));
  return {
    name: RECHECK_SHEET,
    rows,
    columns: RECHECK_COLUMNS.map((c) => ({ width: c.width })),
    merges: [`A1:${lastCol}1`, `A2:${lastCol}2`],
    freeze: { rows: RECHECK_HEADER_ROW, columns: 3 },
    protect: true,
    autoFilter: `A${RECHECK_HEADER_ROW}:${lastCol}${last}`,
    print: { landscape: true, titleRows: `${RECHECK_HEADER_ROW}:${RECHECK_HEADER_ROW}`, fitToWidth: true },
    validations: items.length
      ? [
          listRule(`${col('result')}${first}:${col('result')}${last}`, RECHECK_RESULTS, '复查结果无效', {
            error: '请从下拉列表选择：已整改、部分整改、未整改。',
          }),
          ...(memberCount
            ? [teamMemberRule(`${col('inspector')}${first}:${col('inspector')}${last}`, teamSheet, memberCount, '复查人无效', '请从检查组名单中选择复查人。')]
            : []),
        ]
      : [],
  };
}

const RESULT_SET = new Set<string>(RECHECK_RESULTS);

/** The team's re-checks: one per row with a 问题编号 and a result or a note. */
export function readRechecks(sheets: readonly GridSheet[], file: string, period: string, roster: readonly Unit[]): { rechecks: RectificationRecheck[]; findings: Finding[] } {
  const sheet = sheets.find((s) => s.name === RECHECK_SHEET) ?? sheets.find((s) => s.name.trim() === RECHECK_SHEET);
  const findings: Finding[] = [];
  if (!sheet) return { rechecks: [], findings };
  const match = findHeaderRow(sheet, RECHECK_COLUMNS.map((c) => c.label), { minMatches: 5 });
  const need = ['问题编号', '复查结果'];
  if (!match || need.some((l) => !match.columns.has(l))) {
    findings.push(makeFinding('rectification-sheet-unreadable', { labels: need.join('、') }, { file, sheet: sheet.name }));
    return { rechecks: [], findings };
  }
  const colOf = (f: RecheckField) => match.columns.get(RECHECK_COLUMNS[columnOf(f) - 1].label);
  const str = (r: number, f: RecheckField) => {
    const c = colOf(f);
    return c ? (normaliseText(cellAt(sheet, r, c)).value ?? '') : '';
  };
  const inputs = (['result', 'note', 'inspector'] as const).map(colOf).filter((c): c is number => c !== undefined);
  const rechecks: RectificationRecheck[] = [];
  for (let r = match.row + 1; r <= sheet.grid.length; r++) {
    const rawId = str(r, 'id');
    if (!rawId || rowIsBlank(sheet, r, inputs)) continue;
    const id = normaliseRectificationId(rawId);
    const resultText = str(r, 'result');
    let result: RecheckResult | null = null;
    if (resultText) {
      if (RESULT_SET.has(resultText)) result = resultText as RecheckResult;
      else findings.push(makeFinding('recheck-result-invalid', { id, value: resultText }, { file, sheet: sheet.name, row: r, column: columnLetter(colOf('result')!) }));
    }
    const unitText = str(r, 'unitCode') || str(r, 'unitName');
    const unitCode = resolveUnit(unitText, roster).unit?.code ?? unitText;
    rechecks.push({ id, unitCode, period, result, note: str(r, 'note'), inspector: str(r, 'inspector') });
  }
  return { rechecks, findings };
}
