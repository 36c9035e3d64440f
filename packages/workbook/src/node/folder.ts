import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { makeFinding, type Finding, type RuleCode } from '@ledger-review/scoring';
import { examineFile, type ExamineContext, type FileExamination } from '../consolidate/examine';
import { readLimitsClaimedBy, readLimitsOf, type ReadLimits } from '../files/limits';
import { readFailure, readReceivedFile, type ReceivedFile } from '../files/received';
import { DEFAULT_READ_LIMITS } from '../xlsx/reader/types';
import type { WorkerReply, WorkerTask } from './worker';

/**
 * Reading what the office received from the file system: files and folders (recursively), every
 * entry accounted for — a dangling link, a link loop, a file without read permission, a pipe, an
 * Excel lock file or a hidden file is listed on its own line with its reason, never dropped, and
 * never stops the files after it. Big folders are read on all cores (worker threads).
 */

/**
 * Files larger than this are not even read into memory (the reader would reject them anyway),
 * unless the campaign's size raises the bound (`readLimitsFor`: the product's own reviews).
 */
export const MAX_INPUT_FILE_BYTES = DEFAULT_READ_LIMITS.maxFileBytes;

/** One entry found under the paths given: to be read, or already failed with its reason. */
export interface FolderEntry {
  /** The file's path relative to the folder it was found in (the file name for a file given directly). */
  name: string;
  path: string;
  failure?: Finding;
}

const fail = (name: string, p: string, code: RuleCode, params: Record<string, string | number> = {}): FolderEntry => ({
  name,
  path: p,
  failure: makeFinding(code, { ...params }, { file: name }),
});

function errnoCode(e: unknown): string {
  return e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : '';
}

/** The registry's word for an error the file system gave about an entry. */
function failureOf(name: string, p: string, e: unknown, viaLink: boolean): FolderEntry {
  switch (errnoCode(e)) {
    case 'ENOENT':
      return viaLink ? fail(name, p, 'file-link-broken', { target: linkTarget(p) }) : fail(name, p, 'path-not-found');
    case 'ELOOP':
      return fail(name, p, 'file-link-loop');
    case 'EACCES':
    case 'EPERM':
      return fail(name, p, 'file-permission-denied');
    default:
      return { name, path: p, failure: readFailure(e, name) };
  }
}

function linkTarget(p: string): string {
  try {
    return fs.readlinkSync(p);
  } catch {
    return '';
  }
}

const SPECIAL_KIND: Array<[keyof fs.Stats, string]> = [
  ['isFIFO', '管道'],
  ['isSocket', '套接字'],
  ['isCharacterDevice', '字符设备'],
  ['isBlockDevice', '块设备'],
];

function specialKind(st: fs.Stats): string {
  for (const [test, kind] of SPECIAL_KIND) if ((st[test] as () => boolean).call(st)) return kind;
  return '未知类型';
}

const byName = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/** Whether the folder `real` (a real path) holds the entry at `linkPath`. */
function isAncestor(real: string, linkPath: string): boolean {
  let parent: string;
  try {
    parent = fs.realpathSync(path.dirname(linkPath));
  } catch {
    return false;
  }
  return parent === real || parent.startsWith(real.endsWith(path.sep) ? real : real + path.sep);
}

/**
 * Every entry under `paths` (files, or folders read recursively), sorted by relative path within
 * each folder. Files of the same name in different sub-folders keep their relative paths, so they
 * are told apart; where two folders given yield the same relative path, the folder's name is
 * prefixed.
 */
