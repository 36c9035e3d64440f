/**
 * The production task pane in real Chromium, served from 127.0.0.1 with office.js blocked:
 * exactly what a WPS or LibreOffice user gets when opening the add-in URL in a browser.
 */
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { filledLedgerBytes } from '../fixtures/ledgers';
import {
  describeE2e,
  distDir,
  gzipSize,
  initialScriptFiles,
  openTaskpaneEnvironment,
  saveScreenshot,
  type TaskpaneEnvironment,
} from './harness';

const INITIAL_JS_BUDGET_BYTES = 300 * 1024;

/** Files whose names a careless UI would render as markup. */
const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">台账.xlsx';

function rowFor(page: Page, name: string) {
  return page.locator('tr', { has: page.getByText(name, { exact: true }) });
}

describeE2e('task pane in Chromium', () => {
  let env: TaskpaneEnvironment;

  beforeAll(async () => {
    env = await openTaskpaneEnvironment();
    console.log(
      env.build.reused
        ? 'e2e: reusing the fresh production build in dist/'
        : `e2e: production build took ${env.build.ms} ms`,
    );
  }, 240_000);

  afterAll(async () => {
    await env?.close();
  });

  test('initial JS stays within 300 KB gzip and ExcelJS is not in it', () => {
    const files = initialScriptFiles(distDir);
    expect(files.length).toBeGreaterThan(0);
    const gzip = files.reduce((sum, f) => sum + gzipSize(path.join(distDir, f)), 0);
    console.log(`e2e: taskpane initial JS ${files.join(', ')} = ${(gzip / 1024).toFixed(1)} KB gzip`);
    expect(gzip).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
    for (const f of files) {
      const text = fs.readFileSync(path.join(distDir, f), 'utf8');
      // Strings only the xlsx reader and writer contain: they belong in the lazy engine chunk.
      expect(text).not.toContain('xl/sharedStrings.xml');
      expect(text).not.toContain('sheetProtection');
    }
    const engine = fs.readdirSync(distDir).filter((f) => /^ledger-engine\.[0-9a-f]+\.js$/.test(f));
    expect(engine).toHaveLength(1);
    expect(fs.readFileSync(path.join(distDir, engine[0]), 'utf8')).toContain('xl/sharedStrings.xml');
    // ExcelJS is a test-only dependency now: nothing of it ships.
    expect(fs.readdirSync(distDir).some((f) => /exceljs/i.test(f))).toBe(false);
  });

  test('renders in Chinese, switches to English, lists uploaded and dropped files', async () => {
    const page = await env.open('taskpane.html');
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(String(err)));

    // Chinese by default, browser mode because office.js was blocked.
    await expect(page.locator('h1').textContent()).resolves.toBe('台账点评');
    await expect(page.getByRole('tab', { name: '单位校验' }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    // Not opened by Office: taskpane.html does not even ask for office.js (a blocked CDN would
    // otherwise hold the page), and says plainly where it runs.
    await expect(page.locator('[data-host-mode="browser"]').textContent()).resolves.toContain(
      '本页没有在 Excel 中打开',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(env.browser.blocked).toEqual([]);
    // Nothing of the engine chunk before a file is opened.
    expect(env.server.requests.some((p) => /ledger-engine/.test(p))).toBe(false);

    // English.
    await page.getByRole('button', { name: '切换到英文界面' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Ledger Review');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('tab', { name: 'Consolidate' }).click();
    await page.getByText('Choose the ledgers and inspection workbooks received', { exact: false }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('consolidate');

    // Upload through the file input: a real ledger, a hostile name, a CSV.
    await page.locator('[data-view="consolidate"] input[type="file"]').setInputFiles([
      {
        name: '华龙区-2021-01.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(await filledLedgerBytes({ month: '2021-01' })),
      },
      {
        name: HOSTILE_NAME,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from([0x00, 0x9c, 0xff, 0x01, 0x00, 0x7f, 0x00, 0x00]),
      },
      { name: '汇总.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') },
    ]);
    const ledgerRow = rowFor(page, '华龙区-2021-01.xlsx');
    await ledgerRow.locator('text=Work ledger').waitFor({ timeout: 15_000 });
    await expect(ledgerRow.textContent()).resolves.toContain('Work ledger · 华龙区 · January 2021 · valid');
    await expect(rowFor(page, HOSTILE_NAME).textContent()).resolves.toContain(
      'is not a valid .xlsx workbook',
    );
    await expect(rowFor(page, '汇总.csv').textContent()).resolves.toContain('is a CSV/text file');
    expect(await page.locator('[data-testid="picked-files"] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(env.server.requests.some((p) => /^\/ledger-engine\.[0-9a-f]+\.js$/.test(p))).toBe(true);
    // The quarter is inferred from the ledger's month.
    await expect(page.locator('[data-testid="quarter-picker"] select').nth(1).inputValue()).resolves.toBe(
      '1',
    );
    await expect(page.getByText('3 file(s) chosen', { exact: false }).count()).resolves.toBe(1);

    // Drop a file on the drop zone.
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      const ole = new Uint8Array(1024);
      ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]); // an OLE compound file: a renamed .xls
      dt.items.add(new File([ole], '旧版台账.xlsx'));
      return dt;
    });
    await page.dispatchEvent('[data-view="consolidate"] [data-testid="drop-zone"]', 'drop', { dataTransfer });
    await rowFor(page, '旧版台账.xlsx').getByText('is a legacy .xls workbook', { exact: false }).waitFor();

    // Tabs keep their lists.
    await page.getByRole('tab', { name: 'Quarterly review' }).click();
    await page.getByRole('tab', { name: 'Consolidate' }).click();
    await expect(page.getByText('4 file(s) chosen', { exact: false }).count()).resolves.toBe(1);

    const shot = await saveScreenshot(page, 'taskpane.png');
    expect(fs.statSync(shot).size).toBeGreaterThan(1000);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 60_000);

  test('?view=review opens the quarterly review with the library schedule', async () => {
    const page = await env.open('taskpane.html?view=review&lang=zh-CN');
    await expect(page.getByRole('tab', { name: '季度点评' }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    const selects = page.locator('[data-view="review"] select');
    await selects.nth(0).selectOption('2021');
    await selects.nth(1).selectOption('2');
    const table = page.locator('[data-view="review"] table');
    await expect(page.locator('[data-view="review"]').textContent()).resolves.toContain(
      '2021年第二季度点评安排',
    );
    const text = (await table.textContent()) ?? '';
    // Q2 uses the April–June ledgers (due on the 5th of the next month), inspections B2 and B3,
    // and meets on 15 July (SPEC §3–4 defaults).
    expect(text).toContain('2021年4月');
    expect(text).toContain('报送截止 2021年7月5日');
    expect(text).toContain('2021年3—4月');
    expect(text).toContain('2021年5—6月');
    expect(text).toContain('会议日期 2021年7月15日');
    await page.close();
  }, 30_000);

  test('opened by Excel (host information in the address) with the CDN unreachable: it says it cannot reach Excel', async () => {
    const page = await env.open('taskpane.html?view=validate&lang=zh-CN&_host_Info=Excel$Win32$16.01$zh-CN$$$$0');
    const banner = page.locator('[data-host-reason="office-js-failed"]');
    await expect(banner.textContent()).resolves.toContain('无法连接 Excel');
    expect(env.browser.blocked.some((u) => u.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
    await page.close();
  }, 30_000);

  test('?host=browser skips Office and says so', async () => {
    const page = await env.open('taskpane.html?host=browser&lang=en');
    await expect(page.locator('[data-host-mode="browser"]').textContent()).resolves.toContain(
      'the address asks for browser mode',
    );
    await page.close();
  }, 30_000);
});
