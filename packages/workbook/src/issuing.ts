import {
  addMonths,
  assignInspectors,
  bimonthMonths,
  monthLabel,
  templateFingerprint,
  type LedgerHeader,
  type LedgerRow,
  type RectificationItem,
  type RectificationReport,
  type Unit,
  safeFileName,
} from '@ledger-review/scoring';
import type { OpenRectification } from './rectification/types';
import type { ConsolidatedLedger } from './consolidate/types';
import { buildInspectionPlan } from './inspection/plan';
import { buildLedgerPlan } from './ledger/plan';
import type { ReviewContext } from './pipeline';
import type { WorkbookPlan } from './sheet/plan';

/**
 * What the office issues: ledger templates (fresh or carried forward), the bimonthly inspection
 * workbook, and the context they are built from. Host-neutral, so the CLI and the task pane
 * produce the same files under the same names.
 */

/**
 * `华龙区_2021年4月_工作台账.xlsx`. The roster refuses names that are unsafe in a file name
 * (roster-bad-name); a roster built in code is not checked, so the name is made safe here too:
 * never a path, never a control character.
 */
export function ledgerFileName(unit: Unit, month: string): string {
  return `${safeFileName(unit.name)}_${monthLabel(month)}_工作台账.xlsx`;
}

/** `2021-B2_双月检查评分表.xlsx` */
export function inspectionFileName(period: string): string {
  return `${period}_双月检查评分表.xlsx`;
}

/** `2021Q2_季度点评.xlsx` */
export function reviewFileName(quarter: string): string {
  return `${quarter}_季度点评.xlsx`;
}

export interface PlannedFile {
  fileName: string;
  plan: WorkbookPlan;
}

/**
 * What carry-forward takes from last month: who fills it in, every row (not the 填报日期) and
 * what the unit reported on its 整改 items.
 */
export interface CarrySource {
  header: { filler: string; phone: string; reviewer: string };
  rows: readonly LedgerRow[];
  rectification?: readonly RectificationReport[];
}

export function carrySourceOf(ledger: { header: LedgerHeader; rows: readonly LedgerRow[]; rectification?: readonly RectificationReport[] }): CarrySource {
  const { filler, phone, reviewer } = ledger.header;
  return { header: { filler, phone, reviewer }, rows: ledger.rows, ...(ledger.rectification ? { rectification: ledger.rectification } : {}) };
}

/**
 * One unit's ledger for `month`; `openItems` (anyone's: the unit's own are taken) become its
 * 整改情况 sheet, pre-filled with what the carried ledger reported on them.
 */
export function unitLedgerPlan(
  context: ReviewContext,
  unit: Unit,
  month: string,
  carry?: CarrySource,
  openItems: readonly RectificationItem[] = [],
): PlannedFile {
  const items = openItems.filter((i) => i.unitCode === unit.code);
  return {
    fileName: ledgerFileName(unit, month),
    plan: buildLedgerPlan({
      template: context.template,
      unit,
      month,
      settings: context.settings,
      fingerprint: templateFingerprint(context.template.indicators),
      carry,
      ...(items.length ? { rectification: { items, reports: carry?.rectification ?? [] } } : {}),
      markCarried: !!carry,
      office: context.office,
    }),
  };
}

/**
 * Every unit's ledger template for `month`; where the consolidation holds a unit's ledger of the
 * month before, it pre-fills that unit's file (like the CLI's `--carry`). Each unit's open 整改
 * items (`openItems`, e.g. openRectificationItems) are listed in its 整改情况 sheet.
 */
export function ledgerTemplates(
  context: ReviewContext,
  month: string,
  ledgers: readonly ConsolidatedLedger[] = [],
  openItems: readonly RectificationItem[] = [],
): Array<PlannedFile & { carried: boolean; openItems: number }> {
  const previous = addMonths(month, -1);
  const byUnit = new Map(ledgers.filter((l) => l.month === previous).map((l) => [l.unitCode, l]));
  return context.roster.map((unit) => {
    const prev = byUnit.get(unit.code);
    return {
      ...unitLedgerPlan(context, unit, month, prev ? carrySourceOf(prev) : undefined, openItems),
      carried: !!prev,
      openItems: openItems.filter((i) => i.unitCode === unit.code).length,
    };
  });
}

/**
 * The inspection scoring workbook of a bimonth, self-scores pre-filled from each unit's latest
 * ledger inside the period when the consolidation holds one, sub-teams assigned with 回避; the
 * open 整改 items (`recheck`) listed in its 整改复查 sheet for the team to re-check.
 */
export function inspectionWorkbook(
  context: ReviewContext,
  period: string,
  ledgers: readonly ConsolidatedLedger[] = [],
  recheck?: { items: readonly OpenRectification[]; asOf: string },
): PlannedFile & { prefilledUnits: number; recheckItems: number } {
  const months = bimonthMonths(period);
  const selfScores: Record<string, Record<string, number | null>> = {};
  for (const l of [...ledgers].sort((a, b) => a.month.localeCompare(b.month))) {
    if (months.includes(l.month)) selfScores[l.unitCode] = l.selfScores;
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
    ...(recheck ? { recheck } : {}),
  });
  return { fileName: inspectionFileName(period), plan, prefilledUnits: Object.keys(selfScores).length, recheckItems: recheck?.items.length ?? 0 };
}
