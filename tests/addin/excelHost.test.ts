/**
 * The Office.js host's reads, selection and events. Reads run against office-addin-mock (which
 * enforces load-then-sync: a value read without both is a sentinel string, so the grid
 * assertions catch a forgotten load or sync) and against the simulating fake for listings and
 * round-trip counts.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { createExcelHost, type ExcelRunner } from '../../src/office/excelHost';
import { HostError } from '../../src/office/errors';
import { createFakeExcel, FakeOfficeError, type FakeSheetSpec } from './fakeExcel';

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real package
// pulls in ESM-only dependencies (strip-bom, uuid) that jest cannot load as CommonJS, so provide the enum.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));

/* eslint-disable @typescript-eslint/no-explicit-any -- mock object graphs are untyped by nature */

const NO_WAIT = { delaysMs: [1, 1, 1], sleep: async () => undefined };
const WITH_MERGES = { typedStrings: false, mergedAreas: true, workbookActivated: false };

function runnerFor(context: unknown, counter = { runs: 0 }): ExcelRunner {
  return {
    run: async (a: unknown, b?: unknown) => {
      counter.runs++;
      return ((typeof a === 'function' ? a : b) as (c: unknown) => Promise<unknown>)(context);
    },
  } as unknown as ExcelRunner;
}

/** A ledger sheet whose used range is B2:D4 and a metadata sheet, as office-addin-mock objects. */
function mockWorkbook() {
  const context: any = new OfficeMockObject({
    workbook: {
      worksheets: {
        ledger: {
          name: '工作台账',
          visibility: 'Visible',
          used: {
            rowIndex: 1,
            columnIndex: 1,
            values: [
              ['指标编号', '完成状态', '完成进度(%)'],
              ['1.1', '=SUM(A1)', 0.8],
              ['2.1', '', 3],
            ],
            formulas: [
              ['指标编号', '完成状态', '完成进度(%)'],
              ['1.1', '=SUM(A1)', 0.8],
              ['2.1', '', '=1+2'],
            ],
            numberFormat: [
              ['@', '@', 'General'],
              ['@', '@', '0%'],
              ['@', '@', 'General'],
            ],
          },
          whole: { merged: { address: "'工作台账'!A1:N1, '工作台账'!$A$4:$N$4" } },
        },
        meta: {
          name: '元数据',
          visibility: 'VeryHidden',
          used: {
            rowIndex: 0,
            columnIndex: 0,
            values: [['类型', 'ledger']],
            formulas: [['类型', 'ledger']],
            numberFormat: [['@', '@']],
          },
          whole: { merged: { address: '' } },
        },
      },
    },
  });
  const ws = context.workbook.worksheets;
  const asked: string[] = [];
  for (const sheet of [ws.ledger, ws.meta]) {
    sheet.used.isNullObject = false;
    sheet.getUsedRangeOrNullObject = (valuesOnly: boolean) => {
      asked.push(`used(${valuesOnly})`);
      return sheet.used;
    };
    sheet.getRange = () => sheet.whole;
    sheet.whole.getMergedAreasOrNullObject = () => sheet.whole.merged;
  }
  ws.ledger.whole.merged.isNullObject = false;
  ws.meta.whole.merged.isNullObject = true;
  ws.getItem = (name: string) => {
    asked.push(`getItem(${name})`);
    if (name === '工作台账') return ws.ledger;
    if (name === '元数据') return ws.meta;
    throw new FakeOfficeError('ItemNotFound');
  };
  let syncs = 0;
  const sync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    await sync();
  };
  return { context, asked, syncs: () => syncs };
}

