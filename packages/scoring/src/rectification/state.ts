import { isIsoDate } from '../periods/periods';
import type { OfficeClosure, RectificationItem, RectificationReport, RectificationState } from './types';

const nonBlank = (s: string | null | undefined) => !!s && s.trim() !== '';

/**
 * Closed by the office: a 完成时间 and the evidence it accepted (销号依据) — both typed by the
 * office. A date without evidence closes nothing; silence closes nothing.
 */
export function closedByOffice(closure: Pick<OfficeClosure, 'doneOn' | 'basis'> | null | undefined): boolean {
  return !!closure && nonBlank(closure.doneOn) && nonBlank(closure.basis);
}

/**
 * An item's state as of a day: done once the office closed it; overdue when its deadline (a
 * real date) lies before `asOf`; open otherwise. The review's 状态 column computes the same
 * with a formula.
 */
export function rectificationState(
  item: Pick<RectificationItem, 'deadline'>,
  closure: Pick<OfficeClosure, 'doneOn' | 'basis'> | null | undefined,
  asOf: string,
): RectificationState {
  if (closedByOffice(closure)) return 'done';
  if (item.deadline && isIsoDate(item.deadline) && item.deadline < asOf) return 'overdue';
  return 'open';
}

/** Each item's latest report (the latest month's; within a month, the later row). */
export function latestReports(reports: readonly RectificationReport[]): Map<string, RectificationReport> {
  const out = new Map<string, RectificationReport>();
  for (const r of reports) {
    const prev = out.get(r.id);
    if (!prev || r.month > prev.month || (r.month === prev.month && r.row >= prev.row)) out.set(r.id, r);
  }
  return out;
}

/**
 * Items of several sources as one list: the first occurrence of an id wins (pass what was
 * carried from earlier workbooks first, so an id keeps the text it was issued with).
 */
export function mergeItems(...lists: ReadonlyArray<readonly RectificationItem[]>): RectificationItem[] {
  const out = new Map<string, RectificationItem>();
  for (const list of lists) for (const item of list) if (!out.has(item.id)) out.set(item.id, item);
  return [...out.values()];
}
