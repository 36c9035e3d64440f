import { isQuarter, quarterLabel, type QuarterReview, type Unit } from '@ledger-review/scoring';
import { columnLetter, sheetRef } from '../xlsx/a1';
import { formula, type CellPlan, type SheetPlan } from '../sheet/plan';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  HISTORY_LEAD_COLUMNS,
  HISTORY_STREAK_LABEL,
  NOTE_ROW,
  REVIEW_SHEETS,
  STATEMENT_FLAG,
  TITLE_ROW,
  historyCompositeLabel,
  historyRankLabel,
} from './layout';
import { REVIEW_TEXT } from './messages';
import { GridBuilder, numberCell, printLandscape, text } from './sheetKit';
import type { HistoricResult, RankingRefs, ReviewHistoryEntry } from './types';

/**
 * The statement history after this review: the earlier reviews given, with this quarter's
 * 检查性发言 (and composites and ranks) replacing any entry for the same quarter (a rebuild of
 * the same review).
 */
export function historyWithThisQuarter(
  review: QuarterReview,
  history: readonly ReviewHistoryEntry[] = [],
): ReviewHistoryEntry[] {
  const byQuarter = new Map<string, { codes: Set<string>; results?: Record<string, HistoricResult> }>();
  for (const h of history) {
    if (!isQuarter(h.quarter) || h.quarter === review.quarter) continue;
    const entry = byQuarter.get(h.quarter) ?? { codes: new Set<string>() };
    h.statementUnitCodes.forEach((c) => entry.codes.add(c));
    if (h.results) entry.results = { ...entry.results, ...h.results };
    byQuarter.set(h.quarter, entry);
  }
  const results: Record<string, HistoricResult> = {};
  for (const u of review.units) results[u.unitCode] = { composite: u.composite, rank: u.rank };
  byQuarter.set(review.quarter, {
    codes: new Set(
      review.units.filter((u) => u.outcomes.some((o) => o.kind === 'statement')).map((u) => u.unitCode),
    ),
    results,
  });
  return [...byQuarter.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([quarter, e]) => {
      const entry: ReviewHistoryEntry = { quarter, statementUnitCodes: [...e.codes].sort() };
      if (e.results) entry.results = e.results;
      return entry;
    });
}

/**
 * 历次点评: units × quarters with a 检查性发言 flag, headed by the quarter code (`2021Q1`), so
 * the next quarter's review reads its history from this workbook (readHistory); then each
 * quarter's 综合得分 and 排名 (`2021Q1综合得分`, `2021Q1排名`), for 较上季度 and the trend
 * chart. This quarter's two columns refer to 综合排名 (with the library's values cached); an
 * earlier quarter's are the numbers its workbook recorded, blank where it recorded none.
 */
export function historySheet(
  review: QuarterReview,
  roster: readonly Unit[],
  history: readonly ReviewHistoryEntry[] = [],
  ranking?: RankingRefs,
): SheetPlan {
  const all = historyWithThisQuarter(review, history);
  const quarters = all.map((h) => h.quarter);
  const flagged = new Map(all.map((h) => [h.quarter, new Set(h.statementUnitCodes)]));
  const resultsOf = new Map(all.map((h) => [h.quarter, h.results]));
  const rosterByCode = new Map(roster.map((u) => [u.code, u]));
  const inReview = new Set(review.units.map((u) => u.unitCode));
  // Units that only appear in older reviews (renamed, merged, left the roster) keep their rows.
  const extraCodes = [
    ...new Set([
      ...all.flatMap((h) => h.statementUnitCodes),
      ...all.flatMap((h) => Object.keys(h.results ?? {})),
    ]),
  ]
    .filter((c) => !inReview.has(c))
    .sort();

  const grid = new GridBuilder();
  const width = HISTORY_LEAD_COLUMNS.length + quarters.length * 3 + 1;
  const last = columnLetter(width);
  grid.put(TITLE_ROW, 1, text(`历次季度点评情况（截至${quarterLabel(review.quarter)}）`, 'title'));
  grid.put(NOTE_ROW, 1, text(REVIEW_TEXT.historyNote().zh, 'note', { wrap: true }));
  grid.putRow(HEADER_ROW, [
    ...HISTORY_LEAD_COLUMNS.map((c) => text(c.label, 'header')),
    ...quarters.map((q) => text(q, 'header')),
    text(HISTORY_STREAK_LABEL, 'header'),
    ...quarters.flatMap((q) => [text(historyCompositeLabel(q), 'header'), text(historyRankLabel(q), 'header')]),
  ]);
  const flags = (code: string): CellPlan[] =>
    quarters.map((q) => (flagged.get(q)?.has(code) ? text(STATEMENT_FLAG, 'warn') : text('', 'locked')));
  const decimals = review.settings.compositeDecimals > 0 ? `0.${'0'.repeat(Math.min(review.settings.compositeDecimals, 10))}` : '0';
  const standing = (code: string): CellPlan[] =>
    quarters.flatMap((q) => {
      const rankingRow = q === review.quarter ? ranking?.rowOf.get(code) : undefined;
      const result = resultsOf.get(q)?.[code];
      if (rankingRow !== undefined && ranking && result) {
        const ref = (col: number) => sheetRef(REVIEW_SHEETS.ranking, `$${columnLetter(col)}$${rankingRow}`);
        return [
          formula(ref(ranking.compositeColumn), decimals, 'number', result.composite),
          formula(ref(ranking.rankColumn), '0', 'number', result.rank),
        ];
      }
      return result
        ? [numberCell(result.composite, decimals), numberCell(result.rank, '0')]
        : [text('', 'locked'), text('', 'locked')];
    });
  let r = FIRST_DATA_ROW;
  for (const unit of review.units) {
    grid.putRow(r++, [
      text(unit.unitCode, 'locked'),
      text(unit.unitName, 'locked'),
      text(unit.group, 'locked'),
      ...flags(unit.unitCode),
      numberCell(unit.statementStreak, '0'),
      ...standing(unit.unitCode),
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
      ...standing(code),
    ]);
  }
  return {
    name: REVIEW_SHEETS.history,
    rows: grid.rows,
    columns: [
      ...HISTORY_LEAD_COLUMNS.map((c) => ({ width: c.width })),
      ...quarters.map(() => ({ width: 12 })),
      { width: 12 },
      ...quarters.flatMap(() => [{ width: 14 }, { width: 10 }]),
    ],
    merges: [`A${TITLE_ROW}:${last}${TITLE_ROW}`, `A${NOTE_ROW}:${last}${NOTE_ROW}`],
    freeze: { rows: HEADER_ROW, columns: HISTORY_LEAD_COLUMNS.length },
    autoFilter: `A${HEADER_ROW}:${last}${Math.max(HEADER_ROW, r - 1)}`,
    print: printLandscape(),
  };
}
