import { bimonthMonths, makeFinding, type Finding, type InspectionRecord, type RectificationRecheck } from '@ledger-review/scoring';
import { consolidateExamined } from '../consolidate/consolidate';
import type { FileExamination } from '../consolidate/examine';
import type { ConsolidatedLedger } from '../consolidate/types';
import type { DocumentSettings } from '../documents/settings';

/**
 * What a round (双月检查) takes from the files examined for it — the same for the CLI's `round`,
 * the sample year and the task pane, so each host only says where the files come from.
 */

/** The ledgers of the round's bimonth: the 检查评分表's self-score pre-fill and the fallback where unscored. */
export function roundLedgers(examined: readonly FileExamination[], period: string): ConsolidatedLedger[] {
  const months = bimonthMonths(period);
  return consolidateExamined(examined, {}).ledgers.filter((l) => months.includes(l.month));
}

/** The scored inspection workbooks of a round, and what was said about the others. */
export interface RoundScored {
  /** Inspection workbooks of the period (or of no stated period). */
  files: FileExamination[];
  inspections: InspectionRecord[];
  /** 整改复查 results of the period. */
  rechecks: RectificationRecheck[];
  /** Workbooks of another period (`round-period-mismatch`), and the warnings and errors of those used. */
  notices: Finding[];
  /** Errors in the workbooks used. */
  inputErrors: number;
}

export function roundScored(examined: readonly FileExamination[], period: string): RoundScored {
  const notices: Finding[] = [];
  let inputErrors = 0;
  const files: FileExamination[] = [];
  for (const e of examined) {
    if (!e.inspections && !e.rechecks) continue;
    const periods = [...new Set([...(e.inspections ?? []), ...(e.rechecks ?? [])].map((r) => r.period))];
    if (periods.length && !periods.includes(period)) {
      notices.push(makeFinding('round-period-mismatch', { found: periods.join('、'), period }, { file: e.name }));
      continue;
    }
    files.push(e);
    inputErrors += e.account.errors;
    notices.push(...e.findings.filter((f) => f.severity !== 'info'));
  }
  return {
    files,
    inspections: files.flatMap((e) => (e.inspections ?? []).filter((r) => r.period === period)),
    rechecks: files.flatMap((e) => e.rechecks ?? []).filter((r) => r.period === period),
    notices,
    inputErrors,
  };
}

/** The contact line of the 检查通知 and 反馈单 (文书设置's 联系人 and 联系电话). */
export function roundContact(settings: Pick<DocumentSettings, 'contactName' | 'contactPhone'>): string {
  return `联系人：${settings.contactName}，联系电话：${settings.contactPhone}。`;
}
