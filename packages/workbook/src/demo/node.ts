import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { ExamineContext, FileExamination } from '../consolidate/examine';
import { writeBytes } from '../node/files';
import type { WorkbookPlan } from '../sheet/plan';
import { renderWorkbook } from '../xlsx/writer';
import { DEFAULT_SAMPLE_SEED, SAMPLE_FOLDERS, buildSampleQuarter } from './sampleQuarter';
import type { SampleQuarter, SampleQuarterOptions } from './types';
import { buildSampleYear, stageSecondHalf, type SampleYearInput, type SampleYearRenderer, type SecondHalfQuarter, type WrittenSampleYear } from './year';

export interface WrittenSampleQuarter {
  quarter: string;
  previousQuarter: string;
  /** Every file written, absolute, in writing order. */
  files: string[];
  /** Folders holding the sample quarter's inputs (ledgers, inspections) — what its review reads. */
  currentDirs: string[];
  /** The folder holding the previous quarter's inputs — what the history review reads. */
  previousDirs: string[];
  sample: SampleQuarter;
}

/**
 * Node-only: renders the sample quarter into `dir` — ledgers under `台账/2021年4月/…`,
 * inspection workbooks under `检查/`, and the previous quarter likewise under `上季度/`.
 * Existing files of the same names are replaced (each write is atomic).
 */
export async function writeSampleQuarter(
  dir: string,
  options: SampleQuarterOptions & { onProgress?: (done: number, total: number, file: string) => void } = {},
): Promise<WrittenSampleQuarter> {
  const sample = buildSampleQuarter(options);
  const all = [
    ...sample.previous.ledgers,
    ...sample.previous.inspections,
    ...sample.ledgers,
    ...sample.inspections,
  ];
  const files: string[] = [];
  for (const [i, item] of all.entries()) {
    const target = path.join(dir, ...item.path.split('/'));
    options.onProgress?.(i, all.length, item.path);
    await writeBytes(target, await renderWorkbook(item.plan));
    files.push(target);
  }
  options.onProgress?.(all.length, all.length, '');
  return {
    quarter: sample.quarter,
    previousQuarter: sample.previousQuarter,
    files,
    currentDirs: [path.join(dir, SAMPLE_FOLDERS.ledgers), path.join(dir, SAMPLE_FOLDERS.inspections)],
    previousDirs: [path.join(dir, SAMPLE_FOLDERS.previous)],
    sample,
  };
}

/**
 * Node-only: stages the sample year (see `buildSampleYear`) into `dir`, under `全年示例/`. The
 * result's paths are made absolute.
 */
export async function writeSampleYear(dir: string, input: SampleYearInput): Promise<WrittenSampleYear> {
  const abs = (file: string) => path.join(dir, ...file.split('/'));
  // The workbooks the year does not read back are rendered in a worker thread meanwhile.
  const renderer = startRenderer();
  const render: SampleYearRenderer | undefined = renderer ? { render: (file, plan) => renderer.render(abs(file), plan), finish: () => renderer.finish() } : undefined;
  let y: WrittenSampleYear;
  try {
    y = await buildSampleYear({ render, ...input }, (file, content) => writeBytes(abs(file), typeof content === 'string' ? new TextEncoder().encode(content) : content));
  } finally {
    await renderer?.close();
  }
  return {
    ...y,
    folder: abs(y.folder),
    secondHalf: { ...y.secondHalf, folder: abs(y.secondHalf.folder) },
    status: { ...y.status, snapshots: y.status.snapshots.map((s) => ({ ...s, file: abs(s.file), chaseFile: abs(s.chaseFile) })) },
    round: { ...y.round, notice: abs(y.round.notice), inspection: abs(y.round.inspection), report: abs(y.round.report), feedbackFolder: abs(y.round.feedbackFolder) },
    decided: { ...y.decided, reviews: y.decided.reviews.map((r) => ({ ...r, file: abs(r.file) })) },
    annual: { ...y.annual, file: abs(y.annual.file) },
  };
}

/** The sample year's second half as written to disk (see {@link startSecondHalf}). */
export interface WrittenSecondHalf {
  /** Relative to the demo's folder, `/`-separated. */
  folder: string;
  files: number;
  quarters: SecondHalfQuarter[];
  /** Each quarter's folder (ledgers and inspection workbooks), absolute. */
  dirs: string[];
  /** Each quarter's files read back and examined as received (when a context was given). */
  examined?: FileExamination[][];
}

/**
 * Node-only: renders the second half (`buildSampleSecondHalf`) into
 * `dir/全年示例/0_下半年台账与检查/` — every ledger and inspection workbook — and, given a context, examines
 * each file as received (read back from what was written, as `stageSecondHalf` does for any host).
 */
