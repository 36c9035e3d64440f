/**
 * 办公室调整 in the task pane (SPEC §10): the office adds a unit to, or takes it off, the computed
 * 经验介绍 / 检查性发言 lists, with a reason. The line is typed into the review workbook's own
 * 办公室调整 table (`typeDecisionLine`, what the sample year's office does too), and the review is
 * built again from it: the library reads it back like any line typed in Excel, applies it, and
 * every later output (通报批评, 约谈, the next quarter's history, the 公文, the annual roll-up)
 * follows the confirmed lists. A re-run keeps it because it is in the workbook.
 */
import type { SelectedOutcomeKind } from '@ledger-review/scoring';
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

/** The line as typed in the workbook: the Chinese choices of the sheet's dropdowns. */
export function decisionLine(kind: SelectedOutcomeKind, action: 'add' | 'remove', unitName: string, reason: string): DecisionLine {
  return {
    outcome: kind === 'experience' ? DECISION_OUTCOME_CHOICES[0] : DECISION_OUTCOME_CHOICES[1],
    action: action === 'add' ? DECISION_ACTION_CHOICES[0] : DECISION_ACTION_CHOICES[1],
    unitName,
    reason: reason.trim(),
  };
}
