/**
 * The office in browser mode (WPS / LibreOffice users), in real Chromium: upload the sample
 * quarter as received (ledgers, inspection workbooks, the template workbook, last quarter's
 * review, one broken file), one click, every file's status, the ranking with outcomes, and the
 * review workbook downloaded and read back.
 */
import { readGrids, REVIEW_SHEETS } from '@ledger-review/workbook';
import fs from 'fs';
import path from 'path';
import {
  artifactsDir,
  describeE2e,
  downloadFrom,
  pickFiles,
  saveLocatorScreenshot,
  taskpaneSuite,
  waitForSampleRead,
} from './harness';

describeE2e('browser mode: the office consolidates and reviews', () => {
  const suite = taskpaneSuite({ url: 'taskpane.html?view=consolidate&lang=zh-CN', demo: true });

  test('upload: every file read and identified, the quarter inferred from the ledgers', async () => {
    const { page, demo } = suite;
    await pickFiles(page, demo.files);
    const rows = page.locator('[data-testid="picked-files"] tr[data-file-status]');
    expect(await rows.count()).toBe(demo.files.length);
    const row = (name: string) => page.locator(`[data-testid="picked-files"] tr[data-file-name="${name}"]`);
    await expect(row('指标模板.xlsx').textContent()).resolves.toContain('指标模板工作簿');
    await expect(row('2021Q1_季度点评.xlsx').textContent()).resolves.toContain(
      '季度点评工作簿 · 2021年第一季度',
    );
    await expect(row('收到的文件（已损坏）.xlsx').getAttribute('data-file-status')).resolves.toBe(
      'unreadable',
    );
    const selects = page.locator('[data-testid="quarter-picker"] select');
    await expect(selects.nth(0).inputValue()).resolves.toBe('2021');
    await expect(selects.nth(1).inputValue()).resolves.toBe('2');
    await expect(page.getByText('按所选台账的月份推断。').count()).resolves.toBe(1);
  }, 90_000);

  test('one click: the summary and every file with the status and reason the library gives', async () => {
    const { page, demo } = suite;
    await page.getByTestId('run-review').click();
    const summary = page.getByTestId('run-summary');
    await summary.waitFor({ timeout: 30_000 });
    const counts = (status: string) =>
      demo.expected.run.consolidation.files.filter((f) => f.status === status).length;
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain(
      `2021年第二季度：共 ${demo.expected.run.consolidation.files.length} 个文件——已接收 ${counts('accepted')}，已接收（有警告）${counts('accepted-with-warnings')}，已接收（有错误）${counts('accepted-with-errors')}，已拒收 ${counts('rejected')}，已被替换 ${counts('superseded')}`,
    );
    expect(counts('superseded')).toBeGreaterThan(0);
    const shown = await page
      .locator('[data-testid="file-accounts"] tr[data-account-status]')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-file-name'), tr.getAttribute('data-account-status')]),
      );
    expect(shown).toEqual([
      ...demo.expected.run.consolidation.files.map((f) => [f.file, f.status]),
      ...demo.expected.roles.map((r) => [r.file, 'role']),
    ]);
    const broken = page.locator(
      '[data-testid="file-accounts"] tr[data-file-name="收到的文件（已损坏）.xlsx"]',
    );
    await expect(broken.textContent()).resolves.toContain('已拒收');
    await expect(page.getByText('使用模板工作簿“指标模板.xlsx”', { exact: false }).count()).resolves.toBe(1);
    await expect(page.getByText('判断连续检查性发言时依据了 2021年第一季度 的点评。').count()).resolves.toBe(
      1,
    );
    // The part the walk-through shows: the one-click result and the top of the file list.
    await page.setViewportSize({ width: 460, height: 1000 });
    await page.getByTestId('run-result').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(artifactsDir, 'browser-office-result.png') });
  }, 60_000);

  test('季度点评: the ranking per group with outcomes and reasons, as the library ranks', async () => {
    const { page, demo } = suite;
    await page.getByRole('tab', { name: '季度点评' }).click();
    await page.getByTestId('ranking-县区').waitFor();
    const review = demo.expected.run.review;
    const ranks = await page
      .locator('[data-view="review"] tr[data-unit]')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-unit'), Number(tr.getAttribute('data-rank'))]),
      );
    expect(ranks).toEqual(review.units.map((u) => [u.unitCode, u.rank]));
    const kinds = review.units.flatMap((u) => u.outcomes.map((o) => o.kind));
    // The sample guarantees each outcome; the history from last quarter's review gives 通报批评.
    expect(kinds).toEqual(
      expect.arrayContaining(['experience', 'statement', 'criticism', 'interview', 'disqualify']),
    );
    for (const u of review.units.filter((x) => x.outcomes.length)) {
      const row = page.locator(`[data-view="review"] tr[data-unit="${u.unitCode}"]`);
      const outcomes = page.locator(`[data-view="review"] tr[data-outcomes-of="${u.unitCode}"]`);
      const text = `${await row.textContent()} ${await outcomes.textContent()}`;
      for (const o of u.outcomes) {
        expect(text).toContain(o.label);
        expect(text).toContain(o.reason);
      }
      expect(text).toContain(u.composite.toFixed(2));
    }
    await saveLocatorScreenshot(page.getByTestId('ranking-县区'), 'browser-review-ranking.png');
  }, 60_000);

  test('the review workbook downloads and reads back as a review with the composites', async () => {
    const { page, demo, pageErrors } = suite;
    const { name, bytes } = await downloadFrom(
      page,
      page.locator('[data-view="review"] [data-testid="download-review"] button'),
    );
    expect(name).toBe('2021Q2_季度点评.xlsx');
    fs.writeFileSync(path.join(artifactsDir, name), bytes);
    const sheets = readGrids(bytes);
    expect(sheets.map((s) => s.name)).toEqual(Object.values(REVIEW_SHEETS));
    const ranking = sheets.find((s) => s.name === REVIEW_SHEETS.ranking)!;
    const header = ranking.grid.findIndex((r) => r.includes('综合得分'));
    const codeCol = ranking.grid[header].indexOf('单位编码');
    const compositeCol = ranking.grid[header].indexOf('综合得分');
    const review = demo.expected.run.review;
    const rows = ranking.grid.slice(header + 1).filter((r) => typeof r[codeCol] === 'string' && r[codeCol]);
    expect(rows.map((r) => r[codeCol])).toEqual(review.units.map((u) => u.unitCode));
    // Scores are live formulas (a spreadsheet engine computes them; tests/review recalculates them
    // with LibreOffice); the written summary states each group's leader's composite in words.
    for (let i = 0; i < rows.length; i++) {
      const a1 = `${String.fromCharCode(65 + compositeCol)}${header + 2 + i}`;
      expect(ranking.formulas?.get(a1)?.formula).toMatch(/^ROUND\(/);
    }
    const summary = sheets
      .find((s) => s.name === REVIEW_SHEETS.summary)!
      .grid.flat()
      .join('\n');
    for (const group of ['县区', '市直'] as const) {
      const leader = review.units.find((u) => u.group === group && u.rank === 1)!;
      expect(summary).toContain(`${leader.unitName}（${leader.composite.toFixed(2)} 分，第 1 名`);
    }
    await expect(page.getByTestId('download-done').first().textContent()).resolves.toBe(
      '已下载 2021Q2_季度点评.xlsx。',
    );
    expect(pageErrors).toEqual([]);
  }, 60_000);

  test('载入示例数据 runs the same pipeline on the sample rendered in the page', async () => {
    const fresh = await suite.env.open('taskpane.html?view=consolidate&lang=en');
    await fresh.getByTestId('load-sample').click();
    await fresh.getByTestId('progress').waitFor();
    await waitForSampleRead(fresh, 60_000);
    await fresh.getByTestId('run-review').click();
    await fresh.getByTestId('run-summary').waitFor({ timeout: 30_000 });
    await expect(fresh.getByTestId('run-summary').textContent()).resolves.toMatch(/^Q2 2021: \d+ file\(s\)/);
    await fresh.getByRole('tab', { name: 'Quarterly review' }).click();
    await fresh.getByTestId('ranking-市直').waitFor();
    await expect(fresh.locator('[data-view="review"]').textContent()).resolves.toContain('Public criticism');
    await fresh.close();
  }, 120_000);
});
