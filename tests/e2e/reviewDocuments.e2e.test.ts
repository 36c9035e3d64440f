/**
 * The review view at 350 px in real Chromium: a unit's row opens its 本单位情况 (the numbers of
 * the ranking), the two charts draw with chart.js loaded only when they are shown, and 下载公文
 * offers a .zip of .docx documents (the docx writer in its own chunk, loaded on the click).
 */
import { strFromU8, unzipSync } from 'fflate';
import {
  describeE2e,
  downloadFrom,
  saveLocatorScreenshot,
  taskpaneSuite,
  waitForSampleRead,
} from './harness';

describeE2e('review view: 本单位情况, charts and documents', () => {
  const scripts: string[] = [];
  const suite = taskpaneSuite({
    url: 'taskpane.html?view=consolidate&lang=zh-CN',
    before: async (p) => {
      await p.setViewportSize({ width: 350, height: 900 });
      p.on('request', (r) => {
        if (r.url().endsWith('.js')) scripts.push(r.url().split('/').pop()!);
      });
    },
  });

  beforeAll(async () => {
    const { page } = suite;
    await page.getByTestId('load-sample').click();
    await waitForSampleRead(page, 90_000);
    await page.getByTestId('run-review').click();
    await page.getByTestId('run-summary').waitFor({ timeout: 60_000 });
  }, 180_000);

  test('neither chart.js nor the docx writer loads before it is needed', async () => {
    const { page } = suite;
    expect(scripts.some((s) => s.startsWith('charts.'))).toBe(false);
    expect(scripts.some((s) => s.startsWith('ledger-documents.'))).toBe(false);
    await page.getByRole('tab', { name: '季度点评' }).click();
    await page.getByTestId('ranking-县区').waitFor();
    await page
      .locator('[data-testid="chart-composites-县区"][data-chart-state="drawn"]')
      .waitFor({ timeout: 30_000 });
    expect(scripts.some((s) => s.startsWith('charts.'))).toBe(true);
    expect(scripts.some((s) => s.startsWith('ledger-documents.'))).toBe(false);
  }, 60_000);

  test("clicking a unit's row shows its 本单位情况 with the ranking's numbers", async () => {
    const { page } = suite;
    const row = page.locator('[data-view="review"] tr[data-unit]').nth(2);
    const code = (await row.getAttribute('data-unit'))!;
    const rank = (await row.getAttribute('data-rank'))!;
    const rowText = (await row.textContent()) ?? '';
    await row.click();
    const card = page.locator(`[data-testid="unit-situation"][data-situation-of="${code}"]`);
    await card.locator('[data-fact="composite"]').waitFor({ timeout: 20_000 });
    const composite = (await card.locator('[data-fact="composite"]').textContent())!;
    expect(rowText).toContain(composite);
    await expect(card.locator('[data-fact="rank"]').textContent()).resolves.toContain(`第 ${rank} 名`);
    await expect(card.locator('[data-fact="change"]').textContent()).resolves.toMatch(/分|持平|无上季度数据/);
    await expect(card.textContent()).resolves.toContain('待整改事项');
    // Fits the pane: nothing wider than 350 px.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(350);
    await saveLocatorScreenshot(card, 'review-unit-situation-350.png');
  }, 60_000);

  test('the two charts draw at 350 px: composites with the 90/80 lines, and the trend', async () => {
    const { page } = suite;
    for (const id of ['chart-composites-县区', 'chart-composites-市直']) {
      const chart = page.locator(`[data-testid="${id}"][data-chart-state="drawn"]`);
      await chart.waitFor({ timeout: 30_000 });
      const box = (await chart.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(350);
      expect(box.height).toBeGreaterThan(200);
    }
    const trend = page.locator('[data-testid="chart-trend-县区"][data-chart-state="drawn"]');
    await trend.waitFor({ timeout: 30_000 });
    await saveLocatorScreenshot(page.getByTestId('review-charts'), 'review-charts-350.png');
  }, 60_000);

  test("下载公文 gives a .zip of the quarter's .docx documents", async () => {
    const { page, pageErrors } = suite;
    const { name, bytes } = await downloadFrom(
      page,
      page.locator('[data-testid="download-documents"] button'),
    );
    expect(name).toBe('2021Q2_公文.zip');
    const files = unzipSync(bytes);
    const names = Object.keys(files);
    expect(names).toEqual(
      expect.arrayContaining([
        '2021Q2_点评通报.docx',
        '2021Q2_点评会议通知.docx',
        '2021Q2_通报批评决定.docx',
      ]),
    );
    const unitPages = names.filter((n) => n.startsWith('本单位情况/'));
    expect(unitPages.length).toBe(await page.locator('[data-view="review"] tr[data-unit]').count());
    const circular = strFromU8(unzipSync(files['2021Q2_点评通报.docx'])['word/document.xml']);
    expect(circular).toContain('濮法政办〔2021〕1号');
    expect(scripts.some((s) => s.startsWith('ledger-documents.'))).toBe(true);
    await expect(
      page.locator('[data-testid="download-documents"] [data-testid="download-done"]').textContent(),
    ).resolves.toBe(`已下载 2021Q2_公文.zip：${names.length} 个文书。`);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
