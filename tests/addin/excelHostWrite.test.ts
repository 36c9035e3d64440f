/**
 * writeWorkbookPlan against the simulating fake (tests/addin/fakeExcel.ts): what ends up in the
 * workbook, in how many round trips, and that a failure anywhere before the swap leaves the
 * workbook exactly as it was.
 */
import { formula, num, text, type SheetPlan, type WorkbookPlan } from '@ledger-review/workbook';
import { createExcelHost, type ExcelHostOptions } from '../../src/office/excelHost';
import { HostError } from '../../src/office/errors';
import type { WriteProgress } from '../../src/office/types';
import { createFakeExcel, FakeOfficeError, type FakeExcel } from './fakeExcel';

const NO_WAIT = { delaysMs: [5, 10, 20], sleep: async () => undefined };

function hostFor(fake: FakeExcel, extra: Partial<ExcelHostOptions> = {}) {
  return createExcelHost({ excel: fake.excel, missing: [], nonce: () => 'n0', retry: NO_WAIT, ...extra });
}

/** 汇总 reads 明细 by formula; unit text that looks like formulas, numbers kept as text. */
function summaryPlan(): WorkbookPlan {
  const summary: SheetPlan = {
    name: '汇总',
    rows: [
      [text('单位', 'header'), text('得分', 'header'), text('备注', 'header')],
      [text('华龙区', 'input'), num(87.5, '0.00', 'number'), text('=SUM(A1)', 'input', { unlocked: true })],
      [
        text('00123', 'input'),
        formula("'明细'!B2*2", '0.00', 'number'),
        text('+86 热线', 'input', { unlocked: true }),
      ],
    ],
    columns: [{ width: 20 }, { width: 10 }, { width: 30 }],
    merges: ['A5:C5'],
    freeze: { rows: 1, columns: 0 },
    protect: true,
  };
  const detail: SheetPlan = {
    name: '明细',
    rows: [
      [text('项目'), text('分')],
      [text('a'), num(10)],
    ],
  };
  const meta: SheetPlan = { name: '元数据', state: 'veryHidden', rows: [[text('类型'), text('review')]] };
  return { sheets: [summary, detail, meta], definedNames: [{ name: 'ReviewKind', ref: "'元数据'!$B$1" }] };
}

/** A sheet of `rows` data rows × 12 columns of mixed content. */
function tablePlan(name: string, rows: number): SheetPlan {
  return {
    name,
    rows: [
      Array.from({ length: 12 }, (_, c) => text(`列${c + 1}`, 'header')),
      ...Array.from({ length: rows }, (_, r) =>
        Array.from({ length: 12 }, (_, c) =>
          c % 3 === 0 ? text(`单位${r}-${c}`, 'input') : num(r * c, '0.0', 'number'),
        ),
      ),
    ],
  };
}

const tempSheets = (fake: FakeExcel) => fake.sheetNames().filter((n) => n.startsWith('~lr-'));

