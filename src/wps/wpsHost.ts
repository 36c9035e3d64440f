/**
 * HostOps over WPS 表格's object model (the WPS 加载项 JS API): the same contract as the Excel
 * host (src/office/types.ts), so the task pane, the engine and the ledger watcher run unchanged
 * inside WPS. The only module, with the rest of src/wps/, that touches WPS's `Application`.
 *
 * WPS differs from Office.js in ways this adapter absorbs (each modelled by tests/wps/fakeWps.ts):
 * calls are synchronous COM calls (no request context, no sync, no payload cap, but every call
 * costs a round trip into WPS: whole ranges are read and written at once); rows and columns are
 * 1-based; a range's `Value2` is rows of values, a single cell's is a bare value; error values
 * come out as COM error numbers; every property read hands out a new wrapper (compare sheets by
 * name); events are application-wide and also raised for the add-in's own writes; writing a
 * protected cell throws (checked before writing, to say which sheet).
 */
import { LEDGER_SHEET, MARKS_SHEET, type GridSheet } from '@ledger-review/workbook';
import { marksGrid } from '../office/excel/marks';
import { isWriterSheet } from '../office/excel/writePlan';
import { HostError } from '../office/errors';
import { fromWorkbookPlan } from '../office/fromWorkbookPlan';
import { rangeAddress } from '@ledger-review/workbook/xlsx/a1';
import type { HostOps, LedgerChange, Unsubscribe } from '../office/types';
import { readSheet } from './read';
import { XL_SHEET_VERY_HIDDEN, type WpsApplication, type WpsRange, type WpsWorkbook, type WpsWorksheet } from './types';
import { addSheet, findSheet, sheetsOf, writePlansWps } from './writePlan';

export interface WpsHostOptions {
  app: WpsApplication;
  /** Fixes the temporary sheet names of writes (tests). */
  nonce?: () => string;
}

