import type { GridSheet } from '../sheet/grid';
import { readWorkbook } from './reader';
import type { ReadOptions } from './reader/types';

/**
 * Read an untrusted .xlsx into host-neutral grids with the .xlsx reader (bounded sizes, nothing
 * evaluated). Throws WorkbookReadError, whose `code` is a validation rule code.
 */
export function readGrids(bytes: Uint8Array, options?: ReadOptions): GridSheet[] {
  return readWorkbook(bytes, options).sheets;
}
