import type { ReceivedFile } from '@ledger-review/workbook';
import type { PickedReviewResult } from '../../engine/review';
import type { Engine } from '../../engine/load';
import { abortError, throwIfAborted, timeSlicer, yieldToBrowser } from '../../browser/longWork';
import { XLSX_MIME } from '../../browser/download';
import { isHostError } from '../../office/errors';
import type { HostContext, WriteResult } from '../../office/types';
import type { GridSheet } from '@ledger-review/workbook';

/**
 * The office's one click, as plain async steps the view drives and tests run against a fake
 * host: (in Excel) read the review sheets already in the open workbook, so the office's
 * hand-typed columns survive; consolidate and review the picked files; (in Excel) write the
 * review into the open workbook with progress, abortable. In browser mode the result is
 * offered as a download instead.
 */

export type RunPhase = 'reading-workbook' | 'consolidating' | 'writing' | 'sample' | 'rendering';

export interface RunProgress {
  phase: RunPhase;
  done: number;
  total: number;
  /** The sheet or file being worked on. */
  detail: string;
}

export interface ReviewRunOutcome {
  result: PickedReviewResult;
  /** What Excel wrote; null in browser mode. */
  write: WriteResult | null;
  /** Milliseconds from the click to the results. */
  ms: number;
}

export function isAbort(err: unknown): boolean {
  return (
    (err instanceof Error && err.name === 'AbortError') ||
    (isHostError(err) && err.code === 'aborted') ||
    (err instanceof Error && err.name === 'ConsolidationCancelled')
  );
}

/**
 * The open workbook is a unit's ledger, the template or an inspection workbook: writing the
 * review sheets into it would replace its 元数据 (and so what it is), so the run stops first.
 */
export class WriteRefused extends Error {
  constructor(readonly workbook: 'ledger' | 'template' | 'inspection') {
    super(`the open workbook is a ${workbook} workbook; the review is not written into it`);
    this.name = 'WriteRefused';
  }
}

/** Asks the user whether sheets the add-in did not create may be replaced; resolves true to go on. */
export type ConfirmReplace = (sheets: string[]) => Promise<boolean>;

type ReadbackEngine = Pick<
  Engine,
  'REVIEW_SHEET_NAMES' | 'REVIEW_READBACK' | 'judgeWriteTarget' | 'META_SHEET'
>;

/**
 * Before any work: may the review go into the open workbook (refuse a ledger, ask before
 * replacing the user's own same-named sheets), and what did the office type in an earlier
 * review there. Reads the sheet names, then only the typed columns (engine.REVIEW_READBACK).
 * Undefined when there is nothing to keep.
 */
async function openWorkbookReview(
  host: HostContext,
  engine: ReadbackEngine,
  confirmReplace: ConfirmReplace | undefined,
): Promise<GridSheet[] | undefined> {
  if (host.kind === 'browser') return undefined;
  const names = await host.ops.listSheetNames();
  const wanted = engine.REVIEW_READBACK.filter((r) => names.includes(r.sheet));
  const sheets = wanted.length ? await host.ops.readTables(wanted) : [];
  const target = engine.judgeWriteTarget(
    names,
    sheets.filter((s) => s.name === engine.META_SHEET),
    engine.REVIEW_SHEET_NAMES,
  );
  if (target.kind === 'refuse') throw new WriteRefused(target.workbook);
  if (target.kind === 'ask') {
    if (!confirmReplace || !(await confirmReplace(target.sheets))) throw abortError();
    return undefined; // the user's own sheets hold nothing of a review to keep
  }
  return sheets.some((s) => s.grid.length) ? sheets : undefined;
}

