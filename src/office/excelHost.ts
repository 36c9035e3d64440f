/// <reference types="office-js" />
/**
 * HostOps implemented with Office.js. The only module (with commands) that touches Excel.
 *
 * Habits (STYLE.md): one `Excel.run` per user action; reads and writes are queued and synced in
 * batches, never once per cell; large ranges are read and written in chunks because Excel on
 * the web caps one request at 5 MB; strings are written as text; output sheets are cleared and
 * rewritten rather than deleted, so formulas elsewhere that point at them do not turn into #REF!.
 */
import { cellAddress, parseCell, rangeAddress } from './a1';
import { HostError, toHostError } from './errors';
import { supports } from './requirements';
import type {
  CellFormat,
  CellWrite,
  ConditionalFormatWrite,
  DataValidationWrite,
  Grid,
  HostOps,
  LedgerChange,
  MissingRequirement,
  SheetGrid,
  SheetInfo,
  SheetPlan,
  SheetVisibility,
  SkippedFeature,
  Unsubscribe,
  WriteProgress,
  WriteResult,
} from './types';

/** The two `Excel.run` overloads the host uses; the real `Excel` namespace satisfies it. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(
    object: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T>;
}

export interface ExcelHostOptions {
  excel: ExcelRunner;
  /** Features the running Excel lacks (from `missingRequirements`). */
  missing: readonly MissingRequirement[];
  /** Cells read per chunk; keeps each response well under Excel on the web's 5 MB cap. */
  readChunkCells?: number;
  /** Cells written per `context.sync()`. */
  writeBatchCells?: number;
}

const DEFAULT_READ_CHUNK_CELLS = 50_000;
const DEFAULT_WRITE_BATCH_CELLS = 4_000;
/** Rough payload budget per write batch (UTF-16 characters), below the 5 MB request cap. */
const WRITE_BATCH_CHARS = 1_000_000;
const BORDER_COLOR = '#BFBFBF';

export function createExcelHost(options: ExcelHostOptions): HostOps {
  const { excel, missing } = options;
  const readChunkCells = options.readChunkCells ?? DEFAULT_READ_CHUNK_CELLS;
  const writeBatchCells = options.writeBatchCells ?? DEFAULT_WRITE_BATCH_CELLS;

  const guard = async <T>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (err) {
      throw toHostError(err);
    }
  };

  return {
    readActiveLedger: () =>
      guard(() =>
        excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          return readWorksheet(context, sheet, readChunkCells);
        }),
      ),

    readSheet: (name) =>
      guard(() =>
        excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItemOrNullObject(name);
          sheet.load('name');
          await context.sync();
          if (sheet.isNullObject) throw new HostError('sheet-not-found', { sheet: name });
          return readWorksheet(context, sheet, readChunkCells);
        }),
      ),

    listSheets: () =>
      guard(() =>
        excel.run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load('items/name,items/visibility');
          await context.sync();
          return sheets.items.map((s): SheetInfo => ({
            name: s.name,
            visibility: fromExcelVisibility(String(s.visibility)),
          }));
        }),
      ),

    selectCell: (sheetName, address) =>
      guard(() =>
        excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
          sheet.load('name');
          await context.sync();
          if (sheet.isNullObject) throw new HostError('sheet-not-found', { sheet: sheetName });
          sheet.activate();
          sheet.getRange(address).select();
          await context.sync();
        }),
      ),

    writeSheets: (plans, onProgress, signal) =>
      guard(() =>
        excel.run((context) => writePlans(context, plans, missing, writeBatchCells, onProgress, signal)),
      ),

    onLedgerChanged: async (callback) => {
      if (!supports(missing, 'liveValidation')) {
        throw new HostError('requirement-missing', { feature: 'liveValidation', version: '1.7' });
      }
      const subscription = await guard(() =>
        excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          sheet.load('name');
          await context.sync();
          const sheetName = sheet.name;
          const handler = sheet.onChanged.add(async (event) => {
            const change: LedgerChange = {
              sheetName,
              address: event.address,
              changeType: String(event.changeType),
              source: String(event.source),
            };
            callback(change);
          });
          await context.sync();
          return handler;
        }),
      );
      const unsubscribe: Unsubscribe = () =>
        guard(() =>
          // A handler can only be removed in the request context it was added in.
          excel.run(subscription.context, async (context) => {
            subscription.remove();
            await context.sync();
          }),
        );
      return unsubscribe;
    },
  };
}

