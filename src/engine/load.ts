/**
 * The only way into the engine chunk (reader, layouts, validation, review pipeline, .xlsx
 * writer): loaded on the first file, check or download, cached afterwards. A failed chunk load
 * (the server restarted, a flaky network) does not poison later attempts.
 */
export type Engine = typeof import('./');

let pending: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  pending ??= import(/* webpackChunkName: "ledger-engine" */ './index').catch((err: unknown) => {
    pending = undefined;
    throw err;
  });
  return pending;
}
