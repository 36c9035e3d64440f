/**
 * The workbook layer's plans (a dense grid of `CellPlan`s with named styles) in the Office host's
 * format (A1 cell writes with explicit formats). The looks come from the workbook layer's
 * STYLE_LOOKS, the table its .xlsx writer reads too, so a review written into the open workbook
 * looks like the one the CLI writes to a file.
 */
import { excelSerialToIsoDate } from '@ledger-review/scoring';
import type {
  CellPlan,
  ConditionalFormatPlan,
  SheetPlan as WorkbookSheetPlan,
  ValidationPlan,
  WorkbookPlan,
} from '@ledger-review/workbook';
import { FONT_NAME, HIGHLIGHT_LOOKS, STYLE_LOOKS } from '@ledger-review/workbook/sheet/styles';
import { address, columnLetter } from '@ledger-review/workbook/xlsx/a1';
import type {
  CellFormat,
  CellWrite,
  ColumnWidthWrite,
  ConditionalFormatWrite,
  DataValidationWrite,
  HexColor,
  SheetPlan,
} from './types';

/** `FF2F5597` (ARGB, as plans and SpreadsheetML hold colours) → `#2F5597`. */
export function argbToHex(color: string): HexColor {
  if (color.startsWith('#')) return color.toUpperCase();
  const rgb = color.length === 8 ? color.slice(2) : color;
  if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) throw new RangeError(`not an RGB colour: ${color}`);
  return `#${rgb.toUpperCase()}`;
}

/** The explicit format of a planned cell, or undefined when it has none. */
export function cellFormatOf(cell: CellPlan): CellFormat | undefined {
  const format: CellFormat = {};
  const look = cell.style ? STYLE_LOOKS[cell.style] : undefined;
  if (look) {
    format.fontName = FONT_NAME;
    format.fontSize = look.font.size;
    if (look.font.bold) format.bold = true;
    if (look.font.italic) format.italic = true;
    if (look.font.color) format.fontColor = argbToHex(look.font.color);
    if (look.fill) format.fill = argbToHex(look.fill);
    if (look.border) format.border = true;
    if (look.horizontal) format.horizontal = look.horizontal;
    if (look.vertical) format.vertical = look.vertical;
  }
  if (look?.wrap || cell.wrap) format.wrap = true;
  // Cells are locked by default; only the ones the unit or the office types in are opened.
  if (cell.unlocked) format.locked = false;
  return Object.keys(format).length ? format : undefined;
}

function cellWrite(address: string, cell: CellPlan): CellWrite | undefined {
  const out: CellWrite = { address };
  if (cell.formula !== undefined) out.formula = cell.formula;
  else if (cell.value !== undefined) out.value = cell.value;
  if (cell.numFmt !== undefined) out.numFmt = cell.numFmt;
  const style = cellFormatOf(cell);
  if (style) out.style = style;
  // A cell with nothing to write (no value, formula, format or style) is left alone.
  if (out.formula === undefined && out.value === undefined && !out.numFmt && !out.style) return undefined;
  return out;
}

const withEquals = (formula: string) => (formula.startsWith('=') ? formula : `=${formula}`);

/** An Excel serial date as a locale-free formula, the form Office.js accepts for date bounds. */
export function serialToDateFormula(serial: number): string {
  const iso = excelSerialToIsoDate(Math.round(serial));
  if (iso === null) throw new RangeError(`not an Excel date: ${serial}`);
  return `=DATE(${Number(iso.slice(0, 4))},${Number(iso.slice(5, 7))},${Number(iso.slice(8, 10))})`;
}

function bound(v: ValidationPlan, b: number | string | undefined): number | string | undefined {
  if (b === undefined) return undefined;
  if (typeof b === 'string') return withEquals(b);
  return v.kind === 'date' ? serialToDateFormula(b) : b;
}

export function validationWrite(v: ValidationPlan): DataValidationWrite {
  const out: DataValidationWrite = {
    range: v.range,
    kind: v.kind,
    allowBlank: v.allowBlank,
    errorTitle: v.errorTitle,
    errorMessage: v.error,
  };
  if (v.kind === 'list') {
    if (v.listFormula !== undefined) out.listSource = withEquals(v.listFormula);
    else out.list = [...(v.list ?? [])];
  } else {
    if (v.operator) out.operator = v.operator;
    const min = bound(v, v.min);
    const max = bound(v, v.max);
    if (min !== undefined) out.min = min;
    if (max !== undefined) out.max = max;
  }
  if (v.promptTitle !== undefined) out.promptTitle = v.promptTitle;
  if (v.prompt !== undefined) out.promptMessage = v.prompt;
  return out;
}

export function conditionalFormatWrite(cf: ConditionalFormatPlan): ConditionalFormatWrite {
  const look = HIGHLIGHT_LOOKS[cf.style];
  return { range: cf.range, formula: cf.formula, fill: argbToHex(look.fill), fontColor: argbToHex(look.font) };
}

function columnWidths(sheet: WorkbookSheetPlan): ColumnWidthWrite[] {
  return (sheet.columns ?? []).map((c, i) => {
    const out: ColumnWidthWrite = { column: columnLetter(i + 1), width: c.width };
    if (c.hidden) out.hidden = true;
    return out;
  });
}

export function sheetPlanOf(sheet: WorkbookSheetPlan, activate: boolean): SheetPlan {
  const cells: CellWrite[] = [];
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const write = cellWrite(address(r + 1, c + 1), cell);
      if (write) cells.push(write);
    });
  });
  const out: SheetPlan = { name: sheet.name, cells };
  const widths = columnWidths(sheet);
  if (widths.length) out.columnWidths = widths;
  if (sheet.merges?.length) out.merges = [...sheet.merges];
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) out.freeze = { ...sheet.freeze };
  if (sheet.validations?.length) out.validations = sheet.validations.map(validationWrite);
  if (sheet.conditionalFormats?.length) out.conditionalFormats = sheet.conditionalFormats.map(conditionalFormatWrite);
  if (sheet.autoFilter) out.autoFilter = sheet.autoFilter;
  if (sheet.print) out.print = { ...sheet.print };
  if (sheet.protect) out.protect = true;
  out.visibility = sheet.state ?? 'visible';
  if (sheet.tabColor) out.tabColor = argbToHex(sheet.tabColor);
  if (activate) out.activate = true;
  return out;
}

/**
 * Every sheet of the plan in host format, in plan order. The first visible sheet is activated,
 * as the .xlsx writer makes it the selected tab. Workbook-level defined names are not sheet
 * content; `writeWorkbookPlan` adds them itself.
 */
export function fromWorkbookPlan(plan: WorkbookPlan): SheetPlan[] {
  const firstVisible = plan.sheets.findIndex((s) => (s.state ?? 'visible') === 'visible');
  return plan.sheets.map((sheet, i) => sheetPlanOf(sheet, i === firstVisible));
}
