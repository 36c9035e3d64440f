import type { GridSheet, GridValue } from '../sheet/grid';
import { CONFIRM_CHOICES, CONFIRM_LABEL } from '../review/layout';
import { ANNUAL_SHEETS, type AnnualHandTyped } from './annualPlan';

const cellText = (v: GridValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

/**
 * 办公室确认 the office chose in an earlier 年度汇总 (评先资格, 文明单位称号), by sheet and unit
 * code, found by the header labels wherever the office moved the columns. Only the three choices
 * are kept; anything else typed there is not a decision.
 */
export function readAnnualHandTyped(sheets: readonly GridSheet[]): AnnualHandTyped {
  const out: AnnualHandTyped = {};
  for (const name of [ANNUAL_SHEETS.disqualify, ANNUAL_SHEETS.civilized]) {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) continue;
    const headerIndex = sheet.grid.findIndex((row) => row?.some((v) => cellText(v) === '单位编码') && row.some((v) => cellText(v) === CONFIRM_LABEL));
    if (headerIndex < 0) continue;
    const headerRow = sheet.grid[headerIndex];
    const codeCol = headerRow.findIndex((v) => cellText(v) === '单位编码');
    const confirmCol = headerRow.findIndex((v) => cellText(v) === CONFIRM_LABEL);
    const typed: Record<string, string> = {};
    for (const row of sheet.grid.slice(headerIndex + 1)) {
      const code = cellText(row?.[codeCol]);
      const choice = cellText(row?.[confirmCol]);
      if (code && (CONFIRM_CHOICES as readonly string[]).includes(choice)) typed[code] = choice;
    }
    out[name] = typed;
  }
  return out;
}