export function listEntries(paths: readonly string[], maxFileBytes: number = MAX_INPUT_FILE_BYTES): FolderEntry[] {
  const out: FolderEntry[] = [];
  const seenDirs = new Set<string>();

  const visit = (full: string, name: string, root: boolean): void => {
    const base = path.basename(full);
    if (!root && base.startsWith('~$')) return void out.push(fail(name, full, 'file-lock-ignored'));
    if (!root && base.startsWith('.')) return void out.push(fail(name, full, 'file-hidden-ignored'));
    let st: fs.Stats;
    let viaLink = false;
    try {
      st = fs.lstatSync(full);
      if (st.isSymbolicLink()) {
        viaLink = true;
        st = fs.statSync(full);
      }
    } catch (e) {
      return void out.push(failureOf(name, full, e, viaLink));
    }
    if (st.isDirectory()) {
      let real: string;
      let children: string[];
      try {
        real = fs.realpathSync(full);
        children = fs.readdirSync(full).sort(byName);
      } catch (e) {
        return void out.push(failureOf(name, full, e, viaLink));
      }
      // A link back to a folder already being read, or to a folder that holds the link, would read
      // it again forever.
      if (seenDirs.has(real) || (viaLink && isAncestor(real, full))) return void out.push(fail(name, full, 'file-link-loop'));
      seenDirs.add(real);
      for (const child of children) visit(path.join(full, child), root ? child : `${name}/${child}`, false);
      seenDirs.delete(real);
      return;
    }
    if (!st.isFile()) return void out.push(fail(name, full, 'file-not-regular', { kind: specialKind(st) }));
    // A file given directly is known by its name; a folder given directly, by the path as typed.
    const fileName = root ? base : name;
    if (st.size > maxFileBytes) return void out.push(fail(fileName, full, 'file-too-large', { bytes: st.size, limit: maxFileBytes }));
    out.push({ name: fileName, path: full });
  };

  const perArg = paths.map((p) => {
    const start = out.length;
    visit(p, p, true);
    return { arg: p, entries: out.slice(start) };
  });
  const counts = new Map<string, number>();
  for (const e of out) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  const result: FolderEntry[] = [];
  for (const { arg, entries } of perArg) {
    for (const e of entries) {
      if ((counts.get(e.name) ?? 0) > 1 && e.path !== arg) result.push({ ...e, name: `${path.basename(path.resolve(arg))}/${e.name}` });
      else result.push(e);
    }
  }
  return result;
}

/**
 * Reads one listed entry in this thread, within `limits` (default: the reader's own; `'claimed'`:
 * the campaign size the workbook's metadata claims, capped at a province — for a review read
 * without its roster).
 */
export function readEntry(entry: FolderEntry, limits?: ReadLimits | 'claimed'): ReceivedFile {
  if (entry.failure) return { name: entry.name, path: entry.path, failure: entry.failure };
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(entry.path);
  } catch (e) {
    const failed = failureOf(entry.name, entry.path, e, false);
    return { name: entry.name, path: entry.path, failure: failed.failure! };
  }
  return readReceivedFile(entry.name, bytes, entry.path, limits === 'claimed' ? readLimitsClaimedBy(bytes) : limits);
}

export interface FolderReadOptions {
  /**
   * `examineFolder` only: false leaves out the ledgers' rows and the inspection records (what
   * \`validate\` does not print), so big folders cost less to pass back from worker threads.
   */
  withRecords?: boolean;
  /**
   * Worker threads to use besides this thread, which reads too; 0 reads in this thread alone.
   * Default (`defaultWorkers`): for more than a few dozen files, as many as the cores allow when
   * each reading thread is given about a core and a half.
   */
  workers?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /**
   * Bounds for each file. `examineFolder` defaults to the campaign's (`readLimitsOf(context)`), so
   * the product reads back the reviews it wrote for that roster; `readFolder` to the reader's own.
   */
  limits?: ReadLimits;
}

/** Below this many files the cost of starting workers is more than they save. */
export const PARALLEL_THRESHOLD = 32;

const WORKER_SCRIPT = path.join(__dirname, 'worker.js');

/**
 * Worker threads worth starting besides this thread on a machine of `cores` cores. A thread that
 * reads keeps about a core and a half busy: its own, and half of another for V8's optimising
 * compiler and garbage collector, which run beside it. So two cores fit one reading thread (this
 * one), and a worker there only competes with it: on the 2-core machine, 1,044 ledgers took
 * 1.15 s in this thread alone against 1.30 s with a worker (1.7 s against 2.5 s of CPU), and
 * 2,088 took 1.9 s against 2.1 s. From three cores on, each core and a half takes one more thread.
 */
export function defaultWorkers(cores: number): number {
  return Math.max(0, Math.min(Math.floor((cores * 2) / 3) - 1, 7));
}

