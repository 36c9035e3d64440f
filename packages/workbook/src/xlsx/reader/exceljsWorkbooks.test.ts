/**
 * Real .xlsx files written by ExcelJS (an independent writer): the .xlsx reader must see exactly
 * what ExcelJS itself reads back, for a realistic ledger and for each feature a ledger uses.
 */
import { excelSerialToIsoDateTime } from '@ledger-review/scoring';
import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS } from '../../ledger/layout';
import type { GridSheet } from '../../sheet/grid';
import { address } from '../a1';
import { readGrids } from '../readGrids';
import {
  leanCell,
  readWorkbook,
  type CellValue,
  type LeanSheet,
  type ReadResult,
} from './index';

/** The ledger table's labels, as the product's layout writes them. */
const COLUMNS = LEDGER_COLUMNS.map((c) => c.label);
const STATUSES = ['已完成', '推进中', '未启动'];

/** A unit ledger as the template writer lays it out: header block, 14-column table of 120 rows, notes and hidden metadata. */
function ledgerWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工作台账');
  ws.addRow(['单位名称', '华龙区', '报告月份', '2024-03', '填报人', '张三']);
  ws.addRow(['联系电话', '13903930001', '填报日期', new Date(Date.UTC(2024, 3, 5)), '审核人', '李四']);
  ws.getCell('D2').numFmt = 'yyyy-mm-dd';
  ws.addRow([]);
  ws.addRow(COLUMNS);
  for (let r = 0; r < 120; r++) {
    const status = STATUSES[r % 3];
    const row = ws.addRow([
      `${1 + (r % 6)}.${1 + (r % 5)}.${r + 1}`,
      `依法行政制度体系建设第${r + 1}项`,
      `健全行政规范性文件合法性审核机制 & 备案审查 <第${r + 1}项>`,
      [2, 3, 5][r % 3],
      100,
      r % 7 === 0
        ? { richText: [{ text: '已召开' }, { font: { bold: true }, text: `专题会议${r}次` }] }
        : `本月完成情况良好，印发文件${r % 7}件`,
      status,
      status === '已完成' ? 1 : (r % 10) / 10,
      r * 1.5,
      status === '已完成' ? `佐证-${r + 1}.pdf` : null,
      (r % 11) / 2,
      r % 4 === 0 ? '=部分单位报送不及时' : '',
      '  下月继续加强督促检查  ',
      r % 10 === 0 ? true : null,
    ]);
    row.getCell(8).numFmt = '0%';
  }
  ws.getCell('P5').value = { formula: 'SUM(D5:D124)' };
  ws.getCell('P6').value = { formula: 'AVERAGE(K5:K124)', result: 2.5 };
  ws.getCell('P7').value = { error: '#N/A' };
  ws.mergeCells('A3:N3');
  const notes = wb.addWorksheet('填报说明');
  notes.addRow(['1. 每月5日前报送上月台账']);
  notes.state = 'hidden';
  const meta = wb.addWorksheet('_meta');
  meta.state = 'veryHidden';
  meta.addRow(['templateVersion', '1.2.0']);
  meta.addRow(['unit', '华龙区']);
  wb.definedNames.add("'_meta'!$B$1", 'LR_TEMPLATE_VERSION');
  return wb;
}

/** ExcelJS's own reading of a sheet, reduced to plain values the way the reader's grid represents them. */
function excelJsGrid(ws: ExcelJS.Worksheet, date1904 = false): CellValue[][] {
  const grid: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // Merged-away cells and formulas without a result are null: the reader's grid leaves them empty too.
      const v = plain(cell.value, date1904);
      if (v !== null) (grid[r - 1] ??= [])[c - 1] = v;
    });
  });
  return grid;
}

function plain(v: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return `date:${v.toISOString().slice(0, 10)}`;
  if (typeof v !== 'object') return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return v.error;
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    if (result instanceof Date) return plain(result, date1904);
    return result === undefined ? null : plain(result as ExcelJS.CellValue, date1904);
  }
  throw new Error(`unexpected ExcelJS value ${JSON.stringify(v)}`);
}

/** The reader's grid with date cells shown as ExcelJS shows them, trimmed to non-null cells for comparison. */
function leanGrid(sheet: LeanSheet, date1904 = false): CellValue[][] {
  const grid: CellValue[][] = [];
  sheet.grid.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const info = sheet.cells.get(address(r + 1, c + 1));
      (grid[r] ??= [])[c] =
        info?.t === 'd' && typeof v === 'number' ? `date:${excelSerialToIsoDateTime(v, date1904)?.slice(0, 10)}` : v;
    }),
  );
  return grid;
}