/** Reads the used range in row chunks (queued together, one sync) and pads it to start at A1. */
async function readWorksheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  chunkCells: number,
): Promise<SheetGrid> {
  sheet.load('name');
  // valuesOnly: formatting-only cells (borders of an empty template) do not stretch the grid.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  const sheetName = sheet.name;
  if (used.isNullObject) return { sheetName, grid: [], formulas: {} };

  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const rowsPerChunk = Math.max(1, Math.floor(chunkCells / Math.max(1, columnCount)));
  const chunks: Array<{ firstRow: number; range: Excel.Range }> = [];
  for (let first = 0; first < rowCount; first += rowsPerChunk) {
    const count = Math.min(rowsPerChunk, rowCount - first);
    const range = sheet.getRangeByIndexes(rowIndex + first, columnIndex, count, columnCount);
    range.load('values,formulas');
    chunks.push({ firstRow: first, range });
  }
  await context.sync();

  const width = columnIndex + columnCount;
  const grid: Grid = [];
  for (let r = 0; r < rowIndex; r++) grid.push(new Array<unknown>(width).fill(null));
  const formulas: Record<string, string> = {};
  for (const { firstRow, range } of chunks) {
    const values = range.values;
    const formulaTexts = range.formulas;
    for (let i = 0; i < values.length; i++) {
      const row = new Array<unknown>(width).fill(null);
      for (let c = 0; c < columnCount; c++) {
        const value = values[i][c];
        // Office reports an empty cell as ''; null is the grid's "empty" so layouts need one test.
        row[columnIndex + c] = value === '' ? null : value;
        const f = formulaTexts[i]?.[c];
        if (typeof f === 'string' && f.startsWith('=')) {
          formulas[cellAddress(rowIndex + firstRow + i + 1, columnIndex + c + 1)] = f;
        }
      }
      grid.push(row);
    }
  }
  return { sheetName, grid, formulas };
}

function fromExcelVisibility(v: string): SheetVisibility {
  if (v === 'Hidden') return 'hidden';
  if (v === 'VeryHidden') return 'veryHidden';
  return 'visible';
}

function toExcelVisibility(v: SheetVisibility): 'Visible' | 'Hidden' | 'VeryHidden' {
  return v === 'hidden' ? 'Hidden' : v === 'veryHidden' ? 'VeryHidden' : 'Visible';
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new HostError('aborted');
}

/** A horizontal run of adjacent cells in one row written with one range call. */
interface CellRun {
  row: number;
  column: number;
  cells: CellWrite[];
  kind: 'formula' | 'value' | 'format';
  style?: CellFormat;
}

function cellKind(cell: CellWrite): CellRun['kind'] {
  if (cell.formula !== undefined) return 'formula';
  if (cell.value !== undefined) return 'value';
  return 'format';
}

/**
 * Groups a plan's cells into row runs of the same kind and style, so a 40×14 ledger block costs
 * a few dozen range calls instead of 560. Later cells for the same address win.
 */
export function groupCellRuns(cells: readonly CellWrite[]): CellRun[] {
  const byAddress = new Map<string, { row: number; column: number; cell: CellWrite }>();
  for (const cell of cells) {
    const { row, column } = parseCell(cell.address);
    byAddress.set(cellAddress(row, column), { row, column, cell });
  }
  const sorted = [...byAddress.values()].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: CellRun[] = [];
  let current: (CellRun & { styleKey: string }) | undefined;
  for (const { row, column, cell } of sorted) {
    const kind = cellKind(cell);
    const styleKey = cell.style ? JSON.stringify(cell.style) : '';
    if (
      current &&
      current.row === row &&
      current.column + current.cells.length === column &&
      current.kind === kind &&
      current.styleKey === styleKey
    ) {
      current.cells.push(cell);
      continue;
    }
    current = { row, column, cells: [cell], kind, style: cell.style, styleKey };
    runs.push(current);
  }
  return runs.map(({ row, column, cells: runCells, kind, style }) => ({
    row,
    column,
    cells: runCells,
    kind,
    style,
  }));
}

function numberFormatOf(cell: CellWrite): string {
  if (cell.formula === undefined && typeof cell.value === 'string') return '@';
  return cell.numFmt ?? 'General';
}

function runChars(run: CellRun): number {
  let n = 0;
  for (const c of run.cells) {
    n += 16 + (c.formula?.length ?? 0) + (typeof c.value === 'string' ? c.value.length : 0);
  }
  return n;
}

function writeRun(sheet: Excel.Worksheet, run: CellRun): void {
  const range = sheet.getRange(rangeAddress(run.row, run.column, 1, run.cells.length));
  const hasNumberFormat = run.cells.some((c) => c.numFmt !== undefined || typeof c.value === 'string');
  // Number formats go first: a string meeting a text-formatted cell stays text, even `=1+1`.
  if (hasNumberFormat) range.numberFormat = [run.cells.map(numberFormatOf)];
  if (run.kind === 'formula') {
    range.formulas = [run.cells.map((c) => `=${c.formula ?? ''}`)];
  } else if (run.kind === 'value') {
    range.values = [run.cells.map((c) => (c.value === null || c.value === undefined ? '' : c.value))];
  }
  if (run.style) applyFormat(range, run.style, run.cells.length > 1);
}

