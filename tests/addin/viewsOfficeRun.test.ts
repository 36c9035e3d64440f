/**
 * The office's one click (src/taskpane/session/reviewRun.ts) against a fake Excel host: read the
 * open workbook's review sheets first, keep what the office typed there, write with progress,
 * cancel cleanly; in browser mode nothing touches a host.
 */
import { readGrids, renderWorkbook, REVIEW_SHEETS, type ReceivedFile } from '@ledger-review/workbook';
import * as engine from '../../src/engine';

import { HostError } from '../../src/office/errors';
import type { HostContext } from '../../src/office/types';
import {
  isAbort,
  runOffice,
  sampleFiles,
  WriteRefused,
  type RunProgress,
} from '../../src/taskpane/session/reviewRun';
import { filledLedgerBytes, unitOf } from '../fixtures/ledgers';
import { FakeHost, type EditableSheet } from './viewsFakeHost';

async function ledgerInput(
  name: string,
  options: Parameters<typeof filledLedgerBytes>[0] = {},
): Promise<ReceivedFile> {
  const bytes = await filledLedgerBytes(options);
  return { name, sheets: readGrids(bytes) };
}

const excel = (host: FakeHost): HostContext => ({ kind: 'excel', platform: 'PC', ops: host, missing: [] });
const browser: HostContext = { kind: 'browser', reason: 'forced' };

/** The one click on a single April ledger for 2021Q2, against `host`, with `options` (signal, confirmReplace…). */
async function runApril(
  host: HostContext,
  options: Omit<Parameters<typeof runOffice>[0], 'host' | 'inputs' | 'quarter' | 'engine'> = {},
) {
  return runOffice({ host, inputs: [await ledgerInput('四月.xlsx')], quarter: '2021Q2', engine, ...options });
}

/** Puts `text` into the 分析原因 cell of `unitCode`'s row on the 综合排名 sheet. */
function typeCause(sheets: EditableSheet[], unitCode: string, text: string): void {
  const sheet = sheets.find((s) => s.name === REVIEW_SHEETS.ranking)!;
  const headerRow = sheet.grid.findIndex((r) => r.includes('单位编码') && r.includes('分析原因'));
  const codeCol = sheet.grid[headerRow].indexOf('单位编码');
  const causeCol = sheet.grid[headerRow].indexOf('分析原因');
  const row = sheet.grid.findIndex((r, i) => i > headerRow && r[codeCol] === unitCode);
  expect(row).toBeGreaterThan(headerRow);
  while (sheet.grid[row].length <= causeCol) sheet.grid[row].push(null);
  sheet.grid[row][causeCol] = text;
}

function planHas(
  plan: { sheets: Array<{ name: string; rows: Array<Array<{ value?: unknown } | null>> }> },
  sheet: string,
  text: string,
) {
  return plan.sheets.find((s) => s.name === sheet)!.rows.some((r) => r.some((c) => c?.value === text));
}

