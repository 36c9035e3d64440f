/**
 * Rendering host-format sheet plans (from `fromWorkbookPlan`, the same ones the Excel host
 * writes) into the open WPS workbook, atomically: every sheet is built on a new temporary sheet;
 * only when all are complete are the old sheets of the same names renamed aside, the temporaries
 * given their names and the old ones deleted. A failure or an abort before that deletes the
 * temporaries, and a failure during the swap renames everything back: no half-written review.
 *
 * WPS calls are synchronous, so the work is cut into row blocks and the page gets the event
 * loop back between blocks (progress is shown, Cancel is heard). Quirks handled here, each
 * modelled by the fake of tests/wps/fakeWps.ts:
 * - `Worksheets.Add` makes the new sheet the active one: the sheet active before is re-activated;
 * - `Worksheet.Delete` asks the user to confirm unless `DisplayAlerts` is off;
 * - `FormatConditions.Add` reads relative references against the ACTIVE cell, not the range's
 *   first cell: the range's first cell is selected (on its activated sheet) before adding;
 * - freezing panes works on the active window only: the sheet is activated first;
 * - colours are BGR longs (`Interior.Color = r + g·256 + b·65536`), not `#RRGGBB`.
 */
import { renameSheetRefs } from '../office/excel/formulaRefs';
import { blockArrays, columnGroups, indexCells, numberFormatOf, rectAddress, styleRects, type SheetCells } from '../office/excel/cellBlocks';
import { BACKUP_PREFIX, TEMP_PREFIX, isWriterSheet } from '../office/excel/writePlan';
import { address as cellAddress, parseAddress, rangeAddress } from '@ledger-review/workbook/xlsx/a1';
import { HostError } from '../office/errors';
import type { CellFormat, ConditionalFormatWrite, DataValidationWrite, SheetPlan, SkippedFeature, WriteOptions, WriteResult } from '../office/types';
import { XL, XL_SHEET_HIDDEN, XL_SHEET_VERY_HIDDEN, XL_SHEET_VISIBLE, type WpsApplication, type WpsRange, type WpsWorkbook, type WpsWorksheet } from './types';

/** Rows written per block (one `Value2` assignment); the page breathes between blocks. */
export const ROWS_PER_BLOCK = 400;
const BORDER_BGR = bgr('#BFBFBF');

/** `#RRGGBB` → the BGR long WPS (like VBA) takes for `Color`. */
export function bgr(hex: string): number {
  const m = /^#([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})$/.exec(hex);
  if (!m) throw new RangeError(`not a #RRGGBB colour: ${hex}`);
  return parseInt(m[1], 16) + parseInt(m[2], 16) * 256 + parseInt(m[3], 16) * 65536;
}

const INVALID_NAME = /[\\/?*[\]:]/;
const nameKey = (name: string) => name.toLocaleLowerCase('en-US');

function checkNames(plans: readonly SheetPlan[]): void {
  const seen = new Set<string>();
  for (const { name } of plans) {
    const bad =
      !name.trim() || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'") || isWriterSheet(name) || seen.has(nameKey(name));
    if (bad) throw new HostError('invalid-sheet-name', { sheet: name });
    seen.add(nameKey(name));
  }
}

/** Every worksheet of the workbook, in order (1-based `Item`). */
export function sheetsOf(workbook: WpsWorkbook): WpsWorksheet[] {
  const out: WpsWorksheet[] = [];
  const sheets = workbook.Worksheets;
  for (let i = 1; i <= sheets.Count; i++) out.push(sheets.Item(i));
  return out;
}

export function findSheet(workbook: WpsWorkbook, name: string): WpsWorksheet | undefined {
  return sheetsOf(workbook).find((s) => nameKey(s.Name) === nameKey(name));
}

/** A new sheet after the last one, without leaving it active (Add activates what it adds). */
export function addSheet(workbook: WpsWorkbook, name: string): WpsWorksheet {
  const before = workbook.ActiveSheet;
  const all = sheetsOf(workbook);
  const sheet = workbook.Worksheets.Add(undefined, all[all.length - 1]);
  sheet.Name = name;
  before?.Activate();
  return sheet;
}

/** Cells grouped by number format, as rectangles (text `@` set before any value is written). */
function formatRects(sheet: SheetCells, numberFormat: (row: number, col: number) => string): Array<{ format: string; address: string }> {
  const asStyles: SheetCells = {
    rows: sheet.rows,
    columns: sheet.columns,
    count: sheet.count,
    at: (r, c) => (sheet.at(r, c) ? { address: cellAddress(r, c), style: { fontName: numberFormat(r, c) } } : undefined),
  };
  return styleRects(asStyles).flatMap(({ style, rects }) => rects.map((rect) => ({ format: style.fontName as string, address: rectAddress(rect) })));
}

