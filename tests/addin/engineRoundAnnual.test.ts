/**
 * The task pane's 双月检查, 年度汇总 and 办公室调整 (src/engine) on the bundled sample: what the
 * pane offers for download is what `ledger-review round` and `ledger-review annual` write from the
 * same files (the workbooks read back cell for cell), and a 办公室调整 typed through the pane is
 * applied by the review, shown in the confirmed lists and kept when the review is built again.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  INSPECTION_KIND,
  readGrids,
  readReceivedFile,
  renderWorkbook,
  decisionsPending,
  workbookKind,
  type GridSheet,
  type ReceivedFile,
} from '@ledger-review/workbook';
import * as engine from '../../src/engine';
import { main, type CliIO } from '../../packages/workbook/src/cli/main';
import { confirmedLists, decisionCandidates } from '../../src/taskpane/components/officeDecisionLists';
import { tempDir } from '../fixtures/excel';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (s) => void out.push(s), err: (s) => void err.push(s), cwd: process.cwd() };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A workbook's sheets as values only (what a user sees), for comparing two writers' outputs. */
const cells = (bytes: Uint8Array) => readGrids(bytes).map((s) => ({ name: s.name, grid: s.grid }));
const cellsOfPlan = async (plan: Parameters<typeof renderWorkbook>[0]) => cells(await renderWorkbook(plan));

const tmp = tempDir('lr-pane-round-');
afterAll(() => tmp.cleanup());

interface Staged {
  template: ReceivedFile;
  previousReview: ReceivedFile;
  currentReview: ReceivedFile;
  current: ReceivedFile[];
  paths: {
    template: string;
    previousReview: string;
    currentReview: string;
    current: string;
    inspections: string;
  };
  quarter: string;
  previousQuarter: string;
}
let staged: Staged;

