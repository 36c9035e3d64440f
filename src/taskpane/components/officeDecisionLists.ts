/**
 * The confirmed 经验介绍 and 检查性发言 lists of a review as the pane shows them, and the units a
 * new 办公室调整 line may name. Plain functions over the scoring library's review (no workbook
 * code: the review view is in the first chunk).
 */
import type { OfficeChange, QuarterReview, SelectedOutcomeKind, UnitGroup } from '@ledger-review/scoring';

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
      const base = {
        unitCode: u.unitCode,
        unitName: u.unitName,
        group: u.group,
        composite: u.composite,
        rank: u.rank,
      };
      const on = u.outcomes.find((o) => o.kind === kind);
      if (on) units.push({ ...base, office: on.office ?? null });
      const off = u.overruled.find((o) => o.kind === kind);
      if (off) removed.push({ ...base, office: off.office ?? null });
    }
    return { kind, units, removed };
  });
}

/**
 * The units a new line may name: for 增加 those on neither list (on this one it has no effect; a
 * unit cannot both present its experience and make a statement), for 取消 those on the list — a
 * line the library would refuse is not offered.
 */
export function decisionCandidates(
  review: QuarterReview,
  kind: SelectedOutcomeKind,
  action: 'add' | 'remove',
): Array<{ unitCode: string; unitName: string }> {
  const lists = confirmedLists(review);
  const on = (k: SelectedOutcomeKind) =>
    new Set(lists.find((l) => l.kind === k)!.units.map((u) => u.unitCode));
  const listed = on(kind);
  const other = on(kind === 'experience' ? 'statement' : 'experience');
  return review.units
    .filter((u) =>
      action === 'add' ? !listed.has(u.unitCode) && !other.has(u.unitCode) : listed.has(u.unitCode),
    )
    .map((u) => ({ unitCode: u.unitCode, unitName: u.unitName }));
}

/** A 办公室调整 the office asks for in the pane (the session types it into the review). */
export interface DecisionRequest {
  kind: SelectedOutcomeKind;
  action: 'add' | 'remove';
  unitName: string;
  /** 调整理由: required; a line without one is refused by the library. */
  reason: string;
}
