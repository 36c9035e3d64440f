/// <reference types="office-js" />
/**
 * Reading sheets into the workbook layer's `GridSheet`s, the shape the .xlsx reader
 * produces for the CLI and the browser mode, so the ledger reader never knows which host it
 * runs in. One sync loads everything of every wanted sheet (used range values, formulas, number
 * formats, merged areas); only a sheet too large for one response falls back to dimensions
 * first and row chunks after, one sync per chunk group under the response budget (budget.ts).
 */
import type { GridSheet, GridValue } from '@ledger-review/workbook';
import { address } from '@ledger-review/workbook/xlsx/a1';
import type { SheetVisibility } from '../types';
import { DEFAULT_READ_BUDGET_BYTES, INITIAL_CELL_BYTES, ReadBudget, responseBytes } from './budget';
import { isPayloadTooLarge } from './runner';

export interface SheetListing {
  id: string;
  name: string;
  visibility: SheetVisibility;
}

export function fromExcelVisibility(v: string): SheetVisibility {
  if (v === 'Hidden') return 'hidden';
  if (v === 'VeryHidden') return 'veryHidden';
  return 'visible';
}

export function toExcelVisibility(v: SheetVisibility): 'Visible' | 'Hidden' | 'VeryHidden' {
  return v === 'hidden' ? 'Hidden' : v === 'veryHidden' ? 'VeryHidden' : 'Visible';
}

/** Every worksheet in workbook order (one sync). */
export async function listSheets(context: Excel.RequestContext): Promise<SheetListing[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/id');
  await context.sync();
  return sheets.items.map((s) => ({ id: s.id, name: s.name, visibility: fromExcelVisibility(String(s.visibility)) }));
}

/** What Office returned for one sheet, as plain arrays (the converter's input). */
export interface RawSheet {
  name: string;
  visibility: string;
  /** Null for a sheet without values. Offsets are 0-based, as Office reports them. */
  used: null | {
    rowIndex: number;
    columnIndex: number;
    values: unknown[][];
    formulas: unknown[][];
    numberFormat: unknown[][];
  };
  /** `RangeAreas.address` of the merged areas ("Sheet1!A1:C1, Sheet1!A4:N4"), or null. */
  mergedAddress?: string | null;
}

/** `'Sheet 1'!A1:C1, 'Sheet 1'!$A$4:$N$4` → ['A1:C1', 'A4:N4'] (sheet names may hold commas). */
export function parseAreaAddresses(address: string): string[] {
  const out: string[] = [];
  const re = /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?=\s*,|\s*$)/g;
  for (let m = re.exec(address); m; m = re.exec(address)) out.push(m[1].replace(/\$/g, '').toUpperCase());
  return out;
}

function gridValue(v: unknown): GridValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * A sheet read from Excel as a GridSheet: dense from A1, '' as null, formulas without `=` and
 * with `cached: true` (Excel always holds results). Text that merely looks like a formula (a
 * text-formatted "=SUM(A1)", or one typed with a leading apostrophe) reads back from
 * `range.formulas` exactly as its value, and stays a value.
 */
export function toGridSheet(raw: RawSheet): GridSheet {
  const grid: GridValue[][] = [];
  const sheet: GridSheet = { name: raw.name, state: fromExcelVisibility(raw.visibility), grid };
  const formulas = new Map<string, { formula: string; cached: boolean }>();
  const formats = new Map<string, string>();
  if (raw.used) {
    const { rowIndex, columnIndex, values } = raw.used;
    const width = columnIndex + (values[0]?.length ?? 0);
    for (let r = 0; r < rowIndex; r++) grid.push(new Array<GridValue>(width).fill(null));
    values.forEach((line, i) => {
      const row = new Array<GridValue>(width).fill(null);
      line.forEach((v, c) => {
        const value = gridValue(v);
        row[columnIndex + c] = value;
        const ref = address(rowIndex + i + 1, columnIndex + c + 1);
        const f = raw.used!.formulas[i]?.[c];
        if (typeof f === 'string' && f.startsWith('=') && f !== v) formulas.set(ref, { formula: f.slice(1), cached: true });
        const fmt = raw.used!.numberFormat[i]?.[c];
        if (value !== null && typeof fmt === 'string' && fmt !== 'General') formats.set(ref, fmt);
      });
      grid.push(row);
    });
  }
  if (formulas.size) sheet.formulas = formulas;
  if (formats.size) sheet.formats = formats;
  if (raw.mergedAddress) sheet.merges = parseAreaAddresses(raw.mergedAddress);
  return sheet;
}

export interface ReadOptions {
  /** Read merged areas (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** Cells per chunk when a sheet is too large for one response (the first guess of a budget). */
  chunkCells: number;
  /** The response budget a chunked read syncs under; a fresh one per read by default. */
  budget?: ReadBudget;
}

interface Pending {
  name: string;
  sheet: Excel.Worksheet;
  merged?: Excel.RangeAreas;
}

