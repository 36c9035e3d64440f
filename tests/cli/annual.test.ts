/**
 * `ledger-review annual` on the sample year (the demo's 2021Q1 and 2021Q2 reviews, a partial
 * year): the roll-up's numbers against the reviews it was made from — as written and after
 * LibreOffice recalculated every formula —, the quarters it says are missing, the office's
 * 办公室确认 kept across re-runs, and what it refuses. Then the office decides: a 办公室调整 typed
 * in a review is pending (the roll-up leaves that quarter out, loudly) until the review is built
 * again, after which the roll-up shows the confirmed lists.
 */
import { excelRound, quarterLabel } from '@ledger-review/scoring';
import {
  ANNUAL_ROWS,
  ANNUAL_SHEETS,
  SUMMARY_QUARTER_COLUMNS,
  readGrids,
  type GridSheet,
} from '@ledger-review/workbook';
import { readReviewDocumentModel, type ReviewDocumentModel } from '@ledger-review/workbook/documents';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { editXlsx, sheetOf } from '../fixtures/excel';
import { recalculateWithLibreOffice } from '../helpers/libreoffice';
import { suiteTempDir } from '../helpers/tempDir';
import { testWithTools } from '../helpers/tools';

const dir = suiteTempDir('lr-cli-annual-');
const q1 = join(dir, 'reviews', '2021Q1_季度点评.xlsx');
const q2 = join(dir, 'reviews', '2021Q2_季度点评.xlsx');
let models: ReviewDocumentModel[];

