/**
 * Worker thread of the folder reader: reads (and, for `examine`, checks) a batch of files and
 * posts the plain-data results back. Started by `folder.ts` from its compiled `worker.js`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { examineFile, type ExamineContext } from '../consolidate/examine';
import type { ReadLimits } from '../files/limits';
import { examination, readEntry, type FolderEntry } from './folder';

export type WorkerTask = ({ mode: 'read' } | { mode: 'examine'; context: ExamineContext; withRecords: boolean }) & { limits?: ReadLimits };
export interface WorkerReply {
  from: number;
  results: unknown[];
}

if (parentPort) {
  const task = workerData as WorkerTask;
  const port = parentPort;
  port.on('message', (batch: { from: number; entries: FolderEntry[] }) => {
    const results = batch.entries.map((e) => (task.mode === 'examine' ? examination(examineFile(readEntry(e, task.limits), task.context), task.withRecords) : readEntry(e, task.limits)));
    port.postMessage({ from: batch.from, results } satisfies WorkerReply);
  });
}
