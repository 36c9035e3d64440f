/**
 * The add-in as the office's IT deploys it on a closed network: `npm run build -- --env
 * origin=… --env officejs=local`, the release zip unpacked into a folder of a plain static HTTPS
 * server under a sub-path, Microsoft's CDN unreachable, Chromium driving the pages:
 *
 * - the zip holds everything the server needs, and the manifest points under the sub-path;
 * - the browser page works from the sub-path (engine chunk included) and never asks the CDN;
 * - opened the way Excel opens it, it loads office.js and the Excel scripts from the same
 *   server, survives office.js nulling history, and says plainly that it cannot reach Excel
 *   when there is no Excel behind it;
 * - the same zip opened as a local file is the browser page for WPS users;
 * - an engine too old for the bundle is told, in Chinese, what to use instead.
 */
import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { filledLedgerBytes } from '../fixtures/ledgers';
import { xlsxFile } from './fixtures';
import { describeE2e, eventually, launchChromium, repoRoot, type ChromiumSession } from './harness';
import { testWithTools } from '../helpers/tools';
import { httpsGet, startHttpsStaticServer, type HttpsStaticServer } from './httpsStatic';

const ORIGIN = 'https://fzb.example.gov.cn/ledger-review/';
const WIN32_HOST = '_host_Info=Excel$Win32$16.01$zh-CN$$$$0';
const artifacts = path.join(repoRoot, 'test-artifacts');

function runBuild(outDir: string): Promise<void> {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [repoRoot] });
  const args = [
    cli,
    '--mode',
    'production',
    '--env',
    `origin=${ORIGIN}`,
    '--env',
    'officejs=local',
    '--output-path',
    outDir,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`build failed (${code}):\n${output.slice(-3000)}`)),
    );
  });
}

/**
 * The page came up as the browser page (not in Office), and a unit picks its ledger in `view`
 * (typed application/octet-stream).
 */
async function pickLedgerInBrowserMode(page: Page, view: string): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]');
  await expect(page.locator('[data-host-reason]').getAttribute('data-host-reason')).resolves.toBe(
    'not-in-office',
  );
  const ledger = xlsxFile('华龙区4月.xlsx', await filledLedgerBytes(), 'application/octet-stream');
  await page.locator(`[data-view="${view}"] [data-testid="file-input"]`).setInputFiles([ledger]);
}

