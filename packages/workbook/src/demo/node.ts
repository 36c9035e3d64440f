import * as path from 'node:path';
import { writeBytes } from '../node/files';
import { nativeRawInflate } from '../node/inflate';
import { renderWorkbook } from '../xlsx/writer';
import { SAMPLE_FOLDERS, buildSampleQuarter } from './sampleQuarter';
import type { SampleQuarter, SampleQuarterOptions } from './types';
import { buildSampleYear, type SampleYearInput, type WrittenSampleYear } from './year';

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
  const y = await buildSampleYear({ rawInflate: nativeRawInflate, ...input }, (file, content) => writeBytes(abs(file), typeof content === 'string' ? new TextEncoder().encode(content) : content));
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