describe('writing a workbook plan', () => {
  test('values land as text, numbers and formulas on new sheets; "=SUM(A1)" stays text', async () => {
    const fake = createFakeExcel({ existingSheets: ['说明'] });
    const result = await hostFor(fake).writeWorkbookPlan(summaryPlan());
    expect(result).toEqual({ sheetsWritten: ['汇总', '明细', '元数据'], cellsWritten: 15, skipped: [] });
    expect(fake.sheetNames()).toEqual(['说明', '汇总', '明细', '元数据']);

    const cells = fake.sheet('汇总')!.cells;
    expect(cells.get('C2')).toEqual({ value: '=SUM(A1)', formula: undefined, numberFormat: '@' });
    expect(cells.get('C3')).toMatchObject({ value: '+86 热线', formula: undefined, numberFormat: '@' });
    expect(cells.get('A3')).toMatchObject({ value: '00123', numberFormat: '@' });
    expect(cells.get('B2')).toMatchObject({ value: 87.5, numberFormat: '0.00' });
    // The formula was written against 明细's temporary name and followed it to its final name.
    expect(cells.get('B3')).toMatchObject({ formula: "='明细'!B2*2", numberFormat: '0.00' });
    expect(fake.sheet('汇总')!.protected).toBe(true);
    expect(fake.sheet('汇总')!.merges).toEqual(['A5:C5']);
    expect(fake.sheet('元数据')!.visibility).toBe('VeryHidden');
    expect(fake.sheet('明细')!.visibility).toBe('Visible');
    expect(fake.activeSheet()).toBe('汇总');
    expect(fake.definedNames().get('REVIEWKIND')).toBe("='元数据'!$B$1");

    // The values batch: number formats queued before the values of the same block.
    const writes = fake.batch(1);
    const nf = writes.findIndex((l) =>
      l.startsWith('set sheet[~lr-tmp-n0-0].getRange("A1:C3").numberFormat'),
    );
    const values = writes.findIndex((l) =>
      l.startsWith('set sheet[~lr-tmp-n0-0].getRange("A1:C3").formulas'),
    );
    expect(nf).toBeGreaterThanOrEqual(0);
    expect(nf).toBeLessThan(values);
    expect(writes[values]).toBe(
      `set sheet[~lr-tmp-n0-0].getRange("A1:C3").formulas = [["单位","得分","备注"],["华龙区",87.5,"=SUM(A1)"],["00123","='~lr-tmp-n0-1'!B2*2","+86 热线"]]`,
    );
    expect(writes[nf]).toBe(
      'set sheet[~lr-tmp-n0-0].getRange("A1:C3").numberFormat = [["@","@","@"],["@","0.00","@"],["@","0.00","@"]]',
    );
    // Wrapped text ('input' cells wrap): rows fitted to it, since API writes do not re-fit them.
    expect(writes).toContain('call sheet[~lr-tmp-n0-0].getRange("1:3").format.autofitRows()');
    // Protection comes after every write to the sheet.
    const protect = writes.indexOf(
      'call sheet[~lr-tmp-n0-0].protection.protect({"allowFormatColumns":true,"allowFormatRows":true,"allowAutoFilter":true})',
    );
    const lastWrite = writes.reduce((at, l, i) => (l.startsWith('set sheet[~lr-tmp-n0-0]') ? i : at), -1);
    expect(protect).toBeGreaterThan(lastWrite);
  });

  test('where typed strings exist (ExcelApi 1.16), formula-like text is also written typed', async () => {
    const fake = createFakeExcel();
    await hostFor(fake, {
      capabilities: { typedStrings: true, mergedAreas: false, workbookActivated: false },
    }).writeWorkbookPlan(summaryPlan());
    const writes = fake.batch(1);
    expect(writes).toContain(
      'set sheet[~lr-tmp-n0-0].getRange("C2").valuesAsJson = [[{"type":"String","basicValue":"=SUM(A1)"}]]',
    );
    expect(writes).toContain(
      'set sheet[~lr-tmp-n0-0].getRange("C3").valuesAsJson = [[{"type":"String","basicValue":"+86 热线"}]]',
    );
    // …and left empty in the block, so it is never a formula, not even between two commands.
    expect(writes.find((l) => l.includes('getRange("A1:C3").formulas'))).toContain('["华龙区",87.5,""]');
    expect(fake.sheet('汇总')!.cells.get('C2')).toMatchObject({
      value: '=SUM(A1)',
      formula: undefined,
      typed: true,
    });
  });

  test('round trips: probe + one per batch + swap, the same for 40 rows as for 800', async () => {
    const counts: number[] = [];
    for (const rows of [40, 800]) {
      const fake = createFakeExcel({ existingSheets: ['报送情况'] });
      await hostFor(fake).writeWorkbookPlan({
        sheets: [tablePlan('报送情况', rows), tablePlan('问题清单', rows)],
      });
      counts.push(fake.syncs());
      expect(fake.runs()).toBe(1);
    }
    expect(counts).toEqual([3, 3]);
  });

  test('with a small batch budget, syncs grow with the payload only (one per batch)', async () => {
    const progress: WriteProgress[] = [];
    const fake = createFakeExcel();
    await hostFor(fake, { writeBatchBytes: 20_000 }).writeWorkbookPlan(
      { sheets: [tablePlan('A', 400), tablePlan('B', 100)] },
      { onProgress: (p) => progress.push(p) },
    );
    const batches = progress.length;
    expect(batches).toBeGreaterThan(3);
    expect(fake.syncs()).toBe(1 + batches + 1);
    // No batch exceeds the budget by more than one row's worth.
    for (let n = 1; n <= batches; n++) expect(fake.batch(n).join('\n').length).toBeLessThan(20_000 * 1.5);
    expect(progress[progress.length - 1]).toEqual({
      sheetName: 'B',
      sheetIndex: 2,
      sheetCount: 2,
      cellsWritten: 1212,
      cellsTotal: 1212,
    });
    expect(progress.filter((p) => p.sheetName === 'A').map((p) => p.cellsWritten)).toEqual(
      [...progress.filter((p) => p.sheetName === 'A').map((p) => p.cellsWritten)].sort((a, b) => a - b),
    );
    expect(fake.sheet('A')!.cells.get('L401')).toMatchObject({ value: 399 * 11 });
  });

  test('an existing sheet is replaced where it stood; other sheets and their cells stay', async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: '说明', cells: { A1: '办公室自己的说明' } },
        { name: '汇总', cells: { A1: '旧汇总', Z99: '旧数据' }, protected: true },
        { name: '附表' },
        { name: '明细', cells: { A1: '旧明细' } },
      ],
    });
    await hostFor(fake).writeWorkbookPlan(summaryPlan());
    // The new block goes where the first replaced sheet was; 附表 keeps its place after it.
    expect(fake.sheetNames()).toEqual(['说明', '汇总', '明细', '元数据', '附表']);
    expect(fake.sheet('汇总')!.cells.get('Z99')).toBeUndefined();
    expect(fake.sheet('汇总')!.cells.get('A1')).toMatchObject({ value: '单位' });
    expect(fake.sheet('说明')!.cells.get('A1')).toEqual({ value: '办公室自己的说明' });
    expect(tempSheets(fake)).toEqual([]);
    // The swap: old sheets aside, new ones in, old ones deleted — all in one request.
    const swap = fake.batch(2);
    expect(swap.filter((l) => /\.name = /.test(l))).toEqual([
      'set sheet[{2}].name = "~lr-old-n0-0"',
      'set sheet[{4}].name = "~lr-old-n0-1"',
      'set sheet[{5}].name = "汇总"',
      'set sheet[{6}].name = "明细"',
      'set sheet[{7}].name = "元数据"',
    ]);
    expect(swap.filter((l) => l.endsWith('.delete()'))).toEqual([
      'call sheet[{2}].delete()',
      'call sheet[{4}].delete()',
    ]);
  });

  test('a failure while building: temporaries removed, originals untouched', async () => {
    const original = { name: '汇总', cells: { A1: '旧汇总' } };
    const fake = createFakeExcel({
      sheets: ['说明', original],
      failAt: (line) =>
        line.includes('[~lr-tmp-n0-1].getRange("A1:B2").values')
          ? new FakeOfficeError('GeneralException', 'boom')
          : undefined,
    });
    const err = await hostFor(fake)
      .writeWorkbookPlan(summaryPlan())
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ code: 'office-error', details: { officeCode: 'GeneralException' } });
    expect(fake.sheetNames()).toEqual(['说明', '汇总']);
    expect(fake.sheet('汇总')!.cells.get('A1')).toEqual({ value: '旧汇总' });
    expect(fake.definedNames().size).toBe(0);
  });

  test('aborting after the first batch: AbortError, temporaries removed, originals untouched', async () => {
    const controller = new AbortController();
    const fake = createFakeExcel({ sheets: [{ name: 'A', cells: { A1: 'old' } }] });
    const err = await hostFor(fake, { writeBatchBytes: 20_000 })
      .writeWorkbookPlan(
        { sheets: [tablePlan('A', 400)] },
        { onProgress: () => controller.abort(), signal: controller.signal },
      )
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'AbortError', code: 'aborted' });
    expect(fake.sheetNames()).toEqual(['A']);
    expect(fake.sheet('A')!.cells.get('A1')).toEqual({ value: 'old' });
    // probe, the first batch, then the clean-up (find the temporaries, delete them)
    expect(fake.syncs()).toBe(4);
  });

  test('a request too large is halved and retried; later batches use the smaller budget', async () => {
    const LIMIT = 30_000;
    const refused: number[] = [];
    const fake = createFakeExcel({
      refuse: (n, lines) => {
        if (lines.join('\n').length <= LIMIT) return undefined;
        refused.push(n);
        return new FakeOfficeError('RequestPayloadSizeLimitExceeded');
      },
    });
    const plan = { sheets: [tablePlan('A', 300)] };
    await hostFor(fake, { writeBatchBytes: 200_000 }).writeWorkbookPlan(plan);
    expect(refused.length).toBeGreaterThan(0);
    expect(fake.sheet('A')!.cells.get('L301')).toMatchObject({ value: 299 * 11 });
    expect(fake.sheet('A')!.cells.size).toBe(301 * 12);
    expect(tempSheets(fake)).toEqual([]);
  });

  test('one row too large even alone: payload-too-large, nothing left behind', async () => {
    const fake = createFakeExcel({
      sheets: ['A'],
      refuse: (_n, lines) =>
        lines.some((l) => l.includes('.values ='))
          ? new FakeOfficeError('RequestPayloadSizeLimitExceeded')
          : undefined,
    });
    await expect(hostFor(fake).writeWorkbookPlan({ sheets: [tablePlan('A', 2)] })).rejects.toMatchObject({
      code: 'payload-too-large',
    });
    expect(fake.sheetNames()).toEqual(['A']);
  });

  test('cell-edit mode: waits and retries the refused request, then goes on', async () => {
    const waits: number[] = [];
    let refusals = 2;
    const fake = createFakeExcel({
      refuse: () => (refusals-- > 0 ? new FakeOfficeError('InvalidOperationInCellEditMode') : undefined),
    });
    const result = await hostFor(fake, {
      retry: { delaysMs: [100, 200, 400], sleep: async (ms) => void waits.push(ms) },
    }).writeWorkbookPlan(summaryPlan());
    expect(result.sheetsWritten).toEqual(['汇总', '明细', '元数据']);
    expect(waits).toEqual([100, 200]);
    expect(fake.syncs()).toBe(2 + 3);
  });

  test('cell-edit mode that does not end: cell-edit-mode error after the retries, workbook unchanged', async () => {
    const fake = createFakeExcel({
      sheets: ['汇总'],
      refuse: (n) => (n >= 2 ? new FakeOfficeError('InvalidOperationInCellEditMode') : undefined),
    });
    const err = await hostFor(fake)
      .writeWorkbookPlan(summaryPlan())
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'cell-edit-mode' });
    expect(fake.sheetNames()).toEqual(['汇总']);
  });

  test('a protected workbook structure is refused up front, in Chinese, before anything is written', async () => {
    const fake = createFakeExcel({ existingSheets: ['汇总'], workbookProtected: true });
    const err = await hostFor(fake)
      .writeWorkbookPlan(summaryPlan())
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'workbook-protected' });
    expect(fake.syncs()).toBe(1);
    expect(fake.log.some((l) => l.includes('.add('))).toBe(false);
  });

  /** Writes the plan over the old 汇总 and 明细, the swap's sync failing at `failing`; the workbook after. */
  async function swapFailingAt(failing: string) {
    const fake = createFakeExcel({
      sheets: [
        { name: '汇总', cells: { A1: '旧汇总' } },
        { name: '明细', cells: { A1: '旧明细' } },
      ],
      failAt: (line, n) =>
        n === 3 && line === failing ? new FakeOfficeError('GeneralException') : undefined,
    });
    await expect(hostFor(fake).writeWorkbookPlan(summaryPlan())).rejects.toMatchObject({
      code: 'office-error',
    });
    return fake;
  }

  test('a swap failing before any old sheet is deleted is rolled back', async () => {
    const fake = await swapFailingAt('call sheet[{1}].delete()');
    expect(fake.sheetNames()).toEqual(['汇总', '明细']);
    expect(fake.sheet('汇总')!.cells.get('A1')).toEqual({ value: '旧汇总' });
    expect(fake.sheet('明细')!.cells.get('A1')).toEqual({ value: '旧明细' });
  });

  test('a swap failing after an old sheet was deleted is rolled forward', async () => {
    const fake = await swapFailingAt('call sheet[{2}].delete()');
    expect(fake.sheetNames()).toEqual(['汇总', '明细', '元数据']);
    expect(fake.sheet('汇总')!.cells.get('A1')).toMatchObject({ value: '单位' });
    expect(fake.sheet('明细')!.cells.get('A1')).toMatchObject({ value: '项目' });
    expect(tempSheets(fake)).toEqual([]);
  });

  test('leftovers of an interrupted write are removed by the next one', async () => {
    const fake = createFakeExcel({
      sheets: [
        '说明',
        { name: '~lr-tmp-zz99-0', visibility: 'Hidden' },
        { name: '~lr-old-zz99-0', visibility: 'Hidden' },
      ],
    });
    await hostFor(fake).writeWorkbookPlan({ sheets: [tablePlan('A', 2)] });
    expect(fake.sheetNames()).toEqual(['说明', 'A']);
  });

  test('features this Excel lacks are skipped and reported, not attempted', async () => {
    const fake = createFakeExcel();
    const plan: WorkbookPlan = {
      sheets: [
        {
          ...tablePlan('A', 3),
          validations: [
            {
              range: 'B2:B4',
              kind: 'decimal',
              min: 0,
              max: 100,
              allowBlank: true,
              errorTitle: '分',
              error: '0–100',
            },
          ],
          autoFilter: 'A1:L4',
          print: { landscape: true, titleRows: '1:1', fitToWidth: true },
          conditionalFormats: [{ range: 'B2:B4', formula: 'B2<60', style: 'bad' }],
        },
      ],
    };
    const result = await hostFor(fake, {
      missing: [
        { feature: 'dataValidation', set: 'ExcelApi', version: '1.8' },
        { feature: 'autoFilter', set: 'ExcelApi', version: '1.9' },
        { feature: 'printSetup', set: 'ExcelApi', version: '1.9' },
      ],
    }).writeWorkbookPlan(plan);
    expect(result.skipped).toEqual([
      { sheetName: 'A', feature: 'validations', requirement: 'ExcelApi 1.8' },
      { sheetName: 'A', feature: 'autoFilter', requirement: 'ExcelApi 1.9' },
      { sheetName: 'A', feature: 'print', requirement: 'ExcelApi 1.9' },
    ]);
    expect(
      fake.log.some(
        (l) => l.includes('dataValidation') || l.includes('autoFilter') || l.includes('pageLayout'),
      ),
    ).toBe(false);
    expect(fake.log).toContain(
      'set sheet[~lr-tmp-n0-0].getRange("B2:B4").conditionalFormats.add("Custom").custom.rule.formula = "=B2<60"',
    );
  });

  test('validations, highlights, print setup and filters as Office.js calls', async () => {
    const fake = createFakeExcel();
    await hostFor(fake).writeWorkbookPlan({
      sheets: [
        {
          ...tablePlan('A', 3),
          validations: [
            {
              range: 'B2:B4',
              kind: 'list',
              list: ['未启动', '已完成'],
              allowBlank: true,
              errorTitle: '状态',
              error: '请选择',
              prompt: '下拉选择',
            },
            {
              range: 'C2:C4',
              kind: 'decimal',
              min: 0,
              max: '$D2',
              allowBlank: true,
              errorTitle: '分',
              error: '超过分值',
            },
            {
              range: 'D2',
              kind: 'date',
              operator: 'greaterThanOrEqual',
              min: 44316,
              allowBlank: true,
              errorTitle: '日',
              error: '太早',
            },
          ],
          conditionalFormats: [{ range: 'A2:L4', formula: '\'B\'!A2="E"', style: 'bad' }],
          autoFilter: 'A1:L4',
          print: { landscape: true, titleRows: '1:1', fitToWidth: true },
          columns: [{ width: 8.43 }, { width: 8.43 }, { width: 20, hidden: true }],
          tabColor: 'FF2F5597',
        },
        { name: 'B', state: 'veryHidden', rows: [] },
      ],
    });
    const lines = fake.batch(1);
    expect(lines).toEqual(
      expect.arrayContaining([
        'set sheet[~lr-tmp-n0-0].getRange("B2:B4").dataValidation.rule = {"list":{"inCellDropDown":true,"source":"未启动,已完成"}}',
        'set sheet[~lr-tmp-n0-0].getRange("B2:B4").dataValidation.prompt = {"showPrompt":true,"title":"","message":"下拉选择"}',
        'set sheet[~lr-tmp-n0-0].getRange("C2:C4").dataValidation.rule = {"decimal":{"operator":"Between","formula1":0,"formula2":"=$D2"}}',
        'set sheet[~lr-tmp-n0-0].getRange("D2").dataValidation.rule = {"date":{"operator":"GreaterThanOrEqualTo","formula1":"=DATE(2021,4,30)"}}',
        // The highlight reads the marks sheet under its temporary name until the swap renames it.
        'set sheet[~lr-tmp-n0-0].getRange("A2:L4").conditionalFormats.add("Custom").custom.rule.formula = "=\'~lr-tmp-n0-1\'!A2=\\"E\\""',
        'set sheet[~lr-tmp-n0-0].getRange("A2:L4").conditionalFormats.add("Custom").custom.format.fill.color = "#FFC7CE"',
        'call sheet[~lr-tmp-n0-0].autoFilter.apply("<sheet[~lr-tmp-n0-0].getRange(\\"A1:L4\\")>")',
        'set sheet[~lr-tmp-n0-0].pageLayout.orientation = "Landscape"',
        'call sheet[~lr-tmp-n0-0].pageLayout.setPrintTitleRows("$1:$1")',
        'set sheet[~lr-tmp-n0-0].pageLayout.zoom = {"horizontalFitToPages":1}',
        'set sheet[~lr-tmp-n0-0].getRange("A:B").format.columnWidth = 48',
        'set sheet[~lr-tmp-n0-0].getRange("C:C").columnHidden = true',
        'set sheet[~lr-tmp-n0-0].tabColor = "#2F5597"',
      ]),
    );
    expect(fake.sheet('B')!.visibility).toBe('VeryHidden');
  });

  test('an invalid sheet name is refused before Excel is asked anything', async () => {
    const fake = createFakeExcel();
    for (const name of ['a/b', '', 'x'.repeat(32), "'q", 'History', '~lr-tmp-1']) {
      await expect(hostFor(fake).writeWorkbookPlan({ sheets: [{ name, rows: [] }] })).rejects.toMatchObject({
        code: 'invalid-sheet-name',
        details: { sheet: name },
      });
    }
    await expect(
      hostFor(fake).writeWorkbookPlan({
        sheets: [
          { name: 'Sheet', rows: [] },
          { name: 'SHEET', rows: [] },
        ],
      }),
    ).rejects.toMatchObject({ code: 'invalid-sheet-name' });
    expect(fake.syncs()).toBe(0);
  });

  test('a style is applied once per rectangle of cells sharing it, boxed inside and out', async () => {
    const fake = createFakeExcel();
    await hostFor(fake).writeWorkbookPlan({ sheets: [tablePlan('A', 50)] });
    const fills = fake.log.filter((l) => l.endsWith('.format.font.name = "宋体"'));
    // Header row, the text columns (A, D, G, J), the number column pairs (B:C, E:F, H:I, K:L).
    expect(fills).toEqual([
      'set sheet[~lr-tmp-n0-0].getRange("A1:L1").format.font.name = "宋体"',
      'set sheet[~lr-tmp-n0-0].getRange("A2:A51").format.font.name = "宋体"',
      'set sheet[~lr-tmp-n0-0].getRange("D2:D51").format.font.name = "宋体"',
      'set sheet[~lr-tmp-n0-0].getRange("G2:G51").format.font.name = "宋体"',
      'set sheet[~lr-tmp-n0-0].getRange("J2:J51").format.font.name = "宋体"',
      'set sheet[~lr-tmp-n0-0].getRange("B2:C51").format.font.name = "宋体"',
      'set sheet[~lr-tmp-n0-0].getRange("E2:F51").format.font.name = "宋体"',
      'set sheet[~lr-tmp-n0-0].getRange("H2:I51").format.font.name = "宋体"',
      'set sheet[~lr-tmp-n0-0].getRange("K2:L51").format.font.name = "宋体"',
    ]);
    expect(fake.log).toContain(
      'set sheet[~lr-tmp-n0-0].getRange("B2:C51").format.borders.getItem("InsideHorizontal").style = "Continuous"',
    );
  });
});

describe('writing without options', () => {
  test('the defaults (random nonce, real pauses) still write atomically', async () => {
    const fake = createFakeExcel({ existingSheets: ['A'] });
    await createExcelHost({ excel: fake.excel, missing: [] }).writeWorkbookPlan({
      sheets: [tablePlan('A', 5)],
    });
    expect(fake.sheetNames()).toEqual(['A']);
    expect(fake.sheet('A')!.cells.get('A1')).toMatchObject({ value: '列1' });
  });
});