function applyStyle(range: WpsRange, style: CellFormat): void {
  const font = range.Font;
  if (style.fontName !== undefined) font.Name = style.fontName;
  if (style.fontSize !== undefined) font.Size = style.fontSize;
  if (style.bold !== undefined) font.Bold = style.bold;
  if (style.italic !== undefined) font.Italic = style.italic;
  if (style.fontColor !== undefined) font.Color = bgr(style.fontColor);
  if (style.fill !== undefined) range.Interior.Color = bgr(style.fill);
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.horizontal !== undefined) range.HorizontalAlignment = style.horizontal === 'left' ? XL.hLeft : style.horizontal === 'center' ? XL.hCenter : XL.hRight;
  if (style.vertical !== undefined) range.VerticalAlignment = style.vertical === 'top' ? XL.vTop : style.vertical === 'center' ? XL.vCenter : XL.vBottom;
  if (style.border) {
    range.Borders.LineStyle = 1;
    range.Borders.Color = BORDER_BGR;
  }
  if (style.locked !== undefined) range.Locked = style.locked;
}

const bound = (b: number | string | undefined) => (b === undefined ? undefined : String(b));

function applyValidation(sheet: WpsWorksheet, v: DataValidationWrite): void {
  const range = sheet.Range(v.range);
  const validation = range.Validation;
  validation.Delete();
  const type = { list: XL.validateList, decimal: XL.validateDecimal, whole: XL.validateWholeNumber, date: XL.validateDate, textLength: XL.validateTextLength }[v.kind];
  const operator = v.operator === 'greaterThanOrEqual' ? XL.greaterEqual : v.operator === 'lessThanOrEqual' ? XL.lessEqual : XL.between;
  if (v.kind === 'list') validation.Add(type, XL.alertStop, XL.between, v.listSource ?? (v.list ?? []).join(','));
  else {
    const min = bound(v.min);
    const max = bound(v.max);
    if (v.operator === 'lessThanOrEqual') validation.Add(type, XL.alertStop, operator, max);
    else if (v.operator === 'greaterThanOrEqual') validation.Add(type, XL.alertStop, operator, min);
    else validation.Add(type, XL.alertStop, operator, min, max);
  }
  validation.IgnoreBlank = v.allowBlank;
  if (v.kind === 'list') validation.InCellDropdown = true;
  validation.ErrorTitle = v.errorTitle;
  validation.ErrorMessage = v.errorMessage;
  validation.ShowError = true;
  if (v.promptTitle !== undefined || v.promptMessage !== undefined) {
    validation.InputTitle = v.promptTitle ?? '';
    validation.InputMessage = v.promptMessage ?? '';
    validation.ShowInput = true;
  }
}

function applyConditionalFormat(sheet: WpsWorksheet, cf: ConditionalFormatWrite, renames: ReadonlyMap<string, string>): void {
  const range = sheet.Range(cf.range);
  // Relative references are read against the active cell: make it the range's first cell.
  sheet.Activate();
  const first = parseAddress(cf.range.split(':')[0]);
  sheet.Range(cellAddress(first.row, first.col)).Select();
  const condition = range.FormatConditions.Add(XL.expression, undefined, `=${renameSheetRefs(cf.formula, renames)}`);
  if (cf.fill) condition.Interior.Color = bgr(cf.fill);
  if (cf.fontColor) condition.Font.Color = bgr(cf.fontColor);
}

function visibilityOf(plan: SheetPlan): number {
  return plan.visibility === 'veryHidden' ? XL_SHEET_VERY_HIDDEN : plan.visibility === 'hidden' ? XL_SHEET_HIDDEN : XL_SHEET_VISIBLE;
}

const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new HostError('aborted');
}

export interface WpsWriteSettings {
  /** Distinguishes this write's temporary sheets; random unless a test fixes it. */
  nonce?: string;
}

/** One sheet's content on its temporary sheet. Returns the plan cells written. */
async function writeSheet(
  app: WpsApplication,
  sheet: WpsWorksheet,
  plan: SheetPlan,
  renames: ReadonlyMap<string, string>,
  progress: (cells: number, total: number) => void,
  signal: AbortSignal | undefined,
): Promise<number> {
  const cells = indexCells(plan.cells);
  const blocks = { renames, typedStrings: false };
  // Number formats first: a text cell is `@` before its value arrives, so `=…` stays text.
  for (const { format, address } of formatRects(cells, (r, c) => numberFormatOf(cells.at(r, c)))) sheet.Range(address).NumberFormat = format;
  let written = 0;
  for (let first = 1; first <= cells.rows; first += ROWS_PER_BLOCK) {
    throwIfAborted(signal);
    const rows = Math.min(ROWS_PER_BLOCK, cells.rows - first + 1);
    const block = blockArrays(cells, first, rows, cells.columns, blocks);
    sheet.Range(rangeAddress(first, 1, rows, cells.columns)).Value2 = block.values;
    for (let r = first; r < first + rows; r++) for (let c = 1; c <= cells.columns; c++) if (cells.at(r, c)) written++;
    progress(written, cells.count);
    await breathe();
  }
  for (const { style, rects } of styleRects(cells)) for (const rect of rects) applyStyle(sheet.Range(rectAddress(rect)), style);
  for (const group of columnGroups(plan.columnWidths ?? [])) {
    const columns = sheet.Range(group.range);
    columns.ColumnWidth = group.width;
    if (group.hidden) columns.Hidden = true;
  }
  for (const merge of plan.merges ?? []) sheet.Range(merge).Merge();
  for (const v of plan.validations ?? []) applyValidation(sheet, v);
  for (const cf of plan.conditionalFormats ?? []) applyConditionalFormat(sheet, cf, renames);
  if (plan.freeze) {
    sheet.Activate();
    const window = app.ActiveWindow;
    if (window) {
      window.FreezePanes = false;
      window.SplitRow = plan.freeze.rows;
      window.SplitColumn = plan.freeze.columns;
      window.FreezePanes = true;
    }
  }
  if (plan.autoFilter) sheet.Range(plan.autoFilter).AutoFilter();
  if (plan.tabColor) sheet.Tab.Color = bgr(plan.tabColor);
  if (plan.print) {
    const setup = sheet.PageSetup;
    setup.Orientation = plan.print.landscape ? 2 : 1;
    if (plan.print.titleRows) setup.PrintTitleRows = plan.print.titleRows.replace(/(\d+)/g, '$$$1');
    if (plan.print.fitToWidth) {
      setup.Zoom = false;
      setup.FitToPagesWide = 1;
      setup.FitToPagesTall = false;
    }
  }
  if (plan.protect) sheet.Protect();
  return written;
}

