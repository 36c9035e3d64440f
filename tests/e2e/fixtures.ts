/**
 * Files for the end-to-end tests, made in node by the product's own code: the bundled sample
 * quarter rendered to .xlsx exactly as `ledger-review demo` writes it (the template workbook
 * with the sample's named inspection team, the previous quarter's review for the history, this
 * quarter's ledgers and inspection workbooks), and what the office's one click must make of them.
 */
import { readReceivedFile, renderWorkbook, type ReceivedFile } from '@ledger-review/workbook';
import * as engine from '../../src/engine';
import type { PickedReviewResult } from '../../src/engine';

export interface NamedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file as a file input takes it (`setInputFiles`): an .xlsx unless `mimeType` says otherwise. */
export function xlsxFile(name: string, bytes: Uint8Array, mimeType = XLSX): NamedFile {
  return { name, mimeType, buffer: Buffer.from(bytes) };
}

export interface DemoUpload {
  quarter: string;
  files: NamedFile[];
  /** The one click run in node on the same files: what the page must show. */
  expected: PickedReviewResult;
}

let cached: Promise<DemoUpload> | undefined;

async function render(
  files: ReadonlyArray<{ fileName: string; plan: Parameters<typeof renderWorkbook>[0] }>,
) {
  const out: NamedFile[] = [];
  for (const f of files) out.push(xlsxFile(f.fileName, await renderWorkbook(f.plan)));
  return out;
}

function inputs(files: NamedFile[]): ReceivedFile[] {
  return files.map((f) => readReceivedFile(f.name, new Uint8Array(f.buffer)));
}

/** The sample quarter's upload plus one broken file, and the expected result. */
export function demoUpload(): Promise<DemoUpload> {
  cached ??= (async () => {
    const sample = engine.sampleQuarterFiles();
    const [template] = await render([sample.template]);
    const previous = await render(sample.previous);
    const previousRun = engine.reviewPickedFiles({
      files: inputs([template, ...previous]),
      quarter: sample.previousQuarter,
    });
    const review = xlsxFile(
      engine.reviewFileName(sample.previousQuarter),
      await renderWorkbook(previousRun.run.plan),
    );
    const current = await render(sample.current);
    const broken: NamedFile = {
      name: '收到的文件（已损坏）.xlsx',
      mimeType: XLSX,
      buffer: Buffer.from('PK\u0003\u0004 truncated'),
    };
    const files = [template, review, ...current, broken];
    const expected = engine.reviewPickedFiles({ files: inputs(files), quarter: sample.quarter });
    return { quarter: sample.quarter, files, expected };
  })();
  return cached;
}