function workerCount(files: number, options: FolderReadOptions): number {
  if (options.workers !== undefined) return Math.max(0, Math.min(options.workers, files));
  // Running from TypeScript sources (tests) there is no compiled worker script: read in this thread.
  if (files <= PARALLEL_THRESHOLD || !fs.existsSync(WORKER_SCRIPT)) return 0;
  // This thread has the code loaded and warmed already: it takes a thread's share itself (each
  // worker loads and compiles everything anew).
  return Math.min(defaultWorkers(availableParallelism()), files);
}

/** Lets queued messages (workers' replies) in between two batches of this thread's own work. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `task` over the entries — in this thread and, when worth it, in worker threads besides —
 * and returns the results in entry order.
 */
async function mapEntries<T>(
  entries: readonly FolderEntry[],
  options: FolderReadOptions,
  local: (e: FolderEntry) => T,
  task: WorkerTask,
): Promise<T[]> {
  const results = new Array<T>(entries.length);
  const workers = workerCount(entries.length, options);
  let done = 0;
  const progress = (i: number) => options.onProgress?.(++done, entries.length, entries[i].name);
  if (workers === 0) {
    entries.forEach((e, i) => {
      results[i] = local(e);
      progress(i);
    });
    return results;
  }
  // Small batches keep every thread busy to the end without a message per file.
  const batch = Math.max(4, Math.min(32, Math.ceil(entries.length / ((workers + 1) * 8))));
  let next = 0;
  const take = (): { from: number; to: number } | null => {
    if (next >= entries.length) return null;
    const from = next;
    next = Math.min(entries.length, next + batch);
    return { from, to: next };
  };
  const inWorker = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_SCRIPT, { workerData: task });
      let inFlight = 0;
      const send = () => {
        // Two batches in flight: the worker never waits for this thread to finish its own batch.
        while (inFlight < 2) {
          const b = take();
          if (!b) break;
          inFlight++;
          worker.postMessage({ from: b.from, entries: entries.slice(b.from, b.to) });
        }
        if (inFlight === 0) void worker.terminate().then(() => resolve(), reject);
      };
      worker.on('message', (reply: WorkerReply) => {
        inFlight--;
        reply.results.forEach((r, k) => {
          results[reply.from + k] = r as T;
          progress(reply.from + k);
        });
        send();
      });
      worker.on('error', reject);
      send();
    });
  const inThisThread = async (): Promise<void> => {
    for (let b = take(); b; b = take()) {
      for (let i = b.from; i < b.to; i++) {
        results[i] = local(entries[i]);
        progress(i);
      }
      await yieldToEvents();
    }
  };
  await Promise.all([...Array.from({ length: workers }, inWorker), inThisThread()]);
  return results;
}

/** Reads every file under `paths` once: its sheets, or why not. */
export async function readFolder(paths: readonly string[], options: FolderReadOptions = {}): Promise<ReceivedFile[]> {
  const { limits } = options;
  return mapEntries(listEntries(paths, limits?.maxFileBytes), options, (e) => readEntry(e, limits), { mode: 'read', limits });
}

/**
 * Reads and examines every file under `paths` (what `validate` prints, and what consolidation
 * combines): in worker threads for big folders where the cores allow (`defaultWorkers`); a folder
 * of a thousand ledgers takes about a second on two cores.
 */
export async function examineFolder(
  paths: readonly string[],
  context: ExamineContext,
  options: FolderReadOptions = {},
): Promise<FileExamination[]> {
  const { template, roster, settings, team, asOf } = context;
  const withRecords = options.withRecords ?? true;
  const limits = options.limits ?? readLimitsOf(context);
  return mapEntries(listEntries(paths, limits.maxFileBytes), options, (e) => examination(examineFile(readEntry(e, limits), context), withRecords), {
    mode: 'examine',
    context: { template, roster, settings, team, asOf },
    withRecords,
    limits,
  });
}

/** An examination as `examineFolder` returns it: whole, or without the records. */
export function examination(e: FileExamination, withRecords: boolean): FileExamination {
  if (withRecords) return e;
  const { ledger: _ledger, inspections: _inspections, ...rest } = e;
  return rest;
}
