/// <reference types="office-js" />
/**
 * HostOps implemented with Office.js: the only module (with src/office/excel/ and the ribbon
 * commands) that touches Excel.
 *
 * Habits: one `Excel.run` per user action; reads and writes are queued and synced in
 * batches, never once per row; large requests are chunked by payload because Excel on the web
 * caps one request at 5 MB; strings are written as text; output is built on new sheets and
 * swapped in, so a failed write leaves nothing half-done. Round trips per action:
 *
 *   readWorkbookGrids()        2 (listing, everything)
 *   readWorkbookGrids(names)   1 once the host has seen a listing, else 2
 *   writeMarks                 1
 *   selectCell                 1
 *   writeWorkbookPlan          1 + one per payload-sized batch + 1
 *
 * so live validation of an edit costs 2 and a full validation 3. Excel refusing a request
 * because the user is typing in a cell is retried with growing pauses before it is reported.
 */
import { MARKS_SHEET, type GridSheet } from '@ledger-review/workbook';
import { HostError, OFFICE_CODES, officeCode, toHostError } from './errors';
import { fromWorkbookPlan } from './fromWorkbookPlan';
import { FEATURE_REQUIREMENTS, NO_CAPABILITIES, supports, type Capabilities } from './requirements';
import type { HostOps, MissingRequirement, SheetVisibility, Unsubscribe } from './types';
import { ReadBudget } from './excel/budget';
import { subscribeActivation, subscribeLedgerChanges, subscribeLedgerSelection } from './excel/events';
import { marksGrid, queueMarks } from './excel/marks';
import { listSheets, loadSheets, loadSheetsChunked, type ReadOptions } from './excel/read';
import {
  ACTION_RUN_OPTIONS,
  DEFAULT_RETRY,
  isPayloadTooLarge,
  retryCellEdit,
  type ExcelRunner,
  type RetryPolicy,
} from './excel/runner';
import { readTables } from './excel/tables';
import { isWriterSheet, writePlans } from './excel/writePlan';

export type { ExcelRunner, RetryPolicy };

export interface ExcelHostOptions {
  excel: ExcelRunner;
  /** Features the running Excel lacks (from `missingRequirements`). */
  missing: readonly MissingRequirement[];
  /** Newer APIs used when present (from `capabilitiesOf`); none by default. */
  capabilities?: Capabilities;
  /** Cells per chunk when a sheet is too large to read in one response. */
  readChunkCells?: number;
  /** Estimated request bytes per write batch; well below Excel on the web's 5 MB cap. */
  writeBatchBytes?: number;
  /** Cells per write batch. */
  writeBatchCells?: number;
  /** Pauses while Excel is in cell-edit mode. */
  retry?: RetryPolicy;
  /** Fixes the temporary sheet names of writes (tests). */
  nonce?: () => string;
  /** `Office.onReady`'s platform (`OfficeOnline`, `PC`, `Mac`): undo support differs by platform. */
  platform?: string;
  /** Response bytes a read aims at per sync (Excel on the web refuses over 5 MB). */
  readBudgetBytes?: number;
}

const DEFAULT_READ_CHUNK_CELLS = 50_000;

