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
import { subscribeActivation, subscribeLedgerChanges } from './excel/events';
import { marksGrid, queueMarks } from './excel/marks';
import { listSheets, loadSheets, loadSheetsChunked, type ReadOptions } from './excel/read';
import { DEFAULT_RETRY, isPayloadTooLarge, retryCellEdit, type ExcelRunner, type RetryPolicy } from './excel/runner';
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
}

const DEFAULT_READ_CHUNK_CELLS = 50_000;
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

  /** One user action: an idempotent `Excel.run`, re-run while Excel is in cell-edit mode. */
  const action = <T>(batch: (context: Excel.RequestContext) => Promise<T>, hints: { sheet?: string } = {}) =>
    retryCellEdit(() => excel.run(batch), retry).catch((err: unknown) => {
      throw toHostError(err, hints);
    });

  const requireLive = () => {
    if (!supports(missing, 'liveValidation')) {
      throw new HostError('requirement-missing', {
        feature: 'liveValidation',
        version: FEATURE_REQUIREMENTS.liveValidation,
      });
    }
  };

  const guardUnsubscribe =
    (unsubscribe: Unsubscribe): Unsubscribe =>
    () =>
      unsubscribe().catch((err: unknown) => {
        throw toHostError(err);
      });

  return {
    missing: missing.map((m) => m.feature),

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

    writeMarks: async (marks) => {
      const grid = marksGrid(marks);
      let creating = false;
      try {
        await retryCellEdit(
          () =>
            excel.run(async (context) => {
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
      try {
        return await excel.run((context) =>
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
          ),
        );
      } catch (err) {
        throw toHostError(err);
      } finally {
        known = undefined;
      }
    },

    onLedgerChanged: async (callback) => {
      requireLive();
      const unsubscribe = await retryCellEdit(() => subscribeLedgerChanges(excel, callback), retry).catch(
        (err: unknown) => {
          throw toHostError(err);
        },
      );
      return guardUnsubscribe(unsubscribe);
    },

    onActivated: async (callback) => {
      requireLive();
      const unsubscribe = await retryCellEdit(
        () => subscribeActivation(excel, callback, capabilities.workbookActivated),
        retry,
      ).catch((err: unknown) => {
        throw toHostError(err);
      });
      return guardUnsubscribe(unsubscribe);
    },
  };
}
