/**
 * The office's 双月检查 and 年度汇总 in browser mode, in real Chromium on the sample quarter as
 * received: before the round the 检查通知 and 检查评分表, after scoring the summary, every unit's
 * 检查反馈单 in one zip and the 检查情况报告; then the year's roll-up from the picked review — each
 * download read back and compared with what the engine makes of the same files in node.
 */
import { readGrids, readReceivedFile, renderWorkbook } from '@ledger-review/workbook';
import { unzipSync } from 'fflate';
import * as engine from '../../src/engine';
import { describeE2e, downloadFrom, pickFiles, saveLocatorScreenshot, taskpaneSuite } from './harness';

const cells = (bytes: Uint8Array) => readGrids(bytes).map((s) => ({ name: s.name, grid: s.grid }));

/**
 * The sample quarter and the page at `url`, opened on 12 July 2021 (the round of May–June,
 * 2021-B3, is the default period) and then narrowed to `width` px.
 */
function julySuite(url: string, width: number) {
  const suite = taskpaneSuite({
    url,
    before: (p) => p.clock.setFixedTime(new Date(2021, 6, 12, 10)),
    demo: true,
  });
  beforeAll(() => suite.page.setViewportSize({ width, height: 720 }));
  return suite;
}

describeE2e('browser mode: 双月检查 and 年度汇总', () => {
  // The narrowest task pane: the summary, the lists and the roll-up table must fit it.
  const suite = julySuite('taskpane.html?view=round&lang=zh-CN', 320);

  const inputs = () => suite.demo.files.map((f) => readReceivedFile(f.name, new Uint8Array(f.buffer)));
  /** Nothing sticks out sideways (no horizontal scrolling in a task pane). */
  const sideways = () =>
    suite.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  test('before the round: the 检查通知 and the 检查评分表, as the engine makes them from the same files', async () => {
    const { page, demo } = suite;
    await pickFiles(page, demo.files, 'round');
    await expect(page.getByTestId('round-period').inputValue()).resolves.toBe('2021-B3');
    const expected = engine.roundNoticeFiles(inputs(), '2021-B3', '2021-07-12');
    expect(expected.open).toBeGreaterThan(0);
    const notice = await downloadFrom(page, page.getByTestId('download-round-notice').locator('button'));
    expect(notice.name).toBe(expected.notice.fileName);
    expect(cells(notice.bytes)).toEqual(cells(await renderWorkbook(expected.notice.plan)));
    const scoring = await downloadFrom(page, page.getByTestId('download-round-scoring').locator('button'));
    expect(scoring.name).toBe(expected.scoring.fileName);
    expect(cells(scoring.bytes)).toEqual(cells(await renderWorkbook(expected.scoring.plan)));
    await expect(
      page.getByTestId('download-round-scoring').getByTestId('download-done').textContent(),
    ).resolves.toContain(`${expected.open} 项整改待复查`);
  }, 90_000);

  test('after scoring: the summary, every 检查反馈单 in one zip, the 检查情况报告', async () => {
    const { page } = suite;
    const expected = engine.roundResultFiles(inputs(), '2021-B3');
    if (!expected.ok) throw new Error('the sample has no 2021-B3 results');
    await page.getByTestId('round-run').click();
    const line = page.getByTestId('round-summary-line');
    await line.waitFor({ timeout: 30_000 });
    await expect(line.textContent()).resolves.toBe(
      `2021年5—6月：${expected.units.length} 个单位，平均得分率 ${expected.averageRate.toFixed(2)}%，低于 80% 的 ${expected.below.length} 个，发现问题 ${expected.items} 项。`,
    );
    const below = await page.locator('[data-testid="round-below"] li').allTextContents();
    expect(below).toEqual(expected.below.map((u) => `${u.unitName}（${u.rate.toFixed(2)}%）`));
    await expect(sideways()).resolves.toBe(0);
    await saveLocatorScreenshot(page.getByTestId('round-after'), 'browser-round-after.png');

    const zip = await downloadFrom(page, page.getByTestId('download-round-feedback').locator('button'));
    expect(zip.name).toBe('2021-B3_检查反馈单.zip');
    const entries = unzipSync(zip.bytes);
    expect(Object.keys(entries).sort()).toEqual(expected.feedback.map((f) => f.fileName).sort());
    const first = expected.feedback[0];
    expect(cells(entries[first.fileName])).toEqual(cells(await renderWorkbook(first.plan)));

    const report = await downloadFrom(page, page.getByTestId('download-round-report').locator('button'));
    expect(report.name).toBe('2021-B3_检查情况报告.xlsx');
    expect(cells(report.bytes)).toEqual(cells(await renderWorkbook(expected.report.plan)));
  }, 120_000);

  test('年度汇总: the picked review rolled up, the missing quarters named, the workbook downloaded', async () => {
    const { page, demo, pageErrors } = suite;
    await page.getByRole('tab', { name: '年度汇总' }).click();
    await pickFiles(page, demo.files, 'annual');
    await expect(page.getByTestId('annual-year').inputValue()).resolves.toBe('2021');
    await page.getByTestId('annual-run').click();
    await page.getByTestId('annual-quarters').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('annual-quarters').textContent()).resolves.toBe('已汇总：2021年第一季度');
    await expect(page.getByTestId('annual-missing').textContent()).resolves.toContain(
      '缺少：2021年第二季度、2021年第三季度、2021年第四季度',
    );
    const expected = engine.annualOfPickedFiles(inputs(), 2021);
    if (!expected.ok) throw new Error('no roll-up');
    const rows = await page.locator('[data-testid^="annual-table-"] tr[data-unit]').count();
    expect(rows).toBe(expected.rollup.units.length);
    await expect(sideways()).resolves.toBe(0);
    await saveLocatorScreenshot(page.getByTestId('annual-result'), 'browser-annual.png');
    const annual = await downloadFrom(page, page.getByTestId('download-annual').locator('button'));
    expect(annual.name).toBe('年度汇总.xlsx');
    expect(cells(annual.bytes)).toEqual(cells(await renderWorkbook(expected.plan)));
    expect(pageErrors).toEqual([]);
  }, 90_000);
});

