import { address } from '../xlsx/a1';
import type { GridSheet, GridValue } from '../sheet/grid';
import type { WorkbookPlan } from '../sheet/plan';

/**
 * The grids a reader gets from the rendered plan — literal values, number formats, formulas with
 * their cached results — without rendering and reading it back: the task pane shows 本单位情况 from the
 * review it just built in milliseconds. A test holds it equal to `readGrids(renderWorkbook(plan))`.
 */
export function planGrids(plan: WorkbookPlan, sheets?: readonly string[]): GridSheet[] {
  return plan.sheets
    .filter((s) => !sheets || sheets.includes(s.name))
    .map((sheet) => {
      const formulas = new Map<string, { formula: string; cached: boolean }>();
      const formats = new Map<string, string>();
      const grid: GridValue[][] = sheet.rows.map((cells, r) =>
        (cells ?? []).map((cell, c) => {
          if (!cell) return null;
          if (cell.numFmt && cell.numFmt !== 'General') formats.set(address(r + 1, c + 1), cell.numFmt);
          const v = cell.formula !== undefined ? cell.cached : cell.value;
          if (cell.formula !== undefined) formulas.set(address(r + 1, c + 1), { formula: cell.formula, cached: cell.cached !== undefined });
          return v === undefined || v === '' ? null : typeof v === 'number' && !Number.isFinite(v) ? null : v;
        }),
      );
      return { name: sheet.name, state: sheet.state ?? 'visible', grid, formats, formulas, merges: sheet.merges ?? [] };
    });
}
