/**
 * Node-only entry: read a workbook from a path. Checks the size on disk before reading, so a
 * multi-gigabyte file is refused without ever being loaded. Not exported from ./index, to keep
 * `fs` out of browser bundles.
 */
import { promises as fs, statSync, readFileSync } from 'fs';
import { WorkbookReadError } from './errors';
import { readWorkbook } from './readWorkbook';
import { DEFAULT_READ_LIMITS, type ReadOptions, type ReadResult } from './types';

export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const limit = options.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes;
  const { size } = await fs.stat(path);
  if (size > limit) throw new WorkbookReadError('file-too-large', { bytes: size, limit });
  return readWorkbook(await fs.readFile(path), options);
}

export function readWorkbookFileSync(path: string, options: ReadOptions = {}): ReadResult {
  const limit = options.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes;
  const { size } = statSync(path);
  if (size > limit) throw new WorkbookReadError('file-too-large', { bytes: size, limit });
  return readWorkbook(readFileSync(path), options);
}
