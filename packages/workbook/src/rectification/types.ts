import type { RectificationItem, RectificationState } from '@ledger-review/scoring';

/**
 * An item still to be closed, as the next ledgers and the next round's inspection workbook list
 * it: the item, whose it is, its state on the day asked about and the unit's latest word on it.
 */
export interface OpenRectification {
  item: RectificationItem;
  unitName: string;
  /** open or overdue (a closed item is not open). */
  state: Exclude<RectificationState, 'done'>;
  /** 单位自报: status and month, e.g. `已完成（2021年5月台账）`; '' when the unit said nothing yet. */
  reportStatus: string;
  /** The unit's measures, evidence and completion date in words. */
  report: string;
}
