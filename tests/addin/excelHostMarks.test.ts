/**
 * Validation marks, and whole validations round-tripped through the host: a unit ledger built by
 * the workbook layer, written into the (simulated) open workbook, read back as GridSheets,
 * validated by the scoring library and highlighted — with the round trips the issue allows.
 */
import {
  DEFAULT_ROSTER,
  DEFAULT_TEMPLATE,
  flatten,
  resolveSettings,
  validateLedger,
} from '@ledger-review/scoring';
import {
  LEDGER_COLUMNS,
  LEDGER_SHEET,
  MARKS_SHEET,
  META_SHEET,
  readGrids,
  readLedgerSheets,
  renderWorkbook,
  type GridSheet,
} from '@ledger-review/workbook';
import { columnNumber } from '@ledger-review/workbook/xlsx/a1';
import { createExcelHost } from '../../src/office/excelHost';
import { marksGrid } from '../../src/office/excel/marks';
import type { HostOps, LedgerMarks } from '../../src/office/types';
import { filledLedgerPlan } from '../fixtures/ledgers';
import { createFakeExcel, FakeOfficeError } from './fakeExcel';

const NO_WAIT = { delaysMs: [1, 1, 1], sleep: async () => undefined };
const CAPS = { typedStrings: false, mergedAreas: true, workbookActivated: false };

describe('marks grid', () => {
  test('the region with E/W where marked, an error winning over a warning', () => {
    expect(
      marksGrid({
        rows: 3,
        cols: 2,
        cells: [
          { row: 2, col: 1, mark: 'W' },
          { row: 3, col: 2, mark: 'E' },
          { row: 3, col: 2, mark: 'W' },
          { row: 2, col: 1, mark: 'E' },
        ],
      }),
    ).toEqual([
      ['', ''],
      ['E', ''],
      ['', 'E'],
    ]);
  });

  test('a mark outside the region is a programming error', () => {
    expect(() => marksGrid({ rows: 2, cols: 2, cells: [{ row: 3, col: 1, mark: 'E' }] })).toThrow(RangeError);
    expect(() => marksGrid({ rows: -1, cols: 2, cells: [] })).toThrow(RangeError);
  });
});

describe('writing marks', () => {
  const marks: LedgerMarks = {
    rows: 7,
    cols: 3,
    cells: [
      { row: 6, col: 2, mark: 'E' },
      { row: 7, col: 3, mark: 'W' },
    ],
  };

  test('one sync: old marks cleared, the region written, the ledger untouched', async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: LEDGER_SHEET, cells: { A1: '标题' } },
        { name: MARKS_SHEET, visibility: 'VeryHidden', cells: { A40: 'E', B6: 'W' } },
      ],
    });
    await createExcelHost({ excel: fake.excel, missing: [] }).writeMarks(marks);
    expect(fake.syncs()).toBe(1);
    const cells = fake.sheet(MARKS_SHEET)!.cells;
    expect(cells.get('A40')?.value).toBeUndefined();
    expect(cells.get('B6')?.value).toBe('E');
    expect(cells.get('C7')?.value).toBe('W');
    expect(fake.log.filter((l) => l.includes(LEDGER_SHEET))).toEqual([]);
  });

  test('an older ledger without the marks sheet gets one, veryHidden', async () => {
    const fake = createFakeExcel({ sheets: [{ name: LEDGER_SHEET }] });
    const host = createExcelHost({ excel: fake.excel, missing: [] });
    await host.writeMarks(marks);
    // Not known beforehand: the write was refused (no such sheet) and redone with the sheet added.
    expect(fake.syncs()).toBe(2);
    expect(fake.sheet(MARKS_SHEET)).toMatchObject({ visibility: 'VeryHidden' });
    expect(fake.sheet(MARKS_SHEET)!.cells.get('B6')?.value).toBe('E');
    expect(fake.activeSheet()).toBe(LEDGER_SHEET);
  });

  test('known to be missing from the last read: created in the same single sync', async () => {
    const fake = createFakeExcel({ sheets: [{ name: LEDGER_SHEET }] });
    const host = createExcelHost({ excel: fake.excel, missing: [] });
    await host.readWorkbookGrids();
    const before = fake.syncs();
    await host.writeMarks(marks);
    expect(fake.syncs() - before).toBe(1);
    expect(fake.batch(before)).toEqual(
      expect.arrayContaining([
        `call workbook.worksheets.add("${MARKS_SHEET}")`,
        `set sheet[${MARKS_SHEET}].visibility = "VeryHidden"`,
      ]),
    );
  });

  test('a marks sheet the user protected: sheet-protected, explained, nothing written', async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: LEDGER_SHEET },
        { name: MARKS_SHEET, visibility: 'VeryHidden', protected: true, cells: { A1: 'E' } },
      ],
    });
    const err = await createExcelHost({ excel: fake.excel, missing: [] })
      .writeMarks(marks)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'sheet-protected', details: { sheet: MARKS_SHEET } });
    expect(fake.sheet(MARKS_SHEET)!.cells.get('A1')?.value).toBe('E');
  });

  test('a protected workbook structure when the sheet must be added: workbook-protected', async () => {
    const fake = createFakeExcel({ sheets: [{ name: LEDGER_SHEET }], workbookProtected: true });
    await expect(createExcelHost({ excel: fake.excel, missing: [] }).writeMarks(marks)).rejects.toMatchObject(
      {
        code: 'workbook-protected',
      },
    );
  });

  test('cell-edit mode: retried after a pause', async () => {
    let refusals = 2;
    const fake = createFakeExcel({
      sheets: [{ name: MARKS_SHEET, visibility: 'VeryHidden' }, 'Sheet1'],
      refuse: () => (refusals-- > 0 ? new FakeOfficeError('InvalidOperationInCellEditMode') : undefined),
    });
    await createExcelHost({ excel: fake.excel, missing: [], retry: NO_WAIT }).writeMarks(marks);
    expect(fake.sheet(MARKS_SHEET)!.cells.get('B6')?.value).toBe('E');
    expect(fake.runs()).toBe(3);
  });
});

