/**
 * The CLI driven in-process through its entry point (`main`), its output captured: what a clerk
 * would see on the console, and the exit code. The CLI is a program, not library surface. Also the
 * built bin as a script would run it (a child process with pipes), and the files `validate` tells
 * apart.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { main, type CliIO } from '../../packages/workbook/src/cli/main';
import { pngLikeBytes } from '../fixtures/bad/hostileInputs';
import { filledLedgerBytes, type FilledLedgerOptions } from '../fixtures/ledgers';

export interface Captured {
  code: number;
  out: string;
  err: string;
}

export async function cli(...argv: string[]): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (s) => void out.push(s), err: (s) => void err.push(s), cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * The `ledger-review` bin (packages/workbook/bin/ledger-review.js, which runs dist/cli/main.js).
 * dist/ is built by `npm ci` (`prepare`); without it the bin says to run `npm run build:lib`.
 */
export const CLI_BIN = resolve(__dirname, '../../packages/workbook/bin/ledger-review.js');

export interface ProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A child process with pipes (not a terminal), its output and exit code. CI is unset so the
 * progress guard is exercised by the pipe alone, not by the environment.
 */
export function runProcess(file: string, args: readonly string[]): Promise<ProcessRun> {
  return new Promise((done) => {
    const env = { ...process.env, CI: '' };
    execFile(file, args, { env, timeout: 120_000, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** The built CLI as a script would run it: `node ledger-review.js …args`. */
export function cliProcess(...args: string[]): Promise<ProcessRun> {
  return runProcess(process.execPath, [CLI_BIN, ...args]);
}

/**
 * What `validate` tells apart, written into `dir` before the first test: a valid ledger
 * (华龙区), a ledger with errors (清丰县: a malformed phone number, and `badRows` besides) and a
 * file that is not a workbook (南乐县).
 */
export function validateInputs(
  dir: string,
  badRows?: FilledLedgerOptions['rows'],
): { good: string; bad: string; notZip: string } {
  const files = {
    good: join(dir, '华龙区 2021年4月 工作台账.xlsx'),
    bad: join(dir, '清丰县 2021年4月.xlsx'),
    notZip: join(dir, '南乐县.xlsx'),
  };
  beforeAll(async () => {
    writeFileSync(files.good, await filledLedgerBytes({}));
    writeFileSync(files.bad, await filledLedgerBytes({ unit: '清丰县', phone: '12', rows: badRows }));
    writeFileSync(files.notZip, pngLikeBytes());
  });
  return files;
}
