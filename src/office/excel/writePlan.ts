/// <reference types="office-js" />
/**
 * Writing sheet plans into the open workbook atomically.
 *
 * 1. Probe (1 sync): the sheet listing, workbook protection, defined names.
 * 2. Build every plan sheet on a new hidden temporary sheet, in batches packed by estimated
 *    payload (one sync each, whatever the sheets' row counts; a batch Excel finds too large is
 *    halved and retried). Formulas between plan sheets point at the temporary names.
 * 3. Swap (1 sync): old sheets of the same names are renamed aside, the temporaries take the
 *    names (Excel follows the renames inside every formula), the old sheets are deleted.
 *
 * A failure or an abort before the swap deletes the temporaries: the workbook is as it was. A
 * swap that fails part-way (it should not: protection is probed first) is repaired by sheet id,
 * rolling back if no old sheet was deleted yet and forward otherwise, so every sheet ends up
 * either wholly old or wholly new.
 */
import { HostError, toHostError } from '../errors';
import { requirementLabel, supports, type Capabilities } from '../requirements';
import type {
  MissingRequirement,
  SheetPlan,
  SheetVisibility,
  SkippedFeature,
  WriteOptions,
  WriteResult,
} from '../types';
import {
  blockArrays,
  columnGroups,
  indexCells,
  planDataBlocks,
  rectAddress,
  splitBlock,
  styleRects,
  type BlockOptions,
  type DataBlock,
  type Rect,
  type SheetCells,
} from './cellBlocks';
import {
  applyConditionalFormat,
  applyFormat,
  applyPrint,
  applyValidation,
  charactersToPoints,
} from './format';
import { renameSheetRefs } from './formulaRefs';
import { toExcelVisibility } from './read';
import { isPayloadTooLarge, syncBatch, type RetryPolicy } from './runner';
import type { CellFormat } from '../types';

/** Name prefixes of the writer's own sheets; any found at the start of a write are leftovers. */
export const TEMP_PREFIX = '~lr-tmp-';
export const BACKUP_PREFIX = '~lr-old-';
export const isWriterSheet = (name: string) => name.startsWith(TEMP_PREFIX) || name.startsWith(BACKUP_PREFIX);

export interface PlanWriteSettings {
  missing: readonly MissingRequirement[];
  capabilities: Capabilities;
  /** Estimated request bytes per batch (Excel on the web refuses requests over 5 MB). */
  batchBytes: number;
  /** Cells per batch, whatever their size. */
  batchCells: number;
  retry: RetryPolicy;
  /** Distinguishes this write's temporary sheets; random unless a test fixes it. */
  nonce?: string;
}

/** Rectangles formatted per batch operation (each costs a handful of property sets). */
const RECTS_PER_OP = 64;
/** Never halve a batch budget below this. */
const MIN_BATCH_BYTES = 16_000;

type SheetOf = (name: string) => Excel.Worksheet;

/** One unit of queued work; a batch is a run of consecutive operations. */
interface Op {
  /** Index of the plan sheet the operation writes. */
  sheet: number;
  bytes: number;
  /** Cells the request addresses (for the per-batch cell cap). */
  cells: number;
  /** Plan cells this operation writes (for progress). */
  planCells: number;
  queue(sheetOf: SheetOf, cache: Map<string, Excel.Worksheet>): void;
  /** Two halves of this operation, for a request Excel found too large; null if indivisible. */
  split?(): [Op, Op] | null;
}

const INVALID_NAME = /[\\/?*[\]:]/;

/** Excel compares sheet names case-insensitively. */
const nameKey = (name: string) => name.toLocaleLowerCase('en-US');

