/**
 * Reading back the review sheets of a re-run by their columns (readTables) against the
 * simulating fake: what the office typed comes back exactly as from reading the whole
 * workbook, for a fraction of the response bytes; older Excel without sheet search reads whole
 * sheets; missing sheets are left out.
 */
import {
  readGrids,
  readHandTyped,
  readHistory,
  renderWorkbook,
  REVIEW_SHEETS,
  decisionsPending,
  type GridSheet,
  type GridValue,
} from '@ledger-review/workbook';
import * as engine from '../../src/engine';
import { createExcelHost } from '../../src/office/excelHost';
import { fakeSheetsOf } from '../e2e/fakeOffice';
import { demoUpload } from '../e2e/fixtures';
import { createFakeExcel } from './fakeExcel';

const NO_WAIT = { delaysMs: [1], sleep: async () => undefined };
const SEARCH = { typedStrings: false, mergedAreas: false, workbookActivated: false, findAll: true };

let review: GridSheet[];

beforeAll(async () => {
  const demo = await demoUpload();
  const bytes = await renderWorkbook(demo.expected.run.plan);
  review = readGrids(bytes);
  // What the office typed since: a cause, a meeting remark, a confirmation, a received date.
  const put = (sheet: string, header: string, key: string, text: string) => {
    const s = review.find((x) => x.name === sheet)!;
    const h = s.grid.findIndex((r) => r?.includes('单位编码') && r.includes(header));
    const codeCol = s.grid[h].indexOf('单位编码');
    const col = s.grid[h].indexOf(header);
    const row = s.grid.findIndex((r, i) => i > h && r?.[codeCol] === key);
    (s.grid as GridValue[][])[row][col] = text;
  };
  const code = demo.expected.run.review.units[0].unitCode;
  put(REVIEW_SHEETS.ranking, '分析原因', code, '领导重视，台账规范');
  put(REVIEW_SHEETS.ranking, '会议备注', code, '会上作经验介绍');
  // Two 办公室调整 lines: one naming the unit, one giving only its code.
  const outcomes = review.find((x) => x.name === REVIEW_SHEETS.outcomes)!;
  const h = outcomes.grid.findIndex((r) => r?.includes('调整') && r.includes('调整理由'));
  const col = (label: string) => outcomes.grid[h].indexOf(label);
  const units = demo.expected.run.review.units;
  const line = (row: number, values: Record<string, string>) => {
    for (const [label, v] of Object.entries(values)) (outcomes.grid as GridValue[][])[row][col(label)] = v;
  };
  line(h + 1, {
    点评结果: '经验介绍',
    调整: '增加',
    单位名称: units[3].unitName,
    调整理由: '创新做法全市推广',
  });
  line(h + 2, {
    点评结果: '检查性发言',
    调整: '取消',
    单位编码: units[units.length - 1].unitCode,
    调整理由: '已说明原因',
  });
}, 120_000);

test('the typed columns read back equal to the whole workbook’s, for a fraction of the bytes', async () => {
  const whole = createFakeExcel({ sheets: fakeSheetsOf(review) });
  const full = await createExcelHost({ excel: whole.excel, missing: [], retry: NO_WAIT }).readWorkbookGrids(
    Object.values(REVIEW_SHEETS),
  );
  const fullBytes = whole.traffic().reduce((n, t) => n + t.responseBytes, 0);

  const fake = createFakeExcel({ sheets: fakeSheetsOf(review) });
  const host = createExcelHost({ excel: fake.excel, missing: [], capabilities: SEARCH, retry: NO_WAIT });
  const names = await host.listSheetNames();
  const tables = await host.readTables(engine.REVIEW_READBACK.filter((r) => names.includes(r.sheet)));
  expect(tables.map((t) => t.name).sort()).toEqual(engine.REVIEW_READBACK.map((r) => r.sheet).sort());
  expect(readHandTyped(tables)).toEqual(readHandTyped(full));
  expect(readHandTyped(tables).byUnit[Object.keys(readHandTyped(full).byUnit)[0]]).toBeDefined();
  // The 办公室调整 lines come back, and the workbook reads as holding decisions not yet applied.
  expect(readHandTyped(tables).decisions?.map((d) => [d.outcome, d.action, d.unit, d.reason])).toHaveLength(
    2,
  );
  expect(decisionsPending(tables)).toBe(true);
  expect(decisionsPending(full)).toBe(true);
  expect(readHistory(tables)).toEqual(readHistory(full));
  const tableBytes = fake.traffic().reduce((n, t) => n + t.responseBytes, 0);
  console.log(
    `readTables: ${fake.syncs()} syncs, ${tableBytes} response bytes; whole review sheets: ${whole.syncs()} syncs, ${fullBytes} bytes`,
  );
  expect(tableBytes * 5).toBeLessThan(fullBytes);
  // listing, dimensions + search, header rows, then the columns (here in one budgeted sync).
  expect(fake.syncs()).toBeLessThanOrEqual(5);
  // Nothing of the sort touched the workbook.
  expect(fake.log.filter((l) => l.startsWith('set '))).toEqual([]);
});

test('with a small response budget the columns come in several syncs, each under it', async () => {
  const fake = createFakeExcel({ sheets: fakeSheetsOf(review) });
  const host = createExcelHost({
    excel: fake.excel,
    missing: [],
    capabilities: SEARCH,
    retry: NO_WAIT,
    readBudgetBytes: 4000,
  });
  await host.listSheetNames();
  const tables = await host.readTables(engine.REVIEW_READBACK);
  expect(readHandTyped(tables)).toEqual(readHandTyped(review));
  const columnSyncs = fake.traffic().slice(3);
  expect(columnSyncs.length).toBeGreaterThan(2);
  // Learning the cost per cell may overshoot once; never by much, never near the 5 MB cap.
  expect(Math.max(...columnSyncs.map((t) => t.responseBytes))).toBeLessThan(4000 * 3);
});

test('Excel without sheet search (ExcelApi < 1.9): the same result from whole sheets; missing sheets left out', async () => {
  const fake = createFakeExcel({
    sheets: fakeSheetsOf(review.filter((s) => s.name !== REVIEW_SHEETS.history)),
  });
  const host = createExcelHost({ excel: fake.excel, missing: [], retry: NO_WAIT });
  const tables = await host.readTables(engine.REVIEW_READBACK);
  expect(tables.map((t) => t.name)).not.toContain(REVIEW_SHEETS.history);
  expect(readHandTyped(tables)).toEqual(readHandTyped(review));
  expect(fake.log.some((l) => l.includes('findAllOrNullObject'))).toBe(false);
});
