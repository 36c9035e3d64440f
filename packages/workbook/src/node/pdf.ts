import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where LibreOffice usually is when it is not on PATH (Debian, the upstream packages, Windows, macOS). */
const KNOWN = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/** LibreOffice's soffice: $SOFFICE_PATH, else a known location, else null. */
export function findSoffice(): string | null {
  const env = process.env.SOFFICE_PATH;
  if (env) return existsSync(env) ? env : null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['soffice', 'soffice.exe', 'libreoffice']) {
      const p = path.join(dir, name);
      if (dir && existsSync(p)) return p;
    }
  }
  return KNOWN.find((p) => existsSync(p)) ?? null;
}

/**
 * Convert .docx files to PDF beside them with headless LibreOffice: one call per folder (its
 * start-up costs seconds), with a throw-away profile so a LibreOffice the user has open is not
 * disturbed. Resolves to the PDFs written; files LibreOffice did not convert are left out.
 */
export async function docxToPdf(soffice: string, files: readonly string[], timeoutMs = 300_000): Promise<string[]> {
  const byDir = new Map<string, string[]>();
  for (const f of files) {
    const dir = path.dirname(path.resolve(f));
    byDir.set(dir, [...(byDir.get(dir) ?? []), path.resolve(f)]);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'ledger-review-lo-'));
  const written: string[] = [];
  try {
    for (const [dir, list] of byDir) {
      await new Promise<void>((done, fail) =>
        execFile(
          soffice,
          ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'pdf', '--outdir', dir, ...list],
          { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
          (error, _out, err) => (error ? fail(new Error(`${error.message}\n${err}`)) : done()),
        ),
      );
      for (const f of list) {
        const pdf = f.replace(/\.docx$/i, '.pdf');
        if (existsSync(pdf)) written.push(pdf);
      }
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return written;
}
