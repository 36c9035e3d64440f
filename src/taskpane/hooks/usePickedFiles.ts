import { useCallback, useRef, useState } from 'react';
import { loadXlsxReader } from '../../browser/loadXlsxReader';
import {
  admitFiles,
  sniffContainer,
  withStatus,
  type PickedFile,
  type PickedStatus,
} from '../../browser/pickedFiles';

export interface PickedFilesState {
  files: PickedFile<File>[];
  /** Names ignored as duplicates in the most recent add. */
  duplicates: string[];
  add(incoming: File[]): void;
  remove(id: string): void;
  clear(): void;
}

/** Reads one accepted file: sniff the container, then (lazily) load the xlsx reader. */
export async function readPickedFile(file: Blob): Promise<PickedStatus> {
  const data = await file.arrayBuffer();
  const container = sniffContainer(new Uint8Array(data, 0, Math.min(8, data.byteLength)));
  if (container === 'ole') return { kind: 'unreadable', reason: 'encrypted-or-xls' };
  if (container !== 'zip') return { kind: 'unreadable', reason: 'not-zip' };
  try {
    const reader = await loadXlsxReader();
    return { kind: 'read', sheets: await reader.summariseWorkbook(data) };
  } catch (err) {
    return {
      kind: 'unreadable',
      reason: 'corrupt',
      message: err instanceof Error ? err.message : String(err),
    };
  }
}

/**
 * A list of picked files that reads each accepted file once, one at a time (a dozen ledgers in
 * parallel would hold every workbook in memory at once). Removing a file while it is being read
 * simply drops the late result.
 */
export function usePickedFiles(): PickedFilesState {
  const [files, setFilesState] = useState<PickedFile<File>[]>([]);
  const [duplicates, setDuplicates] = useState<string[]>([]);
  // The latest list, so `add` computes admissions outside a state updater (updaters must stay
  // pure: React may call them twice, which would schedule every read twice).
  const latest = useRef<PickedFile<File>[]>([]);
  const counter = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const setFiles = useCallback((next: PickedFile<File>[]) => {
    latest.current = next;
    setFilesState(next);
  }, []);

  const add = useCallback(
    (incoming: File[]) => {
      const admission = admitFiles(latest.current, incoming, () => `f${++counter.current}`);
      setFiles(admission.files);
      setDuplicates(admission.duplicates);
      for (const picked of admission.added) {
        if (picked.status.kind !== 'reading') continue;
        queue.current = queue.current.then(async () => {
          if (!latest.current.some((p) => p.id === picked.id)) return; // removed before its turn
          const status = await readPickedFile(picked.file);
          setFiles(withStatus(latest.current, picked.id, status));
        });
      }
    },
    [setFiles],
  );

  const remove = useCallback((id: string) => setFiles(latest.current.filter((p) => p.id !== id)), [setFiles]);
  const clear = useCallback(() => {
    setFiles([]);
    setDuplicates([]);
  }, [setFiles]);

  return { files, duplicates, add, remove, clear };
}
