/**
 * The 图表 sheet's native charts: the plan (series, caches, anchors), the parts the writer adds
 * (drawing, charts, relationships, content types), openpyxl loading them, and LibreOffice
 * drawing them — the sheet is printed to PDF and the charts' titles, legends and unit names are
 * read back; a PNG goes to test-artifacts/charts/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { REVIEW_SHEETS } from '@ledger-review/workbook';
import { renderWorkbook } from '@ledger-review/workbook';
import { convertToPdf, pdfInfo, pdfText, renderPage } from '../helpers/pdf';
import { DEBIAN_PYTHON, testWithTools } from '../helpers/tools';
import { documentsFixture } from '../documents/fixture';
import { buildReviewPlan } from '@ledger-review/workbook';
import { buildSampleQuarter } from './sampleQuarter';

const ARTIFACTS = resolve(__dirname, '../../test-artifacts/charts');

test('图表 holds one sorted column chart per group with the 90 and 80 lines, and trend charts once history has scores', async () => {
  const { plan, review } = await documentsFixture();
  const sheet = plan.sheets.find((s) => s.name === REVIEW_SHEETS.charts)!;
  const charts = sheet.charts!;
  expect(charts.map((c) => c.title)).toEqual(['县（区）综合得分', '市直单位综合得分', '县（区）综合得分变化', '市直单位综合得分变化']);
  const county = charts[0];
  const units = review.units.filter((u) => u.group === '县区');
  expect(county.categories.cache).toEqual(units.map((u) => u.unitName));
  expect(county.series.map((s) => [s.name, s.type])).toEqual([
    ['综合得分', 'bar'],
    ['经验介绍线（90分）', 'line'],
    ['检查性发言线（80分）', 'line'],
  ]);
  expect(county.series[0].cache).toEqual(units.map((u) => u.composite));
  // Sorted from high to low, as the library ranks them.
  expect([...county.series[0].cache].sort((a, b) => b! - a!)).toEqual(county.series[0].cache);
  expect(county.series[1].cache.every((v) => v === 90)).toBe(true);
  // The trend: 2021Q1 from 历次点评, 2021Q2 this review.
  expect(charts[2].categories.cache).toEqual(['2021年第一季度', '2021年第二季度']);
  expect(charts[2].series[0].cache[1]).toBe(units[0].composite);

  // Without earlier composites (an older 历次点评), only the two column charts.
  const sample = buildSampleQuarter();
  const bare = buildReviewPlan({ review: sample.review, consolidation: sample.consolidation, template: sample.template, roster: sample.roster, history: sample.history });
  expect(bare.sheets.find((s) => s.name === REVIEW_SHEETS.charts)!.charts!.map((c) => c.title)).toEqual(['县（区）综合得分', '市直单位综合得分']);

  // The package parts: the sheet points at its drawing, the drawing at four charts, all typed.
  const zip = unzipSync(await renderWorkbook(plan));
  const index = plan.sheets.findIndex((s) => s.name === REVIEW_SHEETS.charts) + 1;
  expect(strFromU8(zip[`xl/worksheets/sheet${index}.xml`])).toContain('<drawing r:id="rIdDrawing1"/>');
  expect(strFromU8(zip[`xl/worksheets/_rels/sheet${index}.xml.rels`])).toContain('Target="../drawings/drawing1.xml"');
  expect(Object.keys(zip).filter((k) => k.startsWith('xl/charts/'))).toHaveLength(4);
  const types = strFromU8(zip['[Content_Types].xml']);
  expect(types).toContain('/xl/drawings/drawing1.xml');
  expect(types).toContain('/xl/charts/chart4.xml');
  const chart1 = strFromU8(zip['xl/charts/chart1.xml']);
  expect(chart1).toContain("<c:f>'图表'!$B$6:$B$11</c:f>");
  expect(chart1).toContain('<c:barChart>');
  expect(chart1).toContain('<c:lineChart>');
});

testWithTools(['openpyxl'], 'openpyxl loads the review workbook with its four charts', async () => {
  const { bytes } = await documentsFixture();
  const file = join(mkdtempSync(join(tmpdir(), 'lr-charts-py-')), 'review.xlsx');
  writeFileSync(file, bytes);
  const res = spawnSync(
    DEBIAN_PYTHON,
    ['-c', 'import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nws = wb["图表"]\nprint(len(ws._charts), [type(c).__name__ for c in ws._charts])', file],
    { encoding: 'utf8' },
  );
  expect(res.stderr).toBe('');
  expect(res.stdout.trim()).toBe("4 ['BarChart', 'BarChart', 'LineChart', 'LineChart']");
});

testWithTools(['soffice', 'pdftotext', 'pdftoppm'], 'LibreOffice draws the charts of 图表 (printed to PDF)', async () => {
  const { plan, review } = await documentsFixture();
  // Print only 图表: every other sheet hidden (its formulas still refer to them).
  const onlyCharts = { ...plan, sheets: plan.sheets.map((s) => (s.name === REVIEW_SHEETS.charts ? s : { ...s, state: 'hidden' as const })) };
  const dir = mkdtempSync(join(tmpdir(), 'lr-charts-'));
  const file = join(dir, 'charts.xlsx');
  writeFileSync(file, await renderWorkbook(onlyCharts));
  const [pdf] = await convertToPdf([file], join(dir, 'pdf'));
  const text = pdfText(pdf);
  // Legends exist only in the charts (the table's headers have no scores in them).
  expect(text).toContain('经验介绍线（90分）');
  expect(text).toContain('检查性发言线（80分）');
  expect(text.split('县（区）综合得分变化').length - 1).toBeGreaterThanOrEqual(2); // table subtitle and chart title
  for (const u of review.units) expect(text.split(u.unitName).length - 1).toBeGreaterThanOrEqual(2); // table and axis/legend
  expect(pdfInfo(pdf).pages).toBeGreaterThanOrEqual(1);
  for (let p = 1; p <= Math.min(2, pdfInfo(pdf).pages); p++) renderPage(pdf, join(ARTIFACTS, `review-charts-${p}.png`), p, 80);
}, 120_000);