describe('reading the workbook as GridSheets (office-addin-mock)', () => {
  test('named sheets in one sync: values, formulas (cached), formats, merges, visibility', async () => {
    const { context, asked, syncs } = mockWorkbook();
    const host = createExcelHost({
      excel: runnerFor(context),
      missing: [],
      capabilities: WITH_MERGES,
      retry: NO_WAIT,
    });
    const [ledger, meta] = await host.readWorkbookGrids(['工作台账', '元数据']);
    expect(syncs()).toBe(1);
    expect(asked).toEqual(['getItem(工作台账)', 'used(true)', 'getItem(元数据)', 'used(true)']);
    expect(ledger).toEqual({
      name: '工作台账',
      state: 'visible',
      grid: [
        [null, null, null, null],
        [null, '指标编号', '完成状态', '完成进度(%)'],
        // Text that reads like a formula is text: its formula bar equals its value.
        [null, '1.1', '=SUM(A1)', 0.8],
        [null, '2.1', null, 3],
      ],
      formulas: new Map([['D4', { formula: '1+2', cached: true }]]),
      formats: new Map([
        ['B2', '@'],
        ['C2', '@'],
        ['B3', '@'],
        ['C3', '@'],
        ['D3', '0%'],
        ['B4', '@'],
      ]),
      merges: ['A1:N1', 'A4:N4'],
    });
    expect(meta).toEqual({
      name: '元数据',
      state: 'veryHidden',
      grid: [['类型', 'ledger']],
      formats: new Map([
        ['A1', '@'],
        ['B1', '@'],
      ]),
    });
  });

  test('without ExcelApi 1.13 no merged areas are asked for', async () => {
    const { context } = mockWorkbook();
    context.workbook.worksheets.ledger.getRange = () => {
      throw new Error('merged areas asked for');
    };
    const host = createExcelHost({ excel: runnerFor(context), missing: [], retry: NO_WAIT });
    const [ledger] = await host.readWorkbookGrids(['工作台账']);
    expect(ledger.merges).toBeUndefined();
  });
});

