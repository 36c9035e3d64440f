/**
 * A1 addresses for the Office host: 1-based rows, column letters A…XFD. Kept here (not imported
 * from the workbook layer) so src/office depends on nothing but its own contract.
 */

const MAX_COLUMN = 16384; // XFD
const MAX_ROW = 1048576;

export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMN) {
    throw new RangeError(`column out of range: ${column}`);
  }
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`not a column: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMN) throw new RangeError(`column out of range: ${letters}`);
  return n;
}

export interface CellRef {
  row: number;
  column: number;
}

/** `B7`, `$B$7` → { row: 7, column: 2 }. */
export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) throw new RangeError(`not a cell address: ${address}`);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROW) throw new RangeError(`row out of range: ${address}`);
  return { row, column: columnNumber(m[1]) };
}

export function cellAddress(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) throw new RangeError(`row out of range: ${row}`);
  return `${columnLetters(column)}${row}`;
}

/** `A1:C3` for the rectangle from (row, column) spanning rowCount × columnCount cells. */
export function rangeAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const start = cellAddress(row, column);
  if (rowCount === 1 && columnCount === 1) return start;
  return `${start}:${cellAddress(row + rowCount - 1, column + columnCount - 1)}`;
}
