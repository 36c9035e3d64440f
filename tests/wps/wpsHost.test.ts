/**
 * The WPS host (src/wps/) against the fake WPS 表格 object model of fakeWps.ts, which carries
 * WPS's limits and quirks: reads equal the .xlsx reader's, marks, click-to-select, atomic plan
 * writes (failures and aborts leave the workbook as it was), protection, events, detection, and
 * the ribbon's task pane.
 */
import { validateLedger } from '@ledger-review/scoring';
import { LEDGER_SHEET, MARKS_SHEET, readGrids, readLedgerSheets, type GridSheet, type WorkbookPlan } from '@ledger-review/workbook';
import { defaultReviewContext as defaultContext } from '@ledger-review/workbook';
import { detectHost } from '../../src/office/host';
import { HostError } from '../../src/office/errors';
import { detectWps } from '../../src/wps/detect';
import { createWpsHost } from '../../src/wps/wpsHost';
import { bgr } from '../../src/wps/writePlan';
import { onAction, TASKPANE_ID_KEY } from '../../src/wps/addin/main';
import type { WpsApplication } from '../../src/wps/types';
import { filledLedgerBytes, filledLedgerPlan, ledgerIndicators } from '../fixtures/ledgers';
import { createFakeWps, wpsSheetsOf, type FakeWps } from './fakeWps';

async function ledgerFake(options: Parameters<typeof filledLedgerBytes>[0] = {}): Promise<{ fake: FakeWps; grids: GridSheet[] }> {
  const grids = readGrids(await filledLedgerBytes(options));
  return { fake: createFakeWps({ sheets: wpsSheetsOf(grids), activeSheet: LEDGER_SHEET }), grids };
}

const hostOf = (fake: FakeWps) => createWpsHost({ app: fake.app as WpsApplication, nonce: () => 'test' });
const context = defaultContext();
const validate = (sheets: GridSheet[]) => validateLedger(readLedgerSheets(sheets, 'x.xlsx').raw!, context);

describe('reading the open workbook', () => {
  test('the ledger reads as the .xlsx reader reads it, and validates the same', async () => {
    const { fake, grids } = await ledgerFake({ rows: { '1.2': { status: '已完成', progress: 80, evidence: '' } } });
    const before = fake.calls;
    const read = await hostOf(fake).readWorkbookGrids();
    const ledger = read.find((s) => s.name === LEDGER_SHEET)!;
    const original = grids.find((s) => s.name === LEDGER_SHEET)!;
    // Values: the same grid (the fake holds no formula results, so the 自检 cells read empty).
    const valuesOnly = (g: GridSheet) => g.grid.map((row) => row.map((v, c) => (c >= 14 ? null : v)));
    expect(valuesOnly(ledger).slice(0, original.grid.length)).toEqual(valuesOnly({ ...original, grid: original.grid.map((r) => [...r, ...new Array(Math.max(0, 15 - r.length)).fill(null)]) }));
    expect(ledger.formats?.get('B3')).toBe(original.formats?.get('B3'));
    expect([...(ledger.merges ?? [])].sort()).toEqual([...(original.merges ?? [])].sort());
    expect(read.map((s) => s.name)).not.toContain(MARKS_SHEET);
    expect(validate(read).report.findings.map((f) => [f.row, f.column, f.code])).toEqual(validate(grids).report.findings.map((f) => [f.row, f.column, f.code]));
    // Whole-range reads: a few dozen calls into WPS for the whole workbook, not one per cell.
    expect(fake.calls - before).toBeLessThan(300);
  });

  test('a one-cell sheet (Value2 is a bare value), an empty sheet, an error value, a date', async () => {
    const fake = createFakeWps({
      sheets: [
        { name: '单格', cells: { C4: 42 } },
        { name: '空', cells: {} },
        { name: '错误', cells: { A1: '文字', B2: { error: '#N/A' }, C3: { value: 44319, numberFormat: 'yyyy-mm-dd' }, C4: { value: 0.8, numberFormat: '0%' } } },
      ],
    });
    const [one, empty, errors] = await hostOf(fake).readWorkbookGrids();
    expect(one.grid[3][2]).toBe(42);
    expect(one.grid.length).toBe(4);
    expect(empty.grid).toEqual([]);
    expect(errors.grid[1][1]).toBe('#N/A');
    expect(errors.formats?.get('C3')).toBe('yyyy-mm-dd');
    expect(errors.formats?.get('C4')).toBe('0%');
  });

  test('named sheets only, in the order given; no workbook open is a clear error', async () => {
    const { fake } = await ledgerFake();
    const read = await hostOf(fake).readWorkbookGrids(['元数据', LEDGER_SHEET, '不存在']);
    expect(read.map((s) => s.name)).toEqual(['元数据', LEDGER_SHEET]);
    const none = createFakeWps({ sheets: [], noWorkbook: true });
    await expect(hostOf(none).readWorkbookGrids()).rejects.toMatchObject({ code: 'no-workbook' });
  });
});