describe('reading the workbook (simulating fake)', () => {
  const sheets = (): FakeSheetSpec[] => [
    { name: '填报说明', cells: { A1: '说明' } },
    { name: '工作台账', cells: { A1: '标题', B3: 5, C3: { formula: '=B3*2', value: 10 } } },
    { name: '元数据', visibility: 'VeryHidden' as const, cells: { A1: '类型', B1: 'ledger' } },
    { name: '校验标记', visibility: 'VeryHidden' as const, cells: { B3: 'E' } },
    { name: '空表' },
  ];

  test('everything but the marks sheet, in workbook order, in two syncs', async () => {
    const fake = createFakeExcel({ sheets: sheets() });
    const grids = await createExcelHost({ excel: fake.excel, missing: [] }).readWorkbookGrids();
    expect(grids.map((g) => [g.name, g.state, g.grid.length])).toEqual([
      ['填报说明', 'visible', 1],
      ['工作台账', 'visible', 3],
      ['元数据', 'veryHidden', 1],
      ['空表', 'visible', 0],
    ]);
    expect(grids[1].formulas).toEqual(new Map([['C3', { formula: 'B3*2', cached: true }]]));
    expect(grids[1].grid[2]).toEqual([null, 5, 10]);
    expect(fake.syncs()).toBe(2);
    expect(fake.runs()).toBe(1);
  });

  test('named reads: one sync once a listing is known; missing names are left out', async () => {
    const fake = createFakeExcel({ sheets: sheets() });
    const host = createExcelHost({ excel: fake.excel, missing: [] });
    await host.readWorkbookGrids();
    const before = fake.syncs();
    const grids = await host.readWorkbookGrids(['工作台账', '没有这张表', '元数据']);
    expect(grids.map((g) => g.name)).toEqual(['工作台账', '元数据']);
    expect(fake.syncs() - before).toBe(1);
  });

  test('a named sheet missing with nothing known yet: one more sync to list, no error', async () => {
    const fake = createFakeExcel({ sheets: sheets() });
    const grids = await createExcelHost({ excel: fake.excel, missing: [] }).readWorkbookGrids([
      '工作台账',
      '没有这张表',
    ]);
    expect(grids.map((g) => g.name)).toEqual(['工作台账']);
    expect(fake.syncs()).toBe(3); // the refused read, the listing, the read
  });

  test('a sheet too large for one response is read in chunks: dimensions, then one sync per chunk group (not all in one response)', async () => {
    const cells: Record<string, number> = {};
    for (let r = 1; r <= 30; r++) for (let c = 0; c < 4; c++) cells[`${'ABCD'[c]}${r}`] = r * 10 + c;
    const fake = createFakeExcel({
      sheets: [{ name: '工作台账', cells }],
      refuse: (_n, lines) =>
        lines.some((l) => l.includes('load("rowIndex,columnIndex,values'))
          ? new FakeOfficeError('ResponsePayloadSizeLimitExceeded')
          : undefined,
    });
    const [ledger] = await createExcelHost({
      excel: fake.excel,
      missing: [],
      readChunkCells: 40,
    }).readWorkbookGrids(['工作台账']);
    expect(ledger.grid).toHaveLength(30);
    expect(ledger.grid[29]).toEqual([300, 301, 302, 303]);
    // The refused read, the dimensions, then 3 groups of 10 rows × 4 columns (40 cells each).
    expect(fake.syncs()).toBe(5);
    for (const n of [2, 3, 4]) {
      const loads = fake
        .batch(n)
        .filter((l) => l.startsWith('call') && l.endsWith('.load("values,formulas,numberFormat")'));
      expect(loads).toHaveLength(1);
    }
  });

  test('under the real 5 MB response cap, a large sheet is read with every response below it', async () => {
    const cells: Record<string, string> = {};
    // 3,000 rows × 6 columns of unit text (~100 CJK characters, ~300 bytes each): ~16 MB as JSON.
    const text = '本月召开专题会议研究部署法治政府建设示范创建工作，印发实施方案并按月报送工作进展，'.repeat(
      2,
    );
    for (let r = 1; r <= 3000; r++)
      for (let c = 0; c < 6; c++) cells[`${'ABCDEF'[c]}${r}`] = `${r}-${c}${text}`;
    const fake = createFakeExcel({ sheets: [{ name: '台账汇总', cells }] });
    const [sheet] = await createExcelHost({ excel: fake.excel, missing: [] }).readWorkbookGrids(['台账汇总']);
    expect(sheet.grid).toHaveLength(3000);
    expect(sheet.grid[2999][5]).toBe(`3000-5${text}`);
    const traffic = fake.traffic();
    const cap = 5 * 1024 * 1024;
    // The first, whole-sheet read was refused (over 5 MB); then every response fits, learning
    // the size from the refusal and from each answer.
    expect(traffic[0].responseBytes).toBeGreaterThan(cap);
    expect(traffic.slice(1).filter((t) => t.responseBytes > cap)).toEqual([]);
    expect(traffic.length).toBeLessThan(20);
  });

  test('cell-edit mode: the read waits and runs again', async () => {
    let refusals = 1;
    const fake = createFakeExcel({
      sheets: sheets(),
      refuse: () => (refusals-- > 0 ? new FakeOfficeError('InvalidOperationInCellEditMode') : undefined),
    });
    const waits: number[] = [];
    const grids = await createExcelHost({
      excel: fake.excel,
      missing: [],
      retry: { delaysMs: [300, 600], sleep: async (ms) => void waits.push(ms) },
    }).readWorkbookGrids(['工作台账']);
    expect(grids.map((g) => g.name)).toEqual(['工作台账']);
    expect(waits).toEqual([300]);
    expect(fake.runs()).toBe(2);
  });

  test('cell-edit mode that lasts ends in a cell-edit-mode error the UI can explain', async () => {
    const fake = createFakeExcel({
      sheets: sheets(),
      refuse: () => new FakeOfficeError('InvalidOperationInCellEditMode'),
    });
    const err = await createExcelHost({ excel: fake.excel, missing: [], retry: NO_WAIT })
      .readWorkbookGrids()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ code: 'cell-edit-mode' });
    expect(fake.runs()).toBe(4);
  });
});

