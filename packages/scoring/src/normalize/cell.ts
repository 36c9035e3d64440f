/**
 * Hosts hand over cell values in different shapes: the Office JavaScript API gives strings, numbers, booleans
 * and error strings (`#N/A`); ExcelJS gives Dates and objects for formulas
 * (`{formula, result}`, `{sharedFormula, result}`), rich text (`{richText: [{text}]}`),
 * hyperlinks (`{text, hyperlink}`) and errors (`{error: '#N/A'}`). This module reduces them all
 * to one scalar so each normaliser deals with plain values only.
 */

export type CellScalar = string | number | boolean | Date | null;

/** How a cell's value came about: typed, a formula with a cached result, or a formula without one. */
export type FormulaState = 'none' | 'cached' | 'missing';

export interface UnwrappedCell {
  value: CellScalar;
  formula: FormulaState;
  /** The Excel error (`#N/A`, `#VALUE!` …) the cell shows, or null. */
  error: string | null;
}

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

/** Whether a raw value is an object shape (formula, rich text …) rather than a scalar. */
export function isCellObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !(raw instanceof Date);
}

/** Whether the host passed a formula object (`{formula}` or `{sharedFormula}`). */
export function isFormulaObject(raw: unknown): boolean {
  return isCellObject(raw) && (typeof raw.formula === 'string' || typeof raw.sharedFormula === 'string');
}

function scalarOf(value: unknown): { value: CellScalar; error: string | null } {
  if (value === undefined || value === null) return { value: null, error: null };
  if (typeof value === 'string') return isExcelError(value) ? { value: null, error: value } : { value, error: null };
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return { value, error: null };
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.error === 'string') return { value: null, error: o.error };
    if (Array.isArray(o.richText)) {
      let text = '';
      for (const run of o.richText as unknown[]) {
        if (run && typeof (run as { text?: unknown }).text === 'string') text += (run as { text: string }).text;
      }
      return { value: text, error: null };
    }
    if ('text' in o) return scalarOf(o.text);
  }
  // Anything else (arrays, unknown objects) has no cell meaning: show it as text, never guess.
  return { value: String(value), error: null };
}

/** Reduces any host cell value to a scalar, noting formulas and Excel errors. */
export function unwrapCell(raw: unknown): UnwrappedCell {
  if (!isCellObject(raw)) {
    const s = scalarOf(raw);
    return { value: s.value, formula: 'none', error: s.error };
  }
  if (typeof raw.formula === 'string' || typeof raw.sharedFormula === 'string') {
    if (raw.result === undefined) return { value: null, formula: 'missing', error: null };
    const s = scalarOf(raw.result);
    return { value: s.value, formula: 'cached', error: s.error };
  }
  const s = scalarOf(raw);
  return { value: s.value, formula: 'none', error: s.error };
}

/** True for null, undefined, '' and whitespace-only strings (including full-width spaces). */
export function isBlank(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === 'string') return raw.length === 0 || BLANK_RE.test(raw);
  if (isCellObject(raw)) {
    if (isFormulaObject(raw)) return false;
    const u = unwrapCell(raw);
    return u.error === null && isBlank(u.value);
  }
  return false;
}

const BLANK_RE = /^[\s\u200b-\u200d\u2060\ufeff]*$/;