/** Anything WPS threw, as a HostError the UI can translate. */
export function toWpsHostError(err: unknown): HostError {
  if (err instanceof HostError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new HostError('wps-error', { message }, message);
}

function workbookOf(app: WpsApplication): WpsWorkbook {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw new HostError('no-workbook');
  return workbook;
}

function guard<T>(work: () => T): T {
  try {
    return work();
  } catch (err) {
    throw toWpsHostError(err);
  }
}

/** `Range.Address(false, false)`: `F7` or `F7:G20`, without `$`. */
function addressOf(range: WpsRange): string {
  return range.Address(false, false).replace(/\$/g, '');
}

export function createWpsHost(options: WpsHostOptions): HostOps {
  const { app } = options;

  const subscribe = (
    events: Array<{ name: 'SheetChange' | 'SheetActivate' | 'WindowActivate' | 'SheetSelectionChange'; handler: (...args: never[]) => void }>,
  ): Unsubscribe => {
    for (const { name, handler } of events) app.ApiEvent.AddApiEventListener(name as 'SheetChange', handler as never);
    let done = false;
    return async () => {
      if (done) return;
      done = true;
      // wps-jsapi declares RemoveApiEventListener(name) only; WPS removes the handler given with
      // it (as the wpsjs templates call it) — pass both.
      guard(() => {
        for (const { name, handler } of events) app.ApiEvent.RemoveApiEventListener(name, handler);
      });
    };
  };

  return {
    // Requirement sets are Excel's; this WPS host offers every feature the UI asks for.
    missing: [],

    readWorkbookGrids: async (names) =>
      guard(() => {
        const workbook = workbookOf(app);
        const sheets = sheetsOf(workbook);
        let wanted: WpsWorksheet[];
        if (names) {
          wanted = [];
          for (const name of new Set(names)) {
            const sheet = sheets.find((s) => s.Name === name);
            if (sheet) wanted.push(sheet);
          }
        } else wanted = sheets.filter((s) => s.Name !== MARKS_SHEET && !isWriterSheet(s.Name));
        return wanted.map((s): GridSheet => readSheet(s));
      }),

    listSheetNames: async () => guard(() => sheetsOf(workbookOf(app)).map((s) => s.Name)),

    // WPS has no per-request payload cap (calls are synchronous COM calls): the sheets asked for are
    // read whole, which holds every column the reads name.
    readTables: async (reads) =>
      guard(() => {
        const sheets = sheetsOf(workbookOf(app));
        return reads.flatMap((r): GridSheet[] => {
          const sheet = sheets.find((s) => s.Name === r.sheet);
          return sheet ? [readSheet(sheet)] : [];
        });
      }),

    writeMarks: async (marks) =>
      guard(() => {
        const grid = marksGrid(marks);
        const workbook = workbookOf(app);
        let sheet = findSheet(workbook, MARKS_SHEET);
        if (!sheet) {
          // Ledgers issued before the marks sheet existed get one, very hidden.
          if (workbook.ProtectStructure) throw new HostError('workbook-protected');
          sheet = addSheet(workbook, MARKS_SHEET);
          sheet.Visible = XL_SHEET_VERY_HIDDEN;
        }
        if (sheet.ProtectContents) throw new HostError('sheet-protected', { sheet: MARKS_SHEET });
        sheet.UsedRange.ClearContents();
        const rows = grid.length;
        const cols = grid[0]?.length ?? 0;
        if (rows > 0 && cols > 0) sheet.Range(rangeAddress(1, 1, rows, cols)).Value2 = grid;
      }),

    selectCell: async (sheetName, address) =>
      guard(() => {
        const sheet = findSheet(workbookOf(app), sheetName);
        if (!sheet) throw new HostError('sheet-not-found', { sheet: sheetName });
        sheet.Activate();
        sheet.Range(address).Select();
      }),

    writeWorkbookPlan: async (plan, writeOptions) => {
      try {
        return await writePlansWps(app, fromWorkbookPlan(plan), { nonce: options.nonce?.() }, writeOptions);
      } catch (err) {
        throw toWpsHostError(err);
      }
    },

    onLedgerChanged: async (callback) =>
      guard(() => {
        const handler = (sheet: WpsWorksheet, target: WpsRange) => {
          // Application-wide: any workbook's sheets. Watch 工作台账, or the active sheet when the
          // active workbook has none (a renamed ledger).
          const name = sheet.Name;
          const workbook = app.ActiveWorkbook;
          if (!workbook) return;
          const watched = findSheet(workbook, LEDGER_SHEET) ? LEDGER_SHEET : workbook.ActiveSheet?.Name;
          if (name !== watched) return;
          const change: LedgerChange = { sheetName: name, address: addressOf(target), changeType: 'RangeEdited', source: 'Local' };
          callback(change);
        };
        return subscribe([{ name: 'SheetChange', handler: handler as (...args: never[]) => void }]);
      }),

    // Which edits raise SheetChange in real WPS (a dropdown pick among them) is on the real-WPS
    // checklist; leaving a cell is one more hint for the watcher, as on Excel on the web.
    onLedgerSelection: async (callback) =>
      guard(() => {
        const handler = (sheet: WpsWorksheet, target: WpsRange) => {
          const workbook = app.ActiveWorkbook;
          if (!workbook) return;
          const watched = findSheet(workbook, LEDGER_SHEET) ? LEDGER_SHEET : workbook.ActiveSheet?.Name;
          if (sheet.Name === watched) callback({ sheetName: sheet.Name, address: addressOf(target) });
        };
        return subscribe([{ name: 'SheetSelectionChange', handler: handler as (...args: never[]) => void }]);
      }),

    onActivated: async (callback) =>
      guard(() => {
        const handler = () => callback();
        return subscribe([
          { name: 'SheetActivate', handler },
          { name: 'WindowActivate', handler },
        ]);
      }),
  };
}
