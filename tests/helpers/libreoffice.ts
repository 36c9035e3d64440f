/**
 * LibreOffice as the independent spreadsheet engine of the end-to-end tests: it opens the
 * .xlsx files we render, recalculates every formula and saves them again, so a test can read
 * the cached results back and compare them with the scoring library's numbers.
 *
 * What this helper relies on (measured with LibreOffice 7.4 on Debian 12):
 * - start-up costs ~4.4 s per call, so many files are converted in ONE `soffice` call;
 * - stale cached values survive unless the profile's registrymodifications.xcu sets
 *   `/org.openoffice.Office.Calc/Formula/Load` `OOXMLRecalcMode` = 0 (always recalculate);
 *   a fresh temporary profile per call also keeps parallel test workers from fighting over the
 *   profile lock.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { locateSoffice } from './tools';

export const SOFFICE_MISSING_MESSAGE =
  'LibreOffice (soffice) 未安装，无法用真实表格引擎重算点评工作簿的公式。' +
  '安装：apt-get install -y --no-install-recommends libreoffice-calc-nogui；或设置 SOFFICE_PATH。\n' +
  'LibreOffice (soffice) is not installed, so the review workbook formulas cannot be recalculated by a real ' +
  'spreadsheet engine. Install it with `apt-get install -y --no-install-recommends libreoffice-calc-nogui` ' +
  'or point SOFFICE_PATH at the binary.';

export class SofficeMissingError extends Error {
  constructor() {
    super(SOFFICE_MISSING_MESSAGE);
    this.name = 'SofficeMissingError';
  }
}

const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A throw-away user profile that always recalculates formulas on load. */
export function createRecalcProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS_XCU, 'utf8');
  return dir;
}

export interface RecalcResult {
  /** Recalculated copies, in the order of the input files. */
  outputs: string[];
  /** Wall-clock time of the one soffice call, in milliseconds. */
  elapsedMs: number;
}

export interface RecalcOptions {
  /** Output folder (created); defaults to a new temporary folder. Must differ from the inputs' folders. */
  outDir?: string;
  /** Kill soffice after this long (default 180 s). */
  timeoutMs?: number;
}

/**
 * Opens every .xlsx file in one headless LibreOffice call, recalculates all formulas and saves
 * each as .xlsx in `outDir` (same base name). Throws {@link SofficeMissingError} when soffice is
 * not installed, and an error quoting soffice's output when a file was not converted.
 */
export async function recalculateWithLibreOffice(
  files: string[],
  options: RecalcOptions = {},
): Promise<RecalcResult> {
  const soffice = locateSoffice();
  if (!soffice) throw new SofficeMissingError();
  if (files.length === 0) return { outputs: [], elapsedMs: 0 };
  const inputs = files.map((f) => resolve(f));
  const names = inputs.map((f) => basename(f, extname(f)));
  if (new Set(names).size !== names.length)
    throw new Error('recalculateWithLibreOffice: input files must have distinct base names');

  const outDir = resolve(options.outDir ?? mkdtempSync(join(tmpdir(), 'lo-out-')));
  if (inputs.some((f) => dirname(f) === outDir))
    throw new Error('recalculateWithLibreOffice: outDir must differ from the input folder');
  mkdirSync(outDir, { recursive: true });
  const outputs = names.map((n) => join(outDir, `${n}.xlsx`));
  for (const o of outputs) rmSync(o, { force: true });

  const profile = createRecalcProfile();
  const args = [
    '--headless',
    '--norestore',
    '--nolockcheck',
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--convert-to',
    'xlsx:Calc MS Excel 2007 XML',
    '--outdir',
    outDir,
    ...inputs,
  ];
  const started = Date.now();
  try {
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((done, fail) => {
      execFile(
        soffice,
        args,
        { timeout: options.timeoutMs ?? 180_000, maxBuffer: 16 * 1024 * 1024 },
        (error, out, err) => {
          if (error) fail(new Error(`soffice failed: ${error.message}\n${err}`));
          else done({ stdout: out, stderr: err });
        },
      );
    });
    const elapsedMs = Date.now() - started;
    const missing = outputs.filter((o) => !existsSync(o));
    if (missing.length) {
      throw new Error(`soffice did not write ${missing.join(', ')}\nstdout: ${stdout}\nstderr: ${stderr}`);
    }
    return { outputs, elapsedMs };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
