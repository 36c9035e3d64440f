/**
 * Files the user picked or dropped, before any domain logic sees them: which are accepted,
 * which are duplicates, and what the quick read found. Pure functions over plain data so the
 * rules are testable without a browser.
 */

/** The parts of a DOM `File` the rules look at. */
export interface FileLike {
  name: string;
  size: number;
  lastModified: number;
}

/** One sheet of a workbook as the quick read saw it. */
export interface SheetSummary {
  name: string;
  /** Rows holding at least one value. */
  rows: number;
  columns: number;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export type RejectReason = 'not-xlsx' | 'empty' | 'too-large';
export type UnreadableReason =
  /** Not a ZIP container at all (renamed .csv, HTML saved as .xlsx…). */
  | 'not-zip'
  /** An OLE compound file: a password-protected workbook or an old .xls renamed. */
  | 'encrypted-or-xls'
  /** A ZIP the xlsx reader could not make sense of. */
  | 'corrupt';

export type PickedStatus =
  | { kind: 'rejected'; reason: RejectReason }
  | { kind: 'reading' }
  | { kind: 'read'; sheets: SheetSummary[] }
  | { kind: 'unreadable'; reason: UnreadableReason; message?: string };

export interface PickedFile<F extends FileLike = FileLike> {
  /** Stable across re-renders; unique within one list. */
  id: string;
  file: F;
  name: string;
  size: number;
  status: PickedStatus;
}

/** Ledger workbooks are tens of KB; anything this big is not one and would stall the page. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name.trim());
}

export function fileKey(file: FileLike): string {
  return `${file.name}\u0000${file.size}\u0000${file.lastModified}`;
}

export function initialStatus(file: FileLike): PickedStatus {
  if (!isXlsxName(file.name)) return { kind: 'rejected', reason: 'not-xlsx' };
  if (file.size === 0) return { kind: 'rejected', reason: 'empty' };
  if (file.size > MAX_FILE_BYTES) return { kind: 'rejected', reason: 'too-large' };
  return { kind: 'reading' };
}

export interface Admission<F extends FileLike> {
  files: PickedFile<F>[];
  /** The newly listed files (rejected ones included, so the user sees why). */
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

/**
 * What the first bytes say before the xlsx reader is even loaded: .xlsx is a ZIP (`PK\3\4`);
 * encrypted workbooks and legacy .xls are OLE compound files (`D0 CF 11 E0`).
 */
export function sniffContainer(head: Uint8Array): 'zip' | 'ole' | 'other' {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
    return 'zip';
  if (head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0)
    return 'ole';
  return 'other';
}
