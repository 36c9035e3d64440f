/**
 * The one way a test depends on a tool from outside npm (LibreOffice, Chromium, xmllint, Python
 * with openpyxl/pandas, poppler): locally, a missing tool skips the suite and PRINTS why and how to
 * install it; under `CI=true` (what `.ci/run` sets up) a missing tool FAILS the suite, because CI
 * installs every one of them and a silent skip there would leave the product unchecked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type OutsideTool = 'soffice' | 'chromium' | 'xmllint' | 'openpyxl' | 'pandas' | 'pdftotext' | 'pdftoppm';

/** Debian's Python: the `python3` on PATH can be another build without python3-openpyxl. */
export const DEBIAN_PYTHON = '/usr/bin/python3';

const INSTALL: Record<OutsideTool, string> = {
  soffice: 'apt-get install -y --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui',
  chromium: 'apt-get install -y --no-install-recommends chromium fonts-wqy-zenhei',
  xmllint: 'apt-get install -y --no-install-recommends libxml2-utils',
  openpyxl: 'apt-get install -y --no-install-recommends python3-openpyxl',
  pandas: 'apt-get install -y --no-install-recommends python3-pandas',
  pdftotext: 'apt-get install -y --no-install-recommends poppler-utils',
  pdftoppm: 'apt-get install -y --no-install-recommends poppler-utils',
};

function onPath(cmd: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  const found = r.status === 0 ? r.stdout.trim().split('\n')[0] : '';
  return found || null;
}

function pythonHas(module: string): string | null {
  if (!existsSync(DEBIAN_PYTHON)) return null;
  const r = spawnSync(DEBIAN_PYTHON, ['-c', `import ${module}`], { encoding: 'utf8' });
  return r.status === 0 ? DEBIAN_PYTHON : null;
}

/** soffice: $SOFFICE_PATH, else PATH, else a known install location (Debian, the upstream .deb); not cached. */
export function locateSoffice(): string | null {
  const fromEnv = process.env.SOFFICE_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return (
    onPath('soffice') ??
    onPath('libreoffice') ??
    ['/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'].find((p) => existsSync(p)) ??
    null
  );
}

const cache = new Map<OutsideTool, string | null>();

/** The tool's executable (for Python modules: the interpreter that has them), or null when absent. */
export function locateTool(tool: OutsideTool): string | null {
  if (cache.has(tool)) return cache.get(tool)!;
  let found: string | null;
  switch (tool) {
    case 'soffice':
      found = locateSoffice();
      break;
    case 'chromium':
      found = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
      break;
    case 'openpyxl':
    case 'pandas':
      found = pythonHas(tool);
      break;
    default:
      found = onPath(tool);
  }
  cache.set(tool, found);
  return found;
}

/** Why these tools cannot be used here (one line per missing tool), or null when all are present. */
export function missingTools(tools: readonly OutsideTool[]): string | null {
  const missing = tools.filter((t) => !locateTool(t));
  if (!missing.length) return null;
  return missing.map((t) => `${t} is not installed (${INSTALL[t]})`).join('; ');
}

/** True under CI, where a missing tool must fail instead of skipping. */
export function toolsRequired(): boolean {
  const ci = process.env.CI;
  return !!ci && ci !== '0' && ci.toLowerCase() !== 'false';
}

/**
 * `describe` when every tool is there. Otherwise: locally `describe.skip` with the reason printed;
 * under CI a suite whose single test fails with the reason.
 */
export function describeWithTools(tools: readonly OutsideTool[], name: string, body: () => void): void {
  const reason = missingTools(tools);
  if (!reason) {
    describe(name, body);
    return;
  }
  if (toolsRequired()) {
    describe(name, () => {
      test(`needs ${tools.join(', ')}`, () => {
        throw new Error(`CI=true but ${reason}`);
      });
    });
    return;
  }
  console.warn(`[skipped] ${name}: ${reason}`);
  describe.skip(`${name} (skipped: ${reason})`, body);
}

/** The same for a single test. */
export function testWithTools(
  tools: readonly OutsideTool[],
  name: string,
  fn: () => unknown | Promise<unknown>,
  timeout?: number,
): void {
  const reason = missingTools(tools);
  if (!reason) {
    test(name, fn as () => Promise<unknown>, timeout);
    return;
  }
  if (toolsRequired()) {
    test(name, () => {
      throw new Error(`CI=true but ${reason}`);
    });
    return;
  }
  console.warn(`[skipped] ${name}: ${reason}`);
  test.skip(`${name} (skipped: ${reason})`, fn as () => Promise<unknown>);
}
