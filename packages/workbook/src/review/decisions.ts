import { makeFinding, type Finding } from '@ledger-review/scoring';
import type { GridSheet } from '../sheet/grid';
import { META_KEYS, readMeta } from '../sheet/meta';
import { sheetFingerprint } from './fingerprint';
import { REVIEW_SHEETS } from './layout';
import { readDecisionRows, type DecisionRow } from './readBack';

/**
 * 办公室调整 take effect when the review is built: the confirmed lists then reach 通报批评, 约谈,
 * 历次点评 and every later output. A line typed (or changed) since is pending — the lists in the
 * workbook do not show it yet — so what reads the workbook's outcomes (the 公文, the annual
 * roll-up, the next quarter's history) must refuse it rather than contradict the office.
 */

/** Metadata key of the fingerprint of the 办公室调整 lines as the review applied them. */
export const DECISIONS_FINGERPRINT_KEY = '办公室调整指纹';

/** The fingerprint of 办公室调整 lines (the cells as written, in order). */
export function decisionsFingerprint(rows: ReadonlyArray<DecisionRow['cells']>): string {
  return sheetFingerprint(rows.map((r) => [r.outcome, r.action, r.unitCode, r.unitName, r.reason]));
}

/**
 * Whether a review workbook holds 办公室调整 lines typed or changed after it was built. A
 * workbook written before the table existed has no fingerprint and no lines: never pending.
 */
export function decisionsPending(sheets: readonly GridSheet[]): boolean {
  const outcomes = sheets.find((s) => s.name === REVIEW_SHEETS.outcomes);
  const rows = outcomes ? readDecisionRows(outcomes).map((r) => r.cells) : [];
  const recorded = readMeta(sheets)?.[DECISIONS_FINGERPRINT_KEY];
  if (recorded === undefined || recorded === '') return rows.length > 0;
  return decisionsFingerprint(rows) !== recorded;
}

/** The finding for a workbook with pending decisions, or null. */
export function pendingDecisionsFinding(sheets: readonly GridSheet[], file?: string): Finding | null {
  if (!decisionsPending(sheets)) return null;
  const quarter = readMeta(sheets)?.[META_KEYS.quarter] ?? '';
  return makeFinding('review-workbook-decisions-pending', file ? { file, quarter } : { quarter }, file ? { file } : {});
}
