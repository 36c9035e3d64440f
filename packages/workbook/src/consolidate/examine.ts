import { makeFinding, type Finding, type InspectionRecord, type InspectionTeam, type RectificationRecheck } from '@ledger-review/scoring';
import { readInspectionSheets } from '../inspection/reader';
import { checkLedgerWorkbook, type LedgerCheckContext } from '../ledger/check';
import { INSPECTION_KIND, META_KEYS, REVIEW_KIND, readMeta, workbookKind, type WorkbookKind } from '../sheet/meta';
import { isWorkbookFile, type ReceivedFile } from '../files/received';
import type { ConsolidatedLedger, FileAccount } from './types';

/** What examining one file needs: the template, roster and settings in force, and the inspection team (回避). */
export interface ExamineContext extends LedgerCheckContext {
  team?: InspectionTeam;
}

/**
 * One received file judged on its own — what `validate` prints for it and what consolidation then
 * combines with the other files (which ledger of a unit's month counts, which months the quarter
 * uses, the office's 收到日期). Plain data, so it can be computed in a worker thread.
 */
export interface FileExamination {
  name: string;
  path?: string;
  account: FileAccount;
  findings: Finding[];
  /** An identified ledger (unit and month known); its `receivedDate` is filled in by consolidation. */
  ledger?: ConsolidatedLedger;
  /** Records of an inspection workbook. */
  inspections?: InspectionRecord[];
  /** 整改复查 results of an inspection workbook. */
  rechecks?: RectificationRecheck[];
  /**
   * A workbook of another kind the product wrote (a review, the template) handed in with the
   * ledgers: what it is, so a host can use it for what it is (a previous review's history).
   */
  workbook?: { kind: WorkbookKind; quarter: string | null };
}

export const accountFor = (file: string, partial: Partial<FileAccount>): FileAccount => ({
  file,
  kind: 'unknown',
  status: 'rejected',
  unitCode: null,
  unitName: null,
  period: null,
  filledDate: null,
  receivedDate: null,
  errors: 0,
  warnings: 0,
  reason: makeFinding('account-unidentified', { reason: '' }, { file }),
  ...partial,
});

const severityCount = (findings: readonly Finding[], severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;

/** What became of an accepted ledger, in words: valid, warnings, or errors in rows or in the header only. */
function ledgerReason(file: string, invalidRows: number, errors: number, warnings: number): Finding {
  if (errors && invalidRows) return makeFinding('account-rows-invalid', { rows: invalidRows, errors }, { file });
  if (errors) return makeFinding('account-header-invalid', { errors }, { file });
  if (warnings) return makeFinding('account-warnings', { warnings }, { file });
  return makeFinding('account-valid', {}, { file });
}

export function examineFile(file: ReceivedFile, ctx: ExamineContext): FileExamination {
  const { name } = file;
  const where = file.path === undefined ? { name } : { name, path: file.path };
  if (!isWorkbookFile(file)) {
    const f = file.failure;
    const ignored = f.severity === 'info';
    return {
      ...where,
      findings: [f],
      account: accountFor(name, {
        status: ignored ? 'ignored' : 'rejected',
        errors: ignored ? 0 : 1,
        reason: f,
      }),
    };
  }
  const { sheets } = file;
  const kind = workbookKind(sheets);
  if (kind === INSPECTION_KIND) {
    const result = readInspectionSheets(sheets, name, ctx);
    const errors = severityCount(result.findings, 'error');
    const warnings = severityCount(result.findings, 'warning');
    const usable = result.records.length > 0 || !!result.rechecks?.length;
    return {
      ...where,
      findings: result.findings,
      inspections: result.records,
      ...(result.rechecks ? { rechecks: result.rechecks } : {}),
      account: accountFor(name, {
        kind: 'inspection',
        status: !usable ? 'rejected' : errors ? 'accepted-with-errors' : warnings ? 'accepted-with-warnings' : 'accepted',
        period: result.period,
        errors,
        warnings,
        reason: usable
          ? makeFinding('account-inspection-records', { records: result.records.length }, { file: name })
          : (result.findings[0] ?? makeFinding('account-inspection-empty', {}, { file: name })),
      }),
    };
  }

  const check = checkLedgerWorkbook(sheets, name, ctx);
  const { findings, errors, warnings } = check;
  if (!check.isLedger || !check.report || !check.header) {
    const first = findings[0];
    return {
      ...where,
      ...(kind && kind !== 'ledger' ? { workbook: { kind, quarter: kind === REVIEW_KIND ? (readMeta(sheets)?.[META_KEYS.quarter] ?? null) : null } } : {}),
      findings,
      account: accountFor(name, { errors: findings.length, reason: first ?? makeFinding('workbook-not-ledger', {}, { file: name }) }),
    };
  }
  const header = check.header;
  if (!check.facts || !check.unitCode) {
    const first = check.report.errors[0];
    return {
      ...where,
      findings,
      account: accountFor(name, {
        kind: 'ledger',
        unitName: header.unitName || null,
        period: header.month,
        errors,
        warnings,
        reason: makeFinding('account-unidentified', { reason: first?.message ?? '' }, { file: name }),
      }),
    };
  }
  const facts = check.facts;
  return {
    ...where,
    findings,
    account: accountFor(name, {
      kind: 'ledger',
      status: errors ? 'accepted-with-errors' : warnings ? 'accepted-with-warnings' : 'accepted',
      unitCode: facts.unitCode,
      unitName: check.unitName,
      period: facts.month,
      filledDate: facts.filledDate,
      errors,
      warnings,
      reason: ledgerReason(name, check.invalidRows.length, errors, warnings),
    }),
    ledger: {
      file: name,
      unitCode: facts.unitCode,
      unitName: check.unitName,
      month: facts.month,
      header,
      rows: check.rows,
      invalidRows: check.invalidRows,
      validRows: facts.validRows,
      applicableRows: facts.applicableRows,
      selfScores: facts.selfScores,
      receivedDate: null,
      ...(check.rectification?.length ? { rectification: check.rectification } : {}),
    },
  };
}
