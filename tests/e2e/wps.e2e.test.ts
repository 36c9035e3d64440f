/**
 * The WPS 加载项 (dist-wps/, `npm run build -- --env host=wps`) in real Chromium, inside a
 * simulated WPS 表格 (tests/wps/fakeWps.ts as `window.Application`): the ribbon script opens the
 * task pane on its view; a unit's ledger is validated live with marks and click-to-select; the
 * office's one click writes the review sheets into the open workbook and keeps typed remarks.
 * Plus the package itself: no office.js, the three ribbon buttons, the offline jsaddons folder.
 */
import fs from 'fs';
import path from 'path';
import { LEDGER_SHEET, MARKS_SHEET, REVIEW_SHEETS, readGrids } from '@ledger-review/workbook';
import type { Page } from 'playwright-core';
import type { FakeWps } from '../wps/fakeWps';
import { filledLedgerBytes, unitOf, ledgerIndicators } from '../fixtures/ledgers';
import { XLSX } from './fixtures';
import { ensureWpsBuild, installFakeWps, wpsDistDir, wpsSheetsOf } from './fakeWpsPage';
import { describeE2e, eventually, launchChromium, saveScreenshot, startStaticServer, type ChromiumSession, type StaticServer } from './harness';

type FakeWindow = Window & { __fakeWps: FakeWps; OnAction?: (c: { Id: string }) => boolean; OnAddinLoad?: (r: unknown) => boolean };

const mark = (page: Page, a1: string) =>
  page.evaluate(([s, a]) => (window as unknown as FakeWindow).__fakeWps.sheet(s)?.cells.get(a)?.value ?? null, [MARKS_SHEET, a1] as const);

/** The unit types into the ledger; WPS raises SheetChange. */
const typeInto = (page: Page, a1: string, value: number | string) =>
  page.evaluate(([a, v]) => (window as unknown as FakeWindow).__fakeWps.userEdit('工作台账', a, v), [a1, value] as const);

