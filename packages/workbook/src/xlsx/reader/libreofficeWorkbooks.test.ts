/**
 * Workbooks saved by a real spreadsheet engine (LibreOffice, as a unit using WPS/LibreOffice
 * would send them): formulas carry cached results, and the engine's own way of writing
 * styles and shared strings must read the same as ExcelJS reads it.
 * Skipped, with a message, where `soffice` is not installed.
 */
import { excelSerialToIsoDateTime } from '@ledger-review/scoring';
import ExcelJS from 'exceljs';
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  leanCell,
  readWorkbook,
  WorkbookReadError,
  type CellValue,
  type ReadResult,
} from './index';
import { describeWithTools, locateTool } from '../../../../../tests/helpers/tools';

const soffice = locateTool('soffice') ?? 'soffice';
const withOffice = (name: string, body: () => void) => describeWithTools(['soffice'], name, body);

const FILE_NAME = '华龙区 2024年3月 工作台账';

function sourceWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工作台账');
  ws.addRow(['指标编号', '分值', '自评分', '完成进度(%)', '填报日期', '说明']);
  for (let r = 0; r < 10; r++) {
    const row = ws.addRow([
      `1.1.${r + 1}`,
      5,
      r / 2,
      r / 10,
      new Date(Date.UTC(2024, 2, r + 1)),
      r === 0 ? '=不是公式' : `第${r + 1}项 & <说明>`,
    ]);
    row.getCell(4).numFmt = '0%';
    row.getCell(5).numFmt = 'yyyy"年"m"月"d"日"';
  }
  ws.getCell('H1').value = { formula: 'SUM(C2:C11)' };
  ws.getCell('H2').value = { formula: 'ROUND(AVERAGE(C2:C11),2)' };
  ws.getCell('H3').value = { formula: 'NA()' };
  ws.getCell('H4').value = { formula: 'IF(H1>20,"达标","未达标")' };
  ws.getCell('H5').value = { formula: '_xlfn.RANK.EQ(C11,C2:C11)' };
  ws.mergeCells('A13:F13');
  ws.getCell('A13').value = '合并单元格：备注';
  const hidden = wb.addWorksheet('填报说明');
  hidden.state = 'hidden';
  hidden.addRow(['每月5日前报送']);
  wb.definedNames.add("'工作台账'!$B$2:$B$11", 'LR_SCORES');
  return wb;
}

withOffice('workbooks saved by LibreOffice', () => {
  let dir: string;
  let lean: ReadResult;
  let leanBytes: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lean-read-lo-'));
    const src = join(dir, 'src');
    mkdirSync(src);
    const bytes = new Uint8Array(await sourceWorkbook().xlsx.writeBuffer());
    const input = join(src, `${FILE_NAME}.xlsx`);
    writeFileSync(input, bytes);
    const profile = ['-env:UserInstallation=file:///tmp/lr-test-profile', '--headless'];
    execFileSync(soffice, [...profile, '--convert-to', 'xlsx', '--outdir', join(dir, 'xlsx'), input], {
      stdio: 'pipe',
      timeout: 90_000,
    });
    execFileSync(soffice, [...profile, '--convert-to', 'xls', '--outdir', join(dir, 'xls'), input], {
      stdio: 'pipe',
      timeout: 90_000,
    });
    leanBytes = readFileSync(join(dir, 'xlsx', `${FILE_NAME}.xlsx`));
    lean = readWorkbook(leanBytes);
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('formulas come back with cached results computed by the engine (never by us)', () => {
    const s = lean.sheets[0];
    expect(leanCell(s, 'H1')).toMatchObject({ v: 22.5, f: 'SUM(C2:C11)', cached: true });
    expect(leanCell(s, 'H2')).toMatchObject({ v: 2.25, cached: true });
    expect(leanCell(s, 'H3')).toMatchObject({ v: '#N/A', t: 'e', f: 'NA()', cached: true });
    expect(leanCell(s, 'H4')).toMatchObject({ v: '达标', t: 'str', cached: true });
    expect(leanCell(s, 'H5')).toMatchObject({ v: 1, cached: true });
    expect(s.formulas.get('H5')?.formula).toMatch(/RANK/);
  });

  test('values, text that starts with "=", dates and percents', () => {
    const s = lean.sheets[0];
    expect(s.grid[0].slice(0, 6)).toEqual(['指标编号', '分值', '自评分', '完成进度(%)', '填报日期', '说明']);
    expect(s.grid[1].slice(0, 4)).toEqual(['1.1.1', 5, 0, 0]);
    expect(s.grid[1][5]).toBe('=不是公式');
    expect(s.formulas.has('F2')).toBe(false);
    expect(s.grid[3][5]).toBe('第3项 & <说明>');
    const date = leanCell(s, 'E3');
    expect(date.t).toBe('d');
    expect(excelSerialToIsoDateTime(date.v as number)).toBe('2024-03-02');
    expect(leanCell(s, 'D3').fmt).toMatch(/%/);
    expect(s.merges).toContain('A13:F13');
  });

  test('the hidden sheet survives the engine', () => {
    expect(lean.sheetList.map((x) => [x.name, x.state])).toEqual([
      ['工作台账', 'visible'],
      ['填报说明', 'hidden'],
    ]);
  });

  test('same values as ExcelJS reads from the engine-written file', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(leanBytes as unknown as ExcelJS.Buffer);
    for (const sheet of lean.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      const expected: CellValue[][] = [];
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          // ExcelJS shows a merged range's value in every cell of it; the file stores it once.
          if (cell.master.address !== cell.address) return;
          let v = cell.value as unknown;
          if (v && typeof v === 'object' && 'formula' in v) v = (v as { result?: unknown }).result ?? null;
          if (v && typeof v === 'object' && 'error' in v) v = (v as { error: string }).error;
          if (v && typeof v === 'object' && 'richText' in v)
            v = (v as { richText: { text: string }[] }).richText.map((x) => x.text).join('');
          if (v instanceof Date) v = v.toISOString().slice(0, 10);
          if (v !== null && v !== undefined) (expected[r - 1] ??= [])[c - 1] = v as CellValue;
        }),
      );
      const actual: CellValue[][] = [];
      sheet.grid.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          const t = sheet.cells.get(`${String.fromCharCode(65 + c)}${r + 1}`)?.t;
          (actual[r] ??= [])[c] = t === 'd' ? excelSerialToIsoDateTime(v as number)!.slice(0, 10) : v;
        }),
      );
      expect(actual).toEqual(expected);
    }
  });

  test('the same workbook saved as .xls is file-is-xls', () => {
    const xls = readFileSync(join(dir, 'xls', `${FILE_NAME}.xls`));
    expect(() => readWorkbook(xls)).toThrow(WorkbookReadError);
    expect(() => readWorkbook(xls)).toThrow(expect.objectContaining({ code: 'file-is-xls' }));
  });
});
