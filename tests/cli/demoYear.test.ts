/**
 * `ledger-review demo` writes the whole sample year beside the sample quarter (全年示例/): the
 * second half's ledgers and inspection workbooks (the 每年 indicators in December's ledgers only),
 * the 报送状态 with its 催报 text at mid-year and at the year's end (市财政局 chased both times), a
 * 双月检查 round's documents before and after scoring, a 办公室调整 typed in 2021Q1 and applied by
 * 2021Q2, 整改 items closed by the office at every review and others overdue, and the 年度汇总
 * over the four quarters — each read back from the files and checked against what it rests on.
 */
import { DEFAULT_TEMPLATE, RECTIFICATION_STATE_LABEL, excelRound, reviewDate, resolveSettings } from '@ledger-review/scoring';
import {
  ANNUAL_ROWS,
  ANNUAL_SHEETS,
  CHASE_COLUMNS,
  FEEDBACK_SHEET,
  LEDGER_FIRST_DATA_ROW,
  LEDGER_SHEET,
  NOTICE_SHEETS,
  REPORT_SHEETS,
  RECHECK_SHEET,
  STATUS_SHEETS,
  SUMMARY_QUARTER_COLUMNS,
  ledgerColumn,
  readRegister,
  readGrids,
  type GridSheet,
} from '@ledger-review/workbook';
import { readReviewDocumentModel, type ReviewDocumentModel } from '@ledger-review/workbook/documents';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { main, type CliIO } from '../../packages/workbook/src/cli/main';
import { tempDir } from '../fixtures/excel';
import { recalculateWithLibreOffice } from '../helpers/libreoffice';
import { testWithTools } from '../helpers/tools';

let dir: string;
let cleanup: () => void;
let out: string;
const year = () => join(dir, '全年示例');

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('lr-demo-year-'));
  const lines: string[] = [];
  const errors: string[] = [];
  const io: CliIO = { out: (s) => void lines.push(s), err: (s) => void errors.push(s), cwd: process.cwd() };
  const code = await main(['demo', dir], io);
  if (code !== 0) throw new Error(errors.join('\n'));
  out = lines.join('\n');
}, 180_000);
afterAll(() => cleanup());

const read = (file: string): GridSheet[] => readGrids(readFileSync(file));
const sheet = (sheets: GridSheet[], name: string) => {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const texts = (s: GridSheet) => s.grid.flat().map((v) => String(v ?? ''));
const at = (s: GridSheet, row: number, col: number) => s.grid[row - 1]?.[col - 1] ?? null;
/** Rows under the header row whose label is given, as label → value maps. */
function table(s: GridSheet, firstLabel: string): Array<Map<string, unknown>> {
  const headerAt = s.grid.findIndex((r) => (r ?? []).some((v) => v === firstLabel));
  expect(headerAt).toBeGreaterThanOrEqual(0);
  const header = (s.grid[headerAt] ?? []).map((v) => String(v ?? ''));
  return s.grid.slice(headerAt + 1).map((r) => new Map(header.map((h, c) => [h, (r ?? [])[c] ?? null])));
}

const QUARTERS = ['2021Q1', '2021Q2', '2021Q3', '2021Q4'];
const decided = (q: string) => join(year(), '3_办公室调整与整改', `${q}_季度点评.xlsx`);
/** Every file under a folder, relative paths. */
function filesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(folder).flatMap((f) => (statSync(join(folder, f)).isDirectory() ? filesUnder(join(folder, f), `${prefix}${f}/`) : [`${prefix}${f}`]));
}

test('the summary says what the sample year holds', () => {
  expect(out).toContain(`全年示例已写入 ${year()}`);
  expect(out).toContain('办公室调整：2021Q1 检查性发言 增加 濮阳市城乡一体化示范区（理由：');
  expect(out).toContain('年中和年末两次催报：市财政局');
  expect(out).toContain('已汇总 2021年第一季度，2021年第二季度，2021年第三季度，2021年第四季度）');
  expect(out).not.toContain('缺少');
  // The sample quarter's outputs are still there, as before.
  expect(readdirSync(dir).filter((f) => f.endsWith('季度点评.xlsx'))).toEqual(['2021Q1_季度点评.xlsx', '2021Q2_季度点评.xlsx']);
});

