/**
 * The CLI driven in-process through its entry point (`main`), its output captured: what a clerk
 * would see on the console, and the exit code. The CLI is a program, not library surface.
 */
import { main, type CliIO } from '../../packages/workbook/src/cli/main';

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