describe('marks, selection', () => {
  test('marks go to the very hidden 校验标记 sheet; the unit stays on the ledger; old marks are cleared', async () => {
    const { fake } = await ledgerFake();
    fake.sheets.splice(fake.sheets.findIndex((s) => s.name === MARKS_SHEET), 1);
    const host = hostOf(fake);
    await host.writeMarks({ rows: 10, cols: 14, cells: [{ row: 7, col: 8, mark: 'E' }, { row: 8, col: 9, mark: 'W' }] });
    const marks = fake.sheet(MARKS_SHEET)!;
    expect(marks.visible).toBe(2);
    expect(fake.activeSheetName()).toBe(LEDGER_SHEET);
    expect(marks.cells.get('H7')?.value).toBe('E');
    expect(marks.cells.get('I8')?.value).toBe('W');
    await host.writeMarks({ rows: 10, cols: 14, cells: [{ row: 9, col: 8, mark: 'E' }] });
    expect(marks.cells.get('H7')?.value).toBeUndefined();
    expect(marks.cells.get('H9')?.value).toBe('E');
  });

  test('a protected workbook structure refuses the marks sheet: workbook-protected, nothing added', async () => {
    const { fake } = await ledgerFake();
    fake.sheets.splice(fake.sheets.findIndex((s) => s.name === MARKS_SHEET), 1);
    fake.setProtectStructure(true);
    const names = fake.sheetNames();
    await expect(hostOf(fake).writeMarks({ rows: 1, cols: 1, cells: [] })).rejects.toMatchObject({ code: 'workbook-protected' });
    expect(fake.sheetNames()).toEqual(names);
  });

  test('a protected marks sheet: sheet-protected naming it', async () => {
    const { fake } = await ledgerFake();
    fake.sheet(MARKS_SHEET)!.protected = true;
    await expect(hostOf(fake).writeMarks({ rows: 1, cols: 1, cells: [] })).rejects.toMatchObject({ code: 'sheet-protected', details: { sheet: MARKS_SHEET } });
  });

  test('click-to-select activates the sheet and selects the cell', async () => {
    const { fake } = await ledgerFake();
    fake.userActivate('填报说明');
    await hostOf(fake).selectCell(LEDGER_SHEET, 'H7');
    expect(fake.activeSheetName()).toBe(LEDGER_SHEET);
    expect(fake.sheet(LEDGER_SHEET)!.selection).toBe('H7');
    await expect(hostOf(fake).selectCell('没有', 'A1')).rejects.toMatchObject({ code: 'sheet-not-found' });
  });
});

