import type { GridSheet } from '../sheet/grid';

/**
 * A sheet's text as written, hashed (FNV-1a, 32 bit): stored in the review's metadata for the
 * 点评通报 draft, so a re-run can tell whether the office edited the draft — and keep the old
 * workbook as a backup before replacing it. Nothing secret: only "changed or not".
 */
export function sheetFingerprint(rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  const text = rows
    .map((row) => row.map((v) => (v === null || v === undefined ? '' : String(v))).join('\t').replace(/\t+$/, ''))
    .join('\n')
    .replace(/\n+$/, '');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The fingerprint of a sheet as read back. */
export function gridFingerprint(sheet: GridSheet): string {
  return sheetFingerprint(sheet.grid);
}
