/**
 * Files the user picked or dropped, before any domain logic sees them: which are new, which are
 * duplicates, which are too large to even read. Pure functions over plain data so the rules are
 * testable without a browser. What a file *is* (ledger, inspection workbook, not a workbook at
 * all) is decided by the engine's reader from its content, never from its name.
 */
import { makeFinding, type Finding } from '@ledger-review/scoring';
import type { WorkbookSummary } from '../engine/analyse';

/** The parts of a DOM `File` the rules look at. */
export interface FileLike {
  name: string;
  size: number;
  lastModified: number;
}

export type PickedStatus =
  | { kind: 'reading' }
  | { kind: 'read'; summary: WorkbookSummary }
  /** Not readable as a workbook; the finding (a rule of the registry) says why in both languages. */
  | { kind: 'unreadable'; finding: Finding };

export interface PickedFile<F extends FileLike = FileLike> {
  /** Stable across re-renders; unique within one list. */
  id: string;
  file: F;
  name: string;
  size: number;
  status: PickedStatus;
}

/**
 * The .xlsx reader's own limit (DEFAULT_READ_LIMITS.maxFileBytes): a file above it is refused
 * before its bytes are even loaded. Ledger workbooks are tens of KB.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function fileKey(file: FileLike): string {
  return `${file.name}\u0000${file.size}\u0000${file.lastModified}`;
}

export function initialStatus(file: FileLike): PickedStatus {
  if (file.size > MAX_FILE_BYTES) {
    return {
      kind: 'unreadable',
      finding: makeFinding(
        'file-too-large',
        { bytes: file.size, limit: MAX_FILE_BYTES },
        { file: file.name },
      ),
    };
  }
  return { kind: 'reading' };
}

export interface Admission<F extends FileLike> {
  files: PickedFile<F>[];
  /** The newly listed files (refused ones included, so the user sees why). */
  added: PickedFile<F>[];
  /** Names of files already in the list (same name, size and modification time). */
  duplicates: string[];
}

/** Adds `incoming` to `existing`, dropping exact duplicates, keeping the user's order. */
export function admitFiles<F extends FileLike>(
  existing: readonly PickedFile<F>[],
  incoming: readonly F[],
  nextId: () => string,
): Admission<F> {
  const seen = new Set(existing.map((p) => fileKey(p.file)));
  const added: PickedFile<F>[] = [];
  const duplicates: string[] = [];
  for (const file of incoming) {
    const key = fileKey(file);
    if (seen.has(key)) {
      duplicates.push(file.name);
      continue;
    }
    seen.add(key);
    added.push({ id: nextId(), file, name: file.name, size: file.size, status: initialStatus(file) });
  }
  return { files: [...existing, ...added], added, duplicates };
}

export function withStatus<F extends FileLike>(
  files: readonly PickedFile<F>[],
  id: string,
  status: PickedStatus,
): PickedFile<F>[] {
  return files.map((p) => (p.id === id ? { ...p, status } : p));
}

export function totalSize(files: readonly PickedFile<FileLike>[]): number {
  return files.reduce((sum, p) => sum + p.size, 0);
}

/** Months of the picked ledgers (for the default quarter). */
export function ledgerMonths(files: readonly PickedFile<FileLike>[]): string[] {
  const months: string[] = [];
  for (const f of files) {
    if (f.status.kind === 'read' && f.status.summary.kind === 'ledger' && f.status.summary.check.month)
      months.push(f.status.summary.check.month);
  }
  return months;
}

export function stillReading(files: readonly PickedFile<FileLike>[]): number {
  return files.filter((f) => f.status.kind === 'reading').length;
}
