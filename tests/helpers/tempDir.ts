/**
 * The temporary folder of a test file (or of the describe block that asks for it). Its path is
 * known as soon as the file loads, so hooks and tests use it as a plain string; the folder itself
 * is made before the first test and removed, with everything in it, after the last.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function suiteTempDir(prefix: string): string {
  const dir = join(tmpdir(), `${prefix}${process.pid}-${randomUUID().slice(0, 8)}`);
  beforeAll(() => {
    mkdirSync(dir);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