describeE2e('the WPS 加载项 inside WPS 表格 (simulated object model)', () => {
  let server: StaticServer;
  let browser: ChromiumSession;

  beforeAll(async () => {
    await ensureWpsBuild();
    server = await startStaticServer(wpsDistDir);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(url: string, sheets: Parameters<typeof installFakeWps>[1]['sheets'], activeSheet?: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.clock.setFixedTime(new Date(2021, 4, 3, 10));
    await installFakeWps(page, { sheets, activeSheet });
    await page.goto(`${server.origin}/${url}`);
    return page;
  }

  test('the package: no office.js, the ribbon’s three buttons, online list and offline jsaddons folder', () => {
    const html = fs.readFileSync(path.join(wpsDistDir, 'taskpane.html'), 'utf8');
    expect(html).not.toMatch(/office\.js|appsforoffice/);
    const ribbon = fs.readFileSync(path.join(wpsDistDir, 'ribbon.xml'), 'utf8');
    expect([...ribbon.matchAll(/<button [^>]*label="([^"]+)"[^>]*onAction="OnAction"/g)].map((m) => m[1])).toEqual(['校验台账', '汇总台账', '季度点评']);
    expect(ribbon).toContain('onLoad="OnAddinLoad"');
    expect(fs.readFileSync(path.join(wpsDistDir, 'index.html'), 'utf8')).toMatch(/<script src="?main\.js"?><\/script>/);
    expect(fs.readFileSync(path.join(wpsDistDir, 'jsplugins.xml'), 'utf8')).toMatch(/<jspluginonline name="ledger-review" type="et" url="https:\/\/[^"]+\/"\/>/);
    const version = JSON.parse(fs.readFileSync(path.resolve(wpsDistDir, '../package.json'), 'utf8')).version;
    const folder = path.join(wpsDistDir, 'jsaddons', `ledger-review_${version}`);
    expect(fs.readFileSync(path.join(wpsDistDir, 'jsaddons', 'publish.xml'), 'utf8')).toContain(`url="ledger-review_${version}" version="${version}"`);
    // Everything the online folder serves is in the offline one too (source maps aside).
    const online = fs.readdirSync(wpsDistDir).filter((f) => /\.(js|html|xml)$/.test(f) && f !== 'jsplugins.xml');
    for (const f of online) expect(fs.existsSync(path.join(folder, f))).toBe(true);
    expect(fs.readFileSync(path.join(wpsDistDir, 'jsaddons', 'install-linux.sh'), 'utf8')).toContain('.local/share/Kingsoft/wps/jsaddons');
    expect(fs.readFileSync(path.join(wpsDistDir, 'jsaddons', 'install-windows.bat'), 'utf8')).toContain('%APPDATA%\\kingsoft\\wps\\jsaddons');
    // The deployment guide names what the build writes.
    const guide = fs.readFileSync(path.resolve(wpsDistDir, '../docs/部署指南.md'), 'utf8');
    for (const name of ['--env host=wps', 'jsplugins.xml', 'publish.xml', 'install-windows.bat', 'install-linux.sh', 'ribbon.xml', 'JSPluginsServer']) expect(guide).toContain(name);
  });

  test('the ribbon script: 季度点评 opens the task pane on its view, 校验台账 re-points the same pane', async () => {
    const page = await open('index.html', [{ name: 'Sheet1' }]);
    const panes = await page.evaluate(() => {
      const w = window as unknown as FakeWindow;
      w.OnAddinLoad?.({ Invalidate() {}, InvalidateControl() {} });
      w.OnAction?.({ Id: 'btnReview' });
      w.OnAction?.({ Id: 'btnValidate' });
      return w.__fakeWps.taskPanes.map((p) => ({ url: p.url, visible: p.Visible, width: p.Width }));
    });
    expect(panes).toEqual([{ url: `${server.origin}/taskpane.html?view=validate`, visible: true, width: 350 }]);
    await page.close();
  }, 60_000);

  test('live validation in WPS: an edit is checked, its cell marked, clicked to, fixed and unmarked', async () => {
    const sheets = wpsSheetsOf(readGrids(await filledLedgerBytes()));
    const page = await open('taskpane.html?view=validate&lang=zh-CN', sheets, LEDGER_SHEET);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
    await expect(page.locator('[data-host-mode="wps"]').textContent()).resolves.toBe('已连接 WPS 表格（Linux（统信 UOS、银河麒麟等））。');
    const verdict = page.locator('[data-view="validate"] [data-testid="ledger-result"]');
    await verdict.waitFor();
    await expect(verdict.getAttribute('data-verdict')).resolves.toBe('can-submit');
    await expect(page.getByRole('switch', { name: '编辑时实时校验' }).isChecked()).resolves.toBe(true);

    await typeInto(page, 'H7', 150);
    await page.locator('[data-testid="verdict"]', { hasText: '改正后才能报送' }).waitFor();
    await eventually(() => mark(page, 'H7'), (v) => v === 'E');
    await expect(page.getByTestId('last-change').textContent()).resolves.toBe('最近一次修改：工作台账!H7（本人）');
    await saveScreenshot(page, 'wps-unit-live.png');

    await page.getByRole('button', { name: /选中 工作台账!H7/ }).click();
    await eventually(
      () => page.evaluate(() => (window as unknown as FakeWindow).__fakeWps.sheet('工作台账')!.selection),
      (v) => v === 'H7',
    );
    await typeInto(page, 'H7', 100);
    await page.locator('[data-testid="verdict"]', { hasText: '可以报送' }).waitFor();
    await eventually(() => mark(page, 'H7'), (v) => v === null);
    // The unit stayed on the ledger throughout; nothing asked WPS's user to confirm anything.
    const state = await page.evaluate(() => {
      const f = (window as unknown as FakeWindow).__fakeWps;
      return { active: f.activeSheetName(), prompts: f.prompts };
    });
    expect(state).toEqual({ active: '工作台账', prompts: [] });
    expect(browser.blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  test('the office: one click writes the review into the open workbook and keeps typed remarks', async () => {
    const page = await open('taskpane.html?view=consolidate&lang=zh-CN', [{ name: 'Sheet1' }]);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
    const indicators = ledgerIndicators();
    await page.locator('[data-view="consolidate"] [data-testid="file-input"]').setInputFiles([
      { name: '华龙区4月.xlsx', mimeType: XLSX, buffer: Buffer.from(await filledLedgerBytes()) },
      { name: '清丰县4月.xlsx', mimeType: XLSX, buffer: Buffer.from(await filledLedgerBytes({ unit: '清丰县', rows: { [indicators[0].code]: { progress: 300 } } })) },
    ]);
    await page.locator('[data-testid="picked-files"] tr[data-file-status="read"]').nth(1).waitFor();
    await page.getByRole('button', { name: '汇总并写入当前工作簿' }).click();
    const summary = page.getByTestId('run-summary');
    await summary.waitFor({ timeout: 60_000 });
    await expect(summary.textContent()).resolves.toMatch(/已写入当前工作簿：15 个工作表/);
    // Print setup, filters and tab colours all have their WPS calls: nothing reported as not set.
    await expect(page.getByText('未能设置').count()).resolves.toBe(0);
    const names = () => page.evaluate(() => (window as unknown as FakeWindow).__fakeWps.sheetNames());
    expect(await names()).toEqual(expect.arrayContaining(Object.values(REVIEW_SHEETS)));
    expect((await names()).filter((n) => n.startsWith('~lr-'))).toEqual([]);

    const code = unitOf('华龙区').code;
    await page.evaluate((unit) => {
      const sheet = (window as unknown as FakeWindow).__fakeWps.sheet('综合排名')!;
      const header = [...sheet.cells.entries()].find(([, c]) => c.value === '分析原因')![0].replace(/\d+$/, '');
      const row = [...sheet.cells.entries()].find(([a, c]) => c.value === unit && /^B\d+$/.test(a))![0].slice(1);
      sheet.cells.set(`${header}${row}`, { value: '领导重视，台账规范', locked: false });
    }, code);
    await page.getByRole('button', { name: '汇总并写入当前工作簿' }).click();
    await page.getByText('保留了当前工作簿中已填写的分析原因、会议备注和收到日期。').waitFor({ timeout: 60_000 });
    const kept = await page.evaluate(() => [...(window as unknown as FakeWindow).__fakeWps.sheet('综合排名')!.cells.values()].some((c) => c.value === '领导重视，台账规范'));
    expect(kept).toBe(true);
    const prompts = await page.evaluate(() => (window as unknown as FakeWindow).__fakeWps.prompts);
    expect(prompts).toEqual([]);
    await page.close();
  }, 180_000);
});
