/**
 * Every view at the width of a real task pane (350 px), in Chromium, with PNGs in
 * test-artifacts/ for a person to look at: the main action and the summary stay in the first
 * screen with the office's ~90 files picked (the list folds into counts), in browser mode and
 * inside (simulated) Excel, including what Excel mode says before replacing sheets and when the
 * open workbook is a unit's ledger.
 */
import { readGrids } from '@ledger-review/workbook';
import type { Locator, Page } from 'playwright-core';
import { filledLedgerBytes } from '../fixtures/ledgers';
import { fakeSheetsOf, installFakeOffice } from './fakeOffice';
import { xlsxFile } from './fixtures';
import { describeE2e, pickFiles, saveScreenshot, taskpaneSuite } from './harness';

const WIDTH = 350;
const HEIGHT = 760;

/** The element lies wholly within the first screen (no scrolling needed to see it). */
async function inFirstScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return !!box && box.y >= 0 && box.y + box.height <= HEIGHT && box.x >= 0 && box.x + box.width <= WIDTH + 1;
}

async function narrow(page: Page): Promise<Page> {
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  return page;
}

/** Nothing sticks out sideways at 350 px (no horizontal scrolling in a task pane). */
async function noSidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The page fits sideways, and its screenshot is saved as `name`. */
async function expectFitsAndSave(page: Page, name: string): Promise<void> {
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
  await saveScreenshot(page, name);
}

describeE2e('every view at 350 px', () => {
  const suite = taskpaneSuite({ demo: true });

  test('browser mode, the office with the sample quarter (~90 files): button and summary in the first screen, list folded', async () => {
    const { env, demo } = suite;
    const page = await narrow(await env.open('taskpane.html?view=consolidate&lang=zh-CN'));
    await pickFiles(page, demo.files, 'consolidate', 90_000);
    const run = page.getByTestId('run-review');
    expect(await inFirstScreen(run)).toBe(true);
    await expect(page.getByTestId('picked-summary').textContent()).resolves.toMatch(
      new RegExp(`已选择 ${demo.files.length} 个文件.*台账 \\d+ 份`),
    );
    // The rows are there (for the screen reader and the "show all" toggle), folded away.
    expect(await page.locator('[data-testid="picked-files"] tr[data-file-status]').first().isVisible()).toBe(
      false,
    );
    await expect(page.getByTestId('picked-attention').textContent()).resolves.toContain(
      '收到的文件（已损坏）.xlsx',
    );
    await saveScreenshot(page, 'narrow-consolidate-picked.png');

    await run.click();
    const summary = page.getByTestId('run-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await inFirstScreen(summary)).toBe(true);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-artifacts/narrow-consolidate-result.png' });
    await saveScreenshot(page, 'narrow-consolidate-result-full.png');

    // 报送状态与催报 of the same files, as of the sample's review day: the list and the text fit.
    await page.getByTestId('status-as-of').fill('2021-07-15');
    await page.getByTestId('status-run').click();
    await page.getByTestId('status-summary').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('status-summary').textContent()).resolves.toMatch(
      /^截至 2021年7月15日：按时 \d+，逾期 \d+，未报送 \d+，未到期 \d+/,
    );
    await expect(page.getByTestId('status-text').inputValue()).resolves.toMatch(
      /^(【台账催报】|截至2021年7月15日)/,
    );
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('status-result').screenshot({ path: 'test-artifacts/narrow-status.png' });

    await page.getByRole('tab', { name: '季度点评' }).click();
    await page.locator('[data-view="review"] [data-testid^="ranking-"]').first().waitFor();
    await expectFitsAndSave(page, 'narrow-review.png');
    await page.close();
  }, 180_000);

  test('browser mode, a unit checking its ledger', async () => {
    const page = await narrow(await suite.env.open('taskpane.html?view=validate&lang=zh-CN'));
    const ledger = xlsxFile('华龙区4月.xlsx', await filledLedgerBytes({ filledDate: null }));
    await page.locator('[data-view="validate"] [data-testid="file-input"]').setInputFiles([ledger]);
    await page.getByTestId('file-result').first().waitFor();
    await expectFitsAndSave(page, 'narrow-validate-browser.png');
    await page.close();
  }, 60_000);

  test("inside Excel on the web: live validation, then the office's one click asking before replacing its own sheets", async () => {
    const { env, demo } = suite;
    const ledger = fakeSheetsOf(readGrids(await filledLedgerBytes({ rows: {} })));
    const unit = await narrow(
      await env.open('taskpane.html?view=validate&lang=zh-CN', (p) =>
        installFakeOffice(p, { platform: 'OfficeOnline', excelApiMinor: 20, sheets: ledger }),
      ),
    );
    await unit.locator('[data-view="validate"] [data-testid="ledger-result"]').waitFor();
    await expect(unit.getByTestId('live-triggers').textContent()).resolves.toContain('下拉列表');
    await saveScreenshot(unit, 'narrow-excel-validate.png');

    // The office clicks 汇总台账 in this same workbook: it is a unit's ledger, so no.
    await unit.getByRole('tab', { name: '汇总台账' }).click();
    const ownLedger = xlsxFile('华龙区4月.xlsx', await filledLedgerBytes());
    await unit.locator('[data-view="consolidate"] [data-testid="file-input"]').setInputFiles([ownLedger]);
    await unit.locator('[data-testid="picked-files"] tr[data-file-status="read"]').waitFor();
    await unit.getByTestId('run-review').click();
    const refused = unit.getByTestId('run-error');
    await expect(refused.textContent()).resolves.toContain('当前打开的是单位的工作台账');
    expect(await inFirstScreen(refused)).toBe(true);
    await saveScreenshot(unit, 'narrow-excel-refused.png');
    await unit.close();

    const office = await narrow(
      await env.open('taskpane.html?view=consolidate&lang=zh-CN', (p) =>
        installFakeOffice(p, {
          platform: 'OfficeOnline',
          excelApiMinor: 20,
          sheets: [{ name: '文件清单', cells: { A1: '办公室自己的收文登记' } }, { name: 'Sheet1' }],
        }),
      ),
    );
    await office
      .locator('[data-view="consolidate"] [data-testid="file-input"]')
      .setInputFiles(demo.files.slice(0, 12));
    await office.waitForFunction(
      () => !document.querySelector('[data-testid="picked-files"] tr[data-file-status="reading"]'),
      undefined,
      { timeout: 60_000 },
    );
    await office.getByTestId('run-review').click();
    const confirm = office.getByTestId('confirm-replace');
    await expect(confirm.textContent()).resolves.toContain('“文件清单”');
    expect(await inFirstScreen(confirm)).toBe(true);
    await saveScreenshot(office, 'narrow-excel-confirm.png');
    await office.getByRole('button', { name: '替换并继续' }).click();
    const summary = office.getByTestId('run-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await inFirstScreen(summary)).toBe(true);
    await expect(office.getByTestId('undo-note').textContent()).resolves.toContain('撤销');
    await saveScreenshot(office, 'narrow-excel-consolidated.png');
    await office.close();
  }, 180_000);
});