export async function runOffice(args: {
  host: HostContext;
  inputs: ReceivedFile[];
  quarter: string;
  engine: Pick<Engine, 'reviewPickedFiles'> & ReadbackEngine;
  signal?: AbortSignal;
  onProgress?: (p: RunProgress) => void;
  /** Asked before replacing same-named sheets the add-in did not create; no answer means no. */
  confirmReplace?: ConfirmReplace;
  /** Today (ISO): ledger months not yet due are 未到期; a 填报日期 after it is an error. */
  asOf?: string;
  /**
   * Changes what the office typed before the review is built — a 办公室调整 line typed into the
   * review sheets read from the open workbook (or, with none there, into the review the pane
   * holds) — as if the office had typed it in Excel.
   */
  amendReview?: (existing: GridSheet[] | undefined) => GridSheet[] | undefined;
}): Promise<ReviewRunOutcome> {
  const started = performance.now();
  const { host, engine, signal, onProgress } = args;
  onProgress?.({ phase: 'reading-workbook', done: 0, total: 1, detail: '' });
  const read = await openWorkbookReview(host, engine, args.confirmReplace);
  const existing = args.amendReview ? args.amendReview(read) : read;
  throwIfAborted(signal);
  onProgress?.({ phase: 'consolidating', done: 0, total: args.inputs.length, detail: '' });
  // Let the browser paint the progress bar before the synchronous stretch of work.
  await yieldToBrowser();
  throwIfAborted(signal);
  const result = engine.reviewPickedFiles({
    files: args.inputs,
    quarter: args.quarter,
    openWorkbookReview: existing,
    asOf: args.asOf,
    signal: signal ?? { aborted: false },
  });
  throwIfAborted(signal);
  let write: WriteResult | null = null;
  if (host.kind !== 'browser') {
    const plan = result.run.plan;
    onProgress?.({ phase: 'writing', done: 0, total: 1, detail: '' });
    write = await host.ops.writeWorkbookPlan(plan, {
      signal,
      onProgress: (p) =>
        onProgress?.({
          phase: 'writing',
          done: p.cellsWritten,
          total: Math.max(p.cellsTotal, 1),
          detail: p.sheetName,
        }),
    });
  }
  return { result, write, ms: performance.now() - started };
}

/**
 * 载入示例数据: renders the bundled sample quarter in the page and returns it as the files an
 * office would pick — the template workbook (with the sample's named inspection team), the
 * previous quarter's review (built here from that quarter's files, for the 检查性发言 history)
 * and this quarter's ledgers and inspection workbooks.
 */
export async function sampleFiles(args: {
  engine: Pick<
    Engine,
    'sampleQuarterFiles' | 'reviewPickedFiles' | 'readWorkbook' | 'reviewFileName' | 'renderWorkbook'
  >;
  signal?: AbortSignal;
  onProgress?: (p: RunProgress) => void;
}): Promise<File[]> {
  const { engine, signal, onProgress } = args;
  onProgress?.({ phase: 'sample', done: 0, total: 0, detail: '' });
  await yieldToBrowser();
  const sample = engine.sampleQuarterFiles();
  const total = 1 + sample.previous.length + 1 + sample.current.length;
  let done = 0;
  const pause = timeSlicer();
  const render = async (fileName: string, plan: Parameters<Engine['renderWorkbook']>[0]) => {
    await pause();
    throwIfAborted(signal);
    onProgress?.({ phase: 'sample', done: done++, total, detail: fileName });
    return engine.renderWorkbook(plan);
  };
  const template = {
    name: sample.template.fileName,
    bytes: await render(sample.template.fileName, sample.template.plan),
  };
  const previous = [];
  for (const f of sample.previous)
    previous.push({ name: f.fileName, bytes: await render(f.fileName, f.plan) });
  const asInput = (f: { name: string; bytes: Uint8Array }): ReceivedFile => ({
    name: f.name,
    sheets: engine.readWorkbook(f.bytes),
  });
  await yieldToBrowser();
  throwIfAborted(signal);
  const previousReview = engine.reviewPickedFiles({
    files: [template, ...previous].map(asInput),
    quarter: sample.previousQuarter,
  });
  const previousName = engine.reviewFileName(sample.previousQuarter);
  const review = { name: previousName, bytes: await render(previousName, previousReview.run.plan) };
  const current = [];
  for (const f of sample.current) current.push({ name: f.fileName, bytes: await render(f.fileName, f.plan) });
  onProgress?.({ phase: 'sample', done: total, total, detail: '' });
  // A fixed modification time: loading the sample twice is then recognised as a duplicate.
  const lastModified = Date.UTC(2021, 6, 1);
  return [template, review, ...current].map(
    (f) => new File([f.bytes.slice().buffer as ArrayBuffer], f.name, { type: XLSX_MIME, lastModified }),
  );
}
