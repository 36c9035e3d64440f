import { rectificationState, type RectificationItem, type Unit } from '@ledger-review/scoring';
import type { GridSheet } from '../sheet/grid';
import { REVIEW_KIND, workbookKind } from '../sheet/meta';
import { readRegister, type RegisterRow } from './register';
import type { OpenRectification } from './types';

/**
 * The items of a review's 整改台账 still open on `asOf` (not closed by the office with date and
 * evidence), as the next ledgers (整改情况) and the next round (整改复查) list them: in roster
 * order, then by deadline. Units no longer in the roster keep their items (a closure is owed).
 */
export function openRectifications(rows: readonly RegisterRow[], roster: readonly Unit[], asOf: string): OpenRectification[] {
  const index = new Map(roster.map((u, i) => [u.code, i]));
  const names = new Map(roster.map((u) => [u.code, u.name]));
  const out: OpenRectification[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.item.id)) continue;
    seen.add(r.item.id);
    const state = rectificationState(r.item, r.office, asOf);
    if (state === 'done') continue;
    out.push({ item: r.item, unitName: names.get(r.item.unitCode) ?? r.unitName, state, reportStatus: r.reportStatus, report: r.report });
  }
  const big = Number.MAX_SAFE_INTEGER;
  return out.sort(
    (a, b) =>
      (index.get(a.item.unitCode) ?? big) - (index.get(b.item.unitCode) ?? big) ||
      (a.item.deadline ?? '9999').localeCompare(b.item.deadline ?? '9999') ||
      a.item.id.localeCompare(b.item.id),
  );
}

/** The items alone, for the ledgers' 整改情况 sheets. */
export const openItems = (open: readonly OpenRectification[]): RectificationItem[] => open.map((o) => o.item);

/**
 * The open items of the review workbook named by an option (`--review`), as of `asOf`; a
 * workbook of another kind is refused (it would silently list nothing).
 */
export function openFromReviewWorkbook(
  sheets: readonly GridSheet[],
  roster: readonly Unit[],
  asOf: string,
): { open: OpenRectification[] } | { notReview: string } {
  const kind = workbookKind(sheets);
  if (kind !== REVIEW_KIND) return { notReview: kind ?? '' };
  return { open: openRectifications(readRegister(sheets, asOf), roster, asOf) };
}
