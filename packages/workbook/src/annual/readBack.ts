import type { GridSheet } from '../sheet/grid';
import { cellText, findHeaders, sheetNamed } from '../sheet/table';
import { CONFIRM_CHOICES, CONFIRM_LABEL } from '../review/layout';
import { ANNUAL_SHEETS, type AnnualHandTyped } from './annualPlan';

/**
 * 办公室确认 the office chose in an earlier 年度汇总 (评先资格, 文明单位称号), by sheet and unit
 * code, found by the header labels wherever the office moved the columns. Only the three choices
 * are kept; anything else typed there is not a decision.
 */
export function readAnnualHandTyped(sheets: readonly GridSheet[]): AnnualHandTyped {
  const out: AnnualHandTyped = {};
  for (const name of [ANNUAL_SHEETS.disqualify, ANNUAL_SHEETS.civilized]) {
    const sheet = sheetNamed(sheets, name);
    const header = sheet && findHeaders(sheet, ['单位编码', CONFIRM_LABEL])[0];
    if (!sheet || !header) continue;
    const codeCol = header.cols.get('单位编码')!;
    const confirmCol = header.cols.get(CONFIRM_LABEL)!;
    const typed: Record<string, string> = {};
    for (const row of sheet.grid.slice(header.row)) {
      const code = cellText(row?.[codeCol - 1]);
      const choice = cellText(row?.[confirmCol - 1]);
      if (code && (CONFIRM_CHOICES as readonly string[]).includes(choice)) typed[code] = choice;
    }
    out[name] = typed;
  }
  return out;
}
