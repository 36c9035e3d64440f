/// <reference types="office-js" />
/**
 * The 校验标记 marks sheet: a veryHidden mirror of the ledger holding `E` or `W` where
 * validation found a problem. The ledger template's conditional formats read it, so
 * highlighting is one write to this sheet and the unit's own cells are never touched (their
 * undo history and formatting stay theirs).
 */
import { MARKS_SHEET } from '@ledger-review/workbook';
import type { LedgerMarks } from '../types';

/** The region's cells as a grid: the mark where there is one, '' elsewhere (clearing old marks). */
export function marksGrid(marks: LedgerMarks): string[][] {
  const { rows, cols } = marks;
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`marks region must be whole rows × columns: ${rows} × ${cols}`);
  }
  const grid = Array.from({ length: rows }, () => new Array<string>(cols).fill(''));
  for (const { row, col, mark } of marks.cells) {
    if (row < 1 || row > rows || col < 1 || col > cols) {
      throw new RangeError(`mark at row ${row}, column ${col} is outside the ${rows} × ${cols} region`);
    }
    // An error outranks a warning on the same cell, whatever order they came in.
    if (grid[row - 1][col - 1] !== 'E') grid[row - 1][col - 1] = mark;
  }
  return grid;
}

/**
 * Queues the marks write: clear the whole sheet's contents (a shorter ledger leaves no stale
 * marks below), then the region in one assignment. `create` adds the sheet first, veryHidden,
 * for ledgers issued before the marks sheet existed.
 */
export function queueMarks(context: Excel.RequestContext, grid: string[][], create: boolean): void {
  const sheets = context.workbook.worksheets;
  let sheet: Excel.Worksheet;
  if (create) {
    sheet = sheets.add(MARKS_SHEET);
    sheet.visibility = 'VeryHidden';
  } else {
    sheet = sheets.getItem(MARKS_SHEET);
  }
  sheet.getRange().clear('Contents');
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  if (rows > 0 && cols > 0) sheet.getRangeByIndexes(0, 0, rows, cols).values = grid;
}