describe('in Excel', () => {
  test('reads the sheet names, then only the typed columns of the review sheets, keeps the typed cause analysis, writes the plan with progress', async () => {
    const first = await engine.reviewPickedFiles({
      files: [await ledgerInput('四月.xlsx')],
      quarter: '2021Q2',
    });
    const open = readGrids(await renderWorkbook(first.run.plan));
    const code = unitOf('华龙区').code;
    const host = new FakeHost(open);
    typeCause(host.sheets, code, '领导重视，台账规范');
    const progress: RunProgress[] = [];
    const outcome = await runOffice({
      host: excel(host),
      inputs: [await ledgerInput('四月.xlsx'), await ledgerInput('五月.xlsx', { month: '2021-05' })],
      quarter: '2021Q2',
      engine,
      onProgress: (p) => progress.push(p),
    });
    // Not the 14 sheets: the names, then the columns readHandTyped and readHistory take.
    expect(host.calls[0]).toEqual({ op: 'read', args: 'list' });
    expect(host.calls[1]).toEqual({ op: 'tables', args: engine.REVIEW_READBACK.map((r) => r.sheet) });
    expect(engine.REVIEW_READBACK.map((r) => r.sheet)).not.toContain(REVIEW_SHEETS.ledgerRows);
    expect(host.calls.map((c) => c.op)).toEqual(['read', 'tables', 'write']);
    expect(outcome.result.existingReviewFrom).toBe('open-workbook');
    const written = host.calls[2].args as typeof outcome.result.run.plan;
    expect(written).toBe(outcome.result.run.plan);
    expect(planHas(written, REVIEW_SHEETS.ranking, '领导重视，台账规范')).toBe(true);
    expect(outcome.write!.sheetsWritten).toEqual(written.sheets.map((s) => s.name));
    expect(progress.map((p) => p.phase)).toEqual(
      expect.arrayContaining(['reading-workbook', 'consolidating', 'writing']),
    );
    const writing = progress.filter((p) => p.phase === 'writing' && p.detail);
    expect(writing.map((p) => p.detail)).toEqual(written.sheets.map((s) => s.name));
    expect(outcome.result.run.consolidation.ledgers.map((l) => l.month).sort()).toEqual([
      '2021-04',
      '2021-05',
    ]);
  });

  test('a workbook without review sheets is written fresh', async () => {
    const host = new FakeHost([{ name: 'Sheet1', grid: [] }]);
    const outcome = await runApril(excel(host));
    expect(outcome.result.existingReviewFrom).toBeNull();
    expect(host.count('write')).toBe(1);
  });

  test('cancel while writing: rejects as an abort, nothing reported as an error', async () => {
    const host = new FakeHost([]);
    host.holdWrites = true;
    const ac = new AbortController();
    const running = runApril(excel(host), { signal: ac.signal });
    while (host.count('write') === 0) await new Promise((r) => setTimeout(r, 5));
    ac.abort();
    host.release();
    const err = await running.catch((e: unknown) => e);
    expect(isAbort(err)).toBe(true);
    expect((err as HostError).code).toBe('aborted');
  });

  test('a unit’s ledger open in Excel: refused before any work, with the reason; nothing written', async () => {
    const host = new FakeHost(readGrids(await filledLedgerBytes()));
    const err = await runApril(excel(host)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteRefused);
    expect((err as WriteRefused).workbook).toBe('ledger');
    expect(host.count('write')).toBe(0);
  });

  test('same-named sheets the add-in did not make: asked first; no → cancelled, nothing written; yes → replaced', async () => {
    const own = () =>
      new FakeHost([
        { name: REVIEW_SHEETS.files, grid: [['我自己的文件清单']] },
        { name: 'Sheet2', grid: [] },
      ]);
    const asked: string[][] = [];
    const declined = own();
    const err = await runApril(excel(declined), {
      confirmReplace: async (sheets) => (asked.push(sheets), false),
    }).catch((e: unknown) => e);
    expect(asked).toEqual([[REVIEW_SHEETS.files]]);
    expect(isAbort(err)).toBe(true);
    expect(declined.count('write')).toBe(0);

    const accepted = own();
    const outcome = await runApril(excel(accepted), { confirmReplace: async () => true });
    expect(accepted.count('write')).toBe(1);
    expect(outcome.result.existingReviewFrom).toBeNull();
    // Without anyone to ask, the answer is no.
    await expect(runApril(excel(own()))).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('a host error while reading stops before anything is written', async () => {
    const host = new FakeHost([]);
    host.failNext.read = new HostError('cell-edit-mode');
    await expect(runApril(excel(host))).rejects.toMatchObject({ code: 'cell-edit-mode' });
    expect(host.count('write')).toBe(0);
  });
});

test('in browser mode: the review only, no host', async () => {
  const outcome = await runApril(browser);
  expect(outcome.write).toBeNull();
  expect(outcome.result.run.review.quarter).toBe('2021Q2');
  expect(outcome.ms).toBeGreaterThanOrEqual(0);
});

describe('载入示例数据', () => {
  test('the sample quarter as files: template, previous review, ledgers and inspections; review has history', async () => {
    const progress: RunProgress[] = [];
    const files = await sampleFiles({ engine, onProgress: (p) => progress.push(p) });
    const names = files.map((f) => f.name);
    expect(names[0]).toBe('指标模板.xlsx');
    expect(names[1]).toBe('2021Q1_季度点评.xlsx');
    const sample = engine.sampleQuarterFiles();
    expect(names.slice(2)).toEqual(sample.current.map((f) => f.fileName));
    expect(sample.current.length).toBeGreaterThan(80);
    expect(progress.at(-1)).toMatchObject({ phase: 'sample', done: progress.at(-1)!.total });

    const inputs: ReceivedFile[] = [];
    for (const f of files) {
      const bytes = new Uint8Array(await f.arrayBuffer());
      inputs.push({ name: f.name, sheets: readGrids(bytes) });
    }
    const outcome = await runOffice({ host: browser, inputs, quarter: '2021Q2', engine });
    expect(sample.quarter).toBe('2021Q2');
    expect(outcome.result.templateFile).toBe('指标模板.xlsx');
    expect(outcome.result.historyQuarters).toContain('2021Q1');
    const outcomes = outcome.result.run.review.units.flatMap((u) => u.outcomes.map((o) => o.kind));
    expect(outcomes).toEqual(expect.arrayContaining(['experience', 'statement', 'criticism', 'interview']));
  }, 60_000);

  test('cancelled between files', async () => {
    const ac = new AbortController();
    const running = sampleFiles({
      engine,
      signal: ac.signal,
      onProgress: (p) => {
        if (p.done === 3) ac.abort();
      },
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });
});
