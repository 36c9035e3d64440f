/**
 * `ledger-review demo` writes the sample year beside the sample quarter (全年示例/): the 报送状态
 * with its 催报 text, a 双月检查 round's documents before and after scoring, a 办公室调整 typed in
 * 2021Q1 and applied by 2021Q2, 整改 items closed by the office and overdue, and the 年度汇总 over
 * the two quarters staged — each read back from the files and checked against what it rests on.
 */
import { RECTIFICATION_STATE_LABEL, excelRound } from '@ledger-review/scoring';
import {
  ANNUAL_ROWS,
  ANNUAL_SHEETS,
  CHASE_COLUMNS,
  FEEDBACK_SHEET,
  NOTICE_SHEETS,
  REPORT_SHEETS,
  RECHECK_SHEET,
  STATUS_SHEETS,
  SUMMARY_QUARTER_COLUMNS,
  readGrids,
  type GridSheet,
} from '@ledger-review/workbook';
import { readReviewDocumentModel, type ReviewDocumentModel } from '@ledger-review/workbook/documents';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
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

test('the summary says what the sample year holds', () => {
  expect(out).toContain(`全年示例已写入 ${year()}`);
  expect(out).toContain('办公室调整：2021Q1 检查性发言 增加 濮阳市城乡一体化示范区（理由：');
  expect(out).toContain('缺少 2021年第三季度，2021年第四季度');
  // The sample quarter's outputs are still there, as before.
  expect(readdirSync(dir).filter((f) => f.endsWith('季度点评.xlsx'))).toEqual(['2021Q1_季度点评.xlsx', '2021Q2_季度点评.xlsx']);
});

test('a month of status: 市财政局 is chased for May and June, in the sheet and in the text to paste', () => {
  const folder = join(year(), '1_月度报送状态');
  const sheets = read(join(folder, '报送状态_截至2021-07-12.xlsx'));
  const status = sheet(sheets, STATUS_SHEETS.status);
  expect(texts(status)).toEqual(expect.arrayContaining(['市财政局', '市水利局']));
  const chase = table(sheet(sheets, STATUS_SHEETS.chase), CHASE_COLUMNS[0]).filter((r) => r.get('单位名称'));
  const caizheng = chase.find((r) => r.get('单位名称') === '市财政局')!;
  expect(String(caizheng.get('未报送月份'))).toMatch(/2021年5月.*2021年6月/);
  const text = readFileSync(join(folder, '催报通知.txt'), 'utf8');
  expect(text).toMatch(/市财政局[^\n]*2021年5月[^\n]*2021年6月[^\n]*工作台账未报送/);
  expect(text.trim().split('\n')).toHaveLength(1 + chase.length);
  // The office's contact closes every line.
  for (const line of text.trim().split('\n').slice(1)) expect(line).toContain('联系人：');
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

test('the office’s 办公室调整 in 2021Q1, with its reason, is applied in 2021Q2; 整改 items are closed by the office and overdue', () => {
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

  const register = table(sheet(q2, '整改台账'), '问题编号').filter((r) => r.get('单位编码'));
  const states = register.map((r) => r.get('状态'));
  expect(states).toContain(RECTIFICATION_STATE_LABEL.done);
  expect(states).toContain(RECTIFICATION_STATE_LABEL.overdue);
  const closed = register.filter((r) => r.get('销号依据'));
  expect(closed).toHaveLength(1);
  expect(closed[0].get('销号依据')).toBe('已补充佐证材料，经检查组复核销号');
  expect(closed[0].get('状态')).toBe(RECTIFICATION_STATE_LABEL.done);
  // Carried from 2021Q1, not closed by silence: the rest of 2021Q1's items stay open or overdue.
  expect(String(closed[0].get('检查期间'))).toMatch(/^2021-(0[1-3]|B1|B2)$|^2021Q1$/);
  expect(out).toContain(`办公室销号 ${String(closed[0].get('问题编号'))}`);
});

const quarterColumn = (k: number) => 4 + k * SUMMARY_QUARTER_COLUMNS.length;
const decided = (q: string) => join(year(), '3_办公室调整与整改', `${q}_季度点评.xlsx`);

/** Each unit's row of 年度汇总 (by unit code), its quarters' composites and ranks, and its year's average, against the reviews. */
function expectAnnualMatches(summary: GridSheet, models: ReviewDocumentModel[]): Map<string, number> {
  const rows = new Map<string, number>();
  for (let r = ANNUAL_ROWS.firstData; r <= summary.grid.length; r++) {
    const code = at(summary, r, 2);
    if (typeof code === 'string' && code) rows.set(code, r);
  }
  expect(rows.size).toBe(models[1].units.length);
  for (const u of models[1].units) {
    const r = rows.get(u.code)!;
    models.forEach((m, k) => {
      const v = m.units.find((x) => x.code === u.code)!;
      expect([u.code, k, at(summary, r, quarterColumn(k)), at(summary, r, quarterColumn(k) + 1)]).toEqual([u.code, k, v.composite, v.rank]);
    });
    const average = excelRound((models[0].units.find((x) => x.code === u.code)!.composite + u.composite) / 2, 2);
    expect(at(summary, r, quarterColumn(4))).toBeCloseTo(average, 9);
  }
  return rows;
}

test('the 年度汇总 over the quarters staged: each composite and rank equals the reviews’, and Q3, Q4 are named missing', () => {
  const file = join(year(), '年度汇总.xlsx');
  expect(existsSync(file)).toBe(true);
  const summary = sheet(read(file), ANNUAL_SHEETS.summary);
  expect(String(at(summary, ANNUAL_ROWS.note, 1))).toContain('缺少2021年第三季度、2021年第四季度的点评工作簿');
  const models = ['2021Q1', '2021Q2'].map((q) => readReviewDocumentModel(read(decided(q))));
  const rows = expectAnnualMatches(summary, models);
  // The office's decision shows in the roll-up: 示范区 spoke in both quarters, criticised in the second.
  const code = models[0].units.find((u) => u.name === '濮阳市城乡一体化示范区')!.code;
  expect(String(at(summary, rows.get(code)!, quarterColumn(0) + 3))).toContain('检查性发言');
  expect(String(at(summary, rows.get(code)!, quarterColumn(1) + 3))).toContain('通报批评');
});

testWithTools(
  ['soffice'],
  'after LibreOffice recalculates every formula, the sample year’s 年度汇总 still equals its recalculated reviews',
  async () => {
    const { outputs } = await recalculateWithLibreOffice([join(year(), '年度汇总.xlsx'), decided('2021Q1'), decided('2021Q2')], { outDir: join(dir, 'recalculated') });
    const [annual, r1, r2] = outputs.map(read);
    for (const s of annual) for (const row of s.grid) for (const v of row ?? []) expect(String(v ?? '')).not.toMatch(/^#(NAME|VALUE|REF|DIV|N\/A)/);
    expectAnnualMatches(sheet(annual, ANNUAL_SHEETS.summary), [r1, r2].map((s) => readReviewDocumentModel(s)));
  },
  240_000,
);