function checkNames(plans: readonly SheetPlan[]): void {
  const seen = new Set<string>();
  for (const plan of plans) {
    const name = plan.name;
    const bad =
      !name.trim() ||
      name.length > 31 ||
      INVALID_NAME.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      nameKey(name) === 'history' ||
      isWriterSheet(name) ||
      seen.has(nameKey(name));
    if (bad) throw new HostError('invalid-sheet-name', { sheet: name });
    seen.add(nameKey(name));
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new HostError('aborted');
}

function randomNonce(): string {
  return Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
}

interface Target {
  plan: SheetPlan;
  final: string;
  temp: string;
  backup: string;
  visibility: SheetVisibility;
  /** Id of the sheet of the same name the write replaces, if any. */
  oldId?: string;
  /** Id of the temporary sheet, known once it exists. */
  newId?: string;
}

function dataOp(
  sheetIndex: number,
  temp: string,
  cells: SheetCells,
  block: DataBlock,
  options: BlockOptions,
): Op {
  return {
    sheet: sheetIndex,
    bytes: block.bytes,
    cells: block.rowCount * block.columns,
    planCells: block.cells,
    queue(sheetOf) {
      const ws = sheetOf(temp);
      const arrays = blockArrays(cells, block.firstRow, block.rowCount, block.columns, options);
      const range = ws.getRange(rectAddress({ row: block.firstRow, column: 1, rows: block.rowCount, columns: block.columns }));
      // Number formats first: text meeting a text-formatted cell stays text, even `=1+1`.
      range.numberFormat = arrays.numberFormat;
      if (arrays.hasFormula) range.formulas = arrays.values;
      else range.values = arrays.values;
      for (const t of arrays.typed) {
        ws.getRange(rectAddress({ row: t.row, column: t.column, rows: 1, columns: 1 })).valuesAsJson = [
          [{ type: 'String', basicValue: t.text }],
        ];
      }
    },
    split() {
      const halves = splitBlock(cells, block, options);
      return halves ? [dataOp(sheetIndex, temp, cells, halves[0], options), dataOp(sheetIndex, temp, cells, halves[1], options)] : null;
    },
  };
}

function styleOp(sheetIndex: number, temp: string, items: Array<{ style: CellFormat; rect: Rect }>): Op {
  return {
    sheet: sheetIndex,
    // Each property set is ~100 bytes of request; a boxed rectangle sets 3 properties per edge.
    bytes: items.reduce((n, i) => n + 150 + 100 * Object.keys(i.style).length + (i.style.border ? 1800 : 0), 0),
    cells: 0,
    planCells: 0,
    queue(sheetOf) {
      const ws = sheetOf(temp);
      for (const { style, rect } of items) applyFormat(ws.getRange(rectAddress(rect)), style, rect.rows, rect.columns);
    },
    split() {
      if (items.length < 2) return null;
      const mid = Math.ceil(items.length / 2);
      return [styleOp(sheetIndex, temp, items.slice(0, mid)), styleOp(sheetIndex, temp, items.slice(mid))];
    },
  };
}

/** Widths, merges, panes, validations, highlights, filter, print setup, tab colour, protection. */
function finishOp(
  sheetIndex: number,
  target: Target,
  /** Rows holding wrapped text, to fit to their text (0: none). */
  wrappedRows: number,
  renames: ReadonlyMap<string, string>,
  missing: readonly MissingRequirement[],
  skipped: SkippedFeature[],
): Op {
  const plan = target.plan;
  const skip = (feature: SkippedFeature['feature'], requirement: string) =>
    skipped.push({ sheetName: plan.name, feature, requirement });
  const rename = (f: string) => renameSheetRefs(f, renames);
  const renameBound = (b: number | string | undefined) => (typeof b === 'string' ? rename(b) : b);

  const freeze = plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0) ? plan.freeze : undefined;
  if (freeze && !supports(missing, 'freezePanes')) skip('freeze', requirementLabel('freezePanes'));
  const validations = plan.validations ?? [];
  if (validations.length && !supports(missing, 'dataValidation')) skip('validations', requirementLabel('dataValidation'));
  const highlights = plan.conditionalFormats ?? [];
  if (highlights.length && !supports(missing, 'conditionalFormats')) {
    skip('conditionalFormats', requirementLabel('conditionalFormats'));
  }
  if (plan.autoFilter && !supports(missing, 'autoFilter')) skip('autoFilter', requirementLabel('autoFilter'));
  if (plan.print && !supports(missing, 'printSetup')) skip('print', requirementLabel('printSetup'));
  if (plan.tabColor && !supports(missing, 'tabColor')) skip('tabColor', requirementLabel('tabColor'));

  const text = [...validations.map((v) => v.errorMessage + (v.promptMessage ?? '')), ...highlights.map((h) => h.formula)];
  return {
    sheet: sheetIndex,
    bytes: 400 + text.reduce((n, t) => n + 200 + 3 * t.length, 0) + 60 * ((plan.columnWidths?.length ?? 0) + (plan.merges?.length ?? 0)),
    cells: 0,
    planCells: 0,
    queue(sheetOf) {
      const ws = sheetOf(target.temp);
      for (const g of columnGroups(plan.columnWidths ?? [])) {
        const columns = ws.getRange(g.range);
        columns.format.columnWidth = charactersToPoints(g.width);
        if (g.hidden) columns.columnHidden = true;
      }
      for (const merge of plan.merges ?? []) ws.getRange(merge).merge(false);
      // Wrapped text needs taller rows; written by the API, Excel does not always re-fit them.
      if (wrappedRows > 0) ws.getRange(`1:${wrappedRows}`).format.autofitRows();
      if (freeze && supports(missing, 'freezePanes')) {
        if (freeze.rows > 0 && freeze.columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
        else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
        else ws.freezePanes.freezeColumns(freeze.columns);
      }
      if (supports(missing, 'dataValidation')) {
        for (const v of validations) {
          applyValidation(ws, {
            ...v,
            listSource: v.listSource === undefined ? undefined : rename(v.listSource),
            min: renameBound(v.min),
            max: renameBound(v.max),
          });
        }
      }
      if (supports(missing, 'conditionalFormats')) {
        for (const cf of highlights) applyConditionalFormat(ws, { ...cf, formula: rename(cf.formula) });
      }
      if (plan.autoFilter && supports(missing, 'autoFilter')) ws.autoFilter.apply(ws.getRange(plan.autoFilter));
      if (plan.print && supports(missing, 'printSetup')) applyPrint(ws, plan.print);
      if (plan.tabColor && supports(missing, 'tabColor')) ws.tabColor = plan.tabColor;
      // Last: nothing can be written into the sheet once it is protected.
      if (plan.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true });
    },
  };
}