function queueSheet(context: Excel.RequestContext, name: string, options: ReadOptions): Pending {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.load('name,visibility');
  const merged = options.mergedAreas ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
  merged?.load('address');
  return { name, sheet, merged };
}

const mergedOf = (p: Pending) => (p.merged && !p.merged.isNullObject ? p.merged.address : null);

/** A queued sheet as a grid: its used range's position, with the cells read in one piece or in chunks. */
function gridOf(
  p: Pending & { used: Excel.Range },
  cells: { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][] },
): GridSheet {
  return toGridSheet({
    name: p.sheet.name,
    visibility: String(p.sheet.visibility),
    used: p.used.isNullObject
      ? null
      : { rowIndex: p.used.rowIndex, columnIndex: p.used.columnIndex, values: cells.values, formulas: cells.formulas, numberFormat: cells.numberFormat },
    mergedAddress: mergedOf(p),
  });
}

/**
 * Queues each named sheet with its used range (values only: formatting-only cells, such as the
 * borders of an empty template, do not stretch it), loading what `load` asks of the range; one sync.
 */
async function queueUsed(context: Excel.RequestContext, names: readonly string[], options: ReadOptions, load: (used: Excel.Range) => void) {
  const pending = names.map((name) => {
    const p = queueSheet(context, name, options);
    const used = p.sheet.getUsedRangeOrNullObject(true);
    load(used);
    return { ...p, used };
  });
  await context.sync();
  return pending;
}

/** The named sheets in one sync. Throws ItemNotFound (Office's) when one does not exist. */
export async function loadSheets(context: Excel.RequestContext, names: readonly string[], options: ReadOptions): Promise<GridSheet[]> {
  const pending = await queueUsed(context, names, options, (used) => used.load('rowIndex,columnIndex,values,formulas,numberFormat'));
  return pending.map((p) => gridOf(p, p.used));
}

/**
 * The fallback for sheets too large for one response: dimensions first (one sync), then row
 * chunks, one sync per group of chunks that fits the response budget (queuing every chunk
 * before a single sync would put them all into that one response, which Excel on the web
 * refuses over 5 MB). The budget learns from each response; a group Excel still refuses is
 * asked for again in smaller chunks, down to one row.
 */
export async function loadSheetsChunked(
  context: Excel.RequestContext,
  names: readonly string[],
  options: ReadOptions,
): Promise<GridSheet[]> {
  const pending = await queueUsed(context, names, options, (used) => used.load('rowIndex,columnIndex,rowCount,columnCount'));

  const budget =
    options.budget ??
    new ReadBudget(DEFAULT_READ_BUDGET_BYTES, Math.max(INITIAL_CELL_BYTES, Math.ceil(DEFAULT_READ_BUDGET_BYTES / options.chunkCells)));
  // This is the fallback after a whole read Excel refused: together, these cells weigh more than the cap.
  const total = pending.reduce((n, p) => n + (p.used.isNullObject ? 0 : p.used.rowCount * p.used.columnCount), 0);
  if (!options.budget) budget.atLeastRefused(total);
  const parts = pending.map(() => ({ values: [] as unknown[][], formulas: [] as unknown[][], numberFormat: [] as unknown[][] }));
  const cursor = pending.map(() => 0);
  for (;;) {
    let room = budget.cellsPerSync();
    const group: Array<{ sheet: number; first: number; rows: number; columns: number; range: Excel.Range }> = [];
    for (let i = 0; i < pending.length && room > 0; i++) {
      const used = pending[i].used;
      if (used.isNullObject) continue;
      const columns = Math.max(1, used.columnCount);
      while (cursor[i] < used.rowCount && room > 0) {
        const fit = Math.floor(room / columns);
        if (fit < 1 && group.length) break;
        const rows = Math.max(1, Math.min(used.rowCount - cursor[i], fit));
        const range = pending[i].sheet.getRangeByIndexes(used.rowIndex + cursor[i], used.columnIndex, rows, used.columnCount);
        range.load('values,formulas,numberFormat');
        group.push({ sheet: i, first: cursor[i], rows, columns, range });
        cursor[i] += rows;
        room -= rows * columns;
      }
    }
    if (!group.length) break;
    try {
      // One sync for all the chunks; the loop only retries with halved chunks when Excel refuses the payload.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (err) {
      const rows = group.reduce((n, g) => n + g.rows, 0);
      if (!isPayloadTooLarge(err) || rows <= 1) throw err;
      budget.refused(group.reduce((n, g) => n + g.rows * g.columns, 0));
      for (const g of [...group].reverse()) cursor[g.sheet] = g.first;
      continue;
    }
    let bytes = 0;
    let cells = 0;
    for (const g of group) {
      parts[g.sheet].values.push(...g.range.values);
      parts[g.sheet].formulas.push(...g.range.formulas);
      parts[g.sheet].numberFormat.push(...g.range.numberFormat);
      bytes += responseBytes(g.range.values, g.range.formulas, g.range.numberFormat);
      cells += g.rows * g.columns;
    }
    budget.observe(bytes, cells);
  }
  return pending.map((p, i) => gridOf(p, parts[i]));
}
