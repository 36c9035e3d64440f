import type { GridSheet } from './grid';
import { text, type SheetPlan } from './plan';
import { META_SHEET } from '../ledger/layout';

/** The hidden metadata sheet: key in column A, value in column B. Identifies a workbook even if renamed. */
export function metaSheet(entries: Record<string, string>): SheetPlan {
  return {
    name: META_SHEET,
    state: 'veryHidden',
    rows: Object.entries(entries).map(([k, v]) => [text(k), text(v)]),
    columns: [{ width: 14 }, { width: 40 }],
  };
}

/** Key/value pairs of a metadata sheet, if the workbook has one. */
export function readMeta(sheets: readonly GridSheet[]): Record<string, string> | null {
  const sheet = sheets.find((s) => s.name === META_SHEET);
  if (!sheet) return null;
  const out: Record<string, string> = {};
  for (const row of sheet.grid) {
    const k = row?.[0];
    const v = row?.[1];
    if (k !== null && k !== undefined && String(k).trim()) out[String(k).trim()] = v === null || v === undefined ? '' : String(v).trim();
  }
  return out;
}
