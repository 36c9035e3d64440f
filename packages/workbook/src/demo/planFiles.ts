import type { ReceivedFile } from '../files/received';
import type { GridSheet, GridValue } from '../sheet/grid';
import type { WorkbookPlan } from '../sheet/plan';
import { address } from '../xlsx/a1';

/**
 * What any host would read from a rendered plan, without rendering it: literal values, number
 * formats, merges and sheet states. Lets the tests push every sample file through the real
 * consolidation in milliseconds, and the sample year examine the second half's ledgers it does
 * not write out; files.test renders sample files for real and reads them back to prove the two
 * agree.
 */
export function planGrids(plan: WorkbookPlan): GridSheet[] {
  return plan.sheets.map((sheet) => {
    const formats = new Map<string, string>();
    const formulas = new Map<string, { formula: string; cached: boolean }>();
    const grid: GridValue[][] = sheet.rows.map((cells, r) =>
      cells.map((cell, c) => {
        if (!cell) return null;
        if (cell.numFmt && cell.numFmt !== 'General') formats.set(address(r + 1, c + 1), cell.numFmt);
        if (cell.formula !== undefined) {
          // As a reader of the rendered file sees it: the cached result, where the plan gives one.
          formulas.set(address(r + 1, c + 1), { formula: cell.formula, cached: cell.cached !== undefined });
          return cell.cached === undefined || cell.cached === '' ? null : cell.cached;
        }
        const v = cell.value ?? null;
        return v === '' ? null : v;
      }),
    );
    return {
      name: sheet.name,
      state: sheet.state ?? 'visible',
      grid,
      formats,
      formulas,
      merges: sheet.merges ?? [],
    };
  });
}

/** The given plans as received files, read without rendering them. */
export function planFiles(items: Array<{ fileName: string; plan: WorkbookPlan }>): ReceivedFile[] {
  return items.map((item) => ({ name: item.fileName, sheets: planGrids(item.plan) }));
}
