/// <reference types="office-js" />
/**
 * Excel events as plain callbacks. Handlers can only be removed in the request context they
 * were added in, so each subscription keeps its context and unsubscribing runs in it.
 * `onChanged` is a hint, not a guarantee (not raised for every kind of edit on every build):
 * the UI re-reads the sheet when told, and also re-validates on activation.
 */
import { LEDGER_SHEET } from '@ledger-review/workbook';
import type { LedgerChange, Unsubscribe } from '../types';
import type { ExcelRunner } from './runner';

type Subscription = OfficeExtension.EventHandlerResult<unknown>;

function unsubscriber(excel: ExcelRunner, subscriptions: Subscription[]): Unsubscribe {
  let done = false;
  return async () => {
    if (done || subscriptions.length === 0) return;
    done = true;
    await excel.run(subscriptions[0].context, async (context) => {
      for (const s of subscriptions) s.remove();
      await context.sync();
    });
  };
}

/** 工作台账, or the active sheet when the workbook has none (a renamed ledger). 1 sync. */
async function watchedSheet(context: Excel.RequestContext): Promise<{ sheet: Excel.Worksheet; sheetName: string }> {
  const ledger = context.workbook.worksheets.getItemOrNullObject(LEDGER_SHEET);
  ledger.load('name');
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();
  const sheet = ledger.isNullObject ? active : ledger;
  return { sheet, sheetName: sheet.name };
}

/** Watches 工作台账, or the active sheet when the workbook has none (a renamed ledger). 2 syncs. */
export async function subscribeLedgerChanges(
  excel: ExcelRunner,
  callback: (change: LedgerChange) => void,
): Promise<Unsubscribe> {
  const subscription = await excel.run(async (context) => {
    const { sheet, sheetName } = await watchedSheet(context);
    const handler = sheet.onChanged.add(async (event) => {
      callback({
        sheetName,
        address: event.address,
        changeType: String(event.changeType),
        source: String(event.source),
      });
    });
    await context.sync();
    return handler as Subscription;
  });
  return unsubscriber(excel, [subscription]);
}

/**
 * Selection changes on 工作台账 (or the active sheet when there is none). 2 syncs. A value picked
 * from a data-validation dropdown raises no onChanged in Excel on the web (OfficeDev/office-js
 * #3888, #4066), but the user moving on from that cell raises this.
 */
export async function subscribeLedgerSelection(
  excel: ExcelRunner,
  callback: (change: { sheetName: string; address: string }) => void,
): Promise<Unsubscribe> {
  const subscription = await excel.run(async (context) => {
    const { sheet, sheetName } = await watchedSheet(context);
    const handler = sheet.onSelectionChanged.add(async (event) => callback({ sheetName, address: event.address }));
    await context.sync();
    return handler as Subscription;
  });
  return unsubscriber(excel, [subscription]);
}

/** Any worksheet activated, and (ExcelApi 1.13) the workbook window activated again. 1 sync. */
export async function subscribeActivation(
  excel: ExcelRunner,
  callback: () => void,
  workbookActivated: boolean,
): Promise<Unsubscribe> {
  const subscriptions = await excel.run(async (context) => {
    const handlers: Subscription[] = [
      context.workbook.worksheets.onActivated.add(async () => callback()) as Subscription,
    ];
    if (workbookActivated) handlers.push(context.workbook.onActivated.add(async () => callback()) as Subscription);
    await context.sync();
    return handlers;
  });
  return unsubscriber(excel, subscriptions);
}
