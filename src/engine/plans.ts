import { addMonths, type Unit } from '@ledger-review/scoring';
import {
  carrySourceOf,
  checkLedgerWorkbook,
  unitLedgerPlan,
  type GridSheet,
  type PlannedFile,
  type ReviewContext,
} from '@ledger-review/workbook';

/**
 * Workbooks the task pane offers as downloads: a unit's ledger template (fresh or carried
 * forward from last month), every unit's templates for a month, the bimonthly inspection
 * workbook. The plans and file names come from the workbook package (the CLI uses the same).
 */
export {
  carrySourceOf,
  inspectionFileName,
  inspectionWorkbook,
  ledgerFileName,
  ledgerTemplates,
  reviewFileName,
  unitLedgerPlan,
  type CarrySource,
  type PlannedFile,
} from '@ledger-review/workbook';
/** The open 整改 items of a review's 整改台账: into the ledgers' 整改情况 and the round's 整改复查. */
export { openItems, openRectifications, type OpenRectification } from '@ledger-review/workbook';

/** `2021-04_各单位工作台账.zip`: every unit's ledger template of a month. */
export function templatesZipName(month: string): string {
  return `${month}_各单位工作台账.zip`;
}


/** A unit by roster code (for the template chooser). */
export function unitByCode(context: ReviewContext, code: string): Unit | null {
  return context.roster.find((u) => u.code === code) ?? null;
}

export type CarryForwardResult =
  | {
      ok: true;
      file: PlannedFile;
      unitName: string;
      fromMonth: string;
      month: string;
      /** Rows that had something filled in last month. */
      carriedRows: number;
    }
  | { ok: false; reason: 'not-ledger' | 'unit-unknown' | 'month-unknown' };

/**
 * 沿用上月: last month's ledger → this month's ledger with last month's rows and contacts
 * pre-filled, to edit rather than retype. The 填报日期 stays blank on purpose.
 */
export function carryForward(
  sheets: readonly GridSheet[],
  file: string,
  context: ReviewContext,
): CarryForwardResult {
  const check = checkLedgerWorkbook(sheets, file, context);
  const { header, rows } = check;
  if (!check.isLedger || !header) return { ok: false, reason: 'not-ledger' };
  const unit = check.unitCode ? unitByCode(context, check.unitCode) : null;
  if (!unit) return { ok: false, reason: 'unit-unknown' };
  if (!check.month) return { ok: false, reason: 'month-unknown' };
  const month = addMonths(check.month, 1);
  return {
    ok: true,
    file: unitLedgerPlan(context, unit, month, carrySourceOf({ header, rows })),
    unitName: unit.name,
    fromMonth: check.month,
    month,
    carriedRows: rows.filter((r) => r.workDone || r.status || r.evidence || r.selfScore !== null).length,
  };
}