export async function writeSecondHalf(dir: string, seed: number = DEFAULT_SAMPLE_SEED, context?: ExamineContext): Promise<WrittenSecondHalf> {
  const abs = (file: string) => path.join(dir, ...file.split('/'));
  const write = async (file: string, plan: WorkbookPlan) => {
    const bytes = await renderWorkbook(plan);
    await writeBytes(abs(file), bytes);
    return bytes;
  };
  const { folder, files, quarters, examined } = await stageSecondHalf(seed, write, context, abs);
  return {
    folder,
    files,
    quarters,
    dirs: quarters.map((q) => path.join(abs(folder), q.quarter)),
    ...(context ? { examined } : {}),
  };
}

/** What the worker threads of {@link startSecondHalf} and {@link startRenderer} are started with (this very module). */
type DemoTask = { task: 'demo-second-half'; dir: string; seed: number; context?: ExamineContext } | { task: 'demo-render' };

const demoTask = (data: unknown): DemoTask | null => {
  const task = (data as { task?: unknown } | null)?.task;
  return task === 'demo-second-half' || task === 'demo-render' ? (data as DemoTask) : null;
};

/** The compiled module, to start worker threads on; null when running from TypeScript sources. */
const workerScript = (): string | null => {
  const script = path.join(__dirname, 'node.js');
  return fs.existsSync(script) ? script : null;
};

/**
 * A worker thread that renders workbooks and writes them, in order from a queue; `finish` has
 * this thread render what is still queued meanwhile, so neither waits long for the other at the end.
 * Null where no worker can be started.
 */
function startRenderer(): (SampleYearRenderer & { close: () => Promise<void> }) | null {
  const script = workerScript();
  if (!script) return null;
  const worker = new Worker(script, { workerData: { task: 'demo-render' } satisfies DemoTask });
  interface Job {
    file: string;
    plan: WorkbookPlan;
    resolve: () => void;
    reject: (e: Error) => void;
  }
  const queue: Job[] = [];
  // Two in flight: the worker never waits for this thread to hand it the next one.
  const sent: Job[] = [];
  const pump = () => {
    while (sent.length < 2 && queue.length) {
      const job = queue.shift()!;
      sent.push(job);
      worker.postMessage({ file: job.file, plan: job.plan });
    }
  };
  const fail = (e: Error) => {
    for (const job of [...sent.splice(0), ...queue.splice(0)]) job.reject(e);
  };
  worker.on('message', (reply: { error?: string }) => {
    const job = sent.shift();
    if (reply.error === undefined) job?.resolve();
    else job?.reject(new Error(reply.error));
    pump();
  });
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('render worker exited')));
  return {
    render: (file, plan) =>
      new Promise<void>((resolve, reject) => {
        queue.push({ file, plan, resolve, reject });
        pump();
      }),
    finish: async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        try {
          await writeBytes(job.file, await renderWorkbook(job.plan));
          job.resolve();
        } catch (e) {
          job.reject(e instanceof Error ? e : new Error(String(e)));
        }
      }
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/**
 * Node-only: {@link writeSecondHalf} in a worker thread, so that rendering the second half's
 * files overlaps whatever this thread does meanwhile (the first half's reviews and 公文); in this
 * thread when running from TypeScript sources (no compiled module to start a worker on).
 */
export function startSecondHalf(dir: string, seed: number = DEFAULT_SAMPLE_SEED, context?: ExamineContext): Promise<WrittenSecondHalf> {
  const script = workerScript();
  if (!script) return writeSecondHalf(dir, seed, context);
  // Plain data only crosses to the worker.
  const plain = context && { template: context.template, roster: context.roster, settings: context.settings, team: context.team, asOf: context.asOf };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { task: 'demo-second-half', dir, seed, context: plain } satisfies DemoTask });
    worker.once('message', (reply: { written?: WrittenSecondHalf; error?: string }) => {
      void worker.terminate();
      if (reply.written) resolve(reply.written);
      else reject(new Error(reply.error ?? 'second half not written'));
    });
    worker.once('error', reject);
  });
}

// Started by startSecondHalf: write the second half and say what was written. Started by
// startRenderer: render and write each workbook sent, and say when it is written.
const task = parentPort ? demoTask(workerData) : null;
if (parentPort && task?.task === 'demo-second-half') {
  const port = parentPort;
  writeSecondHalf(task.dir, task.seed, task.context).then(
    (written) => port.postMessage({ written }),
    (e: unknown) => port.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
}
if (parentPort && task?.task === 'demo-render') {
  const port = parentPort;
  port.on('message', (m: { file: string; plan: WorkbookPlan }) => {
    renderWorkbook(m.plan)
      .then((bytes) => writeBytes(m.file, bytes))
      .then(
        () => port.postMessage({}),
        (e: unknown) => port.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
      );
  });
}
