/** A1 address helpers (1-based rows and columns). */

export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export function parseAddress(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a1);
  if (!m) throw new RangeError(`无效的单元格地址：${a1}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Quote a sheet name for use in a formula: 'Sheet Name'!A1. */
export function sheetRef(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}
