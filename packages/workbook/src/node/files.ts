import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Writes a file whole or not at all: the bytes go to a temporary file next to the target, which is
 * then renamed over it, so an interrupted or failed run leaves the old file intact and no
 * temporary file behind.
 */
export async function writeBytes(file: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
