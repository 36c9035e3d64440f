import type { CellPlan, SheetPlan, WorkbookPlan } from '../sheet/plan';

/**
 * Small edits on finished sheet plans. The layouts write what a correct unit or inspector would;
 * the sample then types over a few cells the way people do (a full-width "８０％", a blank unit
 * name) or fills the inspection grid, without the layouts knowing about sample data.
 */

export function sheetNamed(plan: WorkbookPlan, name: string): SheetPlan {
  const sheet = plan.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`sheet ${name} not in plan`);
  return sheet;
}

/** The cell at a 1-based row and column, or null. */
export function cellOf(sheet: SheetPlan, row: number, col: number): CellPlan | null {
  return sheet.rows[row - 1]?.[col - 1] ?? null;
}

/** Replaces a cell's value, keeping its style, format and lock state unless `patch` says otherwise. */
export function patchCell(sheet: SheetPlan, row: number, col: number, patch: Partial<CellPlan>): void {
  while (sheet.rows.length < row) sheet.rows.push([]);
  const r = sheet.rows[row - 1];
  while (r.length < col) r.push(null);
  const next: CellPlan = { ...(r[col - 1] ?? {}), ...patch };
  // A typed-over cell holds a value, never the formula it may have had.
  if (patch.formula === undefined) delete next.formula;
  r[col - 1] = next;
}

/** Drops a sheet (e.g. the hidden metadata a unit lost by copying into a new workbook). */
export function withoutSheet(plan: WorkbookPlan, name: string): WorkbookPlan {
  return { ...plan, sheets: plan.sheets.filter((s) => s.name !== name) };
}
