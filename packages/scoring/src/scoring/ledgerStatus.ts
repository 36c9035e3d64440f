import type { LedgerFacts } from '../model/types';
import { daysLate, isIsoDate, ledgerDueDate } from '../periods/periods';
import type { ScoringSettings } from '../settings/settings';
import { LEDGER_STATE_TEXT } from './messages';
import type { LedgerStatusCell } from './types';

/**
 * When a ledger counts as submitted: the office's 收到日期 where recorded, else the ledger's
 * 填报日期; null when neither is known.
 */
export function ledgerSubmissionDate(facts: Pick<LedgerFacts, 'receivedDate' | 'filledDate'>): string | null {
  // A malformed date is as good as none: it cannot be compared with the due date.
  const usable = (d: string | null) => (d !== null && isIsoDate(d) ? d : null);
  return usable(facts.receivedDate) ?? usable(facts.filledDate);
}

/**
 * Of several ledgers for the same unit and month (a late correction, a file sent twice), the one
 * submitted later replaces the others. A known date beats an unknown one; on equal dates the one
 * given later in the input wins, so re-running a consolidation with a corrected file appended
 * picks the correction.
 */
export function laterSubmission<T extends Pick<LedgerFacts, 'receivedDate' | 'filledDate'>>(a: T, b: T): T {
  const da = ledgerSubmissionDate(a);
  const db = ledgerSubmissionDate(b);
  if (da === null) return b;
  if (db === null) return a;
  return db >= da ? b : a;
}

/** What telling one unit's month's ledgers apart needs. */
type Submitted = Pick<LedgerFacts, 'unitCode' | 'month' | 'receivedDate' | 'filledDate'>;

export interface DedupedLedgers<T extends Submitted = LedgerFacts> {
  /** unitCode → month → the ledger that counts. */
  byUnit: Map<string, Map<string, T>>;
  /** Unit+month pairs that had more than one ledger. */
  duplicates: Array<{ unitCode: string; month: string; kept: T }>;
}

/** Keeps one ledger per unit and month (see {@link laterSubmission}). */
export function dedupeLedgers<T extends Submitted = LedgerFacts>(
  ledgers: readonly T[],
  keep?: (facts: T) => boolean,
): DedupedLedgers<T> {
  const byUnit = new Map<string, Map<string, T>>();
  const duplicateKeys = new Map<string, { unitCode: string; month: string }>();
  for (const facts of ledgers) {
    if (keep && !keep(facts)) continue;
    let months = byUnit.get(facts.unitCode);
    if (!months) byUnit.set(facts.unitCode, (months = new Map()));
    const existing = months.get(facts.month);
    if (existing) {
      months.set(facts.month, laterSubmission(existing, facts));
      duplicateKeys.set(`${facts.unitCode}\u0000${facts.month}`, {
        unitCode: facts.unitCode,
        month: facts.month,
      });
    } else {
      months.set(facts.month, facts);
    }
  }
  const duplicates = [...duplicateKeys.values()].map((d) => ({
    ...d,
    kept: byUnit.get(d.unitCode)!.get(d.month)!,
  }));
  return { byUnit, duplicates };
}

/**
 * One cell of the submission status matrix. On time means submitted on or before the due date
 * (inclusive). A ledger without any date counts as received but not on time: state `late`,
 * 0 days, label 日期不明 — the office sees it and can type the 收到日期 to settle it. As of a
 * day (`asOf`) on or before the due date, a ledger not yet received is 未到期, never 未报送.
 */
export function ledgerStatusCell(
  month: string,
  facts: Pick<LedgerFacts, 'receivedDate' | 'filledDate'> | undefined,
  settings: Pick<ScoringSettings, 'ledgerDueDay'>,
  asOf?: string,
): LedgerStatusCell {
  const dueDate = ledgerDueDate(month, settings);
  if (!facts && asOf !== undefined && asOf <= dueDate) {
    const t = LEDGER_STATE_TEXT.notDue();
    return { month, dueDate, submittedOn: null, state: 'not-due', daysLate: 0, label: t.zh, labelEn: t.en };
  }
  if (!facts) {
    const t = LEDGER_STATE_TEXT.missing();
    return { month, dueDate, submittedOn: null, state: 'missing', daysLate: 0, label: t.zh, labelEn: t.en };
  }
  const submittedOn = ledgerSubmissionDate(facts);
  if (submittedOn === null) {
    const t = LEDGER_STATE_TEXT.dateUnknown();
    return { month, dueDate, submittedOn: null, state: 'late', daysLate: 0, label: t.zh, labelEn: t.en };
  }
  const late = daysLate(month, submittedOn, settings);
  const t = late > 0 ? LEDGER_STATE_TEXT.late(late) : LEDGER_STATE_TEXT.onTime();
  return {
    month,
    dueDate,
    submittedOn,
    state: late > 0 ? 'late' : 'on-time',
    daysLate: late,
    label: t.zh,
    labelEn: t.en,
  };
}
