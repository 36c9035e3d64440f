/**
 * WPS 表格 simulated in the page: the WPS build's real task pane and ribbon script (dist-wps/)
 * run against the fake object model of tests/wps/fakeWps.ts, transpiled and installed as
 * `window.Application` before the page loads — what a WPS 加载项 page gets from WPS.
 * Also builds dist-wps/ (`--env host=wps`) once while the build inputs have not changed.
 */
import fs from 'fs';
import path from 'path';
import { spawn } from 'child_process';
import ts from 'typescript';
import type { Page } from 'playwright-core';
import type { FakeWpsOptions } from '../wps/fakeWps';
export { wpsSheetsOf } from '../wps/fakeWps';
import { isFreshProductionBuild, readBuildInfo, repoRoot } from './harness-core';

export const wpsDistDir = path.join(repoRoot, 'dist-wps');

let script: string | undefined;

function fakeWpsSource(): string {
  if (script) return script;
  const source = fs.readFileSync(path.resolve(__dirname, '../wps/fakeWps.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  script = `(() => { const exports = {}; const module = { exports }; ${js}
    window.__createFakeWps = exports.createFakeWps; })();`;
  return script;
}

function install(options: FakeWpsOptions): void {
  const w = window as unknown as Record<string, unknown> & { __createFakeWps: (o: unknown) => { app: unknown } };
  const fake = w.__createFakeWps(options);
  w.__fakeWps = fake;
  w.Application = fake.app;
}

/** Installs the fake WPS in `page` (call before navigating). */
export async function installFakeWps(page: Page, options: FakeWpsOptions): Promise<void> {
  await page.addInitScript({ content: fakeWpsSource() });
  await page.addInitScript(install, options);
}

function runWpsBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [repoRoot] });
    const child = spawn(process.execPath, [cli, '--mode', 'production', '--env', 'host=wps'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`webpack --env host=wps exited with ${code}:\n${output.slice(-4000)}`))));
  });
}

/** dist-wps/ from `npm run build -- --env host=wps`, rebuilt when a build input is newer. */
export async function ensureWpsBuild(): Promise<{ reused: boolean }> {
  const wpsConfig = fs.statSync(path.join(repoRoot, 'webpack.wps.js')).mtimeMs;
  const info = path.join(wpsDistDir, 'build-info.json');
  const fresh = () => isFreshProductionBuild(wpsDistDir) && fs.statSync(info).mtimeMs >= wpsConfig && !!readBuildInfo(wpsDistDir)?.entrypoints?.main;
  if (fresh()) return { reused: true };
  await runWpsBuild();
  return { reused: false };
}