interface Listing {
  id: string;
  name: string;
}

/** Renders `plans` into the workbook of `context` (see the module comment). */
export async function writePlans(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  definedNames: ReadonlyArray<{ name: string; ref: string }>,
  settings: PlanWriteSettings,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const { signal, onProgress } = options;
  const { retry, missing } = settings;
  checkNames(plans);
  throwIfAborted(signal);
  if (plans.length === 0) return { sheetsWritten: [], cellsWritten: 0, skipped: [] };

  // 1. Probe.
  let listing: Listing[] = [];
  let workbookProtected = false;
  let existingNames = new Set<string>();
  {
    let sheets!: Excel.WorksheetCollection;
    let protection!: Excel.WorkbookProtection;
    let names: Excel.NamedItemCollection | undefined;
    await syncBatch(
      context,
      () => {
        sheets = context.workbook.worksheets;
        sheets.load('items/name,items/id');
        protection = context.workbook.protection;
        protection.load('protected');
        names = definedNames.length ? context.workbook.names : undefined;
        names?.load('items/name');
      },
      retry,
    );
    listing = sheets.items.map((s) => ({ id: s.id, name: s.name }));
    workbookProtected = protection.protected;
    existingNames = new Set((names?.items ?? []).map((n) => n.name.toUpperCase()));
  }
  if (workbookProtected) throw new HostError('workbook-protected');

  const nonce = settings.nonce ?? randomNonce();
  const byName = new Map(listing.map((s, index) => [nameKey(s.name), { ...s, index }]));
  const targets: Target[] = plans.map((plan, i) => ({
    plan,
    final: plan.name,
    temp: `${TEMP_PREFIX}${nonce}-${i}`,
    backup: `${BACKUP_PREFIX}${nonce}-${i}`,
    visibility: plan.visibility ?? 'visible',
    oldId: byName.get(nameKey(plan.name))?.id,
  }));
  const leftovers = listing.filter((s) => isWriterSheet(s.name)).map((s) => s.name);
  const replacedIndexes = targets.map((t) => byName.get(nameKey(t.final))?.index).filter((i): i is number => i !== undefined);
  // The new sheets go where the first replaced one was (or stay at the end, in plan order).
  let insertAt: number | undefined;
  if (replacedIndexes.length) {
    const first = Math.min(...replacedIndexes);
    const isTarget = new Set(targets.filter((t) => t.oldId).map((t) => t.oldId));
    insertAt = listing.slice(0, first).filter((s) => !isTarget.has(s.id) && !isWriterSheet(s.name)).length;
  }

  // 2. Operations, in order.
  const renames = new Map(targets.map((t) => [t.final, t.temp]));
  const blockOptions: BlockOptions = { renames, typedStrings: settings.capabilities.typedStrings };
  const skipped: SkippedFeature[] = [];
  const created: Excel.Worksheet[] = [];
  const ops: Op[] = [
    {
      sheet: 0,
      bytes: 200 * (targets.length + leftovers.length),
      cells: 0,
      planCells: 0,
      queue(_sheetOf, cache) {
        const sheets = context.workbook.worksheets;
        for (const name of leftovers) sheets.getItem(name).delete();
        targets.forEach((t, i) => {
          const sheet = sheets.add(t.temp);
          // Hidden while being built: no tab flickers in, and a failed write leaves nothing in sight.
          sheet.visibility = 'Hidden';
          sheet.load('id');
          created[i] = sheet;
          cache.set(t.temp, sheet);
        });
      },
    },
  ];
  const totals: number[] = [];
  targets.forEach((target, i) => {
    const cells = indexCells(target.plan.cells);
    totals.push(cells.count);
    for (const block of planDataBlocks(cells, settings.batchBytes, settings.batchCells, blockOptions)) {
      ops.push(dataOp(i, target.temp, cells, block, blockOptions));
    }
    const items = styleRects(cells).flatMap(({ style, rects }) => rects.map((rect) => ({ style, rect })));
    for (let k = 0; k < items.length; k += RECTS_PER_OP) ops.push(styleOp(i, target.temp, items.slice(k, k + RECTS_PER_OP)));
    const wrapped = target.plan.cells.some((c) => c.style?.wrap) ? cells.rows : 0;
    ops.push(finishOp(i, target, wrapped, renames, missing, skipped));
  });

  // Batches.
  const written = targets.map(() => 0);
  let budget = settings.batchBytes;
  const queueOps = (batch: readonly Op[]) => {
    const cache = new Map<string, Excel.Worksheet>();
    const sheetOf: SheetOf = (name) => {
      let sheet = cache.get(name);
      if (!sheet) cache.set(name, (sheet = context.workbook.worksheets.getItem(name)));
      return sheet;
    };
    for (const op of batch) op.queue(sheetOf, cache);
  };
  const flush = async (batch: Op[]): Promise<void> => {
    throwIfAborted(signal);
    try {
      await syncBatch(context, () => queueOps(batch), retry);
    } catch (err) {
      if (!isPayloadTooLarge(err)) throw toHostError(err, { sheet: targets[batch[0].sheet].final });
      // Too large after all: later batches get half the budget, this one is sent in halves.
      budget = Math.max(MIN_BATCH_BYTES, Math.floor(budget / 2));
      const halves: Op[][] | null =
        batch.length > 1
          ? [batch.slice(0, Math.ceil(batch.length / 2)), batch.slice(Math.ceil(batch.length / 2))]
          : batch[0].split?.()?.map((op) => [op]) ?? null;
      if (!halves) throw toHostError(err);
      for (const half of halves) await flush(half);
      return;
    }
    for (const op of batch) written[op.sheet] += op.planCells;
    const last = batch[batch.length - 1].sheet;
    onProgress?.({
      sheetName: targets[last].final,
      sheetIndex: last + 1,
      sheetCount: targets.length,
      cellsWritten: written[last],
      cellsTotal: totals[last],
    });
  };

  try {
    let batch: Op[] = [];
    let bytes = 0;
    let cells = 0;
    for (const op of ops) {
      if (batch.length && (bytes + op.bytes > budget || cells + op.cells > settings.batchCells)) {
        await flush(batch);
        batch = [];
        bytes = 0;
        cells = 0;
      }
      batch.push(op);
      bytes += op.bytes;
      cells += op.cells;
    }
    if (batch.length) await flush(batch);
    throwIfAborted(signal);
  } catch (err) {
    await removeSheets(context, targets.map((t) => t.temp), retry);
    throw toHostError(err);
  }
  targets.forEach((t, i) => (t.newId = created[i].id));

  // 3. Swap.
  try {
    await syncBatch(context, () => queueSwap(context, targets, insertAt, definedNames, existingNames), retry);
  } catch (err) {
    await repairSwap(context, targets, retry);
    throw toHostError(err);
  }
  return {
    sheetsWritten: targets.map((t) => t.final),
    cellsWritten: totals.reduce((a, b) => a + b, 0),
    skipped,
  };
}

