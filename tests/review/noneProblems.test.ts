/**
 * "无", "暂无", "/" in 存在问题 are not problems (issue "trust at scale": 351 such rows flooded the
 * sample's 通报问题 and the counts of the 点评通报 draft).
 */
import { statesProblem } from '@ledger-review/scoring';
import { REVIEW_SHEETS, buildReviewPlan } from '@ledger-review/workbook';
import { planGrids } from '@ledger-review/workbook/documents';
import { buildSampleQuarter } from './sampleQuarter';

test('what units type to say "none" is not a problem; real text is', () => {
  for (const none of ['', '  ', '无', '无。', '暂无', ' 暂 无 ', '没有', '无问题', '暂无问题', '未发现问题', '/', '／', '-', '——', 'N/A', '否'])
    expect([none, statesProblem(none)]).toEqual([none, false]);
  for (const real of ['无专职法制审核人员', '暂无法制机构，审核力量不足', '台账未按时报送', '/ 佐证材料缺失'])
    expect([real, statesProblem(real)]).toEqual([real, true]);
});

test('regression: rows whose 存在问题 says "无"/"暂无"/"/" are not listed in 通报问题 nor counted in the draft', () => {
  const sample = buildSampleQuarter();
  const rowsWithProblems = sample.consolidation.ledgers.flatMap((l) => l.rows.filter((r) => r.problems.trim() !== ''));
  const before = planGrids(buildReviewPlan(sample), [REVIEW_SHEETS.problems])[0].grid.length;
  // Units saying "none" on every row that had no problem.
  const nones = ['无', '暂无', '/'];
  let n = 0;
  for (const l of sample.consolidation.ledgers) for (const r of l.rows) if (r.problems.trim() === '') r.problems = nones[n++ % nones.length];
  expect(n).toBeGreaterThan(50);
  const grids = planGrids(buildReviewPlan(sample), [REVIEW_SHEETS.problems, REVIEW_SHEETS.summary]);
  const problems = grids.find((g) => g.name === REVIEW_SHEETS.problems)!;
  const summary = grids.find((g) => g.name === REVIEW_SHEETS.summary)!;
  expect(problems.grid.length).toBe(before);
  const texts = problems.grid.flat().filter((v): v is string => typeof v === 'string');
  for (const none of nones) expect(texts).not.toContain(none);
  const draft = summary.grid.flat().filter((v): v is string => typeof v === 'string').join('\n');
  expect(draft).toContain(`${rowsWithProblems.length}`);
});