beforeAll(async () => {
  const sample = engine.sampleQuarterFiles();
  const dirs = { current: join(tmp.dir, 'current'), inspections: join(tmp.dir, 'inspections') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  const put = async (file: string, plan: Parameters<typeof renderWorkbook>[0]) => {
    const bytes = await renderWorkbook(plan);
    writeFileSync(file, bytes);
    return bytes;
  };
  const templatePath = join(tmp.dir, sample.template.fileName);
  const template = readReceivedFile(sample.template.fileName, await put(templatePath, sample.template.plan));
  const previous: ReceivedFile[] = [];
  for (const f of sample.previous) previous.push(readReceivedFile(f.fileName, await renderWorkbook(f.plan)));
  for (const f of sample.current) {
    const bytes = await renderWorkbook(f.plan);
    const isInspection = workbookKind(readGrids(bytes)) === INSPECTION_KIND;
    writeFileSync(join(isInspection ? dirs.inspections : dirs.current, f.fileName), bytes);
  }
  // The picked files in the order a folder lists them, as the CLI reads them.
  const current = [
    ...readdirSync(dirs.current).map((n) => join(dirs.current, n)),
    ...readdirSync(dirs.inspections).map((n) => join(dirs.inspections, n)),
  ].map((p) => readReceivedFile(p.split('/').pop()!, readFileSync(p)));
  const previousRun = engine.reviewPickedFiles({
    files: [template, ...previous],
    quarter: sample.previousQuarter,
  });
  const previousName = engine.reviewFileName(sample.previousQuarter);
  const previousPath = join(tmp.dir, previousName);
  const previousReview = readReceivedFile(previousName, await put(previousPath, previousRun.run.plan));
  const currentRun = engine.reviewPickedFiles({
    files: [template, previousReview, ...current],
    quarter: sample.quarter,
  });
  const currentName = engine.reviewFileName(sample.quarter);
  const currentPath = join(tmp.dir, currentName);
  const currentReview = readReceivedFile(currentName, await put(currentPath, currentRun.run.plan));
  staged = {
    template,
    previousReview,
    currentReview,
    current,
    paths: { template: templatePath, previousReview: previousPath, currentReview: currentPath, ...dirs },
    quarter: sample.quarter,
    previousQuarter: sample.previousQuarter,
  };
}, 300_000);

describe('双月检查 (round) in the pane', () => {
  /** `ledger-review round` for `period` with the sample's template, writing into `out`. */
  const roundCli = (period: string, out: string, ...args: string[]) =>
    cli('round', '--period', period, ...args, '--template', staged.paths.template, '--out', out, '--quiet');

  test('before the round: the 检查通知 and the 检查评分表 are the CLI’s, open 整改 items included', async () => {
    const period = '2021-B3';
    const asOf = '2021-07-05';
    const r = engine.roundNoticeFiles(
      [staged.template, staged.previousReview, ...staged.current],
      period,
      asOf,
    );
    expect(r.notice.fileName).toBe('2021-B3_检查通知.xlsx');
    expect(r.templateFile).toBe(staged.template.name);
    expect(r.reviewFile).toBe(staged.previousReview.name);
    expect(r.units).toBe(engine.defaultReviewContext().roster.length);
    expect(r.open).toBeGreaterThan(0);
    expect(r.prefilledUnits).toBeGreaterThan(0);

    const out = join(tmp.dir, 'cli-notice');
    const c = await roundCli(
      period,
      out,
      '--notice',
      staged.paths.current,
      '--review',
      staged.paths.previousReview,
      '--as-of',
      asOf,
    );
    expect(c.code).toBe(0);
    expect(await cellsOfPlan(r.notice.plan)).toEqual(cells(readFileSync(join(out, r.notice.fileName))));
    expect(await cellsOfPlan(r.scoring.plan)).toEqual(cells(readFileSync(join(out, r.scoring.fileName))));
  }, 180_000);

  test('without a review or ledgers picked: no open items, nothing pre-filled, the default roster', () => {
    const r = engine.roundNoticeFiles([], '2021-B4', '2021-09-05');
    expect(r).toMatchObject({
      open: 0,
      prefilledUnits: 0,
      templateFile: null,
      reviewFile: null,
      units: engine.defaultReviewContext().roster.length,
    });
  });

  test('after scoring: one 检查反馈单 per unit and the 检查情况报告, equal to the CLI’s; the summary', async () => {
    const period = '2021-B3';
    const r = engine.roundResultFiles([staged.template, ...staged.current], period);
    if (!r.ok) throw new Error('no results');
    expect(r.report.fileName).toBe('2021-B3_检查情况报告.xlsx');
    expect(r.feedback).toHaveLength(r.units.length);
    expect(r.feedback[0].fileName).toMatch(/^检查反馈单\/2021-B3\/.+检查反馈单\.xlsx$/);
    // The B2 workbook among the picked files is named, not used.
    expect(r.notices.filter((n) => n.code === 'round-period-mismatch').length).toBeGreaterThan(0);
    expect(r.inspectionFiles.length).toBeGreaterThan(0);
    const mean = r.units.reduce((s, u) => s + u.rate, 0) / r.units.length;
    expect(r.averageRate).toBeCloseTo(mean, 6);
    expect(r.below).toEqual(r.units.filter((u) => u.rate < r.line).sort((a, b) => a.rate - b.rate));
    expect(r.below.length).toBeGreaterThan(0);

    const out = join(tmp.dir, 'cli-results');
    const c = await roundCli(period, out, '--results', staged.paths.inspections, staged.paths.current);
    expect(c.code).toBeLessThanOrEqual(1);
    expect(await cellsOfPlan(r.report.plan)).toEqual(cells(readFileSync(join(out, r.report.fileName))));
    for (const f of [r.feedback[0], r.feedback[r.feedback.length - 1]])
      expect(await cellsOfPlan(f.plan)).toEqual(cells(readFileSync(join(out, ...f.fileName.split('/')))));
    expect(readdirSync(join(out, '检查反馈单', period)).sort()).toEqual(
      r.feedback.map((f) => f.fileName.split('/').pop()).sort(),
    );

    // The zip the pane offers holds every 反馈单 under the CLI's folder.
    const zip = engine.zipFiles(await engine.renderAll(r.feedback.slice(0, 2)));
    const { unzipSync } = await import('fflate');
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(
      r.feedback
        .slice(0, 2)
        .map((f) => f.fileName)
        .sort(),
    );
  }, 180_000);

  test('no scored workbook of the period: said, nothing made', () => {
    const r = engine.roundResultFiles([staged.template, ...staged.current], '2021-B5');
    expect(r.ok).toBe(false);
    expect(r.notices.every((n) => n.code === 'round-period-mismatch')).toBe(true);
  });
});

describe('年度汇总 (annual) in the pane', () => {
  test('the picked reviews rolled up: the CLI’s workbook, per unit each quarter, missing quarters named', async () => {
    const files = [
      staged.currentReview,
      staged.template,
      staged.previousReview,
      ...staged.current.slice(0, 2),
    ];
    expect(engine.reviewYears(files)).toEqual([2021]);
    const r = engine.annualOfPickedFiles(files, 2021);
    if (!r.ok) throw new Error('no roll-up');
    expect(r.rollup.quarters.map((q) => q.quarter)).toEqual(['2021Q1', '2021Q2']);
    expect(r.rollup.missing).toEqual(['2021Q3', '2021Q4']);
    expect(r.ignored.map((i) => i.reason)).toEqual(['not-review', 'not-review', 'not-review']);
    expect(r.fileName).toBe('年度汇总.xlsx');
    const lines = engine.annualUnitLines(r.rollup);
    expect(lines).toHaveLength(r.rollup.units.length);
    const withBoth = lines.find((l) => l.quarters.every((q) => q.composite !== null))!;
    const q2 = r.rollup.quarters[1].units.get(withBoth.code)!;
    expect(withBoth.quarters[1]).toMatchObject({ quarter: '2021Q2', composite: q2.composite, rank: q2.rank });
    expect(withBoth.quarters[1].change).toBeCloseTo(q2.composite - q2.previous!.composite, 2);
    expect(withBoth.quarters[0].change).toBeNull();

    const out = join(tmp.dir, '年度汇总.xlsx');
    const c = await cli(
      'annual',
      staged.paths.previousReview,
      staged.paths.currentReview,
      '--year',
      '2021',
      '--out',
      out,
      '--quiet',
    );
    expect(c.code).toBe(0);
    expect(await cellsOfPlan(r.plan)).toEqual(cells(readFileSync(out)));
  }, 120_000);

  test('another year’s reviews are named and nothing is rolled up; two reviews of one quarter are refused', () => {
    const none = engine.annualOfPickedFiles([staged.previousReview], 2022);
    expect(none).toMatchObject({
      ok: false,
      ignored: [{ file: staged.previousReview.name, reason: 'other-year', quarter: '2021Q1' }],
    });
    const twice = engine.annualOfPickedFiles(
      [staged.previousReview, { ...staged.previousReview, name: '副本.xlsx' }],
      2021,
    );
    expect(twice).toMatchObject({
      ok: false,
      duplicate: { quarter: '2021Q1', files: [staged.previousReview.name, '副本.xlsx'] },
    });
  });
});

describe('办公室调整 through the pane', () => {
  const run = (existing?: GridSheet[]) =>
    engine.reviewPickedFiles({
      files: [staged.template, staged.previousReview, ...staged.current],
      quarter: staged.quarter,
      openWorkbookReview: existing,
    });

  test('a unit added to 检查性发言 and one taken off 经验介绍, with reasons: applied, listed, kept on a re-run', async () => {
    const first = run();
    const lists = confirmedLists(first.run.review);
    const experience = lists.find((l) => l.kind === 'experience')!;
    expect(experience.units.length).toBeGreaterThan(0);
    const removedUnit = experience.units[0];
    const candidates = decisionCandidates(first.run.review, 'statement', 'add');
    // Not offered: units on 检查性发言 already (no effect) or on 经验介绍 (both at once is refused).
    const statementBefore = lists.find((l) => l.kind === 'statement')!;
    expect(candidates.length).toBeGreaterThan(0);
    for (const u of [...experience.units, ...statementBefore.units])
      expect(candidates.map((c) => c.unitCode)).not.toContain(u.unitCode);
    const added = candidates[0];
    // <b> in a reason stays text all the way (the sheet holds what the office typed).
    let sheets = engine.reviewSheetsOfPlan(first.run.plan);
    sheets = engine.typeDecisionLine(
      sheets,
      engine.decisionLine('statement', 'add', added.unitName, '  台账多项数据与实际不符<b>  '),
    );
    sheets = engine.typeDecisionLine(
      sheets,
      engine.decisionLine('experience', 'remove', removedUnit.unitName, '经办公室研究'),
    );
    const second = run(sheets);
    expect(second.run.review.decisions.map((d) => [d.unitCode, d.kind, d.action, d.status])).toEqual([
      [added.unitCode, 'statement', 'add', 'applied'],
      [removedUnit.unitCode, 'experience', 'remove', 'applied'],
    ]);
    const after = confirmedLists(second.run.review);
    const statement = after.find((l) => l.kind === 'statement')!;
    expect(statement.units.find((u) => u.unitCode === added.unitCode)?.office).toEqual({
      action: 'add',
      reason: '台账多项数据与实际不符<b>',
    });
    expect(
      after.find((l) => l.kind === 'experience')!.removed.map((u) => [u.unitCode, u.office?.reason]),
    ).toEqual([[removedUnit.unitCode, '经办公室研究']]);
    expect(
      after.find((l) => l.kind === 'experience')!.units.some((u) => u.unitCode === removedUnit.unitCode),
    ).toBe(false);

    // Written, read back from real .xlsx bytes, not pending, and kept when the review is built again.
    const written = readGrids(await renderWorkbook(second.run.plan));
    expect(decisionsPending(written)).toBe(false);
    const third = run(written.filter((s) => Object.values(engine.REVIEW_SHEET_NAMES).includes(s.name)));
    expect(third.run.review.decisions.map((d) => [d.unitCode, d.status])).toEqual([
      [added.unitCode, 'applied'],
      [removedUnit.unitCode, 'applied'],
    ]);
    // The chooser no longer offers what is already done.
    expect(
      decisionCandidates(third.run.review, 'statement', 'add').some((c) => c.unitCode === added.unitCode),
    ).toBe(false);
    expect(
      decisionCandidates(third.run.review, 'statement', 'remove').some((c) => c.unitCode === added.unitCode),
    ).toBe(true);
  }, 180_000);

  test('typing needs the table and an empty line', () => {
    const line = engine.decisionLine('statement', 'add', '华龙区', '理由');
    expect(() => engine.typeDecisionLine([], line)).toThrow(/办公室调整/);
  });
});
