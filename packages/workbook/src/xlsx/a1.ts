/**
 * A1 references: the one module that spells and parses them, for the .xlsx reader and writer, the
 * sheet plans and layouts, and the Office host (src/office imports this file alone, by subpath,
 * so the task pane bundle gets nothing else from the workbook layer).
 *
 * Rows and columns are 1-based, as Excel numbers them. Anything outside Excel's grid (A1:XFD1048576)
 * is a RangeError: a wrong address must never be written. The sheet scanner uses the allocation-free
 * primitives at the end (`parseCellRef`, `parseRowNumber`) on every `<c r="…">` it reads.
 */

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384; // XFD

const CACHED_LETTERS = 1024;
const letterCache = new Array<string | undefined>(CACHED_LETTERS + 1);

/** 1 → 'A', 26 → 'Z', 27 → 'AA', 16384 → 'XFD'. */
export function columnLetter(col: number): string {
  const cached = letterCache[col];
  if (cached !== undefined) return cached;
  if (!Number.isInteger(col) || col < 1 || col > EXCEL_MAX_COLS) throw new RangeError(`列号超出范围：${col}`);
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = (n - r - 1) / 26;
  }
  if (col <= CACHED_LETTERS) letterCache[col] = s;
  return s;
}

/** 'A' → 1, 'xfd' → 16384 (either case). */
export function columnNumber(letters: string): number {
  // A column is a cell reference without its row: parse it with the one parser, on row 1.
  const packed = /^[A-Za-z]{1,3}$/.test(letters) ? parseCellRef(`${letters}1`) : -1;
  if (packed < 0) throw new RangeError(`无效的列：${letters}`);
  return packed + 1;
}

// Addresses of the cells near A1, kept for the life of the process: ledgers of one template have
// their tables in the same cells, and a string used again keeps its hash for the Map look-ups of
// formats and formulas by address. Bounded, so an odd sheet (far down or far right) cannot grow it.
const INTERNED_ROWS = 2000;
const INTERNED_COLS = 64;
const internedAddresses = new Array<(string | undefined)[] | undefined>(INTERNED_COLS + 1);

/** (12, 2) → 'B12'. */
export function address(row: number, col: number): string {
  const interned = row <= INTERNED_ROWS ? internedAddresses[col]?.[row] : undefined;
  if (interned !== undefined) return interned;
  if (!Number.isInteger(row) || row < 1 || row > EXCEL_MAX_ROWS) throw new RangeError(`行号超出范围：${row}`);
  const a = columnLetter(col) + row;
  if (row <= INTERNED_ROWS && col <= INTERNED_COLS) {
    (internedAddresses[col] ??= new Array<string | undefined>(INTERNED_ROWS + 1))[row] = a;
  }
  return a;
}

/** 'B12', '$B$12', ' b12 ' → { row: 12, col: 2 }. */
export function parseAddress(ref: string): { row: number; col: number } {
  const text = ref.trim();
  const packed = parseCellRef(text);
  if (packed < 0) throw new RangeError(`无效的单元格地址：${ref}`);
  const row0 = Math.floor(packed / EXCEL_MAX_COLS);
  return { row: row0 + 1, col: packed - row0 * EXCEL_MAX_COLS + 1 };
}

/** 'A1:C3' for the rectangle at (row, col) of rowCount × colCount cells; 'A1' for one cell. */
export function rangeAddress(row: number, col: number, rowCount: number, colCount: number): string {
  const start = address(row, col);
  if (rowCount === 1 && colCount === 1) return start;
  return `${start}:${address(row + rowCount - 1, col + colCount - 1)}`;
}

/** Quote a sheet name for use in a formula: 'Sheet Name'!A1. */
export function sheetRef(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/**
 * 'B12' (or '$B$12', 'b12') within ref[from, to) → (row - 1) * EXCEL_MAX_COLS + (col - 1): 0-based,
 * packed in one number to avoid an allocation per cell. -1 for anything that is not a single
 * in-range cell reference.
 */
export function parseCellRef(ref: string, from = 0, to = ref.length): number {
  let i = from;
  const n = to;
  if (ref.charCodeAt(i) === 36) i++;
  let col = 0;
  const colStart = i;
  for (; i < n; i++) {
    let c = ref.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > EXCEL_MAX_COLS) return -1;
  }
  if (i === colStart) return -1;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + (c - 48);
    if (row > EXCEL_MAX_ROWS) return -1;
  }
  if (i === rowStart || row === 0) return -1;
  return (row - 1) * EXCEL_MAX_COLS + (col - 1);
}

/** Row number (1-based) written in text[from, to), as in a `<row r="…">` attribute, or -1. */
export function parseRowNumber(text: string, from = 0, to = text.length): number {
  if (to <= from || to - from > 7) return -1;
  let row = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + (c - 48);
  }
  return row >= 1 && row <= EXCEL_MAX_ROWS ? row : -1;
}
