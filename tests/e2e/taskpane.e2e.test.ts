/**
 * The production task pane in real Chromium, served from 127.0.0.1 with office.js blocked:
 * exactly what a WPS or LibreOffice user gets when opening the add-in URL in a browser.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { installFakeOffice, type FakeOfficeProbe } from './fakeOffice';
import {
  describeE2e,
  distDir,
  eventually,
  gzipSize,
  initialScriptFiles,
  openTaskpaneEnvironment,
  saveScreenshot,
  type TaskpaneEnvironment,
} from './harness';

const INITIAL_JS_BUDGET_BYTES = 300 * 1024;

async function ledgerWorkbookBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ledger = workbook.addWorksheet('工作台账');
  ledger.addRow(['单位名称', '华龙区']);
  ledger.addRow(['报告月份', '2021-01']);
  ledger.addRow(['指标编号', '检查内容', '指标内容', '分值']);
  ledger.addRow(['1.1', '依法全面履行政府职能', '规范性文件备案审查', 5]);
  workbook.addWorksheet('填报说明').addRow(['请按说明填写']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

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
      // Strings only ExcelJS's xlsx reader contains.
      expect(text).not.toContain('xl/sharedStrings.xml');
      expect(text).not.toContain('sheetProtection');
    }
    expect(fs.readdirSync(distDir).some((f) => /^exceljs\..*\.js$/.test(f))).toBe(true);
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
    await expect(page.locator('[data-host-mode="browser"]').textContent()).resolves.toContain(
      '未能加载 Office.js',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(env.browser.blocked.some((u) => u.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
    expect(env.browser.blocked.every((u) => u.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
    // Nothing of the xlsx chunk before a file is opened.
    expect(env.server.requests.some((p) => /exceljs|xlsx-reader/.test(p))).toBe(false);

    // English.
    await page.getByRole('button', { name: '切换到英文界面' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Ledger Review');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('tab', { name: 'Consolidate' }).click();
    await page.getByText('Choose the ledger workbooks received from units', { exact: false }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('consolidate');

    // Upload through the file input: a real ledger, a hostile name, a CSV.
    await page.locator('[data-view="consolidate"] input[type="file"]').setInputFiles([
      {
        name: '华龙区-2021-01.xlsx',
        mimeType: 'application/octet-stream',
        buffer: await ledgerWorkbookBytes(),
      },
      { name: HOSTILE_NAME, mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip at all') },
      { name: '汇总.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') },
    ]);
    const ledgerRow = rowFor(page, '华龙区-2021-01.xlsx');
    await ledgerRow.locator('text=工作台账').waitFor({ timeout: 15_000 });
    await expect(ledgerRow.textContent()).resolves.toContain(
      '2 sheet(s): 工作台账 (4 rows); 填报说明 (1 rows)',
    );
    await expect(rowFor(page, HOSTILE_NAME).textContent()).resolves.toContain('not an .xlsx workbook');
    await expect(rowFor(page, '汇总.csv').textContent()).resolves.toContain('Not an .xlsx file');
    expect(await page.locator('[data-testid="picked-files"] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(env.server.requests.some((p) => /^\/exceljs\.[0-9a-f]+\.js$/.test(p))).toBe(true);
    await expect(page.getByText('3 file(s) chosen', { exact: false }).count()).resolves.toBe(1);

    // Drop a file on the drop zone.
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])], '旧版台账.xlsx'));
      return dt;
    });
    await page.dispatchEvent('[data-view="consolidate"] [data-testid="drop-zone"]', 'drop', { dataTransfer });
    await expect(rowFor(page, '旧版台账.xlsx').textContent()).resolves.toContain(
      'encrypted or an old .xls file',
    );

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

  test('?host=browser skips Office and says so', async () => {
    const page = await env.open('taskpane.html?host=browser&lang=en');
    await expect(page.locator('[data-host-mode="browser"]').textContent()).resolves.toContain(
      'the address asks for browser mode',
    );
    await page.close();
  }, 30_000);

  test('inside Excel (fake office.js in the page): reads the active sheet, live validation re-reads', async () => {
    const page = await env.browser.context.newPage();
    page.setDefaultTimeout(10_000);
    await page.addInitScript(installFakeOffice, {
      platform: 'OfficeOnline',
      excelApiMinor: 7,
      sheetName: '工作台账',
      values: [
        ['单位名称', '华龙区', ''],
        ['指标编号', '自评分', '合计'],
        ['1.1', 4.5, 4.5],
      ],
      formulas: [
        ['单位名称', '华龙区', ''],
        ['指标编号', '自评分', '合计'],
        ['1.1', 4.5, '=B3'],
      ],
    });
    await page.goto(`${env.server.origin}/taskpane.html?lang=zh-CN`);
    await page.waitForSelector('html[data-ready="true"]');
    await expect(page.locator('[data-host-mode="excel"]').textContent()).resolves.toBe(
      '已连接 Excel（网页版）。',
    );
    await page.getByText('写入下拉列表和数值限制（需要 ExcelApi 1.8）', { exact: false }).waitFor();

    await page.getByRole('button', { name: '读取当前工作表' }).click();
    await expect(page.getByTestId('read-summary').textContent()).resolves.toBe(
      '已读取工作表“工作台账”：3 行 × 3 列，其中公式 1 个。',
    );
    const probe = () =>
      page.evaluate(() => {
        const p = (window as unknown as { __fakeOffice: FakeOfficeProbe }).__fakeOffice;
        return { reads: p.reads, removed: p.removed, subscribed: typeof p.fire === 'function' };
      });
    expect((await probe()).reads).toBe(1);

    await page.getByRole('switch', { name: '编辑时实时校验' }).click();
    await eventually(probe, (p) => p.subscribed);
    await page.evaluate(() =>
      (window as unknown as { __fakeOffice: FakeOfficeProbe }).__fakeOffice.fire!({
        address: 'B3',
        changeType: 'RangeEdited',
        source: 'Remote',
      }),
    );
    await page.getByText('最近一次修改：工作台账!B3（共同编辑者）').waitFor();
    await eventually(probe, (p) => p.reads === 2);

    await page.getByRole('switch', { name: '编辑时实时校验' }).click();
    await eventually(probe, (p) => p.removed);
    expect(await page.getByRole('switch', { name: '编辑时实时校验' }).isChecked()).toBe(false);
    await saveScreenshot(page, 'taskpane-excel.png');
    await page.close();
  }, 30_000);
});
