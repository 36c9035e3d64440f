import {
  isQuarter,
  quarterLabel,
  type PriorReview,
  type QuarterReview,
  type Unit,
} from '@ledger-review/scoring';
import { columnLetter } from '../xlsx/a1';
import type { CellPlan, SheetPlan } from '../sheet/plan';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  HISTORY_LEAD_COLUMNS,
  HISTORY_STREAK_LABEL,
  NOTE_ROW,
  REVIEW_SHEETS,
  STATEMENT_FLAG,
  TITLE_ROW,
} from './layout';
import { REVIEW_TEXT } from './messages';
import { GridBuilder, numberCell, printLandscape, text } from './sheetKit';

/**
 * The statement history after this review: the earlier reviews given, with this quarter's
 * 检查性发言 replacing any entry for the same quarter (a rebuild of the same review).
 */
export function historyWithThisQuarter(
  review: QuarterReview,
  history: readonly PriorReview[] = [],
): PriorReview[] {
  const byQuarter = new Map<string, Set<string>>();
  for (const h of history) {
    if (!isQuarter(h.quarter) || h.quarter === review.quarter) continue;
    const set = byQuarter.get(h.quarter) ?? new Set<string>();
    h.statementUnitCodes.forEach((c) => set.add(c));
    byQuarter.set(h.quarter, set);
  }
  byQuarter.set(
    review.quarter,
    new Set(
      review.units.filter((u) => u.outcomes.some((o) => o.kind === 'statement')).map((u) => u.unitCode),
    ),
  );
  return [...byQuarter.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([quarter, codes]) => ({ quarter, statementUnitCodes: [...codes].sort() }));
}

/**
 * 历次点评: units × quarters with a 检查性发言 flag, headed by the quarter code (`2021Q1`), so
 * the next quarter's review reads its history from this workbook (readHistory).
 */
export function historySheet(
  review: QuarterReview,
  roster: readonly Unit[],
  history: readonly PriorReview[] = [],
): SheetPlan {
  const all = historyWithThisQuarter(review, history);
  const quarters = all.map((h) => h.quarter);
  const flagged = new Map(all.map((h) => [h.quarter, new Set(h.statementUnitCodes)]));
  const rosterByCode = new Map(roster.map((u) => [u.code, u]));
  const inReview = new Set(review.units.map((u) => u.unitCode));
  // Units that only appear in older reviews (renamed, merged, left the roster) keep their rows.
  const extraCodes = [...new Set(all.flatMap((h) => h.statementUnitCodes))]
    .filter((c) => !inReview.has(c))
    .sort();

  const grid = new GridBuilder();
  const width = HISTORY_LEAD_COLUMNS.length + quarters.length + 1;
  const last = columnLetter(width);
  grid.put(TITLE_ROW, 1, text(`历次季度点评检查性发言情况（截至${quarterLabel(review.quarter)}）`, 'title'));
  grid.put(NOTE_ROW, 1, text(REVIEW_TEXT.historyNote().zh, 'note', { wrap: true }));
  grid.putRow(HEADER_ROW, [
    ...HISTORY_LEAD_COLUMNS.map((c) => text(c.label, 'header')),
    ...quarters.map((q) => text(q, 'header')),
    text(HISTORY_STREAK_LABEL, 'header'),
  ]);
  const flags = (code: string): CellPlan[] =>
    quarters.map((q) => (flagged.get(q)?.has(code) ? text(STATEMENT_FLAG, 'warn') : text('', 'locked')));
  let r = FIRST_DATA_ROW;
  for (const unit of review.units) {
    grid.putRow(r++, [
      text(unit.unitCode, 'locked'),
      text(unit.unitName, 'locked'),
      text(unit.group, 'locked'),
      ...flags(unit.unitCode),
      numberCell(unit.statementStreak, '0'),
    ]);
  }
  for (const code of extraCodes) {
    const u = rosterByCode.get(code);
    grid.putRow(r++, [
      text(code, 'locked'),
      text(u?.name ?? '', 'locked'),
      text(u?.group ?? '', 'locked'),
      ...flags(code),
      null,
    ]);
  }
  return {
    name: REVIEW_SHEETS.history,
    rows: grid.rows,
    columns: [
      ...HISTORY_LEAD_COLUMNS.map((c) => ({ width: c.width })),
      ...quarters.map(() => ({ width: 12 })),
      { width: 12 },
    ],
    merges: [`A${TITLE_ROW}:${last}${TITLE_ROW}`, `A${NOTE_ROW}:${last}${NOTE_ROW}`],
    freeze: { rows: HEADER_ROW, columns: HISTORY_LEAD_COLUMNS.length },
    autoFilter: `A${HEADER_ROW}:${last}${Math.max(HEADER_ROW, r - 1)}`,
    print: printLandscape(),
  };
}
