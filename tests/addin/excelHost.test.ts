/**
 * The Office.js host. Reads run against office-addin-mock (which enforces load-then-sync: a
 * value read without both is a sentinel string, so the grid assertions catch a forgotten load
 * or sync). Writes run against a recording fake (tests/addin/fakeExcel.ts) to pin exactly what
 * Excel is asked to do, in which order, in how many round trips.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { HostError } from '../../src/office/errors';
import {
  charactersToPoints,
  createExcelHost,
  groupCellRuns,
  validationRule,
  type ExcelRunner,
} from '../../src/office/excelHost';
import type { MissingRequirement, SheetPlan, WriteProgress } from '../../src/office/types';
import { createFakeExcel } from './fakeExcel';

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real package
// pulls in ESM-only dependencies jest cannot load here (TOOLCHAIN.md), so provide the enum.
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

function runnerFor(context: unknown): ExcelRunner {
  return {
    run: async (a: unknown, b?: unknown) =>
      ((typeof a === 'function' ? a : b) as (c: unknown) => Promise<unknown>)(context),
  } as unknown as ExcelRunner;
}

function ledgerContext() {
  const context: any = new OfficeMockObject({
    workbook: {
      worksheets: {
        active: {
          name: '工作台账',
          // Used range B2:C4 (0-based row 1, column 1), read in two chunks of 2 and 1 rows.
          used: { rowIndex: 1, columnIndex: 1, rowCount: 3, columnCount: 2 },
          part0: {
            values: [
              ['指标编号', '完成状态'],
              ['1.1', ''],
            ],
            formulas: [
              ['指标编号', '完成状态'],
              ['1.1', ''],
            ],
          },
          part1: { values: [['2.1', 3]], formulas: [['2.1', '=1+2']] },
        },
      },
    },
  });
  const ws = context.workbook.worksheets.active;
  ws.used.isNullObject = false;
  const requested: number[][] = [];
  const usedArgs: unknown[] = [];
  context.workbook.worksheets.getActiveWorksheet = () => ws;
  context.workbook.worksheets.getItemOrNullObject = (name: string) => {
    if (name === '工作台账') return ws;
    return { isNullObject: true, load: () => undefined };
  };
  ws.getUsedRangeOrNullObject = (valuesOnly: boolean) => {
    usedArgs.push(valuesOnly);
    return ws.used;
  };
  ws.getRangeByIndexes = (row: number, column: number, rowCount: number, columnCount: number) => {
    requested.push([row, column, rowCount, columnCount]);
    return row === 1 ? ws.part0 : ws.part1;
  };
  return { context, ws, requested, usedArgs };
}

const EXPECTED_LEDGER_GRID = [
  [null, null, null],
  [null, '指标编号', '完成状态'],
  [null, '1.1', null],
  [null, '2.1', 3],
];

describe('reading sheets (office-addin-mock)', () => {
  test('readActiveLedger reads the used range in chunks and pads the grid to start at A1', async () => {
    const { context, requested, usedArgs } = ledgerContext();
    const host = createExcelHost({ excel: runnerFor(context), missing: [], readChunkCells: 4 });
    await expect(host.readActiveLedger()).resolves.toEqual({
      sheetName: '工作台账',
      grid: EXPECTED_LEDGER_GRID,
      formulas: { C4: '=1+2' },
    });
    expect(usedArgs).toEqual([true]); // values only: formatting does not stretch the grid
    expect(requested).toEqual([
      [1, 1, 2, 2],
      [3, 1, 1, 2],
    ]);
  });

  test('readSheet finds a named sheet and reports a missing one by code', async () => {
    const { context } = ledgerContext();
    const host = createExcelHost({ excel: runnerFor(context), missing: [], readChunkCells: 4 });
    await expect(host.readSheet('工作台账')).resolves.toMatchObject({ grid: EXPECTED_LEDGER_GRID });
    const err = await host.readSheet('元数据').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ code: 'sheet-not-found', details: { sheet: '元数据' } });
  });

  test('an empty sheet reads as an empty grid', async () => {
    const { context, ws } = ledgerContext();
    ws.used.isNullObject = true;
    const host = createExcelHost({ excel: runnerFor(context), missing: [] });
    await expect(host.readActiveLedger()).resolves.toEqual({ sheetName: '工作台账', grid: [], formulas: {} });
  });

  test('listSheets maps Office visibility names', async () => {
    const sheets = {
      load: jest.fn(),
      items: [
        { name: '工作台账', visibility: 'Visible' },
        { name: '填报说明', visibility: 'Hidden' },
        { name: '_meta', visibility: 'VeryHidden' },
      ],
    };
    const context = { workbook: { worksheets: sheets }, sync: jest.fn(async () => undefined) };
    const host = createExcelHost({ excel: runnerFor(context), missing: [] });
    await expect(host.listSheets()).resolves.toEqual([
      { name: '工作台账', visibility: 'visible' },
      { name: '填报说明', visibility: 'hidden' },
      { name: '_meta', visibility: 'veryHidden' },
    ]);
    expect(sheets.load).toHaveBeenCalledWith('items/name,items/visibility');
    expect(context.sync).toHaveBeenCalledTimes(1);
  });
});

describe('selecting a cell', () => {
  test('activates the sheet and selects the address', async () => {
    const fake = createFakeExcel({ existingSheets: ['工作台账'] });
    await createExcelHost({ excel: fake.excel, missing: [] }).selectCell('工作台账', 'F7');
    expect(fake.batch(1)).toEqual([
      'call sheet[工作台账].activate()',
      'call sheet[工作台账].getRange("F7")',
      'call sheet[工作台账].getRange("F7").select()',
    ]);
    expect(fake.syncs()).toBe(2);
  });

  test('a missing sheet is a sheet-not-found error, nothing selected', async () => {
    const fake = createFakeExcel();
    await expect(
      createExcelHost({ excel: fake.excel, missing: [] }).selectCell('汇总', 'A1'),
    ).rejects.toMatchObject({
      code: 'sheet-not-found',
    });
    expect(fake.log.some((l) => l.includes('select()'))).toBe(false);
  });
});

const SUMMARY_PLAN: SheetPlan = {
  name: '汇总',
  cells: [
    { address: 'A1', value: '单位', style: { bold: true, fill: '#DDEBF7', border: true } },
    { address: 'B1', value: '得分', style: { bold: true, fill: '#DDEBF7', border: true } },
    { address: 'A2', value: '=HYPERLINK("http://example.invalid","点我")' },
    { address: 'B2', value: 87.5, numFmt: '0.00' },
    { address: 'C2', formula: 'ROUND(B2*0.8,2)', numFmt: '0.00' },
    { address: 'A3', value: '00123' },
    { address: 'B3', value: null },
  ],
  columnWidths: [{ column: 'A', width: 20 }],
  merges: ['A5:C5'],
  freeze: { rows: 1, columns: 0 },
  validations: [
    {
      range: 'B2:B40',
      kind: 'decimal',
      min: 0,
      max: 100,
      allowBlank: true,
      errorTitle: '得分',
      errorMessage: '应为 0–100',
    },
  ],
  conditionalFormats: [{ range: 'B2:B40', formula: 'B2<60', fill: '#FFC7CE', fontColor: '#9C0006' }],
  tabColor: '#2F5597',
  protect: true,
  activate: true,
};

describe('writing sheet plans (recording fake)', () => {
  test('a new sheet: probe, add, row runs, text-safe strings, layout, one final sync', async () => {
    const fake = createFakeExcel();
    const host = createExcelHost({ excel: fake.excel, missing: [] });
    const result = await host.writeSheets([SUMMARY_PLAN]);
    expect(result).toEqual({ sheetsWritten: ['汇总'], cellsWritten: 7, skipped: [] });
    expect(fake.syncs()).toBe(2);
    expect(fake.batch(0)).toEqual([
      'call workbook.worksheets.getItemOrNullObject("汇总")',
      'call sheet[汇总].load("name")',
    ]);

    const writes = fake.batch(1);
    expect(writes[0]).toBe('call workbook.worksheets.add("汇总")');
    const sets = writes.filter((l) => l.startsWith('set '));
    expect(sets).toEqual(
      expect.arrayContaining([
        'set sheet[汇总].getRange("A1:B1").numberFormat = [["@","@"]]',
        'set sheet[汇总].getRange("A1:B1").values = [["单位","得分"]]',
        'set sheet[汇总].getRange("A1:B1").format.font.bold = true',
        'set sheet[汇总].getRange("A1:B1").format.fill.color = "#DDEBF7"',
        'set sheet[汇总].getRange("A1:B1").format.borders.getItem("InsideVertical").style = "Continuous"',
        'set sheet[汇总].getRange("A2:B2").numberFormat = [["@","0.00"]]',
        'set sheet[汇总].getRange("A2:B2").values = [["=HYPERLINK(\\"http://example.invalid\\",\\"点我\\")",87.5]]',
        'set sheet[汇总].getRange("C2").numberFormat = [["0.00"]]',
        'set sheet[汇总].getRange("C2").formulas = [["=ROUND(B2*0.8,2)"]]',
        'set sheet[汇总].getRange("A3:B3").numberFormat = [["@","General"]]',
        'set sheet[汇总].getRange("A3:B3").values = [["00123",""]]',
        'set sheet[汇总].getRange("A:A").format.columnWidth = 108.75',
        'set sheet[汇总].getRange("B2:B40").dataValidation.rule = {"decimal":{"operator":"Between","formula1":0,"formula2":100}}',
        'set sheet[汇总].getRange("B2:B40").dataValidation.ignoreBlanks = true',
        'set sheet[汇总].getRange("B2:B40").dataValidation.errorAlert = {"showAlert":true,"style":"Stop","title":"得分","message":"应为 0–100"}',
        'set sheet[汇总].getRange("B2:B40").conditionalFormats.add("Custom").custom.rule.formula = "=B2<60"',
        'set sheet[汇总].getRange("B2:B40").conditionalFormats.add("Custom").custom.format.fill.color = "#FFC7CE"',
        'set sheet[汇总].tabColor = "#2F5597"',
      ]),
    );
    // Text format before the value, in every run holding strings: `=…` stays text.
    for (const range of ['A1:B1', 'A2:B2', 'A3:B3']) {
      const fmtAt = writes.indexOf(
        writes.find((l) => l.startsWith(`set sheet[汇总].getRange("${range}").numberFormat`))!,
      );
      const valAt = writes.indexOf(
        writes.find((l) => l.startsWith(`set sheet[汇总].getRange("${range}").values`))!,
      );
      expect(fmtAt).toBeGreaterThanOrEqual(0);
      expect(fmtAt).toBeLessThan(valAt);
    }
    expect(writes).toEqual(
      expect.arrayContaining([
        'call sheet[汇总].getRange("A5:C5").merge(false)',
        'call sheet[汇总].freezePanes.freezeRows(1)',
        'call sheet[汇总].getRange("B2:B40").dataValidation.clear()',
        'call sheet[汇总].protection.protect({"allowFormatColumns":true,"allowFormatRows":true,"allowAutoFilter":true})',
        'call sheet[汇总].activate()',
      ]),
    );
    // A new sheet has nothing to clear.
    expect(writes.some((l) => l.includes('clear("All")'))).toBe(false);
  });

  test('an existing sheet is cleared in place (not deleted), unless mode is keep', async () => {
    const fake = createFakeExcel({ existingSheets: ['汇总'] });
    await createExcelHost({ excel: fake.excel, missing: [] }).writeSheets([
      { name: '汇总', cells: [{ address: 'A1', value: 1 }] },
    ]);
    const writes = fake.batch(1);
    expect(writes.slice(0, 8)).toEqual([
      'call sheet[汇总].protection.unprotect()',
      'call sheet[汇总].getRange()',
      'call sheet[汇总].getRange().clear("All")',
      'call sheet[汇总].getRange().unmerge()',
      'call sheet[汇总].getRange().conditionalFormats.clearAll()',
      'call sheet[汇总].getRange().dataValidation.clear()',
      'call sheet[汇总].freezePanes.unfreeze()',
      'call sheet[汇总].getRange("A1")',
    ]);
    expect(fake.log.some((l) => l.includes('delete'))).toBe(false);

    const keep = createFakeExcel({ existingSheets: ['汇总'] });
    await createExcelHost({ excel: keep.excel, missing: [] }).writeSheets([
      { name: '汇总', mode: 'keep', cells: [{ address: 'A1', value: 1 }] },
    ]);
    expect(keep.log.some((l) => l.includes('clear('))).toBe(false);
  });

  test('features the Excel build lacks are skipped and reported, not attempted', async () => {
    const missing: MissingRequirement[] = [
      { feature: 'dataValidation', set: 'ExcelApi', version: '1.8' },
      { feature: 'tabColor', set: 'ExcelApi', version: '1.7' },
    ];
    const fake = createFakeExcel({ existingSheets: ['汇总'] });
    const result = await createExcelHost({ excel: fake.excel, missing }).writeSheets([SUMMARY_PLAN]);
    expect(result.skipped).toEqual([
      { sheetName: '汇总', feature: 'validations', requirement: 'ExcelApi 1.8' },
      { sheetName: '汇总', feature: 'tabColor', requirement: 'ExcelApi 1.7' },
    ]);
    expect(fake.log.some((l) => l.includes('dataValidation'))).toBe(false);
    expect(fake.log.some((l) => l.includes('tabColor'))).toBe(false);
    expect(fake.log.some((l) => l.includes('conditionalFormats.add'))).toBe(true);
  });

  test('large plans are written in batches with progress after each', async () => {
    const cells = Array.from({ length: 10 }, (_, i) => ({ address: `A${i + 1}`, value: i }));
    const fake = createFakeExcel();
    const progress: WriteProgress[] = [];
    await createExcelHost({ excel: fake.excel, missing: [], writeBatchCells: 3 }).writeSheets(
      [
        { name: 'S1', cells },
        { name: 'S2', cells: cells.slice(0, 2) },
      ],
      (p) => progress.push(p),
    );
    expect(
      progress.map((p) => `${p.sheetName} ${p.sheetIndex}/${p.sheetCount} ${p.cellsWritten}/${p.cellsTotal}`),
    ).toEqual(['S1 1/2 3/10', 'S1 1/2 6/10', 'S1 1/2 9/10', 'S1 1/2 10/10', 'S2 2/2 2/2']);
    // probe + 3 batches + S1 final + S2 final
    expect(fake.syncs()).toBe(6);
  });

  test('aborting stops before the next batch with an AbortError', async () => {
    const cells = Array.from({ length: 10 }, (_, i) => ({ address: `A${i + 1}`, value: i }));
    const fake = createFakeExcel();
    const controller = new AbortController();
    const err = await createExcelHost({ excel: fake.excel, missing: [], writeBatchCells: 3 })
      .writeSheets([{ name: 'S1', cells }], () => controller.abort(), controller.signal)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'AbortError', code: 'aborted' });
    expect(fake.syncs()).toBe(2); // the probe and the first batch, nothing after
    expect(fake.log.some((l) => l.includes('getRange("A4")'))).toBe(false);

    const already = new AbortController();
    already.abort();
    await expect(
      createExcelHost({ excel: createFakeExcel().excel, missing: [] }).writeSheets(
        [{ name: 'S', cells }],
        undefined,
        already.signal,
      ),
    ).rejects.toMatchObject({ code: 'aborted' });
  });

  test('Office errors come back as HostError office-error with Office’s code', async () => {
    const fake = createFakeExcel({
      failOnSync: { n: 2, error: { code: 'InvalidArgument', message: 'The argument is invalid.' } },
    });
    const err = await createExcelHost({ excel: fake.excel, missing: [] })
      .writeSheets([{ name: 'S', cells: [{ address: 'A1', value: 1 }] }])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({
      code: 'office-error',
      details: { officeCode: 'InvalidArgument', message: 'The argument is invalid.' },
    });
  });
});

describe('write helpers', () => {
  test('groupCellRuns: one run per adjacent same-kind same-style cells; later duplicates win', () => {
    const runs = groupCellRuns([
      { address: 'C1', value: 'c' },
      { address: 'A1', value: 'a' },
      { address: 'B1', value: 'b' },
      { address: 'D1', formula: 'A1' },
      { address: 'E1', value: 'e', style: { bold: true } },
      { address: 'A2', value: 'old' },
      { address: '$A$2', value: 'new' },
      { address: 'C2', value: 'gap' },
    ]);
    expect(runs.map((r) => [r.row, r.column, r.kind, r.cells.map((c) => c.value ?? c.formula)])).toEqual([
      [1, 1, 'value', ['a', 'b', 'c']],
      [1, 4, 'formula', ['A1']],
      [1, 5, 'value', ['e']],
      [2, 1, 'value', ['new']],
      [2, 3, 'value', ['gap']],
    ]);
  });

  test('validation rules', () => {
    const base = { range: 'A1:A9', allowBlank: false, errorTitle: 't', errorMessage: 'm' };
    expect(validationRule({ ...base, kind: 'list', list: ['未启动', '推进中', '已完成'] })).toEqual({
      list: { inCellDropDown: true, source: '未启动,推进中,已完成' },
    });
    expect(validationRule({ ...base, kind: 'list', listSource: '=$A$2:$A$6' })).toEqual({
      list: { inCellDropDown: true, source: '=$A$2:$A$6' },
    });
    expect(() => validationRule({ ...base, kind: 'list', list: ['a,b'] })).toThrow(RangeError);
    expect(validationRule({ ...base, kind: 'whole', operator: 'greaterThanOrEqual', min: 0 })).toEqual({
      wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 0 },
    });
    expect(validationRule({ ...base, kind: 'textLength', operator: 'lessThanOrEqual', max: 500 })).toEqual({
      textLength: { operator: 'LessThanOrEqualTo', formula1: 500 },
    });
    expect(
      validationRule({ ...base, kind: 'date', min: '=DATE(2021,1,1)', max: '=DATE(2021,12,31)' }),
    ).toEqual({
      date: { operator: 'Between', formula1: '=DATE(2021,1,1)', formula2: '=DATE(2021,12,31)' },
    });
  });

  test('column widths: Excel’s default 8.43 characters is 64 px = 48 pt', () => {
    expect(charactersToPoints(8.43)).toBe(48);
    expect(charactersToPoints(20)).toBe(108.75);
  });
});

describe('watching the ledger for edits', () => {
  function watchContext() {
    let handler: ((e: unknown) => Promise<void>) | undefined;
    const remove = jest.fn();
    const eventResult = { context: 'subscription-context', remove };
    const sheet = {
      name: '工作台账',
      load: jest.fn(),
      onChanged: {
        add: (fn: (e: unknown) => Promise<void>) => {
          handler = fn;
          return eventResult;
        },
      },
    };
    const context = {
      workbook: { worksheets: { getActiveWorksheet: () => sheet } },
      sync: jest.fn(async () => undefined),
    };
    const runs: unknown[] = [];
    const excel = {
      run: async (a: unknown, b?: unknown) => {
        runs.push(typeof a === 'function' ? 'fresh' : a);
        return ((typeof a === 'function' ? a : b) as (c: unknown) => Promise<unknown>)(context);
      },
    } as unknown as ExcelRunner;
    return { excel, remove, runs, fire: (e: unknown) => handler!(e) };
  }

  test('reports changes as plain data and unsubscribes in the subscription’s context', async () => {
    const w = watchContext();
    const changes: unknown[] = [];
    const off = await createExcelHost({ excel: w.excel, missing: [] }).onLedgerChanged((c) =>
      changes.push(c),
    );
    await w.fire({ address: 'F7:G9', changeType: 'RangeEdited', source: 'Local', worksheetId: '{1}' });
    expect(changes).toEqual([
      { sheetName: '工作台账', address: 'F7:G9', changeType: 'RangeEdited', source: 'Local' },
    ]);
    await off();
    expect(w.remove).toHaveBeenCalledTimes(1);
    expect(w.runs).toEqual(['fresh', 'subscription-context']);
  });

  test('without ExcelApi 1.7 it refuses with requirement-missing', async () => {
    const w = watchContext();
    await expect(
      createExcelHost({
        excel: w.excel,
        missing: [{ feature: 'liveValidation', set: 'ExcelApi', version: '1.7' }],
      }).onLedgerChanged(() => undefined),
    ).rejects.toMatchObject({ code: 'requirement-missing', details: { version: '1.7' } });
    expect(w.runs).toEqual([]);
  });
});
