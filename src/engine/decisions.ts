/**
 * 办公室调整 in the task pane (SPEC §10): the office adds a unit to, or takes it off, the computed
 * 经验介绍 / 检查性发言 lists, with a reason. The line is typed into the review workbook's own
 * 办公室调整 table (`typeDecisionLine`, what the sample year's office does too), and the review is
 * built again from it: the library reads it back like any line typed in Excel, applies it, and
 * every later output (通报批评, 约谈, the next quarter's history, the 公文, the annual roll-up)
 * follows the confirmed lists. A re-run keeps it because it is in the workbook.
 */
import type { OfficeChange, QuarterReview, SelectedOutcomeKind, UnitGroup } from '@ledger-review/scoring';
import {
  DECISION_ACTION_CHOICES,
  DECISION_OUTCOME_CHOICES,
  REVIEW_SHEETS,
  typeDecisionLine,
  type DecisionLine,
  type GridSheet,
  type WorkbookPlan,
} from '@ledger-review/workbook';
import { planGrids } from '@ledger-review/workbook/documents';

export { DECISION_ACTION_CHOICES, DECISION_OUTCOME_CHOICES, typeDecisionLine, type DecisionLine };

/** The review sheets of a plan as the written workbook holds them (what a re-run reads back). */
export function reviewSheetsOfPlan(plan: WorkbookPlan): GridSheet[] {
  return planGrids(plan, Object.values(REVIEW_SHEETS));
}

/** 点评结果 label of each list the office selects. */
export const SELECTED_OUTCOMES: Readonly<Record<SelectedOutcomeKind, (typeof DECISION_OUTCOME_CHOICES)[number]>> = Object.freeze({
  experience: '经验介绍',
  statement: '检查性发言',
});

export interface ListedUnit {
  unitCode: string;
  unitName: string;
  group: UnitGroup;
  composite: number;
  rank: number;
  /** Set where the office changed the computed list for this unit. */
  office: OfficeChange | null;
}

export interface ConfirmedList {
  kind: SelectedOutcomeKind;
  /** On the list: computed (office null) or added by the office. */
  units: ListedUnit[];
  /** Computed for the list, taken off by the office (with its reason). */
  removed: ListedUnit[];
}

/** The confirmed 经验介绍 and 检查性发言 lists of a review, in display order. */
export function confirmedLists(review: QuarterReview): ConfirmedList[] {
  return (['experience', 'statement'] as const).map((kind) => {
    const units: ListedUnit[] = [];
    const removed: ListedUnit[] = [];
    for (const u of review.units) {
      const base = { unitCode: u.unitCode, unitName: u.unitName, group: u.group, composite: u.composite, rank: u.rank };
      const on = u.outcomes.find((o) => o.kind === kind);
      if (on) units.push({ ...base, office: on.office ?? null });
      const off = u.overruled.find((o) => o.kind === kind);
      if (off) removed.push({ ...base, office: off.office ?? null });
    }
    return { kind, units, removed };
  });
}

/**
 * The units a new line may name: for 增加 those not on the list yet, for 取消 those on it —
 * a line of no effect is refused by the library anyway, so the chooser does not offer it.
 */
export function decisionCandidates(review: QuarterReview, kind: SelectedOutcomeKind, action: 'add' | 'remove'): Array<{ unitCode: string; unitName: string }> {
  const listed = new Set(confirmedLists(review).find((l) => l.kind === kind)!.units.map((u) => u.unitCode));
  return review.units
    .filter((u) => (action === 'add' ? !listed.has(u.unitCode) : listed.has(u.unitCode)))
    .map((u) => ({ unitCode: u.unitCode, unitName: u.unitName }));
}

/** The line as typed in the workbook: the Chinese choices of the sheet's dropdowns. */
export function decisionLine(kind: SelectedOutcomeKind, action: 'add' | 'remove', unitName: string, reason: string): DecisionLine {
  return {
    outcome: SELECTED_OUTCOMES[kind],
    action: action === 'add' ? DECISION_ACTION_CHOICES[0] : DECISION_ACTION_CHOICES[1],
    unitName,
    reason: reason.trim(),
  };
}
