/// <reference types="office-js" />
/**
 * Running requests against Excel: the `Excel.run` seam tests replace, and the retry rules for
 * requests Excel refuses. Excel refuses every API request while the user is typing in a cell
 * (`InvalidOperationInCellEditMode`); the refusal is transient and nothing of the request ran,
 * so the request is queued again after a pause, a few times with growing pauses.
 */
import { OFFICE_CODES, officeCode } from '../errors';

/** The `Excel.run` overloads the host uses; the real `Excel` namespace satisfies it. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(
    object: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Excel.createWorkbook` (ExcelApi 1.8): a new workbook window from a base64 .xlsx. */
  createWorkbook?(base64?: string): Promise<void>;
}

/**
 * Every user action asks Excel to hold the batch while the user is still typing in a cell
 * (`delayForCellEdit`, "Delay execution while cell is being edited"), instead of refusing it:
 * a live check then runs when the unit leaves the cell, IME composition included. A host that
 * does not know the option refuses as before, and `retryCellEdit` waits and asks again.
 */
export const ACTION_RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export interface RetryPolicy {
  /** Pauses before each retry while Excel is in cell-edit mode; their count is the retry count. */
  delaysMs: readonly number[];
  sleep(ms: number): Promise<void>;
}

/** About 7.5 s in all: long enough to finish typing a cell, short enough to then explain. */
export const DEFAULT_RETRY: RetryPolicy = {
  delaysMs: [250, 500, 1000, 2000, 3750],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export const isCellEditMode = (err: unknown) => officeCode(err) === OFFICE_CODES.cellEditMode;
export const isPayloadTooLarge = (err: unknown) =>
  officeCode(err) === OFFICE_CODES.requestTooLarge || officeCode(err) === OFFICE_CODES.responseTooLarge;

/**
 * Runs `attempt`, and again after each pause of `policy` while it fails because Excel is in
 * cell-edit mode. `attempt` must queue its commands afresh each time: a refused request's queue
 * is gone with it.
 */
export async function retryCellEdit<T>(attempt: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!isCellEditMode(err) || i >= policy.delaysMs.length) throw err;
      await policy.sleep(policy.delaysMs[i]);
    }
  }
}

/** Queue a batch with `queue` and send it, retrying in cell-edit mode. */
export function syncBatch(context: Excel.RequestContext, queue: () => void, policy: RetryPolicy): Promise<void> {
  return retryCellEdit(async () => {
    queue();
    await context.sync();
  }, policy);
}