describe('selecting a cell', () => {
  test('activates the sheet and selects the address in one sync', async () => {
    const fake = createFakeExcel({ existingSheets: ['说明', '工作台账'] });
    await createExcelHost({ excel: fake.excel, missing: [] }).selectCell('工作台账', 'F7');
    expect(fake.batch(0)).toEqual([
      'call workbook.worksheets.getItem("工作台账")',
      'call sheet[工作台账].activate()',
      'call sheet[工作台账].getRange("F7")',
      'call sheet[工作台账].getRange("F7").select()',
    ]);
    expect(fake.syncs()).toBe(1);
    expect(fake.activeSheet()).toBe('工作台账');
  });

  test('a missing sheet is a sheet-not-found error naming it', async () => {
    const fake = createFakeExcel();
    await expect(
      createExcelHost({ excel: fake.excel, missing: [] }).selectCell('汇总', 'A1'),
    ).rejects.toMatchObject({
      code: 'sheet-not-found',
      details: { sheet: '汇总' },
    });
  });
});

describe('events', () => {
  test('ledger edits arrive as plain data; unsubscribing runs in the subscription’s context', async () => {
    const fake = createFakeExcel({ existingSheets: ['填报说明', '工作台账'] });
    const host = createExcelHost({ excel: fake.excel, missing: [] });
    const changes: unknown[] = [];
    const off = await host.onLedgerChanged((c) => changes.push(c));
    expect(fake.handlers.map((h) => h.path)).toEqual(['sheet[工作台账].onChanged']);
    await fake.handlers[0].fire({
      address: 'F7:G9',
      changeType: 'RangeEdited',
      source: 'Local',
      worksheetId: '{2}',
    });
    expect(changes).toEqual([
      { sheetName: '工作台账', address: 'F7:G9', changeType: 'RangeEdited', source: 'Local' },
    ]);
    await off();
    await fake.handlers[0].fire({ address: 'A1', changeType: 'RangeEdited', source: 'Local' });
    expect(changes).toHaveLength(1);
    expect(fake.runs()).toBe(2);
  });

  test('a renamed ledger: the active sheet is watched', async () => {
    const fake = createFakeExcel({ existingSheets: ['说明', '台账（改名）'], activeSheet: '台账（改名）' });
    const changes: Array<{ sheetName: string }> = [];
    await createExcelHost({ excel: fake.excel, missing: [] }).onLedgerChanged((c) => changes.push(c));
    await fake.handlers[0].fire({ address: 'B2', changeType: 'RangeEdited', source: 'Local' });
    expect(changes.map((c) => c.sheetName)).toEqual(['台账（改名）']);
  });

  test('activation: worksheets, plus the workbook itself from ExcelApi 1.13', async () => {
    const fake = createFakeExcel();
    let fired = 0;
    const off = await createExcelHost({
      excel: fake.excel,
      missing: [],
      capabilities: { typedStrings: false, mergedAreas: false, workbookActivated: true },
    }).onActivated(() => fired++);
    expect(fake.handlers.map((h) => h.path)).toEqual([
      'workbook.worksheets.onActivated',
      'workbook.onActivated',
    ]);
    await fake.handlers[0].fire();
    await fake.handlers[1].fire();
    expect(fired).toBe(2);
    await off();
    expect(fake.handlers.every((h) => h.removed)).toBe(true);
  });

  test('without ExcelApi 1.7 both refuse with requirement-missing, asking Excel nothing', async () => {
    const fake = createFakeExcel();
    const host = createExcelHost({
      excel: fake.excel,
      missing: [{ feature: 'liveValidation', set: 'ExcelApi', version: '1.7' }],
    });
    await expect(host.onLedgerChanged(() => undefined)).rejects.toMatchObject({
      code: 'requirement-missing',
      details: { version: '1.7' },
    });
    await expect(host.onActivated(() => undefined)).rejects.toMatchObject({ code: 'requirement-missing' });
    expect(host.missing).toEqual(['liveValidation']);
    expect(fake.runs()).toBe(0);
  });
});

