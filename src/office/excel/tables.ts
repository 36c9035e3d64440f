/// <reference types="office-js" />
/**
 * Reading table sheets by the columns a reader needs, not whole: re-running a consolidation
 * reads back what the office typed in the review sheets (分析原因, 会议备注, 办公室确认, 整改情况,
 * 收到日期, the 检查性发言 history), a few columns of a few sheets, instead of 14 whole sheets
 * that at ~90 units exceed Excel on the web's 5 MB response cap.
 *
 *   sync 1  used-range dimensions of each sheet, and where its key label is (ExcelApi 1.9
 *           `Worksheet.findAllOrNullObject`): the header row of every table on it
 *   sync 2  those header rows
 *   sync 3… the wanted columns of each table (and whole small sheets), grouped under the
 *           response budget, one sync per group
 *
 * Without `findAllOrNullObject` the sheets are read whole, in budgeted chunks.
 */
import type { GridSheet, GridValue } from '@ledger-review/workbook';
import type { TableRead } from '../types';
import { ReadBudget, responseBytes } from './budget';
import { fromExcelVisibility, parseAreaAddresses, toGridSheet } from './read';
import { isPayloadTooLarge } from './runner';

export interface TableReadOptions {
  /** The host can search sheets (ExcelApi 1.9). */
  findAll: boolean;
  budget: ReadBudget;
}

/** One column stretch (or whole rows) to load. */
interface Piece {
  sheet: number;
  row: number; // 0-based
  column: number; // 0-based
  rows: number;
  columns: number;
}

const rowOf = (a1: string) => Number(/\d+$/.exec(a1)![0]);

function matches(read: TableRead, label: string): boolean {
  if (!label) return false;
  if (label === read.keyLabel || read.labels?.includes(label)) return true;
  return read.labelPattern !== undefined && new RegExp(read.labelPattern).test(label);
}

const cellText = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Loads `pieces` (values only) in as few syncs as the budget allows: each sync takes what fits
 * from where the last stopped; a sync Excel refuses is asked again, smaller.
 */
async function loadPieces(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  pieces: readonly Piece[],
  budget: ReadBudget,
): Promise<unknown[][][]> {
  const out: unknown[][][] = pieces.map(() => []);
  const cursor = pieces.map(() => 0);
  let next = 0;
  while (next < pieces.length) {
    let room = budget.cellsPerSync();
    const group: Array<{ index: number; first: number; rows: number; range: Excel.Range }> = [];
    for (let index = next; index < pieces.length && room > 0; index++) {
      const p = pieces[index];
      const fit = Math.floor(room / p.columns);
      if (fit < 1 && group.length) break;
      const rows = Math.max(1, Math.min(p.rows - cursor[index], fit));
      const range = sheets[p.sheet].getRangeByIndexes(p.row + cursor[index], p.column, rows, p.columns);
      range.load('values');
      group.push({ index, first: cursor[index], rows, range });
      room -= rows * p.columns;
      if (cursor[index] + rows < p.rows) break; // the rest of this piece goes into the next sync
    }
    const cells = group.reduce((n, g) => n + g.rows * pieces[g.index].columns, 0);
    try {
      // One sync per group on purpose: Excel on the web caps each response (5 MB), so a big read
      // must be split into syncs, each sized by what the previous ones returned.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (err) {
      if (!isPayloadTooLarge(err) || cells <= 1) throw err;
      budget.refused(cells);
      continue; // nothing was taken: the same pieces again, in smaller stretches
    }
    let bytes = 0;
    for (const g of group) {
      out[g.index].push(...g.range.values);
      bytes += responseBytes(g.range.values);
      cursor[g.index] = g.first + g.rows;
    }
    budget.observe(bytes, cells);
    while (next < pieces.length && cursor[next] >= pieces[next].rows) next++;
  }
  return out;
}

