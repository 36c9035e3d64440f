import { isRuleCode, makeFinding, type Finding } from '@ledger-review/scoring';
import type { GridSheet } from '../sheet/grid';
import { readGrids } from '../xlsx/readGrids';
import type { ReadOptions } from '../xlsx/reader/types';

/**
 * A file the office received, read once by whichever host holds it (the CLI's folder reader, the
 * task pane's file picker): its sheets, or why they could not be had. Everything downstream —
 * validation, consolidation, the review — takes these, never bytes.
 */
export interface WorkbookFile {
  /** The name shown to people: the file name, or its path relative to the folder that was read. */
  name: string;
  /** Where it was read from, when it came from a file system. */
  path?: string;
  sheets: readonly GridSheet[];
}

/** A file that was not read: unreadable, not a workbook, too large, or deliberately ignored. */
export interface FailedFile {
  name: string;
  path?: string;
  /** Why, as a finding of the rule registry (severity info for files deliberately ignored). */
  failure: Finding;
}

export type ReceivedFile = WorkbookFile | FailedFile;

export function isWorkbookFile(file: ReceivedFile): file is WorkbookFile {
  return (file as WorkbookFile).sheets !== undefined;
}

/**
 * Whatever a reader threw, as a finding of the rule registry: the .xlsx reader throws
 * `{ code, params }` with a rule code; anything else is `file-read-failed` with its message.
 */
export function readFailure(err: unknown, file: string): Finding {
  if (err && typeof err === 'object' && 'code' in err) {
    const e = err as { code: unknown; params?: Record<string, string | number> };
    if (typeof e.code === 'string' && isRuleCode(e.code)) return makeFinding(e.code, e.params ?? {}, { file });
  }
  // Errors from Node's fs are not `instanceof Error` inside some sandboxes (jest), and a host may
  // throw a plain `{ code }`: read the fields rather than print "[object Object]".
  const fields = err && typeof err === 'object' ? (err as { message?: unknown; code?: unknown }) : {};
  const reason = typeof fields.message === 'string' ? fields.message : typeof fields.code === 'string' ? fields.code : String(err);
  return makeFinding('file-read-failed', { reason }, { file });
}

/** Reads one received file's bytes with the bounded .xlsx reader (limits, and the host's inflater); never throws. */
export function readReceivedFile(name: string, bytes: Uint8Array, path?: string, options?: ReadOptions): ReceivedFile {
  try {
    return { name, ...(path === undefined ? {} : { path }), sheets: readGrids(bytes, options) };
  } catch (e) {
    return { name, ...(path === undefined ? {} : { path }), failure: readFailure(e, name) };
  }
}