describe('writing (office-addin-mock)', () => {
  /** A workbook whose sheets and ranges are office-addin-mock objects, recording what is assigned. */
  function mockWritableWorkbook(existing: string[]) {
    const ranges = new Map<string, any>();
    const sheets = new Map<string, any>();
    const context: any = new OfficeMockObject({
      workbook: { worksheets: {}, protection: { protected: false } },
    });
    let nextId = 1;
    const sheetMock = (name: string) => {
      // Sheets made during the test are not in the context's tree, so context.sync() cannot load
      // them: their few properties are plain, and load() is a no-op.
      const sheet: any = new OfficeMockObject({});
      Object.assign(sheet, { name, id: `{${nextId++}}`, visibility: 'Visible', load: () => sheet });
      sheet.getRange = (address = '*') => {
        const key = `${name}!${address}`;
        if (!ranges.has(key)) {
          const range: any = new OfficeMockObject({ address: key });
          range.clear = (what: string) => (range.cleared = what);
          ranges.set(key, range);
        }
        return ranges.get(key);
      };
      sheet.getRangeByIndexes = (r: number, c: number, rows: number, cols: number) =>
        sheet.getRange(`R${r}C${c}x${rows}x${cols}`);
      sheet.activate = () => undefined;
      sheet.delete = () => sheets.delete(name);
      sheets.set(name, sheet);
      return sheet;
    };
    for (const name of existing) sheetMock(name);
    const ws = context.workbook.worksheets;
    ws.getItem = (key: string) =>
      [...sheets.values()].find((s) => s.name === key || s.id === key) ?? sheetMock(key);
    ws.add = (name: string) => sheetMock(name);
    ws.load = () => undefined;
    ws.items = [...sheets.values()].map((s) => ({ name: s.name, id: s.id }));
    context.workbook.protection.load('protected');
    return { context, ranges, sheets };
  }

  test('marks: the region grid is what is assigned, after clearing the old marks', async () => {
    const { context, ranges } = mockWritableWorkbook(['校验标记']);
    await createExcelHost({ excel: runnerFor(context), missing: [] }).writeMarks({
      rows: 2,
      cols: 3,
      cells: [{ row: 2, col: 3, mark: 'E' }],
    });
    expect(ranges.get('校验标记!*').cleared).toBe('Contents');
    expect(ranges.get('校验标记!R0C0x2x3').values).toEqual([
      ['', '', ''],
      ['', '', 'E'],
    ]);
  });

  test('a plan: "=SUM(A1)" assigned verbatim to a cell formatted as text, numbers with their formats', async () => {
    const { context, ranges, sheets } = mockWritableWorkbook(['Sheet1']);
    await createExcelHost({ excel: runnerFor(context), missing: [], nonce: () => 'm' }).writeWorkbookPlan({
      sheets: [
        {
          name: '汇总',
          rows: [
            [
              { value: '=SUM(A1)', numFmt: '@' },
              { value: 87.5, numFmt: '0.00' },
              { value: '00123', numFmt: '@' },
            ],
          ],
        },
      ],
    });
    const block = ranges.get('~lr-tmp-m-0!A1:C1');
    expect(block.numberFormat).toEqual([['@', '0.00', '@']]);
    expect(block.values).toEqual([['=SUM(A1)', 87.5, '00123']]);
    expect(block.formulas).toBeUndefined();
    // Swapped in under its own name, visible; the temporary name is gone.
    expect([...sheets.values()].map((s) => [s.name, s.visibility])).toEqual([
      ['Sheet1', 'Visible'],
      ['汇总', 'Visible'],
    ]);
  });
});