describeE2e('browser mode: 办公室调整 in 季度点评', () => {
  const suite = julySuite('taskpane.html?view=consolidate&lang=zh-CN', 350);

  test('a unit added to 检查性发言 with a reason: applied, listed, kept on a re-run, in the downloaded workbook', async () => {
    const { page, demo, pageErrors } = suite;
    await pickFiles(page, demo.files);
    await page.getByTestId('run-review').click();
    await page.getByTestId('run-summary').waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: '季度点评' }).click();

    // The reason is required: nothing happens without one.
    await page.getByTestId('decision-outcome').selectOption('statement');
    await page.getByTestId('decision-action').selectOption('add');
    const unitCode = await page.getByTestId('decision-unit').inputValue();
    const unitName = (await page
      .locator(`[data-testid="decision-unit"] option[value="${unitCode}"]`)
      .textContent())!;
    await page.getByTestId('decision-submit').click();
    await expect(page.getByText('请填写调整理由。').count()).resolves.toBe(1);
    await expect(page.getByTestId('decision-lines').count()).resolves.toBe(0);

    const reason = '台账多项数据与实际不符<b>x</b>';
    await page.getByTestId('decision-reason').fill(reason);
    await page.getByTestId('decision-submit').click();
    const lines = page.getByTestId('decision-lines');
    await lines.waitFor({ timeout: 30_000 });
    await expect(lines.textContent()).resolves.toContain(
      `检查性发言 · 增加 · ${unitName}：${reason} — 已生效`,
    );
    await expect(
      page.locator(`[data-testid="confirmed-statement"] li[data-unit="${unitCode}"]`).textContent(),
    ).resolves.toContain(`办公室增加：${reason}`);
    // The chooser no longer offers it; the reason box is cleared for the next line.
    await expect(
      page.locator(`[data-testid="decision-unit"] option[value="${unitCode}"]`).count(),
    ).resolves.toBe(0);
    await expect(page.getByTestId('decision-reason').inputValue()).resolves.toBe('');
    await saveLocatorScreenshot(page.getByTestId('office-decisions'), 'browser-office-decisions.png');

    // 汇总 again: the decision is kept.
    await page.getByRole('tab', { name: '汇总台账' }).click();
    await page.getByTestId('run-review').click();
    await page.locator('[data-testid="run-result"][data-run="3"]').waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: '季度点评' }).click();
    await expect(page.getByTestId('decision-lines').textContent()).resolves.toContain(
      `${unitName}：${reason} — 已生效`,
    );

    const review = await downloadFrom(
      page,
      page.getByTestId('review-downloads').getByTestId('download-review').locator('button'),
    );
    const outcomes = readGrids(review.bytes).find((s) => s.name === '点评结果')!;
    expect(
      outcomes.grid.some((row) => row.includes(reason) && row.includes(unitName) && row.includes('增加')),
    ).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 150_000);
});
