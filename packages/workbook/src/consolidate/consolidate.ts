import {
  bimonthMonths,
  laterSubmission,
  makeFinding,
  quarterInspectionPeriods,
  quarterMonths,
  type Finding,
  type InspectionRecord,
  type LedgerFacts,
  type RectificationRecheck,
} from '@ledger-review/scoring';
import type { ReceivedFile } from '../files/received';
import { examineFile, type ExamineContext, type FileExamination } from './examine';
import type { ConsolidatedLedger, Consolidation, FileAccount, HandTyped } from './types';

export interface ConsolidateContext extends ExamineContext {
  /**
   * Only ledgers this quarter's review uses are kept: its months and the months of its inspection
   * periods (others are listed with a reason).
   */
  quarter?: string;
  handTyped?: HandTyped;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Checked between files; consolidation stops cleanly (nothing half-done is returned). */
  signal?: { aborted: boolean };
}

export class ConsolidationCancelled extends Error {
  constructor() {
    super('汇总已取消');
    this.name = 'ConsolidationCancelled';
  }
}

/** The facts scoring needs from an accepted ledger. */
export function ledgerFacts(l: ConsolidatedLedger): LedgerFacts {
  return {
    unitCode: l.unitCode,
    month: l.month,
    filledDate: l.header.filledDate,
    receivedDate: l.receivedDate,
    selfScores: l.selfScores,
    validRows: l.validRows,
    applicableRows: l.applicableRows,
  };
}

/**
 * Consolidate received files (already read): every file is identified, validated and accounted
 * for. A broken file never stops the others; a later submission replaces an earlier ledger of the
 * same unit and month, visibly.
 */
export function consolidate(files: readonly ReceivedFile[], ctx: ConsolidateContext): Consolidation {
  const examined: FileExamination[] = [];
  files.forEach((file, index) => {
    if (ctx.signal?.aborted) throw new ConsolidationCancelled();
    ctx.onProgress?.(index, files.length, file.name);
    examined.push(examineFile(file, ctx));
  });
  ctx.onProgress?.(files.length, files.length, '');
  return consolidateExamined(examined, ctx);
}

/** How a file's submission date reads in a message. */
const dateText = (d: string | null) => d ?? '—';
/** The dates a resubmission was judged by, as message params (the other file's with `other…`). */
const dates = (l: ConsolidatedLedger) => ({ filled: dateText(l.header.filledDate), received: l.receivedDate ?? '' });
const other = (l: ConsolidatedLedger) => ({ otherFilled: dateText(l.header.filledDate), otherReceived: l.receivedDate ?? '' });

/**
 * The part of consolidation that needs all files at once: which months the quarter uses, the
 * office's 收到日期, and which of several ledgers of one unit and month counts.
 */
export function consolidateExamined(
  examined: readonly FileExamination[],
  ctx: Pick<ConsolidateContext, 'quarter' | 'handTyped'>,
): Consolidation {
  const findings: Finding[] = [];
  const accounts: FileAccount[] = [];
  const inspections: InspectionRecord[] = [];
  const rechecks: RectificationRecheck[] = [];
  const candidates: Array<{ ledger: ConsolidatedLedger; facts: LedgerFacts; account: FileAccount; index: number }> = [];
  // The quarter's months, plus the earlier month of a bimonth that straddles quarters (B2 = Mar–Apr):
  // its ledger supplies the self-score fallback for that inspection period.
  const months = ctx.quarter
    ? new Set([...quarterMonths(ctx.quarter), ...quarterInspectionPeriods(ctx.quarter).flatMap((p) => bimonthMonths(p))])
    : null;
  const periods = ctx.quarter ? new Set(quarterInspectionPeriods(ctx.quarter)) : null;

  examined.forEach((e, index) => {
    findings.push(...e.findings);
    // Copies: the examination stays as it was (a worker's result, a cached check).
    const account = { ...e.account };
    accounts.push(account);
    // Re-check results refer to items by id, whatever bimonth the workbook is for.
    if (e.rechecks) rechecks.push(...e.rechecks);
    if (e.inspections) {
      // An inspection workbook of another bimonth is read but not scored: say so, rather than
      // "已接收 1113 条检查记录".
      if (periods && account.period && !periods.has(account.period)) {
        account.status = 'rejected';
        account.reason = makeFinding(
          'account-period-outside-quarter',
          { period: account.period, quarter: ctx.quarter ?? '', records: e.inspections.length },
          { file: e.name },
        );
        return;
      }
      inspections.push(...e.inspections);
    }
    if (!e.ledger) return;
    const receivedDate = ctx.handTyped?.receivedDates[e.name] ?? null;
    const ledger = { ...e.ledger, receivedDate };
    account.receivedDate = receivedDate;
    if (months && !months.has(ledger.month)) {
      account.status = 'rejected';
      account.reason = makeFinding('account-month-outside-quarter', { month: ledger.month, quarter: ctx.quarter ?? '' }, { file: ledger.file });
      return;
    }
    candidates.push({ index, account, ledger, facts: ledgerFacts(ledger) });
  });

  // One ledger per unit and month: the later submission wins (on equal dates, the later file).
  const byKey = new Map<string, (typeof candidates)[number]>();
  for (const c of candidates) {
    const key = `${c.ledger.unitCode}|${c.ledger.month}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, c);
      continue;
    }
    const [winner, loser] = laterSubmission(prev.facts, c.facts) === c.facts ? [c, prev] : [prev, c];
    byKey.set(key, winner);
    loser.account.status = 'superseded';
    loser.account.reason = makeFinding('account-superseded', { other: winner.ledger.file, ...dates(loser.ledger), ...other(winner.ledger) }, { file: loser.ledger.file });
    const about = { unit: winner.ledger.unitName, month: winner.ledger.month };
    findings.push(
      makeFinding('duplicate-submission-superseded', { ...about, ...dates(loser.ledger), other: winner.ledger.file, ...other(winner.ledger) }, { file: loser.ledger.file }),
      makeFinding('duplicate-submission-kept', { ...about, ...dates(winner.ledger), other: loser.ledger.file, ...other(loser.ledger) }, { file: winner.ledger.file }),
    );
    loser.account.warnings += 1;
    winner.account.warnings += 1;
    if (winner.account.status === 'accepted') winner.account.status = 'accepted-with-warnings';
  }
  const ledgers = [...byKey.values()].sort((a, b) => a.index - b.index).map((c) => c.ledger);
  return { ledgers, inspections, ...(rechecks.length ? { rechecks } : {}), files: accounts, findings };
}
