/**
 * What every host hands the normalisers: plain strings, numbers, booleans and null (whichever
 * spreadsheet host read the cells), with an Excel error as its text (`#N/A`).
 * Formulas never arrive as such: the host that reads a formula cell reports it (the ledger
 * reader's `formula-cached-result` / `formula-no-result`) and passes on its result, or null.
 */

const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#N/A',
  '#VALUE!',
  '#REF!',
  '#DIV/0!',
  '#NUM!',
  '#NAME?',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#UNKNOWN!',
  '#BUSY!',
  '#CONNECT!',
]);

export function isExcelError(value: unknown): value is string {
  return typeof value === 'string' && value.length > 1 && value.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(value);
}

/** True for null, undefined, '' and whitespace-only strings (including full-width spaces). */
export function isBlank(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  return typeof raw === 'string' && (raw.length === 0 || BLANK_RE.test(raw));
}

const BLANK_RE = /^[\s\u200b-\u200d\u2060\ufeff]*$/;
