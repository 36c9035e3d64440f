import type { GridReader } from '../../consolidate/consolidate';
import type { CollectedFile } from '../../node/files';

/** A file the collector could not read (too large, unreadable) reports its reason through the reader. */
export function skippedAsThrowing(file: CollectedFile, read: GridReader): GridReader {
  return (bytes) => {
    if (file.skipped) throw file.skipped;
    return read(bytes);
  };
}

/** Same for a batch: look the file up by its bytes object. */
export function batchReader(files: CollectedFile[], read: GridReader): GridReader {
  const skipped = new Map(files.filter((f) => f.skipped).map((f) => [f.bytes, f.skipped]));
  return (bytes) => {
    const s = skipped.get(bytes);
    if (s) throw s;
    return read(bytes);
  };
}