/** See the module comment. Sheets that do not exist are left out. */
export async function readTables(
  context: Excel.RequestContext,
  reads: readonly TableRead[],
  existing: ReadonlySet<string>,
  options: TableReadOptions,
): Promise<GridSheet[]> {
  const present = reads.filter((r) => existing.has(r.sheet));
  if (!present.length) return [];
  const worksheets = present.map((r) => context.workbook.worksheets.getItem(r.sheet));
  const used = worksheets.map((ws) => {
    ws.load('name,visibility');
    const range = ws.getUsedRangeOrNullObject(true);
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return range;
  });
  const searchable = present.map((r) => options.findAll && !r.whole && r.keyLabel !== undefined);
  const hits = present.map((r, i) => {
    if (!searchable[i]) return undefined;
    const found = worksheets[i].findAllOrNullObject(r.keyLabel!, { completeMatch: true, matchCase: true });
    found.load('address');
    return found;
  });
  await context.sync();

  // Header rows (1-based) of each searchable sheet, from where its key label sits.
  const headerRows = present.map((_, i) => {
    const found = hits[i];
    if (!found || found.isNullObject || used[i].isNullObject) return [] as number[];
    return [...new Set(parseAreaAddresses(found.address).map(rowOf))].sort((a, b) => a - b);
  });
  const headerRanges = present.map((_, i) =>
    headerRows[i].map((row) => {
      const range = worksheets[i].getRangeByIndexes(row - 1, used[i].columnIndex, 1, used[i].columnCount);
      range.load('values');
      return range;
    }),
  );
  if (headerRanges.some((h) => h.length)) await context.sync();

  // What to load: wanted columns under each header, or whole sheets.
  const pieces: Piece[] = [];
  const placed: Array<{ piece: number; sheet: number }> = [];
  present.forEach((read, i) => {
    const u = used[i];
    if (u.isNullObject) return;
    const end = u.rowIndex + u.rowCount; // 0-based, exclusive
    if (!searchable[i]) {
      pieces.push({
        sheet: i,
        row: u.rowIndex,
        column: u.columnIndex,
        rows: u.rowCount,
        columns: u.columnCount,
      });
      placed.push({ piece: pieces.length - 1, sheet: i });
      return;
    }
    headerRows[i].forEach((row, k) => {
      const next = (headerRows[i][k + 1] ?? end + 1) - 1; // 0-based exclusive end of this table
      const first = row; // 0-based index of the first data row
      if (next <= first) return;
      const labels = headerRanges[i][k].values[0] ?? [];
      labels.forEach((label, c) => {
        if (!matches(read, cellText(label))) return;
        pieces.push({ sheet: i, row: first, column: u.columnIndex + c, rows: next - first, columns: 1 });
        placed.push({ piece: pieces.length - 1, sheet: i });
      });
    });
  });
  const loaded = await loadPieces(context, worksheets, pieces, options.budget);

  return present.map((_read, i) => {
    const u = used[i];
    const name = worksheets[i].name;
    const visibility = String(worksheets[i].visibility);
    if (u.isNullObject) return { name, state: fromExcelVisibility(visibility), grid: [] };
    if (!searchable[i]) {
      const values = loaded[placed.find((p) => p.sheet === i)!.piece];
      return toGridSheet({
        name,
        visibility,
        used: {
          rowIndex: u.rowIndex,
          columnIndex: u.columnIndex,
          values,
          formulas: values,
          numberFormat: [],
        },
      });
    }
    const width = u.columnIndex + u.columnCount;
    const grid: GridValue[][] = Array.from({ length: u.rowIndex + u.rowCount }, () =>
      new Array<GridValue>(width).fill(null),
    );
    const put = (row: number, column: number, v: unknown) => {
      grid[row][column] = v === '' || v === null || v === undefined ? null : (v as GridValue);
    };
    headerRows[i].forEach((row, k) =>
      (headerRanges[i][k].values[0] ?? []).forEach((v, c) => put(row - 1, u.columnIndex + c, v)),
    );
    placed.forEach(({ piece, sheet }) => {
      if (sheet !== i) return;
      const p = pieces[piece];
      loaded[piece].forEach((line, r) => put(p.row + r, p.column, line[0]));
    });
    return { name, state: fromExcelVisibility(visibility), grid };
  });
}