describeE2e('deployed on an intranet HTTPS server under a sub-path, CDN unreachable', () => {
  let work: string;
  let www: string;
  let zipFile: string;
  let server: HttpsStaticServer;
  let browser: ChromiumSession;
  const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version as string;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-deploy-'));
    const dist = path.join(work, 'dist');
    await runBuild(dist);
    zipFile = path.join(dist, `ledger-review-addin-${version}.zip`);
    // Exactly what IT does: unpack the zip into the folder the sub-path serves.
    www = path.join(work, 'www');
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(fs.readFileSync(zipFile))))) {
      const target = path.join(www, name);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, bytes);
    }
    server = await startHttpsStaticServer(www, '/ledger-review/');
    browser = await launchChromium({ viewport: { width: 350, height: 760 } });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  const open = async (relative: string): Promise<{ page: Page; errors: string[] }> => {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    // The CDN is unreachable, as on 政务外网 (launchChromium aborts everything not local too).
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.abort('internetdisconnected'),
    );
    await page.goto(`${server.base}${relative}`);
    return { page, errors };
  };

  test('the zip holds what the server needs (no maps), and the manifest points under the sub-path', async () => {
    const names = fs.readdirSync(www, { recursive: true }).map(String);
    for (const needed of [
      'taskpane.html',
      'commands.html',
      'support.html',
      'manifest.xml',
      'assets/icon-80.png',
      'office-js/office.js',
      'office-js/excel-win32-16.01.js',
      'office-js/excel-mac-16.00.js',
      'office-js/zh-cn/office_strings.js',
    ])
      expect(names).toContain(needed);
    expect(names.some((n) => /^ledger-engine\.[0-9a-f]+\.js$/.test(n))).toBe(true);
    expect(names.filter((n) => n.endsWith('.map') || n === 'build-info.json')).toEqual([]);
    // Copied byte for byte from @microsoft/office-js, not minified again.
    const pkgDist = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
    expect(
      fs
        .readFileSync(path.join(www, 'office-js/office.js'))
        .equals(fs.readFileSync(path.join(pkgDist, 'office.js'))),
    ).toBe(true);
    const zipBytes = fs.statSync(zipFile).size;
    console.log(
      `deploy: ${path.basename(zipFile)} = ${(zipBytes / 1024).toFixed(0)} KB, ${names.length} entries`,
    );
    expect(zipBytes).toBeLessThan(3 * 1024 * 1024);

    const manifest = (await httpsGet(`${server.base}manifest.xml`, server.ca)).body.toString('utf8');
    expect(manifest).toContain(`<SourceLocation DefaultValue="${ORIGIN}taskpane.html"/>`);
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
    expect(manifest).not.toMatch(/localhost/);
  });

  test('the browser page from the sub-path: browser mode at once, the engine chunk from the sub-path, nothing asked of the CDN', async () => {
    const before = server.requests.length;
    const { page, errors } = await open('taskpane.html?view=consolidate');
    await pickLedgerInBrowserMode(page, 'consolidate');
    await page.locator('[data-testid="picked-files"] tr[data-file-status="read"]').waitFor();
    const asked = server.requests.slice(before);
    expect(asked.every((r) => r.path.startsWith('/ledger-review/') && r.status === 200)).toBe(true);
    expect(asked.some((r) => /^\/ledger-review\/ledger-engine\.[0-9a-f]+\.js$/.test(r.path))).toBe(true);
    expect(asked.some((r) => r.path.includes('office-js/'))).toBe(false);
    expect(browser.blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('opened the way Excel opens it: office.js and the Excel scripts come from the same server, history is nulled and the tabs still work, and the pane says it cannot reach Excel', async () => {
    const before = server.requests.length;
    const { page, errors } = await open(`taskpane.html?view=validate&${WIN32_HOST}`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
    const asked = server.requests.slice(before).map((r) => `${r.status} ${r.path}`);
    expect(asked).toEqual(
      expect.arrayContaining([
        '200 /ledger-review/office-js/office.js',
        '200 /ledger-review/office-js/excel-win32-16.01.js',
        '200 /ledger-review/office-js/zh-cn/office_strings.js',
      ]),
    );
    expect(asked.filter((a) => !a.startsWith('200 '))).toEqual([]);
    expect(browser.blocked.filter((u) => u.includes('microsoft'))).toEqual([]);
    // The real office.js nulls the history methods (office-js#429) …
    expect(await page.evaluate(() => typeof window.history.replaceState)).not.toBe('function');
    // … and there is no Excel behind this page: say so, do not quietly offer uploads.
    const banner = page.locator('[data-host-reason="office-js-failed"]');
    await expect(banner.textContent()).resolves.toContain('无法连接 Excel');
    await expect(banner.textContent()).resolves.toContain('Windows');
    await page.getByRole('tab', { name: '季度点评' }).click();
    await page.locator('[data-view="review"]').waitFor();
    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'deploy-office-js-failed-350.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('the unzipped folder opened as a local file is the browser page (WPS users)', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(`file://${path.join(www, 'taskpane.html')}?view=validate`);
    await pickLedgerInBrowserMode(page, 'validate');
    await page.locator('[data-testid="file-result"]').first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('an engine that cannot parse the bundle (as in Office 2016/2019 volume-licensed, IE11) sees why and what to use, in Chinese', async () => {
    const page = await browser.context.newPage();
    // Serve taskpane.html with the syntax probe broken the way IE11 breaks on it.
    await page.route(`${server.base}taskpane.html*`, async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace('#c=3', '#c=3;@@');
      await route.fulfill({ response: res, body: html });
    });
    await page.goto(`${server.base}taskpane.html?${WIN32_HOST}`);
    const message = page.locator('[data-boot="too-old"]');
    await message.waitFor();
    const text = (await message.textContent()) ?? '';
    expect(text).toContain('此版本的 Office 无法运行台账点评');
    expect(text).toContain('Microsoft 365');
    expect(text).toContain(`${server.base}taskpane.html`);
    expect(text).not.toContain('_host_Info');
    await page.waitForTimeout(500);
    await expect(page.locator('html[data-ready="true"]').count()).resolves.toBe(0);
    // It loaded no office.js either: nothing it could do with it.
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { __ledgerReviewBoot?: { officeJs: string } }).__ledgerReviewBoot?.officeJs,
      ),
    ).toBe('skipped');
    await page.screenshot({ path: path.join(artifacts, 'deploy-too-old-350.png') });
    await page.close();
  }, 60_000);

  test('the inline start-up check is ES5, so IE11 can run it', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const acorn = require('acorn') as { parse(code: string, options: { ecmaVersion: number }): unknown };
    const html = fs.readFileSync(path.join(www, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const es5 = scripts.filter((s) => s.includes('__ledgerReviewBoot'));
    expect(es5).toHaveLength(1);
    expect(() => acorn.parse(es5[0], { ecmaVersion: 5 })).not.toThrow();
    // The probe, on the other hand, must NOT be ES5 (or it would prove nothing).
    const probe = scripts.find((s) => s.includes('__ledgerReviewSyntax=3') || s.includes('#c'));
    expect(() => acorn.parse(probe!, { ecmaVersion: 5 })).toThrow();
  });

  testWithTools(
    ['xmllint'],
    'the help page and the manifest validate as served (npm run validate on the deployed manifest)',
    async () => {
      const support = await httpsGet(`${server.base}support.html`, server.ca);
      expect(support.status).toBe(200);
      expect(support.body.toString('utf8')).toContain('支持的 Office 版本');
      await eventually(
        async () => fs.existsSync(path.join(www, 'manifest.xml')),
        (v) => v,
      );
      const { spawnSync } = await import('child_process');
      const run = spawnSync(
        process.execPath,
        ['scripts/validate-manifest.js', '--offline', path.join(www, 'manifest.xml')],
        {
          cwd: repoRoot,
          encoding: 'utf8',
        },
      );
      expect(run.stdout).toContain('符合清单架构');
      expect(run.status).toBe(0);
    },
    30_000,
  );
});
