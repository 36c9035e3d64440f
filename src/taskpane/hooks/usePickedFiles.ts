import { todayIso } from '../components/LedgerResult';
import { useCallback, useRef, useState } from 'react';
import type { ReceivedFile } from '@ledger-review/workbook';
import { makeFinding } from '@ledger-review/scoring';
import { loadEngine, type Engine } from '../../engine/load';
import { admitFiles, type PickedFile, type PickedStatus } from '../../browser/pickedFiles';

export interface PickedFilesState {
  files: PickedFile<File>[];
  /** Names ignored as duplicates in the most recent add. */
  duplicates: string[];
  add(incoming: File[]): void;
  remove(id: string): void;
  clear(): void;
  /** The picked files as the review takes them, in the user's order (read ones with their grids). */
  reviewInputs(): ReceivedFile[];
}

/** How often statuses of files read meanwhile reach the screen. */
const FLUSH_MS = 150;

let defaultContext: ReturnType<Engine['defaultReviewContext']> | undefined;

/** Reads and classifies one picked file with the (lazily loaded) engine. */
export async function readPickedFile(
  file: Blob,
  name: string,
  engine?: Engine,
): Promise<{ status: PickedStatus; entry: ReceivedFile }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const e = engine ?? (await loadEngine());
  defaultContext ??= e.defaultReviewContext();
  try {
    // Today's date: a 填报日期 in the future is an error.
    const { sheets, summary } = e.analyseWorkbook(name, bytes, {
      ...defaultContext,
      asOf: todayIso(new Date()),
    });
    return { status: { kind: 'read', summary }, entry: { name, sheets } };
  } catch (err) {
    const finding = e.readFailure(err, name);
    return { status: { kind: 'unreadable', finding }, entry: { name, failure: finding } };
  }
}

/**
 * A list of picked files that reads each one once, one at a time, as soon as it is picked: the
 * user sees at once which files are ledgers, of which unit and month, and which are broken. The
 * grids are kept (outside React state) for the review, so a click re-reads nothing. Removing a
 * file while it is read simply drops the late result.
 */
export function usePickedFiles(): PickedFilesState {
  const [files, setFilesState] = useState<PickedFile<File>[]>([]);
  const [duplicates, setDuplicates] = useState<string[]>([]);
  // The latest list, so `add` computes admissions outside a state updater (updaters must stay
  // pure: React may call them twice, which would schedule every read twice).
  const latest = useRef<PickedFile<File>[]>([]);
  const entries = useRef(new Map<string, ReceivedFile>());
  const counter = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  // Statuses of files read since the last render: a hundred files re-render the list a few
  // times, not a hundred (each render of a long list costs more than reading one ledger).
  const pending = useRef(new Map<string, PickedStatus>());
  const flushTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const setFiles = useCallback((next: PickedFile<File>[]) => {
    latest.current = next;
    setFilesState(next);
  }, []);

  const flush = useCallback(() => {
    flushTimer.current = undefined;
    if (pending.current.size === 0) return;
    const statuses = pending.current;
    pending.current = new Map();
    setFiles(latest.current.map((p) => (statuses.has(p.id) ? { ...p, status: statuses.get(p.id)! } : p)));
  }, [setFiles]);

  const settle = useCallback(
    (id: string, status: PickedStatus, last: boolean) => {
      pending.current.set(id, status);
      if (last) {
        clearTimeout(flushTimer.current);
        flush();
      } else {
        flushTimer.current ??= setTimeout(flush, FLUSH_MS);
      }
    },
    [flush],
  );

  const add = useCallback(
    (incoming: File[]) => {
      const admission = admitFiles(latest.current, incoming, () => `f${++counter.current}`);
      setFiles(admission.files);
      setDuplicates(admission.duplicates);
      const toRead = admission.added.filter((p) => p.status.kind === 'reading');
      const lastToRead = toRead[toRead.length - 1];
      for (const picked of admission.added) {
        if (picked.status.kind === 'unreadable') {
          // Refused before reading (too large): the review still lists it with its reason.
          entries.current.set(picked.id, { name: picked.name, failure: picked.status.finding });
          continue;
        }
        if (picked.status.kind !== 'reading') continue;
        queue.current = queue.current.then(async () => {
          if (!latest.current.some((p) => p.id === picked.id)) return; // removed before its turn
          let result: { status: PickedStatus; entry: ReceivedFile };
          try {
            result = await readPickedFile(picked.file, picked.name);
          } catch (err) {
            // The engine chunk itself failed to load: say so on the file, keep the queue alive.
            const finding = makeFinding('file-read-failed', { reason: String(err) }, { file: picked.name });
            result = {
              status: { kind: 'unreadable', finding },
              entry: { name: picked.name, failure: finding },
            };
          }
          if (!latest.current.some((p) => p.id === picked.id)) return;
          entries.current.set(picked.id, result.entry);
          settle(picked.id, result.status, picked === lastToRead);
        });
      }
    },
    [setFiles, settle],
  );

  const remove = useCallback(
    (id: string) => {
      entries.current.delete(id);
      pending.current.delete(id);
      setFiles(latest.current.filter((p) => p.id !== id));
    },
    [setFiles],
  );
  const clear = useCallback(() => {
    entries.current.clear();
    pending.current.clear();
    setFiles([]);
    setDuplicates([]);
  }, [setFiles]);

  const reviewInputs = useCallback((): ReceivedFile[] => {
    const out: ReceivedFile[] = [];
    for (const p of latest.current) {
      const entry = entries.current.get(p.id);
      if (entry) out.push({ ...entry, name: p.name }); // (a file still being read is left out)
    }
    return out;
  }, []);

  return { files, duplicates, add, remove, clear, reviewInputs };
}

/**
 * A view's own picked files plus, when asked, those picked under 汇总台账 (one file picked in both
 * lists counts once: the view's own wins).
 */
export function withShared(own: readonly ReceivedFile[], shared: readonly ReceivedFile[]): ReceivedFile[] {
  const names = new Set(own.map((f) => f.name));
  return [...own, ...shared.filter((f) => !names.has(f.name))];
}