/** Findings of a ledger validation as marks, as the task pane does. */
function marksOf(grids: GridSheet[]): { marks: LedgerMarks; flat: ReturnType<typeof flatten> } {
  const read = readLedgerSheets(grids, 'open workbook');
  const validation = validateLedger(read.raw!, {
    template: DEFAULT_TEMPLATE,
    roster: [...DEFAULT_ROSTER],
    settings: resolveSettings(),
  });
  const ledger = grids.find((g) => g.name === LEDGER_SHEET)!;
  const cells = validation.report.findings
    .filter((f) => f.row !== undefined && f.column !== undefined && f.severity !== 'info')
    .map((f) => ({
      row: f.row!,
      col: columnNumber(f.column!),
      mark: f.severity === 'error' ? ('E' as const) : ('W' as const),
    }));
  return {
    marks: { rows: ledger.grid.length, cols: LEDGER_COLUMNS.length, cells },
    flat: flatten(validation.report),
  };
}

describe('validation round trips through the host', () => {
  const plan = () =>
    filledLedgerPlan({
      rows: { '1.2': { status: '已完成', progress: 60 }, '2.1': { workDone: '=SUM(A1)' } },
    });

  async function ledgerInExcel(): Promise<{ host: HostOps; fake: ReturnType<typeof createFakeExcel> }> {
    const fake = createFakeExcel();
    const host = createExcelHost({ excel: fake.excel, missing: [], capabilities: CAPS, retry: NO_WAIT });
    await host.writeWorkbookPlan(plan());
    return { host, fake };
  }

  test('the open workbook reads exactly as the .xlsx file of the same plan does', async () => {
    const { host } = await ledgerInExcel();
    const fromExcel = marksOf(await host.readWorkbookGrids());
    const fromFile = marksOf(readGrids(await renderWorkbook(plan())));
    expect(fromExcel.flat).toEqual(fromFile.flat);
    expect(fromExcel.flat.length).toBeGreaterThan(0);
    // The unit's "=SUM(A1)" came back as text, not as a formula finding.
    expect(fromExcel.flat.some(([, , code]) => code.startsWith('formula'))).toBe(false);
  });

  test('full validation: 3 syncs (list, read, marks); a live edit: 2 (read, marks)', async () => {
    const { host, fake } = await ledgerInExcel();
    let before = fake.syncs();
    const full = marksOf(await host.readWorkbookGrids());
    await host.writeMarks(full.marks);
    const fullSyncs = fake.syncs() - before;

    before = fake.syncs();
    const live = marksOf(await host.readWorkbookGrids([LEDGER_SHEET, META_SHEET]));
    await host.writeMarks(live.marks);
    const liveSyncs = fake.syncs() - before;

    expect({ fullSyncs, liveSyncs }).toEqual({ fullSyncs: 3, liveSyncs: 2 });
    expect(live.flat).toEqual(full.flat);
    // The 1.2 row (已完成 at 60%) is marked on the marks sheet, in the progress column.
    const progressRow = full.marks.cells.find((c) => c.col === columnNumber('H'))!;
    expect(progressRow.mark).toBe('E');
    expect(fake.sheet(MARKS_SHEET)!.cells.get(`H${progressRow.row}`)?.value).toBe('E');
    expect(fake.sheet(MARKS_SHEET)!.visibility).toBe('VeryHidden');
  });
});
