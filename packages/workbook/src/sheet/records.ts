import type { SheetRecord } from '@ledger-review/scoring';
import { columnLetter } from '../xlsx/a1';
import type { GridSheet } from './grid';
import { text, type CellPlan, type SheetPlan } from './plan';
import { findHeaderRow, rowIsBlank } from './table';

/** A sheet of records under a header row of Chinese labels (指标体系, 单位名录). */
export function recordSheet(
  name: string,
  columns: readonly string[],
  records: readonly SheetRecord[],
  widths: readonly number[],
  editable = true,
): SheetPlan {
  const rows: CellPlan[][] = [columns.map((c) => text(c, 'header'))];
  for (const r of records) {
    rows.push(
      columns.map((c) => {
        const v = r.cells[c];
        if (typeof v === 'number') return { value: v, style: 'input', unlocked: editable };
        return text(v === null || v === undefined ? '' : String(v), 'input', { unlocked: editable, wrap: true });
      }),
    );
  }
  const lastRow = Math.max(2, rows.length);
  const lastCol = columnLetter(columns.length);
  return {
    name,
    rows,
    columns: widths.map((width) => ({ width })),
    freeze: { rows: 1, columns: 1 },
    autoFilter: `A1:${lastCol}${lastRow}`,
    print: { landscape: true, titleRows: '1:1', fitToWidth: true },
  };
}

/** Records of a sheet whose header row holds the given labels (found by text, any order). */
export function readRecordSheet(
  sheet: GridSheet,
  columns: readonly string[],
): { records: SheetRecord[]; headerRow: number; missing: string[]; columns: Map<string, number> } | null {
  const match = findHeaderRow(sheet, columns, { minMatches: Math.min(3, columns.length) });
  if (!match) return null;
  const records: SheetRecord[] = [];
  const cols = [...match.columns.values()];
  for (let r = match.row + 1; r <= sheet.grid.length; r++) {
    if (rowIsBlank(sheet, r, cols)) continue;
    const cells: Record<string, unknown> = {};
    for (const [label, c] of match.columns) cells[label] = sheet.grid[r - 1]?.[c - 1] ?? null;
    records.push({ row: r, cells });
  }
  return { records, headerRow: match.row, missing: match.missing, columns: match.columns };
}
