import {
  addMonths,
  assignInspectors,
  bimonthMonths,
  monthLabel,
  templateFingerprint,
  type LedgerHeader,
  type LedgerRow,
  type Unit,
} from '@ledger-review/scoring';
import {
  buildInspectionPlan,
  buildLedgerPlan,
  ledgerFacts,
  type ConsolidatedLedger,
  type GridSheet,
  type ReviewContext,
  type WorkbookPlan,
} from '@ledger-review/workbook';
import { inspectLedger } from './ledgerCheck';

/**
 * Workbooks the task pane offers as downloads: a unit's ledger template (fresh or carried
 * forward from last month), every unit's templates for a month, the bimonthly inspection
 * workbook. File names follow the CLI's, so files made either way sort and read alike.
 */

export interface PlannedFile {
  fileName: string;
  plan: WorkbookPlan;
}

/** `华龙区_2021年4月_工作台账.xlsx` (the CLI's `template --ledgers` names). */
export function ledgerFileName(unit: Unit, month: string): string {
  return `${unit.name}_${monthLabel(month)}_工作台账.xlsx`;
}

/** `2021-B2_双月检查评分表.xlsx` */
export function inspectionFileName(period: string): string {
  return `${period}_双月检查评分表.xlsx`;
}

/** `2021-04_各单位工作台账.zip`: every unit's ledger template of a month. */
export function templatesZipName(month: string): string {
  return `${month}_各单位工作台账.zip`;
}

/** `2021Q2_季度点评.xlsx` */
export function reviewFileName(quarter: string): string {
  return `${quarter}_季度点评.xlsx`;
}

/** What carry-forward takes from last month: who fills it in, and every row (not the 填报日期). */
export interface CarrySource {
  header: { filler: string; phone: string; reviewer: string };
  rows: LedgerRow[];
}

export function carrySourceOf(ledger: { header: LedgerHeader; rows: LedgerRow[] }): CarrySource {
  const { filler, phone, reviewer } = ledger.header;
  return { header: { filler, phone, reviewer }, rows: ledger.rows };
}

export function unitLedgerPlan(
  context: ReviewContext,
  unit: Unit,
  month: string,
  carry?: CarrySource,
): PlannedFile {
  return {
    fileName: ledgerFileName(unit, month),
    plan: buildLedgerPlan({
      template: context.template,
      unit,
      month,
      settings: context.settings,
      fingerprint: templateFingerprint(context.template.indicators),
      carry,
    }),
  };
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
  const { check, header, rows } = inspectLedger(sheets, file, context);
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

/**
 * Every unit's ledger template for `month`; where the consolidation holds a unit's ledger of the
 * month before, it pre-fills that unit's file (like the CLI's `--carry`).
 */
export function ledgerTemplates(
  context: ReviewContext,
  month: string,
  ledgers: readonly ConsolidatedLedger[] = [],
): Array<PlannedFile & { carried: boolean }> {
  const previous = addMonths(month, -1);
  const byUnit = new Map(ledgers.filter((l) => l.month === previous).map((l) => [l.unitCode, l]));
  return context.roster.map((unit) => {
    const prev = byUnit.get(unit.code);
    return {
      ...unitLedgerPlan(context, unit, month, prev ? carrySourceOf(prev) : undefined),
      carried: !!prev,
    };
  });
}

/**
 * The inspection scoring workbook of a bimonth, self-scores pre-filled from each unit's latest
 * ledger inside the period when the consolidation holds one, sub-teams assigned with 回避.
 */
export function inspectionWorkbook(
  context: ReviewContext,
  period: string,
  ledgers: readonly ConsolidatedLedger[] = [],
): PlannedFile & { prefilledUnits: number } {
  const months = bimonthMonths(period);
  const selfScores: Record<string, Record<string, number | null>> = {};
  for (const l of [...ledgers].sort((a, b) => a.month.localeCompare(b.month))) {
    if (months.includes(l.month)) selfScores[l.unitCode] = ledgerFacts(l).selfScores;
  }
  const byCode = new Map(context.roster.map((u) => [u.code, u.name]));
  const assignment: Record<string, string> = {};
  for (const a of assignInspectors(context.team, context.roster)) {
    assignment[a.unitCode] = byCode.get(a.bureauCode) ?? a.bureauCode;
  }
  const plan = buildInspectionPlan({
    template: context.template,
    units: context.roster,
    period,
    team: context.team,
    selfScores,
    assignment,
    roster: context.roster,
    selfHighRatio: context.settings.selfHighRatio,
  });
  return { fileName: inspectionFileName(period), plan, prefilledUnits: Object.keys(selfScores).length };
}
