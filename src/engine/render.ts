/**
 * Turning plans into files: .xlsx through the workbook layer's writer, several files into one
 * .zip through fflate.
 */
import { zipSync } from 'fflate';
import { renderWorkbook, type WorkbookPlan } from '@ledger-review/workbook';
import { abortError, timeSlicer } from '../browser/longWork';

export { renderWorkbook };

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

/** Renders plans one after another, reporting progress; stops between files when aborted. */
export async function renderAll(
  files: ReadonlyArray<{ fileName: string; plan: WorkbookPlan }>,
  options: { onProgress?: (done: number, total: number, file: string) => void; signal?: AbortSignal } = {},
): Promise<NamedBytes[]> {
  const out: NamedBytes[] = [];
  const pause = timeSlicer();
  for (const [i, f] of files.entries()) {
    await pause();
    if (options.signal?.aborted) throw abortError();
    options.onProgress?.(i, files.length, f.fileName);
    out.push({ name: f.fileName, bytes: await renderWorkbook(f.plan) });
  }
  options.onProgress?.(files.length, files.length, '');
  return out;
}

/** One .zip of the files (already-compressed .xlsx parts gain nothing from deflate: level 0). */
export function zipFiles(files: readonly NamedBytes[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const f of files) entries[f.name] = [f.bytes, { level: 0 }];
  return zipSync(entries);
}
