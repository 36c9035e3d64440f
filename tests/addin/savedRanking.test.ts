/**
 * The 季度点评 view reopened over a workbook that already holds the review (tomorrow, or after a
 * ribbon click reloaded the pane): the ranking comes back from the 综合排名 sheet, read by its
 * columns, with the numbers Excel computed.
 */
import {
  readGrids,
  renderWorkbook,
  REVIEW_SHEETS,
  type GridSheet,
  type GridValue,
} from '@ledger-review/workbook';
import * as engine from '../../src/engine';
import { loadSavedRanking } from '../../src/taskpane/components/SavedRankingView';
import { demoUpload } from '../e2e/fixtures';
import { FakeHost } from './viewsFakeHost';

/** The review workbook as Excel holds it after calculating: formulas replaced by their results. */
async function calculatedReview(): Promise<{
  sheets: GridSheet[];
  expected: Awaited<ReturnType<typeof demoUpload>>['expected'];
}> {
  const demo = await demoUpload();
  const sheets = readGrids(await renderWorkbook(demo.expected.run.plan));
  const ranking = sheets.find((s) => s.name === REVIEW_SHEETS.ranking)!;
  const h = ranking.grid.findIndex((r) => r?.includes('单位编码'));
  const col = (label: string) => ranking.grid[h].indexOf(label);
  const byCode = new Map(demo.expected.run.review.units.map((u) => [u.unitCode, u]));
  for (const row of (ranking.grid as GridValue[][]).slice(h + 1)) {
    const unit = byCode.get(String(row?.[col('单位编码')] ?? ''));
    if (!unit) continue;
    row[col('综合得分')] = unit.composite;
    row[col('排名')] = unit.rank;
    row[col('并列')] = unit.tied ? '并列' : null;
  }
  return { sheets, expected: demo.expected };
}

test('savedRanking: groups, ranks and composites as the sheet shows them, in rank order', async () => {
  const { sheets, expected } = await calculatedReview();
  const saved = engine.savedRanking(sheets)!;
  expect(saved.quarter).toBe(expected.quarter);
  const groups = [...new Set(expected.run.review.units.map((u) => u.group))];
  expect(saved.groups.map((g) => g.group)).toEqual(groups);
  for (const g of saved.groups) {
    const units = expected.run.review.units.filter((u) => u.group === g.group);
    expect(g.rows.map((r) => [r.rank, r.composite]).sort()).toEqual(
      units.map((u) => [u.rank, u.composite]).sort(),
    );
    expect(g.rows.map((r) => r.rank)).toEqual([...g.rows.map((r) => r.rank)].sort((a, b) => a! - b!));
  }
  expect(engine.savedRanking([])).toBeNull();
}, 60_000);

test('the view reads only the ranking columns and the metadata, writes nothing', async () => {
  const { sheets, expected } = await calculatedReview();
  const host = new FakeHost(sheets);
  const saved = await loadSavedRanking(host, engine);
  expect(host.calls.filter((c) => c.op === 'tables').map((c) => c.args)).toEqual([
    [REVIEW_SHEETS.ranking, REVIEW_SHEETS.meta],
  ]);
  expect(host.count('write') + host.count('marks')).toBe(0);
  expect(saved!.groups.flatMap((g) => g.rows.map((r) => r.unitName))).toContain(
    expected.run.review.units[0].unitName,
  );
  expect(await loadSavedRanking(new FakeHost([{ name: 'Sheet1', grid: [] }]), engine)).toBeNull();
}, 60_000);
