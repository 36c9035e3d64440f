import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { InputFile } from '../consolidate/consolidate';

/** Files larger than this are not even read into memory (the reader would reject them anyway). */
export const MAX_INPUT_FILE_BYTES = 20 * 1024 * 1024;

const SKIP = /^(~\$|\.)/; // Excel lock files (~$name.xlsx) and hidden files

export interface CollectedFile extends InputFile {
  path: string;
  /** Set when the file was not read (too large, unreadable); the bytes are then empty. */
  skipped?: { code: string; params: Record<string, string | number> };
}

/** Expand paths (files or folders, folders recursively, sorted) into input files. */
export async function collectInputFiles(paths: string[]): Promise<CollectedFile[]> {
  const out: CollectedFile[] = [];
  const visit = async (p: string): Promise<void> => {
    const stat = await fs.stat(p);
    if (stat.isDirectory()) {
      const entries = (await fs.readdir(p)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
      for (const e of entries) if (!SKIP.test(e)) await visit(path.join(p, e));
      return;
    }
    const name = path.basename(p);
    if (stat.size > MAX_INPUT_FILE_BYTES) {
      out.push({ name, path: p, bytes: new Uint8Array(0), skipped: { code: 'file-too-large', params: { bytes: stat.size, limit: MAX_INPUT_FILE_BYTES } } });
      return;
    }
    out.push({ name, path: p, bytes: new Uint8Array(await fs.readFile(p)) });
  };
  for (const p of paths) {
    try {
      await visit(p);
    } catch (e) {
      out.push({
        name: path.basename(p),
        path: p,
        bytes: new Uint8Array(0),
        // A registered rule code, so the user reads 读取文件…失败：<reason> rather than "[object Object]".
        skipped: { code: 'file-read-failed', params: { reason: e instanceof Error ? e.message : String(e) } },
      });
    }
  }
  return out;
}

export async function writeBytes(file: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  // Write next to the target and rename, so an interrupted run never leaves a half-written workbook.
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, bytes);
  await fs.rename(tmp, file);
}
