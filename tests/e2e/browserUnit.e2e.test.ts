/**
 * A unit in browser mode (WPS users), in real Chromium: upload the ledger, see what is wrong
 * and whether it can be sent, download the current template, carry last month forward.
 */
import { readGrids, renderWorkbook } from '@ledger-review/workbook';
import * as engine from '../../src/engine';
import { filledLedgerBytes, unitOf, ledgerIndicators } from '../fixtures/ledgers';
import { xlsxFile } from './fixtures';
import { describeE2e, downloadFrom, saveLocatorScreenshot, taskpaneSuite } from './harness';

const context = engine.defaultReviewContext();
const TODAY_QUERY = 'taskpane.html?view=validate&lang=zh-CN';

describeE2e('browser mode: a unit checks its ledger', () => {
  // 3 May 2021: April's ledgers are due on the 5th, as when a unit would really use this.
  const suite = taskpaneSuite({
    url: TODAY_QUERY,
    before: (p) => p.clock.setFixedTime(new Date(2021, 4, 3, 10)),
  });

  test('uploaded ledgers: a verdict each, the issues by severity with their cells', async () => {
    const { page } = suite;
    const indicators = ledgerIndicators();
    const bad = await filledLedgerBytes({
      rows: {
        [indicators[1].code]: { status: '已完成', progress: 80 },
        [indicators[3].code]: { selfScore: indicators[3].points + 2 },
      },
      phone: '6666',
    });
    const good = await filledLedgerBytes({ unit: '清丰县' });
    const inspection = await renderWorkbook(engine.inspectionWorkbook(context, '2021-B2').plan);
    await page
      .locator('[data-view="validate"] [data-testid="file-input"]')
      .setInputFiles([
        xlsxFile('华龙区2021年4月台账.xlsx', bad),
        xlsxFile('清丰县2021年4月台账.xlsx', good),
        xlsxFile('检查表.xlsx', inspection),
      ]);
    const result = (name: string) => page.locator(`[data-testid="file-result"][data-file-name="${name}"]`);
    await result('清丰县2021年4月台账.xlsx').waitFor();
    await result('华龙区2021年4月台账.xlsx').waitFor();

    const expected = engine.checkLedgerWorkbook(readGrids(bad), '华龙区2021年4月台账.xlsx', context);
    const badResult = result('华龙区2021年4月台账.xlsx');
    await badResult.locator('summary').click();
    await expect(
      badResult.locator('[data-testid="ledger-result"]').getAttribute('data-verdict'),
    ).resolves.toBe('must-fix');
    const listed = await badResult
      .locator('[data-testid="issue-list"] li')
      .evaluateAll((lis) =>
        lis.map((li) => [
          li.getAttribute('data-severity'),
          li.getAttribute('data-cell'),
          li.getAttribute('data-code'),
        ]),
      );
    const order = { error: 0, warning: 1, info: 2 } as const;
    const sorted = [...expected.findings].sort((a, b) => order[a.severity] - order[b.severity]);
    expect(listed).toEqual(sorted.map((f) => [f.severity, f.address ?? '', f.code]));
    expect(listed.filter(([s]) => s === 'error').map(([, cell]) => cell)).toEqual(
      expect.arrayContaining([`H7`, `K9`]),
    );
    await expect(badResult.textContent()).resolves.toContain(
      `还有 ${expected.errors} 个错误，改正后才能报送。`,
    );
    await expect(badResult.textContent()).resolves.toContain('2021年5月5日（还有 2 天）');

    const goodResult = result('清丰县2021年4月台账.xlsx');
    await goodResult.locator('summary').click();
    await expect(goodResult.textContent()).resolves.toContain('可以报送');
    // The inspection workbook is listed as what it is, without a ledger verdict.
    await expect(
      page.locator('[data-testid="picked-files"] tr[data-file-name="检查表.xlsx"]').textContent(),
    ).resolves.toContain('双月检查评分表 · 2021年3—4月');
    expect(await result('检查表.xlsx').count()).toBe(0);
    await page.setViewportSize({ width: 460, height: 1000 });
    await saveLocatorScreenshot(badResult, 'browser-unit-issues.png');
  }, 60_000);

  test('下载当前台账模板: the chosen unit and month, a real ledger', async () => {
    const { page } = suite;
    const section = page.getByTestId('template-download');
    // The first uploaded ledger's unit and month are preselected.
    await expect(section.locator('select').nth(0).inputValue()).resolves.toBe(unitOf('华龙区').code);
    await expect(section.locator('select').nth(1).inputValue()).resolves.toBe('2021-04');
    await section.locator('select').nth(0).selectOption(unitOf('南乐县').code);
    await section.locator('select').nth(1).selectOption('2021-05');
    const { name, bytes } = await downloadFrom(page, section.getByRole('button', { name: '下载台账模板' }));
    expect(name).toBe('南乐县_2021年5月_工作台账.xlsx');
    const check = engine.checkLedgerWorkbook(readGrids(bytes), name, context);
    expect(check).toMatchObject({
      isLedger: true,
      unitName: '南乐县',
      month: '2021-05',
      templateState: 'current',
    });
    await expect(section.getByTestId('download-done').textContent()).resolves.toBe(`已下载 ${name}。`);
  }, 30_000);

  test('沿用上月: last month’s ledger in, this month’s pre-filled ledger out', async () => {
    const { page, pageErrors } = suite;
    const april = await filledLedgerBytes({ unit: '清丰县', month: '2021-04' });
    const section = page.getByTestId('carry-forward');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByTestId('carry-input').setInputFiles(xlsxFile('清丰县4月.xlsx', april)),
    ]);
    expect(download.suggestedFilename()).toBe('清丰县_2021年5月_工作台账.xlsx');
    const fs = await import('fs');
    const sheets = readGrids(new Uint8Array(fs.readFileSync(await download.path())));
    const check = engine.checkLedgerWorkbook(sheets, '', context);
    expect(check).toMatchObject({ unitName: '清丰县', month: '2021-05' });
    // Carried rows, blank 填报日期: the only errors are the date the unit must fill in now.
    expect(new Set(check.findings.filter((f) => f.severity === 'error').map((f) => f.code))).toEqual(
      new Set(['filled-date-missing']),
    );
    await expect(section.getByTestId('carry-done').textContent()).resolves.toContain('沿用了2021年4月的');
    expect(pageErrors).toEqual([]);
  }, 30_000);
});