function queueSwap(
  context: Excel.RequestContext,
  targets: readonly Target[],
  insertAt: number | undefined,
  definedNames: ReadonlyArray<{ name: string; ref: string }>,
  existingNames: ReadonlySet<string>,
): void {
  const sheets = context.workbook.worksheets;
  // By id: names change within this very request.
  const news = targets.map((t) => sheets.getItem(t.newId!));
  const olds = targets.map((t) => (t.oldId ? sheets.getItem(t.oldId) : undefined));
  // Visible ones first, so the workbook never runs out of visible sheets while old ones go.
  targets.forEach((t, i) => {
    if (t.visibility === 'visible') news[i].visibility = 'Visible';
  });
  targets.forEach((t, i) => {
    if (t.visibility === 'veryHidden') news[i].visibility = toExcelVisibility('veryHidden');
  });
  targets.forEach((t, i) => {
    if (olds[i]) olds[i]!.name = t.backup;
  });
  targets.forEach((t, i) => (news[i].name = t.final));
  for (const old of olds) old?.delete();
  if (insertAt !== undefined) news.forEach((sheet, i) => (sheet.position = insertAt + i));
  for (const dn of definedNames) {
    if (existingNames.has(dn.name.toUpperCase())) context.workbook.names.getItem(dn.name).delete();
    context.workbook.names.add(dn.name, dn.ref.startsWith('=') ? dn.ref : `=${dn.ref}`);
  }
  const active = targets.findIndex((t) => t.plan.activate && t.visibility === 'visible');
  if (active >= 0) news[active].activate();
}