describe('writing a plan into the open workbook', () => {
  const twoSheets = (): WorkbookPlan => ({
    sheets: [
      { name: '数据', rows: [[{ value: '单位' }, { value: '得分' }], [{ value: '华龙区' }, { value: 90, numFmt: '0.00' }], [{ value: '=不是公式' }, null]] },
      { name: '汇总', rows: [[{ value: '合计' }, { formula: "SUM('数据'!B2:B2)" }]], conditionalFormats: [{ range: 'B1:B3', formula: 'B1>80', style: 'good' }] },
    ],
  });

  test('sheets are built aside and swapped in; formulas point at the new sheets; unit text stays text', async () => {
    const fake = createFakeWps({ sheets: [{ name: 'Sheet1', cells: { A1: '办公室的笔记' } }, { name: '数据', cells: { A1: '旧数据' } }], activeSheet: 'Sheet1' });
    const result = await hostOf(fake).writeWorkbookPlan(twoSheets());
    expect(result.sheetsWritten).toEqual(['数据', '汇总']);
    expect(fake.sheetNames()).toEqual(['Sheet1', '数据', '汇总']);
    const data = fake.sheet('数据')!;
    expect(data.cells.get('A2')?.value).toBe('华龙区');
    expect(data.cells.get('A1')?.value).toBe('单位');
    expect(data.cells.get('A3')).toMatchObject({ value: '=不是公式', numberFormat: '@' });
    expect(data.cells.get('A3')?.formula).toBeUndefined();
    expect(fake.sheet('汇总')!.cells.get('B1')?.formula).toBe("=SUM('数据'!B2:B2)");
    // No confirmation left for the user, no temporary sheet left behind, the user's sheet active.
    expect(fake.prompts).toEqual([]);
    expect(fake.activeSheetName()).toBe('数据');
  });

  test('conditional formats are anchored on their range’s first cell, colours are BGR', async () => {
    const fake = createFakeWps({ sheets: [{ name: 'Sheet1' }] });
    await hostOf(fake).writeWorkbookPlan(twoSheets());
    const [cf] = fake.sheet('汇总')!.conditions;
    expect(cf).toMatchObject({ range: 'B1:B3', formula: '=B1>80', anchor: 'B1', fill: bgr('#C6EFCE') });
    expect(bgr('#FF0000')).toBe(255);
    expect(bgr('#0000FF')).toBe(16711680);
  });

  test('the ledger plan: validations, conditional formats, merges, frozen panes, protection with unlocked input cells', async () => {
    const fake = createFakeWps({ sheets: [{ name: 'Sheet1' }] });
    await hostOf(fake).writeWorkbookPlan(filledLedgerPlan());
    const ledger = fake.sheet(LEDGER_SHEET)!;
    const last = 5 + ledgerIndicators().length;
    expect(ledger.validations.map((v) => v.range)).toEqual(expect.arrayContaining([`G6:G${last}`, `H6:H${last}`, `K6:K${last}`, 'B3']));
    expect(ledger.validations.find((v) => v.range === `G6:G${last}`)?.formula1).toBe('未启动,推进中,已完成,常态化,不适用');
    expect(ledger.conditions.length).toBeGreaterThan(10);
    for (const c of ledger.conditions) expect(c.anchor).toBe(c.range.split(':')[0]);
    expect(ledger.merges).toEqual(expect.arrayContaining(['A1:N1', 'K2:N2']));
    expect(ledger.frozen).toEqual({ rows: 5, columns: 3 });
    expect(ledger.page).toEqual({ orientation: 2, titleRows: '$5:$5', fitToWidth: true });
    expect(ledger.protected).toBe(true);
    expect(ledger.cells.get('H6')?.locked).toBe(false);
    expect(ledger.cells.get('A6')?.locked).not.toBe(false);
    expect(ledger.cells.get('O6')?.formula).toMatch(/^=IF\(SUMPRODUCT/);
    expect(fake.sheet('校验标记')!.visible).toBe(2);
    // The unit now types into the protected ledger: input cells take it, the locked ones refuse.
    fake.userEdit(LEDGER_SHEET, 'H6', 50);
    expect(() => fake.userEdit(LEDGER_SHEET, 'A6', 'x')).toThrow(/受保护/);
  });

  test('a failure in the middle leaves the workbook as it was', async () => {
    const fake = createFakeWps({ sheets: [{ name: 'Sheet1' }, { name: '数据', cells: { A1: '旧数据' } }] });
    fake.failNextWrite(/^~lr-tmp-test-1$/);
    await expect(hostOf(fake).writeWorkbookPlan(twoSheets())).rejects.toMatchObject({ code: 'wps-error' });
    expect(fake.sheetNames()).toEqual(['Sheet1', '数据']);
    expect(fake.sheet('数据')!.cells.get('A1')?.value).toBe('旧数据');
    expect(fake.prompts).toEqual([]);
  });

  test('an abort leaves the workbook as it was', async () => {
    const fake = createFakeWps({ sheets: [{ name: 'Sheet1' }] });
    const controller = new AbortController();
    const write = hostOf(fake).writeWorkbookPlan(twoSheets(), {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(write).rejects.toMatchObject({ code: 'aborted', name: 'AbortError' });
    expect(fake.sheetNames()).toEqual(['Sheet1']);
  });

  test('a protected workbook structure is refused before anything is written', async () => {
    const fake = createFakeWps({ sheets: [{ name: 'Sheet1' }], protectStructure: true });
    await expect(hostOf(fake).writeWorkbookPlan(twoSheets())).rejects.toBeInstanceOf(HostError);
    await expect(hostOf(fake).writeWorkbookPlan(twoSheets())).rejects.toMatchObject({ code: 'workbook-protected' });
    expect(fake.log.filter((l) => l === 'Worksheets.Add')).toEqual([]);
  });
});

describe('events', () => {
  test('edits of 工作台账 are reported; other sheets and the host’s own marks are not; unsubscribe stops them', async () => {
    const { fake } = await ledgerFake();
    const host = hostOf(fake);
    const changes: string[] = [];
    const off = await host.onLedgerChanged((c) => changes.push(`${c.sheetName}!${c.address}`));
    fake.userEdit(LEDGER_SHEET, 'H7', 150);
    fake.userEdit('填报说明', 'A3', 'x');
    await host.writeMarks({ rows: 8, cols: 14, cells: [{ row: 7, col: 8, mark: 'E' }] });
    expect(changes).toEqual(['工作台账!H7']);
    await off();
    fake.userEdit(LEDGER_SHEET, 'H7', 100);
    expect(changes).toEqual(['工作台账!H7']);
  });

  test('activation of a sheet is reported', async () => {
    const { fake } = await ledgerFake();
    let n = 0;
    const off = await hostOf(fake).onActivated(() => n++);
    fake.userActivate('填报说明');
    fake.userActivate(LEDGER_SHEET);
    expect(n).toBe(2);
    await off();
    fake.userActivate('填报说明');
    expect(n).toBe(2);
  });
});

describe('detection and the ribbon', () => {
  test('WPS 表格 is recognised before office.js is waited for; 文字 and look-alikes are not 表格', async () => {
    const fake = createFakeWps({ sheets: [{ name: 'Sheet1' }] });
    const found = detectWps({ Application: fake.app }, 'Mozilla/5.0 (X11; Linux x86_64) Chrome/108');
    expect(found).toMatchObject({ spreadsheet: true, platform: 'Linux' });
    const never = { onReady: () => new Promise<never>(() => undefined) };
    await expect(detectHost({ office: never, timeoutMs: 10_000, wps: found })).resolves.toEqual({ kind: 'wps', platform: 'Linux' });
    const writer = { ActiveDocument: {}, CreateTaskPane: () => ({}), ApiEvent: {} };
    expect(detectWps({ Application: writer }, 'Windows NT')).toMatchObject({ spreadsheet: false, name: 'WPS 文字' });
    expect(detectWps({ Application: { ActiveWorkbook: null } }, '')).toBeUndefined();
    expect(detectWps({}, '')).toBeUndefined();
    await expect(detectHost({ office: undefined, timeoutMs: 10, wps: detectWps({ Application: writer }, '') })).resolves.toMatchObject({
      kind: 'browser',
      reason: 'unsupported-host',
      hostName: 'WPS 文字',
    });
    // ?host=browser still wins, and without WPS nothing changes for Excel and the browser.
    await expect(detectHost({ office: undefined, timeoutMs: 10, wps: found, forceBrowser: true })).resolves.toMatchObject({ reason: 'forced' });
    await expect(detectHost({ office: undefined, timeoutMs: 10 })).resolves.toMatchObject({ reason: 'office-js-missing' });
  });

  test('a ribbon button opens the task pane on its view; the next one re-points the same pane', () => {
    const fake = createFakeWps({ sheets: [{ name: 'Sheet1' }] });
    const app = fake.app as WpsApplication;
    const base = 'https://fzb.example.gov.cn/ledger-review/wps/index.html';
    onAction(app, { Id: 'btnValidate' }, base);
    expect(fake.taskPanes).toHaveLength(1);
    expect(fake.taskPanes[0]).toMatchObject({ url: 'https://fzb.example.gov.cn/ledger-review/wps/taskpane.html?view=validate', Visible: true, Width: 350 });
    expect(fake.storage.get(TASKPANE_ID_KEY)).toBe(fake.taskPanes[0].ID);
    onAction(app, { Id: 'btnReview' }, base);
    expect(fake.taskPanes).toHaveLength(1);
    expect(fake.taskPanes[0].navigations).toEqual(['https://fzb.example.gov.cn/ledger-review/wps/taskpane.html?view=review']);
    onAction(app, { Id: 'btnConsolidate' }, 'file:///home/user/.local/share/Kingsoft/wps/jsaddons/ledger-review_0.1.0/index.html');
    expect(fake.taskPanes[0].url).toBe('file:///home/user/.local/share/Kingsoft/wps/jsaddons/ledger-review_0.1.0/taskpane.html?view=consolidate');
  });
});