function randomNonce(): string {
  return Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
}

/** Deletes sheets without WPS asking the user (DisplayAlerts off meanwhile). */
function deleteQuietly(app: WpsApplication, sheets: readonly WpsWorksheet[]): void {
  if (sheets.length === 0) return;
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    for (const s of sheets) s.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

export async function writePlansWps(
  app: WpsApplication,
  plans: readonly SheetPlan[],
  settings: WpsWriteSettings,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw new HostError('no-workbook');
  checkNames(plans);
  // Adding, renaming and deleting sheets is refused on a protected structure: say so before
  // anything is written.
  if (workbook.ProtectStructure) throw new HostError('workbook-protected');
  throwIfAborted(options.signal);
  const nonce = settings.nonce ?? randomNonce();
  const temps = plans.map((_, i) => `${TEMP_PREFIX}${nonce}-${i}`);
  const renames = new Map(plans.map((p, i) => [p.name, temps[i]]));
  const active = workbook.ActiveSheet;
  // Names, not objects: every property read hands out a new wrapper of the same sheet.
  const activeName = active?.Name;
  const created: WpsWorksheet[] = [];
  // Every feature of a plan has its WPS call: nothing is skipped.
  const skipped: SkippedFeature[] = [];
  let cellsWritten = 0;
  const updating = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    try {
      for (let i = 0; i < plans.length; i++) {
        const plan = plans[i];
        const sheet = addSheet(workbook, temps[i]);
        created.push(sheet);
        cellsWritten += await writeSheet(
          app,
          sheet,
          plan,
          renames,
          (cells, total) =>
            options.onProgress?.({ sheetName: plan.name, sheetIndex: i + 1, sheetCount: plans.length, cellsWritten: cells, cellsTotal: total }),
          options.signal,
        );
        throwIfAborted(options.signal);
      }
    } catch (err) {
      deleteQuietly(app, created);
      active?.Activate();
      throw err;
    }

    // The swap: old sheets aside, temporaries renamed, old sheets deleted.
    const olds = plans.map((p) => findSheet(workbook, p.name));
    const renamedAside: Array<{ sheet: WpsWorksheet; name: string }> = [];
    const renamedIn: Array<{ sheet: WpsWorksheet; name: string }> = [];
    try {
      olds.forEach((old, i) => {
        if (!old) return;
        renamedAside.push({ sheet: old, name: old.Name });
        old.Name = `${BACKUP_PREFIX}${nonce}-${i}`;
      });
      created.forEach((sheet, i) => {
        renamedIn.push({ sheet, name: sheet.Name });
        sheet.Name = plans[i].name;
      });
    } catch (err) {
      for (const { sheet, name } of renamedIn.reverse()) sheet.Name = name;
      for (const { sheet, name } of renamedAside.reverse()) sheet.Name = name;
      deleteQuietly(app, created);
      active?.Activate();
      throw err;
    }
    deleteQuietly(app, olds.filter((s): s is WpsWorksheet => !!s));
    plans.forEach((plan, i) => {
      created[i].Visible = visibilityOf(plan);
    });
    // The sheet the user was on, or its replacement when it was one of the replaced sheets.
    const toActivate = plans.findIndex((p) => p.activate);
    const replacedActive = activeName === undefined ? -1 : plans.findIndex((p) => nameKey(p.name) === nameKey(activeName));
    if (toActivate >= 0) created[toActivate].Activate();
    else if (replacedActive >= 0) created[replacedActive].Activate();
    else active?.Activate();
    return { sheetsWritten: plans.map((p) => p.name), cellsWritten, skipped };
  } finally {
    app.ScreenUpdating = updating;
  }
}