function applyFormat(range: Excel.Range, style: CellFormat, multiColumn: boolean): void {
  const format = range.format;
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
    format.verticalAlignment =
      style.vertical === 'top' ? 'Top' : style.vertical === 'center' ? 'Center' : 'Bottom';
  }
  if (style.border) {
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (multiColumn) edges.push('InsideVertical');
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

function applyValidation(sheet: Excel.Worksheet, v: DataValidationWrite): void {
  const dv = sheet.getRange(v.range).dataValidation;
  dv.clear();
  dv.rule = validationRule(v);
  dv.ignoreBlanks = v.allowBlank;
  dv.errorAlert = { showAlert: true, style: 'Stop', title: v.errorTitle, message: v.errorMessage };
  if (v.promptMessage) {
    dv.prompt = { showPrompt: true, title: v.promptTitle ?? '', message: v.promptMessage };
  }
}

function applyConditionalFormat(sheet: Excel.Worksheet, cf: ConditionalFormatWrite): void {
  const added = sheet.getRange(cf.range).conditionalFormats.add('Custom');
  added.custom.rule.formula = `=${cf.formula}`;
  if (cf.fill) added.custom.format.fill.color = cf.fill;
  if (cf.fontColor) added.custom.format.font.color = cf.fontColor;
}

async function writePlans(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  missing: readonly MissingRequirement[],
  batchCells: number,
  onProgress: ((p: WriteProgress) => void) | undefined,
  signal: AbortSignal | undefined,
): Promise<WriteResult> {
  throwIfAborted(signal);
  const result: WriteResult = { sheetsWritten: [], cellsWritten: 0, skipped: [] };

  // Probe every target sheet in one round trip.
  const probes = plans.map((plan) => {
    const probe = context.workbook.worksheets.getItemOrNullObject(plan.name);
    probe.load('name');
    return probe;
  });
  await context.sync();

  for (let index = 0; index < plans.length; index++) {
    const plan = plans[index];
    throwIfAborted(signal);
    const skip = (feature: SkippedFeature['feature'], requirement: string) =>
      result.skipped.push({ sheetName: plan.name, feature, requirement });

    let sheet: Excel.Worksheet;
    if (probes[index].isNullObject) {
      sheet = context.workbook.worksheets.add(plan.name);
    } else {
      sheet = probes[index];
      // An unprotected sheet ignores unprotect(); a password-protected one throws, as it should.
      sheet.protection.unprotect();
      if ((plan.mode ?? 'replace') === 'replace') {
        const all = sheet.getRange();
        all.clear('All');
        all.unmerge();
        if (supports(missing, 'conditionalFormats')) all.conditionalFormats.clearAll();
        if (supports(missing, 'dataValidation')) all.dataValidation.clear();
        if (supports(missing, 'freezePanes')) sheet.freezePanes.unfreeze();
      }
    }

    const runs = groupCellRuns(plan.cells);
    const cellsTotal = runs.reduce((n, r) => n + r.cells.length, 0);
    let cellsWritten = 0;
    let batchCount = 0;
    let batchChars = 0;
    const report = () =>
      onProgress?.({
        sheetName: plan.name,
        sheetIndex: index + 1,
        sheetCount: plans.length,
        cellsWritten,
        cellsTotal,
      });
    for (const run of runs) {
      writeRun(sheet, run);
      batchCount += run.cells.length;
      batchChars += runChars(run);
      cellsWritten += run.cells.length;
      if (batchCount >= batchCells || batchChars >= WRITE_BATCH_CHARS) {
        await context.sync();
        report();
        throwIfAborted(signal);
        batchCount = 0;
        batchChars = 0;
      }
    }

    for (const { column, width } of plan.columnWidths ?? []) {
      sheet.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(width);
    }
    for (const merge of plan.merges ?? []) sheet.getRange(merge).merge(false);
    if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
      if (!supports(missing, 'freezePanes')) skip('freeze', 'ExcelApi 1.7');
      else if (plan.freeze.rows > 0 && plan.freeze.columns > 0) {
        sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, plan.freeze.rows, plan.freeze.columns));
      } else if (plan.freeze.rows > 0) sheet.freezePanes.freezeRows(plan.freeze.rows);
      else sheet.freezePanes.freezeColumns(plan.freeze.columns);
    }
    if (plan.validations?.length) {
      if (!supports(missing, 'dataValidation')) skip('validations', 'ExcelApi 1.8');
      else for (const v of plan.validations) applyValidation(sheet, v);
    }
    if (plan.conditionalFormats?.length) {
      if (!supports(missing, 'conditionalFormats')) skip('conditionalFormats', 'ExcelApi 1.6');
      else for (const cf of plan.conditionalFormats) applyConditionalFormat(sheet, cf);
    }
    if (plan.tabColor) {
      if (!supports(missing, 'tabColor')) skip('tabColor', 'ExcelApi 1.7');
      else sheet.tabColor = plan.tabColor;
    }
    if (plan.protect)
      sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true });
    if (plan.visibility) sheet.visibility = toExcelVisibility(plan.visibility);
    if (plan.activate && (plan.visibility ?? 'visible') === 'visible') sheet.activate();
    await context.sync();
    report();
    result.sheetsWritten.push(plan.name);
    result.cellsWritten += cellsWritten;
  }
  return result;
}
