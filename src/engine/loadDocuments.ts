import { lazyChunk } from './lazy';

/**
 * The documents chunk (the `docx` writer and the 公文 layouts): loaded on the first click of
 * “下载公文”, never with the task pane or the engine. A failed load can be retried.
 */
export type DocumentsEngine = typeof import('./documents');

export const loadDocuments: () => Promise<DocumentsEngine> = lazyChunk(
  () => import(/* webpackChunkName: "ledger-documents" */ './documents'),
);
