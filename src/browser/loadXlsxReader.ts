/** The only way into the xlsx chunk: loaded on the first opened file, cached afterwards. */
export type XlsxReader = typeof import('./xlsxReader');

let pending: Promise<XlsxReader> | undefined;

export function loadXlsxReader(): Promise<XlsxReader> {
  pending ??= import(/* webpackChunkName: "xlsx-reader" */ './xlsxReader').catch((err: unknown) => {
    // A failed chunk load (e.g. the server restarted) must not poison every later attempt.
    pending = undefined;
    throw err;
  });
  return pending;
}
