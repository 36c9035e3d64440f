import { lazyChunk } from './lazy';

/**
 * The only way into the engine chunk (reader, layouts, validation, review pipeline, .xlsx
 * writer): loaded on the first file, check or download, cached afterwards. A failed chunk load
 * does not poison later attempts.
 */
export type Engine = typeof import('./');

export const loadEngine: () => Promise<Engine> = lazyChunk(
  () => import(/* webpackChunkName: "ledger-engine" */ './index'),
);