test('the second half: every ledger July–December (the 每年 indicators in December’s only) and the rounds B4–B6 written out; the reviews used every month’s', () => {
  const folder = join(year(), '0_下半年台账与检查');
  const files = filesUnder(folder);
  expect(files.filter((f) => f.includes('/检查/')).sort()).toEqual([
    '2021Q3/检查/2021年7—8月双月检查评分表.xlsx',
    '2021Q4/检查/2021年11—12月双月检查评分表.xlsx',
    '2021Q4/检查/2021年9—10月双月检查评分表.xlsx',
  ]);
  const ledgers = files.filter((f) => f.includes('/台账/'));
  // 29 units × 6 months, less the two ledgers never sent (市农业农村局's August, 市财政局's November).
  expect(ledgers).toHaveLength(29 * 6 - 2);
  const months = new Set(ledgers.map((f) => f.split('/')[2]));
  expect([...months].sort()).toEqual(['2021年10月', '2021年11月', '2021年12月', '2021年7月', '2021年8月', '2021年9月']);
  const annual = new Set(DEFAULT_TEMPLATE.indicators.filter((i) => i.frequency === '每年').map((i) => i.code));
  const codeColumn = ledgerColumn('code') - 1;
  for (const f of ledgers.filter((l) => /年(12|11|7)月\//.test(l))) {
    const codes = sheet(read(join(folder, f)), LEDGER_SHEET).grid.slice(LEDGER_FIRST_DATA_ROW - 1).map((r) => String(r?.[codeColumn] ?? ''));
    // Only December's ledgers list the 每年 indicators.
    expect([f, codes.some((c) => annual.has(c))]).toEqual([f, f.includes('年12月/')]);
  }
  // The reviews of 2021Q3 and 2021Q4 took every month's ledgers (29 units × 3 months, less one missing each).
  for (const q of ['2021Q3', '2021Q4']) {
    const submissions = table(sheet(read(decided(q)), '报送情况'), '应填行数').filter((r) => r.get('单位编码') && r.get('报送日期'));
    expect([q, submissions.length]).toEqual([q, 29 * 3 - 1]);
  }
});

test('the status at mid-year and at the year’s end: 市财政局 is chased both times, in the sheets and in the texts to paste', () => {
  const folder = join(year(), '1_月度报送状态');
  const chased = (asOf: string) => {
    const sheets = read(join(folder, `报送状态_截至${asOf}.xlsx`));
    expect(texts(sheet(sheets, STATUS_SHEETS.status))).toEqual(expect.arrayContaining(['市财政局', '市水利局']));
    const chase = table(sheet(sheets, STATUS_SHEETS.chase), CHASE_COLUMNS[0]).filter((r) => r.get('单位名称'));
    const text = readFileSync(join(folder, `催报通知_截至${asOf}.txt`), 'utf8');
    expect(text.trim().split('\n')).toHaveLength(1 + chase.length);
    // The office's contact closes every line.
    for (const line of text.trim().split('\n').slice(1)) expect(line).toContain('联系人：');
    return { chase, text };
  };
  const july = chased('2021-07-12');
  expect(String(july.chase.find((r) => r.get('单位名称') === '市财政局')!.get('未报送月份'))).toMatch(/2021年5月.*2021年6月/);
  expect(july.text).toMatch(/市财政局[^\n]*2021年5月[^\n]*2021年6月[^\n]*工作台账未报送/);
  const january = chased('2022-01-12');
  // The second half only: November missing, and 市农业农村局's August.
  expect(String(january.chase.find((r) => r.get('单位名称') === '市财政局')!.get('未报送月份'))).toBe('2021年11月');
  expect(january.chase.map((r) => r.get('单位名称')).sort()).toEqual(['市农业农村局', '市财政局'].sort());
  const names = (c: typeof july.chase) => new Set(c.map((r) => String(r.get('单位名称'))));
  expect([...names(july.chase)].filter((n) => names(january.chase).has(n))).toEqual(['市财政局']);
});

test('a round: 检查通知 and the team’s 检查评分表 before, 检查情况报告 and one 检查反馈单 per unit after', () => {
  const round = join(year(), '2_双月检查', '2021-B3');
  const notice = read(join(round, '检查前', '2021-B3_检查通知.xlsx'));
  expect(notice.map((s) => s.name)).toEqual(expect.arrayContaining(Object.values(NOTICE_SHEETS)));
  const scoring = readdirSync(join(round, '检查前')).filter((f) => f !== '2021-B3_检查通知.xlsx');
  expect(scoring).toHaveLength(1);
  // The open 整改 items of 2021Q1 go to the team for re-checking.
  expect(sheet(read(join(round, '检查前', scoring[0])), RECHECK_SHEET).grid.length).toBeGreaterThan(3);
  const report = read(join(round, '检查后', '2021-B3_检查情况报告.xlsx'));
  expect(report.map((s) => s.name)).toEqual(expect.arrayContaining([REPORT_SHEETS.overview, REPORT_SHEETS.areas, REPORT_SHEETS.below]));
  const feedback = readdirSync(join(round, '检查后', '检查反馈单', '2021-B3'));
  expect(feedback).toHaveLength(29);
  const nanle = read(join(round, '检查后', '检查反馈单', '2021-B3', '南乐县检查反馈单.xlsx'));
  expect(texts(sheet(nanle, FEEDBACK_SHEET)).some((t) => t.includes('南乐县'))).toBe(true);
});

test('the office’s 办公室调整 in 2021Q1, with its reason, is applied in 2021Q2', () => {
  const q1 = read(decided('2021Q1'));
  const q2 = read(decided('2021Q2'));
  const q1Texts = texts(sheet(q1, '点评结果'));
  expect(q1Texts).toContain('台账多项数据与实际不符，经办公室研究确定作检查性发言');
  expect(q1Texts).toContain('已生效');
  const [m1, m2] = [q1, q2].map(readReviewDocumentModel);
  const code = m1.units.find((u) => u.name === '濮阳市城乡一体化示范区')!.code;
  expect(m1.outcomes.find((o) => o.unitCode === code && o.kind === 'statement')).toMatchObject({ office: 'add', decided: true });
  // Without the decision 2021Q1 had it off the list: the demo's own 2021Q1 review.
  const plain = readReviewDocumentModel(read(join(dir, '2021Q1_季度点评.xlsx')));
  expect(plain.outcomes.some((o) => o.unitCode === code)).toBe(false);
  // Second 检查性发言 running in 2021Q2, on the confirmed list: 通报批评 and 约谈.
  expect(m2.outcomes.filter((o) => o.unitCode === code && o.decided).map((o) => o.kind)).toEqual(expect.arrayContaining(['statement', 'criticism', 'interview']));
  const plainQ2 = readReviewDocumentModel(read(join(dir, '2021Q2_季度点评.xlsx')));
  expect(plainQ2.outcomes.some((o) => o.unitCode === code && o.kind === 'criticism')).toBe(false);
});

test('整改 through the year: the office closes rectified items with date and evidence at each review, others stay overdue and carry on', () => {
  const settings = resolveSettings();
  const registers = QUARTERS.map((q) => ({ q, asOf: reviewDate(q, settings), rows: readRegister(read(decided(q)), reviewDate(q, settings)) }));
  // 2021Q1: the first items, none due yet.
  expect(registers[0].rows.every((r) => r.state === 'open')).toBe(true);
  for (const [k, { q, asOf, rows }] of registers.entries()) {
    // Realistic numbers: a few items a unit, not one per deduction.
    expect([q, rows.length < 29 * 8]).toEqual([q, true]);
    if (k === 0) continue;
    const done = rows.filter((r) => r.state === 'done');
    const overdue = rows.filter((r) => r.state === 'overdue');
    expect([q, done.length > 0, overdue.length > 0]).toEqual([q, true, true]);
    expect(overdue.length).toBeLessThan(done.length);
    for (const r of done) {
      // Closed by the office with its evidence, on a day no later than the review's, past the deadline it had.
      expect(SAMPLE_BASES).toContain(r.office.basis);
      expect(r.office.doneOn <= asOf).toBe(true);
      expect(r.item.deadline! < asOf).toBe(true);
    }
    const closedBefore = new Set(registers[k - 1].rows.filter((r) => r.state === 'done').map((r) => r.item.id));
    const overdueBefore = registers[k - 1].rows.filter((r) => r.state === 'overdue').map((r) => r.item.id);
    const ids = new Set(rows.map((r) => r.item.id));
    // Closed items leave the next register; overdue ones carry into it.
    expect([...closedBefore].filter((id) => ids.has(id))).toEqual([]);
    expect(overdueBefore.filter((id) => !ids.has(id))).toEqual([]);
  }
  // The register as the file shows it: 状态 已完成 with 销号依据, 已逾期 without.
  const q4 = table(sheet(read(decided('2021Q4')), '整改台账'), '问题编号').filter((r) => r.get('单位编码'));
  expect(q4.filter((r) => r.get('销号依据')).every((r) => r.get('状态') === RECTIFICATION_STATE_LABEL.done && r.get('完成时间'))).toBe(true);
  expect(q4.some((r) => r.get('状态') === RECTIFICATION_STATE_LABEL.overdue && !r.get('销号依据'))).toBe(true);
  // Items carried from earlier quarters are still overdue in 2021Q4 (南乐县 and 市财政局 lag).
  expect(q4.some((r) => r.get('状态') === RECTIFICATION_STATE_LABEL.overdue && /^2021-B[1-3]$/.test(String(r.get('检查期间'))))).toBe(true);
  expect(out).toMatch(/2021年第四季度整改台账（[^）]+）：办公室销号 \d+ 项；已完成 \d+ 项，逾期 \d+ 项，整改中 \d+ 项/);
});
const SAMPLE_BASES = ['已补充佐证材料，经检查组复核销号', '整改报告及制度文件已报送，经复查整改到位', '经检查组现场复查，问题已整改'];

const quarterColumn = (k: number) => 4 + k * SUMMARY_QUARTER_COLUMNS.length;

/** Each unit's row of 年度汇总 (by unit code), its quarters' composites and ranks, and its year's average, against the reviews. */
function expectAnnualMatches(summary: GridSheet, models: ReviewDocumentModel[]): Map<string, number> {
  const rows = new Map<string, number>();
  for (let r = ANNUAL_ROWS.firstData; r <= summary.grid.length; r++) {
    const code = at(summary, r, 2);
    if (typeof code === 'string' && code) rows.set(code, r);
  }
  expect(models).toHaveLength(4);
  expect(rows.size).toBe(models[3].units.length);
  for (const u of models[3].units) {
    const r = rows.get(u.code)!;
    models.forEach((m, k) => {
      const v = m.units.find((x) => x.code === u.code)!;
      expect([u.code, k, at(summary, r, quarterColumn(k)), at(summary, r, quarterColumn(k) + 1)]).toEqual([u.code, k, v.composite, v.rank]);
    });
    const composites = models.map((m) => m.units.find((x) => x.code === u.code)!.composite);
    const average = excelRound(composites.reduce((a, b) => a + b, 0) / composites.length, 2);
    expect(at(summary, r, quarterColumn(4))).toBeCloseTo(average, 9);
  }
  return rows;
}

test('the 年度汇总 over the four quarters: each composite and rank equals the confirmed reviews’, the office’s decision shows', () => {
  const file = join(year(), '年度汇总.xlsx');
  expect(existsSync(file)).toBe(true);
  const summary = sheet(read(file), ANNUAL_SHEETS.summary);
  expect(String(at(summary, ANNUAL_ROWS.note, 1))).toContain('四个季度齐全');
  const models = QUARTERS.map((q) => readReviewDocumentModel(read(decided(q))));
  const rows = expectAnnualMatches(summary, models);
  // The office's decision shows in the roll-up: 示范区 spoke in both quarters, criticised in the second.
  const code = models[0].units.find((u) => u.name === '濮阳市城乡一体化示范区')!.code;
  expect(String(at(summary, rows.get(code)!, quarterColumn(0) + 3))).toContain('检查性发言');
  expect(String(at(summary, rows.get(code)!, quarterColumn(1) + 3))).toContain('通报批评');
});

testWithTools(
  ['soffice'],
  'after LibreOffice recalculates every formula, the sample year’s 年度汇总 over four quarters still equals its recalculated reviews',
  async () => {
    const { outputs } = await recalculateWithLibreOffice([join(year(), '年度汇总.xlsx'), ...QUARTERS.map(decided)], { outDir: join(dir, 'recalculated') });
    const [annual, ...reviews] = outputs.map(read);
    for (const s of annual) for (const row of s.grid) for (const v of row ?? []) expect(String(v ?? '')).not.toMatch(/^#(NAME|VALUE|REF|DIV|N\/A)/);
    expectAnnualMatches(sheet(annual, ANNUAL_SHEETS.summary), reviews.map((s) => readReviewDocumentModel(s)));
  },
  300_000,
);
