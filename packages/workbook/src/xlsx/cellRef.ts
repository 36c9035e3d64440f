/** A1 references. Internally 0-based; Excel's limits bound every index we accept. */

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

const letterCache: string[] = [];

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnLetters(col: number): string {
  const cached = letterCache[col];
  if (cached !== undefined) return cached;
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = (n - r - 1) / 26;
  }
  if (col < 1024) letterCache[col] = s;
  return s;
}

/** 0-based row/column → 'B12'. */
export function a1(row: number, col: number): string {
  return columnLetters(col) + (row + 1);
}

/**
 * 'B12' (or '$B$12') → row * EXCEL_MAX_COLS + col, 0-based, packed in one number to avoid an
 * allocation per cell. Returns -1 for anything that is not a single in-range cell reference.
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

/** Row number (1-based) written in a `<row r="…">` attribute, or -1. */
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
