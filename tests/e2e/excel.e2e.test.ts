/**
 * The task pane inside Excel (a simulated Excel object model in the page, see fakeOffice.ts),
 * in real Chromium: live validation of a unit's ledger with highlight marks, click-to-select,
 * and the office's one click writing the review sheets into the open workbook, keeping what the
 * office typed there.
 */
import { readGrids, REVIEW_SHEETS } from '@ledger-review/workbook';
import type { Page } from 'playwright-core';
import type { FakeExcel } from '../addin/fakeExcel';
import { filledLedgerBytes, unitOf, ledgerIndicators } from '../fixtures/ledgers';
import { fakeSheetsOf, installFakeOffice } from './fakeOffice';
import { XLSX } from './fixtures';
import {
  describeE2e,
  eventually,
  openTaskpaneEnvironment,
  saveScreenshot,
  type TaskpaneEnvironment,
} from './harness';

type FakeWindow = Window & { __fake: FakeExcel };

/** A cell of the fake workbook, as the page's Excel holds it. */
function cell(page: Page, sheet: string, a1: string) {
  return page.evaluate(
    ([s, a]) => (window as unknown as FakeWindow).__fake.sheet(s)?.cells.get(a)?.value ?? null,
    [sheet, a1] as const,
  );
}

/** The unit types into a cell, and Excel raises its change event. */
async function typeInto(page: Page, a1: string, value: number | string) {
  await page.evaluate(
    async ([a, v]) => {
      const fake = (window as unknown as FakeWindow).__fake;
      fake.sheet('工作台账')!.cells.set(a, { value: v });
      for (const h of fake.handlers.filter((x) => x.path.endsWith('onChanged') && !x.removed))
        await h.fire({ address: a, changeType: 'RangeEdited', source: 'Local' });
    },
    [a1, value] as const,
  );
}

describeE2e('inside Excel (simulated object model)', () => {
  let env: TaskpaneEnvironment;

  beforeAll(async () => {
    env = await openTaskpaneEnvironment();
  }, 240_000);

  afterAll(async () => {
    await env?.close();
  });

  test('live validation: an edit is checked, its cell marked, clicked to, fixed and unmarked', async () => {
    const sheets = fakeSheetsOf(readGrids(await filledLedgerBytes()));
    const page = await env.open('taskpane.html?lang=zh-CN', async (p) => {
      await p.clock.setFixedTime(new Date(2021, 4, 3, 10));
      await installFakeOffice(p, { platform: 'OfficeOnline', excelApiMinor: 9, sheets });
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    await expect(page.locator('[data-host-mode="excel"]').textContent()).resolves.toBe(
      '已连接 Excel（网页版）。',
    );
    const verdict = page.locator('[data-view="validate"] [data-testid="ledger-result"]');
    await verdict.waitFor();
    await expect(verdict.getAttribute('data-verdict')).resolves.toBe('can-submit');
    await expect(verdict.textContent()).resolves.toContain('华龙区');
    await expect(page.getByRole('switch', { name: '编辑时实时校验' }).isChecked()).resolves.toBe(true);

    // 完成进度 of the second indicator (row 7, column H) typed as 150.
    await typeInto(page, 'H7', 150);
    await page.locator('[data-testid="verdict"]', { hasText: '改正后才能报送' }).waitFor();
    await eventually(
      () => cell(page, '校验标记', 'H7'),
      (v) => v === 'E',
    );
    await expect(page.getByTestId('last-change').textContent()).resolves.toBe(
      '最近一次修改：工作台账!H7（本人）',
    );
    await saveScreenshot(page, 'excel-unit-live.png');

    await page.getByRole('button', { name: '在 Excel 中选中 工作台账!H7' }).click();
    await eventually(
      () =>
        page.evaluate(() =>
          (window as unknown as FakeWindow).__fake.log.some((l) => /H7.*select\(\)|select.*H7/.test(l)),
        ),
      (v) => v,
    );

    await typeInto(page, 'H7', 100);
    await page.locator('[data-testid="verdict"]', { hasText: '可以报送' }).waitFor();
    await eventually(
      () => cell(page, '校验标记', 'H7'),
      (v) => v === null || v === '',
    );
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 60_000);

  test('the office: one click writes the review into the open workbook and keeps typed remarks', async () => {
    const page = await env.open('taskpane.html?view=consolidate&lang=zh-CN', (p) =>
      installFakeOffice(p, { platform: 'PC', excelApiMinor: 9, sheets: [{ name: 'Sheet1' }] }),
    );
    const indicators = ledgerIndicators();
    const files = [
      { name: '华龙区4月.xlsx', mimeType: XLSX, buffer: Buffer.from(await filledLedgerBytes()) },
      {
        name: '清丰县4月.xlsx',
        mimeType: XLSX,
        buffer: Buffer.from(
          await filledLedgerBytes({ unit: '清丰县', rows: { [indicators[0].code]: { progress: 300 } } }),
        ),
      },
    ];
    await page.locator('[data-view="consolidate"] [data-testid="file-input"]').setInputFiles(files);
    await page.locator('[data-testid="picked-files"] tr[data-file-status="read"]').nth(1).waitFor();
    await page.getByRole('button', { name: '汇总并写入当前工作簿' }).click();
    const summary = page.getByTestId('run-summary');
    await summary.waitFor({ timeout: 30_000 });
    await expect(summary.textContent()).resolves.toMatch(/已写入当前工作簿：15 个工作表/);
    const names = () => page.evaluate(() => (window as unknown as FakeWindow).__fake.sheetNames());
    expect(await names()).toEqual(expect.arrayContaining(Object.values(REVIEW_SHEETS)));

    // The office types its cause analysis into 综合排名, then consolidates again.
    const code = unitOf('华龙区').code;
    await page.evaluate((unit) => {
      const sheet = (window as unknown as FakeWindow).__fake.sheet('综合排名')!;
      const header = [...sheet.cells.entries()]
        .find(([, c]) => c.value === '分析原因')![0]
        .replace(/\d+$/, '');
      const row = [...sheet.cells.entries()]
        .find(([a, c]) => c.value === unit && /^B\d+$/.test(a))![0]
        .slice(1);
      sheet.cells.set(`${header}${row}`, { value: '领导重视，台账规范' });
    }, code);
    await page.getByRole('button', { name: '汇总并写入当前工作簿' }).click();
    await page
      .getByText('保留了当前工作簿中已填写的分析原因、会议备注和收到日期。')
      .waitFor({ timeout: 30_000 });
    const kept = await page.evaluate(() =>
      [...(window as unknown as FakeWindow).__fake.sheet('综合排名')!.cells.values()].some(
        (c) => c.value === '领导重视，台账规范',
      ),
    );
    expect(kept).toBe(true);
    await page.close();
  }, 90_000);
});