/** Base64 of bytes, in slices (a spread of a large array would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
const DEFAULT_WRITE_BATCH_BYTES = 1_500_000;
const DEFAULT_WRITE_BATCH_CELLS = 60_000;

export function createExcelHost(options: ExcelHostOptions): HostOps {
  const { excel, missing } = options;
  const capabilities = options.capabilities ?? NO_CAPABILITIES;
  const retry = options.retry ?? DEFAULT_RETRY;
  const readOptions: ReadOptions = {
    mergedAreas: capabilities.mergedAreas,
    chunkCells: options.readChunkCells ?? DEFAULT_READ_CHUNK_CELLS,
  };
  // Sheets seen in the last listing, so a named read or a marks write needs no listing round
  // trip of its own. Stale knowledge costs one more round trip, never a wrong result.
  let known: Map<string, SheetVisibility> | undefined;

  /** One user action: an idempotent `Excel.run`, held by Excel while the user edits a cell, re-run if refused. */
  const action = <T>(batch: (context: Excel.RequestContext) => Promise<T>, hints: { sheet?: string } = {}) =>
    retryCellEdit(() => excel.run(ACTION_RUN_OPTIONS, batch), retry).catch((err: unknown) => {
      throw toHostError(err, hints);
    });

  /**
   * Whether a plan write can be one undo step: ExcelApi 1.20 undo groups, on Excel on the web
   * (where renaming, hiding and moving sheets support undo; on Windows and Mac they do not), and
   * only when no sheet is replaced (deleting a sheet never supports undo). "Undo support with the
   * Excel JavaScript API", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities.
   */
  const canGroupUndo = (sheetNames: readonly string[]) => {
    if (!capabilities.undoGroups || options.platform !== 'OfficeOnline' || !known) return false;
    const lower = new Set([...known.keys()].map((n) => n.toLocaleLowerCase('en-US')));
    return (
      !sheetNames.some((n) => lower.has(n.toLocaleLowerCase('en-US'))) && ![...known.keys()].some((n) => isWriterSheet(n))
    );
  };

  const requireLive = () => {
    if (!supports(missing, 'liveValidation')) {
      throw new HostError('requirement-missing', {
        feature: 'liveValidation',
        version: FEATURE_REQUIREMENTS.liveValidation,
      });
    }
  };

  /**
   * A live-validation subscription: refused without the requirement set, retried while a cell is
   * being edited, and its errors (also the unsubscribe's) as HostErrors.
   */
  const subscribe = async (start: () => Promise<Unsubscribe>): Promise<Unsubscribe> => {
    requireLive();
    const unsubscribe = await retryCellEdit(start, retry).catch((err: unknown) => {
      throw toHostError(err);
    });
    return () =>
      unsubscribe().catch((err: unknown) => {
        throw toHostError(err);
      });
  };

  const createWorkbook = capabilities.createWorkbook && excel.createWorkbook ? excel.createWorkbook.bind(excel) : undefined;

  return {
    missing: missing.map((m) => m.feature),

    openWorkbook: createWorkbook
      ? async (bytes) => {
          try {
            await createWorkbook(toBase64(bytes));
          } catch (err) {
            throw toHostError(err);
          }
        }
      : undefined,

    readWorkbookGrids: (names) =>
      action(async (context) => {
        const listAndPick = async (): Promise<string[]> => {
          const listing = await listSheets(context);
          known = new Map(listing.map((s) => [s.name, s.visibility]));
          if (names) return names.filter((n) => known!.has(n));
          return listing.filter((s) => s.name !== MARKS_SHEET && !isWriterSheet(s.name)).map((s) => s.name);
        };
        const load = async (wanted: string[]): Promise<GridSheet[]> => {
          if (wanted.length === 0) return [];
          try {
            return await loadSheets(context, wanted, readOptions);
          } catch (err) {
            if (isPayloadTooLarge(err)) return loadSheetsChunked(context, wanted, readOptions);
            throw err;
          }
        };
        if (!names) return load(await listAndPick());
        const unique = [...new Set(names)];
        try {
          return await load(known ? unique.filter((n) => known!.has(n)) : unique);
        } catch (err) {
          // A named sheet is not there (none listed yet, or deleted since): list, then read.
          if (officeCode(err) !== OFFICE_CODES.itemNotFound) throw err;
          return load(await listAndPick());
        }
      }),

    listSheetNames: () =>
      action(async (context) => {
        const listing = await listSheets(context);
        known = new Map(listing.map((s) => [s.name, s.visibility]));
        return listing.filter((s) => !isWriterSheet(s.name)).map((s) => s.name);
      }),

    readTables: (reads) =>
      action(async (context) => {
        if (!known) {
          const listing = await listSheets(context);
          known = new Map(listing.map((s) => [s.name, s.visibility]));
        }
        return readTables(context, reads, new Set(known.keys()), {
          findAll: capabilities.findAll === true,
          budget: new ReadBudget(options.readBudgetBytes),
        });
      }),

    writeMarks: async (marks) => {
      const grid = marksGrid(marks);
      let creating = false;
      try {
        await retryCellEdit(
          () =>
            excel.run(ACTION_RUN_OPTIONS, async (context) => {
              creating = known !== undefined && !known.has(MARKS_SHEET);
              try {
                queueMarks(context, grid, creating);
                await context.sync();
              } catch (err) {
                // What the host knew was stale: the sheet is missing (an older ledger) or exists.
                const code = officeCode(err);
                const retryWith =
                  !creating && code === OFFICE_CODES.itemNotFound
                    ? true
                    : creating && code === OFFICE_CODES.itemAlreadyExists
                      ? false
                      : undefined;
                if (retryWith === undefined) throw err;
                creating = retryWith;
                queueMarks(context, grid, creating);
                await context.sync();
              }
              known?.set(MARKS_SHEET, 'veryHidden');
            }),
          retry,
        );
      } catch (err) {
        // Adding a sheet is refused when the workbook structure is protected.
        if (creating && officeCode(err) === OFFICE_CODES.accessDenied) throw new HostError('workbook-protected');
        throw toHostError(err, { sheet: MARKS_SHEET });
      }
    },

    selectCell: (sheetName, address) =>
      action(
        async (context) => {
          const sheet = context.workbook.worksheets.getItem(sheetName);
          sheet.activate();
          sheet.getRange(address).select();
          await context.sync();
        },
        { sheet: sheetName },
      ),

    writeWorkbookPlan: async (plan, writeOptions) => {
      const sheets = fromWorkbookPlan(plan);
      const write = (context: Excel.RequestContext) =>
        writePlans(
          context,
          sheets,
          plan.definedNames ?? [],
          {
            missing,
            capabilities,
            batchBytes: options.writeBatchBytes ?? DEFAULT_WRITE_BATCH_BYTES,
            batchCells: options.writeBatchCells ?? DEFAULT_WRITE_BATCH_CELLS,
            retry,
            nonce: options.nonce?.(),
          },
          writeOptions,
        );
      try {
        if (canGroupUndo(sheets.map((s) => s.name))) {
          try {
            const result = await excel.run({ ...ACTION_RUN_OPTIONS, mergeUndoGroup: true }, write);
            return { ...result, oneUndoStep: true };
          } catch (err) {
            // Something in it had no undo support after all: the failed write left nothing
            // behind (temporaries are removed), so write again the ordinary way.
            if (officeCode(err) !== OFFICE_CODES.undoNotSupported) throw err;
          }
        }
        return await excel.run(ACTION_RUN_OPTIONS, write);
      } catch (err) {
        throw toHostError(err);
      } finally {
        known = undefined;
      }
    },

    onLedgerChanged: (callback) => subscribe(() => subscribeLedgerChanges(excel, callback)),
    onLedgerSelection: (callback) => subscribe(() => subscribeLedgerSelection(excel, callback)),
    onActivated: (callback) => subscribe(() => subscribeActivation(excel, callback, capabilities.workbookActivated)),
  };
}