describe('a realistic ledger (120 rows × 14 columns) written by ExcelJS', () => {
  let bytes: Uint8Array;
  let lean: ReadResult;
  let exceljs: ExcelJS.Workbook;

  beforeAll(async () => {
    bytes = new Uint8Array(await ledgerWorkbook().xlsx.writeBuffer());
    lean = readWorkbook(bytes);
    exceljs = new ExcelJS.Workbook();
    await exceljs.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  });

  test('every sheet has the same values as ExcelJS reads', () => {
    expect(lean.sheets.map((s) => s.name)).toEqual(exceljs.worksheets.map((w) => w.name));
    expect(excelJsGrid(exceljs.getWorksheet('工作台账')!).flat().length).toBeGreaterThan(1500);
    for (const sheet of lean.sheets) {
      expect(leanGrid(sheet)).toEqual(excelJsGrid(exceljs.getWorksheet(sheet.name)!));
    }
    const table = lean.sheets[0];
    expect([table.rows, table.cols]).toEqual([124, 16]);
    expect(table.grid[3]).toEqual([...COLUMNS, null, null]);
    expect(table.grid.every((row) => row.length === 16)).toBe(true);
  });

  test('texts keep their exact characters: Chinese, "&", "<>", surrounding spaces, leading "="', () => {
    const row5 = lean.sheets[0].grid[4];
    expect(row5[2]).toBe('健全行政规范性文件合法性审核机制 & 备案审查 <第1项>');
    expect(row5[11]).toBe('=部分单位报送不及时');
    expect(row5[12]).toBe('  下月继续加强督促检查  ');
    expect(lean.sheets[0].formulas.has('L5')).toBe(false);
  });

  test('formats, formulas without cached results, errors and merges', () => {
    const s = lean.sheets[0];
    expect(leanCell(s, 'D2')).toEqual({ v: 45387, t: 'd', fmt: 'yyyy-mm-dd' });
    expect(excelSerialToIsoDateTime(s.grid[1][3] as number)).toBe('2024-04-05');
    expect(leanCell(s, 'H6')).toEqual({ v: 0.1, t: 'n', fmt: '0%' });
    expect(leanCell(s, 'P5')).toEqual({ v: null, t: 'n', f: 'SUM(D5:D124)', cached: false });
    expect(s.formulas.get('P6')).toEqual({ formula: 'AVERAGE(K5:K124)', cached: true });
    expect(leanCell(s, 'P7')).toEqual({ v: '#N/A', t: 'e' });
    expect(s.merges).toEqual(['A3:N3']);
  });

  test('the hidden metadata: sheet states and the very hidden sheet', () => {
    expect(lean.sheetList).toEqual([
      { name: '工作台账', state: 'visible', loaded: true },
      { name: '填报说明', state: 'hidden', loaded: true },
      { name: '_meta', state: 'veryHidden', loaded: true },
    ]);
    expect(lean.sheets[2].grid).toEqual([
      ['templateVersion', '1.2.0'],
      ['unit', '华龙区'],
    ]);
  });

  test('reading only the metadata sheet gives the same metadata', () => {
    const metaOnly = readWorkbook(bytes, { sheets: ['_meta'] });
    expect(metaOnly.sheets.map((s) => s.name)).toEqual(['_meta']);
    expect(metaOnly.sheets[0].grid).toEqual(lean.sheets[2].grid);
    expect(metaOnly.sheetList.map((s) => s.loaded)).toEqual([false, false, true]);
  });

  test('a sheet the reader returns is a GridSheet for the layouts', () => {
    const grid: GridSheet = lean.sheets[0];
    expect(grid.formulas?.get('P5')).toEqual({ formula: 'SUM(D5:D124)', cached: false });
  });
});

describe('ExcelJS features one by one', () => {
  async function roundTrip(
    build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
  ): Promise<ReadResult> {
    const wb = new ExcelJS.Workbook();
    build(wb.addWorksheet('S'), wb);
    return readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
  }

  test('a workbook in the 1904 date system: readGrids gives its dates in the 1900 system the product reads', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = new Date(Date.UTC(2021, 4, 6));
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    ws.getCell('A2').value = 3;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const raw = readWorkbook(bytes);
    expect(raw.date1904).toBe(true);
    const serial1904 = raw.sheets[0].grid[0][0] as number;
    const [sheet] = readGrids(bytes);
    expect(excelSerialToIsoDateTime(sheet.grid[0][0] as number)).toMatch(/^2021-05-06/);
    expect(sheet.grid[0][0]).toBe(serial1904 + 1462);
    // A plain number is not a date: left as it is.
    expect(sheet.grid[1][0]).toBe(3);
  });

  test('shared formulas carry the master text and where it came from', async () => {
    const r = await roundTrip((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      // shareType/ref are read by ExcelJS's writer but missing from its typings.
      ws.getCell('B1').value = {
        formula: 'A1*2',
        result: 2,
        shareType: 'shared',
        ref: 'B1:B2',
      } as ExcelJS.CellFormulaValue;
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 4 };
    });
    expect(leanCell(r.sheets[0], 'B2')).toEqual({ v: 4, t: 'n', f: 'A1*2', cached: true, sharedFrom: 'B1' });
  });

  test('booleans, negative and tiny numbers, multi-line text', async () => {
    const r = await roundTrip((ws) => {
      ws.addRow([true, false, -0.000123, 1e21, '第一行\n第二行']);
    });
    expect(r.sheets[0].grid).toEqual([[true, false, -0.000123, 1e21, '第一行\n第二行']]);
  });

  test('a sheet-protected ledger reports protection', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 1;
    await ws.protect('', { selectLockedCells: true });
    const r = readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.sheets[0].protected).toBe(true);
  });
});