/** Deletes whichever of the named sheets exist. Best effort: the prefix marks any survivor. */
async function removeSheets(context: Excel.RequestContext, names: readonly string[], retry: RetryPolicy): Promise<void> {
  try {
    let probes: Excel.Worksheet[] = [];
    await syncBatch(
      context,
      () => {
        probes = names.map((name) => {
          const probe = context.workbook.worksheets.getItemOrNullObject(name);
          probe.load('name');
          return probe;
        });
      },
      retry,
    );
    const present = names.filter((_, i) => !probes[i].isNullObject);
    if (present.length) {
      await syncBatch(context, () => present.forEach((name) => context.workbook.worksheets.getItem(name).delete()), retry);
    }
  } catch {
    // The next write deletes sheets with the writer's prefix; the original error matters more.
  }
}

/**
 * After a failed swap: if any old sheet is already gone, finish the swap (roll forward);
 * otherwise undo it (roll back). Either way each sheet is wholly old or wholly new.
 */
async function repairSwap(context: Excel.RequestContext, targets: readonly Target[], retry: RetryPolicy): Promise<void> {
  try {
    let sheets!: Excel.WorksheetCollection;
    await syncBatch(
      context,
      () => {
        sheets = context.workbook.worksheets;
        sheets.load('items/name,items/id');
      },
      retry,
    );
    const nameOf = new Map(sheets.items.map((s) => [s.id, s.name]));
    const rollForward = targets.some((t) => t.oldId && !nameOf.has(t.oldId));
    await syncBatch(
      context,
      () => {
        const ws = context.workbook.worksheets;
        if (rollForward) {
          for (const t of targets) if (t.oldId && nameOf.has(t.oldId)) ws.getItem(t.oldId).delete();
          for (const t of targets) {
            const sheet = nameOf.has(t.newId!) ? ws.getItem(t.newId!) : undefined;
            if (!sheet) continue;
            if (nameOf.get(t.newId!) !== t.final) sheet.name = t.final;
            sheet.visibility = toExcelVisibility(t.visibility);
          }
        } else {
          for (const t of targets) if (nameOf.has(t.newId!)) ws.getItem(t.newId!).delete();
          for (const t of targets) {
            if (t.oldId && nameOf.get(t.oldId) !== t.final) ws.getItem(t.oldId).name = t.final;
          }
        }
      },
      retry,
    );
  } catch {
    // Nothing more can be done from here; the original error is reported.
  }
}