const read = (file: string): GridSheet[] => readGrids(readFileSync(file));
const sheet = (sheets: GridSheet[], name: string) => {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const at = (s: GridSheet, row: number, col: number) => s.grid[row - 1]?.[col - 1] ?? null;
/** The row of each unit code (column B) under the header. */
const rowsOf = (s: GridSheet): Map<string, number> => {
  const out = new Map<string, number>();
  for (let r = ANNUAL_ROWS.firstData; r <= s.grid.length; r++) {
    const code = at(s, r, 2);
    if (typeof code === 'string' && code) out.set(code, r);
  }
  return out;
};
/** Column of a quarter's first summary column (综合得分): 分组, 单位编码, 单位名称, then 4 per quarter. */
const quarterColumn = (k: number) => 4 + k * SUMMARY_QUARTER_COLUMNS.length;
const yearColumn = 4 + 4 * SUMMARY_QUARTER_COLUMNS.length;

beforeAll(async () => {
  const demo = await cli('demo', join(dir, 'demo'));
  if (demo.code !== 0) throw new Error(demo.err);
  mkdirSync(join(dir, 'reviews'));
  copyFileSync(join(dir, 'demo', '2021Q1_季度点评.xlsx'), q1);
  copyFileSync(join(dir, 'demo', '2021Q2_季度点评.xlsx'), q2);
  models = [q1, q2].map((f) => readReviewDocumentModel(read(f)));
}, 180_000);

/**
 * Types 办公室调整 lines (点评结果, 调整, 单位, 理由) into the table under the 调整 header of the
 * review's 点评结果, as the office would in its spreadsheet program.
 */
async function typeOfficeDecisions(review: string, lines: string[][]): Promise<void> {
  const bytes = await editXlsx(readFileSync(review), (wb) => {
    const ws = sheetOf(wb, '点评结果');
    let header = 0;
    ws.eachRow((row, r) => {
      if (!header && row.getCell(2).value === '点评结果' && row.getCell(3).value === '调整') header = r;
    });
    expect(header).toBeGreaterThan(0);
    lines.forEach((values, k) =>
      values.forEach((v, i) => (ws.getCell(header + 1 + k, [2, 3, 5, 8][i]).value = v)),
    );
  });
  writeFileSync(review, bytes);
}

/** Every number of 年度汇总 against the reviews' models (by unit code). */
function expectSummaryMatches(summary: GridSheet, reviews: ReviewDocumentModel[]): void {
  const rows = rowsOf(summary);
  const units = reviews[reviews.length - 1].units;
  expect(rows.size).toBe(units.length);
  const averages = new Map<string, number>();
  for (const u of units) {
    const r = rows.get(u.code)!;
    const got = reviews.map((m) => m.units.find((x) => x.code === u.code)!);
    got.forEach((v, k) => {
      expect([u.code, k, at(summary, r, quarterColumn(k))]).toEqual([u.code, k, v.composite]);
      expect([u.code, k, at(summary, r, quarterColumn(k) + 1)]).toEqual([u.code, k, v.rank]);
    });
    // 较上季度 of Q2 against Q1 (both in the roll-up); of Q1 against 2020Q4 where Q1's history held it.
    expect(at(summary, r, quarterColumn(1) + 2)).toBeCloseTo(
      excelRound(got[1].composite - got[0].composite, 2),
      9,
    );
    // Q3 and Q4 were not given: blank.
    expect([at(summary, r, quarterColumn(2)) ?? '', at(summary, r, quarterColumn(3)) ?? '']).toEqual([
      '',
      '',
    ]);
    const average = excelRound((got[0].composite + got[1].composite) / 2, 2);
    averages.set(u.code, average);
    expect(at(summary, r, yearColumn)).toBeCloseTo(average, 9);
  }
  for (const u of units) {
    const rank =
      1 + units.filter((x) => x.group === u.group && averages.get(x.code)! > averages.get(u.code)!).length;
    expect([u.code, at(summary, rows.get(u.code)!, yearColumn + 1)]).toEqual([u.code, rank]);
  }
}

test('rolls up a partial year: each quarter’s composite, rank and change, the annual average and rank; says which quarters are missing', async () => {
  const out = join(dir, '年度汇总.xlsx');
  const r = await cli('annual', q1, q2, '--year', '2021', '--out', out);
  expect(r.code).toBe(0);
  expect(r.out).toContain('2021 年度汇总已写入');
  expect(r.out).toContain('缺少季度：2021年第三季度，2021年第四季度');
  expect(r.err).toContain('未提供 2021Q3 的点评工作簿');
  const sheets = read(out);
  expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(Object.values(ANNUAL_SHEETS)));
  const summary = sheet(sheets, ANNUAL_SHEETS.summary);
  expect(String(at(summary, ANNUAL_ROWS.note, 1))).toContain(
    '缺少2021年第三季度、2021年第四季度的点评工作簿',
  );
  expect(at(summary, ANNUAL_ROWS.band, quarterColumn(2))).toBe(`${quarterLabel('2021Q3')}（未提供）`);
  // Scores and ranks are formulas, with the values cached for readers that do not calculate.
  const f = summary.formulas!;
  const row = rowsOf(summary).get(models[1].units[0].code)!;
  expect(f.get(`D${row}`)?.formula).toMatch(/^'?季度数据'?!\$/);
  expect(f.get(`${String.fromCharCode(64 + yearColumn)}${row}`)?.formula).toMatch(/^ROUND\(AVERAGE\(/);
  expectSummaryMatches(summary, models);
  // The confirmed outcomes of each quarter are shown; Q2's severe proposals are marked.
  const caizheng = models[1].units.find((u) => u.name === '市财政局')!;
  expect(String(at(summary, rowsOf(summary).get(caizheng.code)!, quarterColumn(1) + 3))).toContain(
    '取消年度综合考评评先资格（拟提议）',
  );
});

testWithTools(
  ['soffice'],
  'after LibreOffice recalculates every formula, the roll-up’s numbers equal the recalculated quarterly reviews',
  async () => {
    const out = join(dir, 'recalc', '年度汇总2021.xlsx');
    mkdirSync(join(dir, 'recalc'), { recursive: true });
    expect((await cli('annual', q1, q2, '--year', '2021', '--out', out)).code).toBe(0);
    const { outputs } = await recalculateWithLibreOffice([out, q1, q2], {
      outDir: join(dir, 'recalculated'),
    });
    const [annual, r1, r2] = outputs.map(read);
    // No formula may end in an error.
    for (const s of annual)
      for (const row of s.grid)
        for (const v of row ?? []) expect(String(v ?? '')).not.toMatch(/^#(NAME|VALUE|REF|DIV|N\/A)/);
    const recalculated = [r1, r2].map((s) => readReviewDocumentModel(s));
    // The reviews themselves did not move under recalculation (their cached values were the library's).
    recalculated.forEach((m, k) =>
      expect(m.units.map((u) => [u.code, u.composite, u.rank])).toEqual(
        models[k].units.map((u) => [u.code, u.composite, u.rank]),
      ),
    );
    expectSummaryMatches(sheet(annual, ANNUAL_SHEETS.summary), recalculated);
  },
  240_000,
);

test('the 评先资格 and 文明单位称号 proposals carry their reasons; the office’s 办公室确认 is kept when the roll-up is built again', async () => {
  const out = join(dir, 'confirm', '年度汇总.xlsx');
  mkdirSync(join(dir, 'confirm'), { recursive: true });
  expect((await cli('annual', q1, q2, '--year', '2021', '--out', out)).code).toBe(0);
  const disqualify = sheet(read(out), ANNUAL_SHEETS.disqualify);
  const header = ANNUAL_ROWS.header;
  expect(disqualify.grid[header - 1]).toEqual([
    '序号',
    '分组',
    '单位编码',
    '单位名称',
    '原因',
    '各季度办公室确认',
    '性质',
    '办公室确认',
  ]);
  const first = disqualify.grid[ANNUAL_ROWS.firstData - 1];
  expect(first[3]).toBe('市财政局');
  expect(String(first[4])).toMatch(/^2021年第二季度：/);
  expect(first[7]).toBe('待确认');
  writeFileSync(
    out,
    await editXlsx(readFileSync(out), (wb) => {
      sheetOf(wb, ANNUAL_SHEETS.disqualify).getCell(ANNUAL_ROWS.firstData, 8).value = '同意';
      sheetOf(wb, ANNUAL_SHEETS.civilized).getCell(ANNUAL_ROWS.firstData, 8).value = '不同意';
    }),
  );
  const again = await cli('annual', q1, q2, '--year', '2021', '--out', out);
  expect(again.code).toBe(0);
  const sheets = read(out);
  expect(at(sheet(sheets, ANNUAL_SHEETS.disqualify), ANNUAL_ROWS.firstData, 8)).toBe('同意');
  expect(at(sheet(sheets, ANNUAL_SHEETS.civilized), ANNUAL_ROWS.firstData, 8)).toBe('不同意');
});

test('refuses: no review of the year, two reviews of one quarter, an --out that is another file; ignores what is not a review', async () => {
  const none = await cli('annual', q1, q2, '--year', '2020', '--out', join(dir, 'x.xlsx'));
  expect(none.code).toBe(2);
  expect(none.err).toContain('[cli-annual-no-reviews]');
  expect(none.err).toContain('2021年第一季度');
  mkdirSync(join(dir, 'dup'), { recursive: true });
  const copy = join(dir, 'dup', '2021Q2_季度点评（副本）.xlsx');
  copyFileSync(q2, copy);
  const dup = await cli('annual', q1, q2, copy, '--year', '2021', '--out', join(dir, 'dup', 'y.xlsx'));
  expect(dup.code).toBe(2);
  expect(dup.err).toContain('[cli-annual-duplicate-quarter]');
  const foreign = await cli('annual', q1, q2, '--year', '2021', '--out', q1);
  expect(foreign.code).toBe(2);
  expect(foreign.err).toContain('[cli-out-not-annual]');
  // The demo folder holds ledgers, inspection workbooks, the template and .docx 公文: all ignored.
  const withDemoFolder = (...options: string[]) =>
    cli(
      'annual',
      join(dir, 'demo', '文书'),
      q1,
      '--year',
      '2021',
      '--out',
      join(dir, 'folder.xlsx'),
      ...options,
    );
  const folder = await withDemoFolder('--json');
  expect(folder.code).toBe(0);
  const json = JSON.parse(folder.out) as {
    quarters: { quarter: string }[];
    missing: string[];
    findings: { code: string }[];
  };
  expect(json.quarters.map((q) => q.quarter)).toEqual(['2021Q1']);
  expect(json.missing).toEqual(['2021Q2', '2021Q3', '2021Q4']);
  const ignored = json.findings.filter((x) => x.code === 'cli-annual-input-ignored').length;
  expect(ignored).toBeGreaterThan(3);
  // Printed: three of them by name, the rest counted.
  const printed = await withDemoFolder();
  expect(printed.err.split('\n').filter((l) => l.includes('已忽略'))).toHaveLength(4);
  expect(printed.err).toContain(`另有 ${ignored - 3} 个文件不是该年度的季度点评工作簿`);
});

test('the office decides: a 办公室调整 is pending until the review is rebuilt, then every later output follows the confirmed lists', async () => {
  const work = join(dir, 'decide');
  mkdirSync(work, { recursive: true });
  const review = join(work, '2021Q2_季度点评.xlsx');
  const previous = join(work, '2021Q1_季度点评.xlsx');
  copyFileSync(q2, review);
  copyFileSync(q1, previous);
  /** 2021Q2's review built again from the demo's ledgers and inspections, on `previous`. */
  const rebuildQ2 = () =>
    cli(
      'review',
      join(dir, 'demo', '台账'),
      join(dir, 'demo', '检查'),
      '--quarter',
      '2021Q2',
      '--previous',
      previous,
      '--out',
      review,
      '--quiet',
    );
  const model = models[1];
  // The office adds the third 县区 unit to 经验介绍 and takes the third 市直 one off, with reasons.
  const third = model.units.find(
    (u) => u.group === '县区' && u.rank === 3 && !model.outcomes.some((o) => o.unitCode === u.code),
  )!;
  const removed = model.units.find((u) => u.name === '市审计局')!;
  expect(model.outcomes.some((o) => o.unitCode === removed.code && o.kind === 'experience')).toBe(true);
  await typeOfficeDecisions(review, [
    ['经验介绍', '增加', third.name, '创新做法全市推广'],
    ['经验介绍', '取消', removed.name, '本季度已在专题会议上介绍'],
  ]);

  // Pending: the roll-up leaves the quarter out, saying why, and the exit code says so.
  const pending = await cli(
    'annual',
    previous,
    review,
    '--year',
    '2021',
    '--out',
    join(work, '年度汇总.xlsx'),
  );
  expect(pending.code).toBe(1);
  expect(pending.err).toContain('办公室调整在生成后有改动，尚未生效');
  expect(pending.out).toContain('缺少季度：2021年第二季度');

  // Built again: the decisions are kept in the workbook, applied, and said so.
  const rebuilt = await rebuildQ2();
  expect(rebuilt.code).toBeLessThan(2);
  const after = readReviewDocumentModel(read(review));
  const experience = (code: string) =>
    after.outcomes.find((o) => o.unitCode === code && o.kind === 'experience');
  expect(experience(third.code)).toMatchObject({ office: 'add', decided: true });
  expect(experience(removed.code)).toMatchObject({ office: 'remove', decided: false });
  const outcomes = sheet(read(review), '点评结果');
  const texts = outcomes.grid.flat().map((v) => String(v ?? ''));
  expect(texts).toContain('创新做法全市推广');
  expect(texts.filter((t) => t === '已生效')).toHaveLength(2);

  const annual = join(work, '年度汇总.xlsx');
  const done = await cli('annual', previous, review, '--year', '2021', '--out', annual);
  expect(done.code).toBe(0);
  const summary = sheet(read(annual), ANNUAL_SHEETS.summary);
  const rows = rowsOf(summary);
  expect(String(at(summary, rows.get(third.code)!, quarterColumn(1) + 3))).toContain('经验介绍');
  expect(String(at(summary, rows.get(removed.code)!, quarterColumn(1) + 3))).not.toContain('经验介绍');
  expect(existsSync(annual)).toBe(true);

  // The office then changes 2021Q1's 检查性发言 list after 2021Q2 was built on it: the roll-up
  // says 2021Q2 must be built again (its 通报批评 and 约谈 rest on the old list).
  // The unit chosen speaks in 2021Q2 but not in 2021Q1: once 2021Q2 is rebuilt, the office's
  // 2021Q1 decision makes it two reviews running — 通报批评 and 约谈.
  const [q1Model, q2Model] = models;
  const added = q2Model.units.find(
    (u) =>
      q2Model.outcomes.some((o) => o.unitCode === u.code && o.kind === 'statement' && o.decided) &&
      !q2Model.outcomes.some((o) => o.unitCode === u.code && o.kind === 'criticism') &&
      !q1Model.outcomes.some((o) => o.unitCode === u.code),
  )!;
  expect(added).toBeDefined();
  await typeOfficeDecisions(previous, [['检查性发言', '增加', added.name, '台账多项数据与实际不符']]);
  const q1Again = await cli(
    'review',
    join(dir, 'demo', '上季度'),
    '--quarter',
    '2021Q1',
    '--out',
    previous,
    '--quiet',
  );
  expect(q1Again.code).toBeLessThan(2);
  const stale = await cli('annual', previous, review, '--year', '2021', '--out', annual);
  expect(stale.code).toBe(0);
  expect(stale.err).toContain(`检查性发言名单（`);
  expect(stale.err).toContain(added.name);
  const notes = sheet(read(annual), ANNUAL_SHEETS.notes)
    .grid.flat()
    .map((v) => String(v ?? ''));
  expect(notes.some((t) => t.includes('请用最新的 2021Q1 点评重新生成 2021Q2 点评'))).toBe(true);
  // The roll-up follows the confirmed lists: the unit's 2021Q1 检查性发言 counts.
  const after2 = sheet(read(annual), ANNUAL_SHEETS.summary);
  expect(String(at(after2, rowsOf(after2).get(added.code)!, quarterColumn(0) + 3))).toContain('检查性发言');

  // 2021Q2 built again on the confirmed 2021Q1 list: its own 办公室调整 kept, and the streak follows.
  const q2Again = await rebuildQ2();
  expect(q2Again.code).toBeLessThan(2);
  const rebuiltQ2 = readReviewDocumentModel(read(review));
  expect(rebuiltQ2.outcomes.filter((o) => o.office !== null)).toHaveLength(2);
  expect(rebuiltQ2.outcomes.filter((o) => o.unitCode === added.code && o.decided).map((o) => o.kind)).toEqual(
    expect.arrayContaining(['statement', 'criticism', 'interview']),
  );
  const fresh = await cli('annual', previous, review, '--year', '2021', '--out', annual);
  expect(fresh.code).toBe(0);
  expect(fresh.err).not.toContain(added.name);
  const final = sheet(read(annual), ANNUAL_SHEETS.summary);
  const r = rowsOf(final).get(added.code)!;
  expect(String(at(final, r, quarterColumn(1) + 3))).toContain('通报批评');
  // 最长连续检查性发言 and 截至最近季度连续检查性发言: two quarters running.
  expect([at(final, r, yearColumn + 4), at(final, r, yearColumn + 5)]).toEqual([2, 2]);
}, 240_000);
