/// <reference types="office-js" />
/**
 * Host-format features as Office.js calls: cell formats, data validations, conditional formats,
 * print setup. Queue-only (no sync): callers decide the batch. Enum values are written as their
 * string literals so this module never touches the `Excel` global at run time.
 */
import type { CellFormat, ConditionalFormatWrite, DataValidationWrite, PrintWrite } from '../types';

const BORDER_COLOR = '#BFBFBF';

/** Format a rectangle of `rows` × `columns` cells that share one style. */
export function applyFormat(range: Excel.Range, style: CellFormat, rows: number, columns: number): void {
  const format = range.format;
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) {
    format.horizontalAlignment =
      style.horizontal === 'left' ? 'Left' : style.horizontal === 'center' ? 'Center' : 'Right';
  }
  if (style.vertical !== undefined) {
    format.verticalAlignment = style.vertical === 'top' ? 'Top' : style.vertical === 'center' ? 'Center' : 'Bottom';
  }
  if (style.border) {
    // Every cell boxed: the outer edges plus the inside lines of a multi-cell rectangle.
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (columns > 1) edges.push('InsideVertical');
    if (rows > 1) edges.push('InsideHorizontal');
    for (const edge of edges) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = BORDER_COLOR;
    }
  }
  if (style.locked !== undefined) format.protection.locked = style.locked;
}

/** Excel's column-width dialog counts characters; Office.js wants points (7 px per char + 5 px padding). */
export function charactersToPoints(characters: number): number {
  return Math.trunc(characters * 7 + 5) * 0.75;
}

const OPERATORS = {
  between: 'Between',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
} as const;

/** Builds the Office.js data-validation rule for a plan entry. */
export function validationRule(v: DataValidationWrite): Excel.DataValidationRule {
  if (v.kind === 'list') {
    if (v.listSource) return { list: { inCellDropDown: true, source: v.listSource } };
    const items = v.list ?? [];
    // Inline list sources are comma-separated; an item with a comma needs a range source.
    const bad = items.find((item) => item.includes(','));
    if (bad !== undefined) throw new RangeError(`list item contains a comma, use listSource: ${bad}`);
    return { list: { inCellDropDown: true, source: items.join(',') } };
  }
  const operator = OPERATORS[v.operator ?? 'between'];
  const basic: Excel.BasicDataValidation = { operator, formula1: '' };
  if (operator === 'Between') {
    basic.formula1 = v.min ?? 0;
    basic.formula2 = v.max ?? 0;
  } else if (operator === 'GreaterThanOrEqualTo') {
    basic.formula1 = v.min ?? 0;
  } else {
    basic.formula1 = v.max ?? 0;
  }
  switch (v.kind) {
    case 'decimal':
      return { decimal: basic };
    case 'whole':
      return { wholeNumber: basic };
    case 'textLength':
      return { textLength: basic };
    case 'date':
      return { date: basic as Excel.DateTimeDataValidation };
  }
}

export function applyValidation(sheet: Excel.Worksheet, v: DataValidationWrite): void {
  const dv = sheet.getRange(v.range).dataValidation;
  dv.rule = validationRule(v);
  dv.ignoreBlanks = v.allowBlank;
  dv.errorAlert = { showAlert: true, style: 'Stop', title: v.errorTitle, message: v.errorMessage };
  if (v.promptMessage) {
    dv.prompt = { showPrompt: true, title: v.promptTitle ?? '', message: v.promptMessage };
  }
}

export function applyConditionalFormat(sheet: Excel.Worksheet, cf: ConditionalFormatWrite): void {
  const added = sheet.getRange(cf.range).conditionalFormats.add('Custom');
  added.custom.rule.formula = `=${cf.formula}`;
  if (cf.fill) added.custom.format.fill.color = cf.fill;
  if (cf.fontColor) added.custom.format.font.color = cf.fontColor;
}

/** `3:3` → `$3:$3`, the form `setPrintTitleRows` documents. */
export function absoluteRows(rows: string): string {
  return rows
    .split(':')
    .map((r) => `$${r.replace(/\$/g, '')}`)
    .join(':');
}

export function applyPrint(sheet: Excel.Worksheet, print: PrintWrite): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.landscape ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  if (print.titleRows) layout.setPrintTitleRows(absoluteRows(print.titleRows));
  // PageLayout.zoom must be assigned whole (its parts cannot be set one by one).
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
}
