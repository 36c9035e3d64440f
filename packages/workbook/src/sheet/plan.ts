/**
 * Sheet plans: a host-neutral description of sheets to write. The project's .xlsx writer
 * (`xlsx/writer.ts`) and the Excel add-in (Office.js) both render the same plans, so a review built by the CLI and one built
 * in the task pane have the same cells, formulas, validations and formats.
 */

/** Named styles; each host maps them to its own formatting calls. */
export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'label'
  | 'header'
  | 'locked'
  | 'input'
  | 'number'
  | 'note'
  | 'good'
  | 'bad'
  | 'warn';

export type CellScalar = string | number | boolean | null;

export interface CellPlan {
  /** A literal value. Strings are always written as text, never parsed as formulas. */
  value?: CellScalar;
  /** A formula without the leading `=`, e.g. `ROUND(E5*0.8,2)`. */
  formula?: string;
  /**
   * The formula's result as the library computed it, written as the cached value so readers
   * that do not calculate (pandas, openpyxl, previews) see it. Spreadsheet engines recalculate.
   */
  cached?: CellScalar;
  /** Number format code, e.g. `0.00`, `0%`, `yyyy-mm-dd`, `@`. */
  numFmt?: string;
  style?: CellStyle;
  /** Unlocked for input when the sheet is protected. */
  unlocked?: boolean;
  /** Wrap text. */
  wrap?: boolean;
}

export interface ColumnPlan {
  width: number;
  hidden?: boolean;
}

export type ValidationKind = 'list' | 'decimal' | 'whole' | 'date' | 'textLength';

export interface ValidationPlan {
  /** A1 range, e.g. `G6:G45`. Always bounded, never whole columns: some readers (ExcelJS among them) expand a validation cell by cell. */
  range: string;
  kind: ValidationKind;
  /** For lists: the allowed values (written inline) or a range formula such as `$A$2:$A$6`. */
  list?: readonly string[];
  listFormula?: string;
  operator?: 'between' | 'greaterThanOrEqual' | 'lessThanOrEqual';
  /** Bounds for numbers/dates: numbers or formulas (strings, without `=`). */
  min?: number | string;
  max?: number | string;
  allowBlank: boolean;
  errorTitle: string;
  error: string;
  promptTitle?: string;
  prompt?: string;
}

/**
 * A dropdown over `list` (values written inline, or `{ formula }`: a range such as a team sheet's
 * names). The error names the title and, for inline values, says which to choose unless `error`
 * says otherwise; `prompt` shows when the cell is selected, headed by `promptTitle` (else the title).
 */
export function listRule(
  range: string,
  list: readonly string[] | { formula: string },
  title: string,
  options: { error?: string; prompt?: string; promptTitle?: string; allowBlank?: boolean } = {},
): ValidationPlan {
  const values = 'formula' in list ? undefined : [...list];
  return {
    range,
    kind: 'list',
    ...(values ? { list: values } : { listFormula: (list as { formula: string }).formula }),
    allowBlank: options.allowBlank ?? true,
    errorTitle: title,
    error: options.error ?? `请选择：${(values ?? []).join('、')}。`,
    ...(options.prompt ? { promptTitle: options.promptTitle ?? title, prompt: options.prompt } : {}),
  };
}

/** A date cell: any date (or one on or after the serial `min`); `error` says what to type. */
export function dateRule(range: string, errorTitle: string, error: string, min: number = 1): ValidationPlan {
  return { range, kind: 'date', operator: 'greaterThanOrEqual', min, allowBlank: true, errorTitle, error };
}

/** The names of a team sheet's members (column C from row 2) as a dropdown. */
export function teamMemberRule(range: string, teamSheet: string, memberCount: number, errorTitle: string, error: string): ValidationPlan {
  return listRule(range, { formula: `'${teamSheet}'!$C$2:$C$${memberCount + 1}` }, errorTitle, { error });
}

export interface ConditionalFormatPlan {
  range: string;
  /** Formula relative to the top-left cell of the range, without `=`. */
  formula: string;
  style: 'bad' | 'warn' | 'good' | 'carried';
}

export interface PrintPlan {
  landscape: boolean;
  /** Rows repeated on every printed page, e.g. `5:5`. */
  titleRows?: string;
  fitToWidth?: boolean;
}

export interface ChartSeriesPlan {
  name: string;
  type: 'bar' | 'line';
  /** Absolute range with sheet, e.g. `'图表'!$C$6:$C$14`. */
  ref: string;
  /** The values as the plan computed them (the chart's cache), one per category. */
  cache: (number | null)[];
  /** RGB hex, e.g. `2F5597`. */
  color: string;
  dash?: 'dash' | 'sysDash';
  /** Line width in points. */
  width?: number;
  marker?: boolean;
  /** Show each value on the bar. */
  labels?: boolean;
}

/**
 * A native chart on a sheet (the .xlsx writer renders it as DrawingML): bars and lines over one
 * category axis, anchored over a block of cells.
 */
export interface ChartPlan {
  title: string;
  /** 1-based cells of the chart's top-left and bottom-right corners. */
  anchor: { from: { col: number; row: number }; to: { col: number; row: number } };
  categories: { ref: string; cache: string[] };
  series: ChartSeriesPlan[];
  valueFormat: string;
  valueAxis: { min?: number; max?: number; majorUnit?: number; title?: string; format?: string; reverse?: boolean };
  /** Degrees, e.g. -45 for long unit names. */
  categoryLabelRotation?: number;
}

export interface SheetPlan {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Dense grid from A1; null = empty cell. */
  rows: (CellPlan | null)[][];
  columns?: ColumnPlan[];
  merges?: string[];
  /** Freeze the first N rows / M columns. */
  freeze?: { rows: number; columns: number };
  validations?: ValidationPlan[];
  conditionalFormats?: ConditionalFormatPlan[];
  /** Protect the sheet (locked cells read-only; `unlocked` cells editable). */
  protect?: boolean;
  print?: PrintPlan;
  autoFilter?: string;
  tabColor?: string;
  /** Native charts (the .xlsx writer draws them; hosts without charts leave them out). */
  charts?: ChartPlan[];
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  title?: string;
  /** Workbook-level defined names, e.g. for metadata lookups. */
  definedNames?: Array<{ name: string; ref: string }>;
}

/** Shorthand constructors used by the layout modules. */
export const text = (value: string | null | undefined, style?: CellStyle, extra: Partial<CellPlan> = {}): CellPlan => ({
  value: value ?? '',
  numFmt: '@',
  style,
  ...extra,
});
export const num = (value: number | null | undefined, numFmt?: string, style?: CellStyle): CellPlan => ({
  value: value ?? null,
  numFmt,
  style,
});
export const formula = (f: string, numFmt?: string, style?: CellStyle, cached?: CellScalar): CellPlan =>
  cached === undefined ? { formula: f, numFmt, style } : { formula: f, numFmt, style, cached };
