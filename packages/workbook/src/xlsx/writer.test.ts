import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { readGrids } from './readGrids';
import { renderWorkbook } from './writer';
import type { WorkbookPlan } from '../sheet/plan';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}
const sheetXml = (bytes: Uint8Array) =>
  strFromU8(
    unzipSync(bytes, { filter: (f) => f.name === 'xl/worksheets/sheet1.xml' })['xl/worksheets/sheet1.xml'],
  );

test('text that starts with = + - @ is written as text; formulas only where the plan says so', async () => {
  const hostile = ['=SUM(A1:A3)', '+86 热线', '-继续推进', '@办公室'];
  const plan: WorkbookPlan = {
    sheets: [
      {
        name: 'S',
        rows: [hostile.map((value) => ({ value })), [{ formula: 'ROUND(1.234,2)', numFmt: '0.00' }]],
      },
    ],
  };
  const bytes = await renderWorkbook(plan);
  const ws = (await load(bytes)).getWorksheet('S')!;
  expect(hostile.map((_, i) => [ws.getCell(1, i + 1).type, ws.getCell(1, i + 1).value])).toEqual(
    hostile.map((v) => [ExcelJS.ValueType.String, v]),
  );
  expect(ws.getCell('A2').formula).toBe('ROUND(1.234,2)');
  expect([...(readGrids(bytes)[0].formulas?.keys() ?? [])]).toEqual(['A2']);
});

test('regression: a date validation bound is written as the Excel serial the plan holds', async () => {
  const plan: WorkbookPlan = {
    sheets: [
      {
        name: 'S',
        rows: [[{ value: null }]],
        validations: [
          {
            range: 'A1',
            kind: 'date',
            operator: 'greaterThanOrEqual',
            min: 44316,
            allowBlank: true,
            errorTitle: 't',
            error: 'e',
          },
        ],
      },
    ],
  };
  expect(sheetXml(await renderWorkbook(plan))).toContain('<formula1>44316</formula1>');
});

test('sheet state, protection with unlocked cells, merges, number formats, print setup and defined names', async () => {
  const plan: WorkbookPlan = {
    title: '标题',
    definedNames: [{ name: 'Version', ref: "'元数据'!$B$1" }],
    sheets: [
      {
        name: '表',
        rows: [
          [
            { value: '锁定', style: 'locked' },
            { value: 3, numFmt: '0.0', unlocked: true },
          ],
          [{ value: '合并' }],
        ],
        merges: ['A2:B2'],
        protect: true,
        print: { landscape: true, titleRows: '1:1', fitToWidth: true },
        freeze: { rows: 1, columns: 1 },
      },
      { name: '元数据', state: 'veryHidden', rows: [[{ value: 'k' }, { value: 'v' }]] },
    ],
  };
  const wb = await load(await renderWorkbook(plan));
  const ws = wb.getWorksheet('表')!;
  expect(ws.getCell('A1').protection?.locked).not.toBe(false);
  expect(ws.getCell('B1').protection?.locked).toBe(false);
  expect(ws.getCell('B1').numFmt).toBe('0.0');
  expect(ws.getCell('B2').isMerged).toBe(true);
  expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1' });
  expect(wb.getWorksheet('元数据')!.state).toBe('veryHidden');
  expect(wb.definedNames.getRanges('Version').ranges).toEqual(["'元数据'!$B$1"]);
  expect(wb.title).toBe('标题');
});

test('wrapped text gets a row height LibreOffice and WPS can show it in; short rows keep the default', async () => {
  const long = '健全行政规范性文件合法性审核机制，落实备案审查制度，确保报备率达到百分之百并按月报送工作进展情况';
  const plan: WorkbookPlan = {
    sheets: [{ name: 'S', columns: [{ width: 20 }], rows: [[{ value: long, wrap: true }], [{ value: '短', wrap: true }]] }],
  };
  const xml = sheetXml(await renderWorkbook(plan));
  const ht = Number(/<row r="1" ht="([\d.]+)"/.exec(xml)?.[1]);
  // 47 wide characters at 19 columns per line: 5 lines of ~14.85 pt.
  expect(ht).toBeGreaterThan(60);
  expect(xml).toMatch(/<row r="2">/);
});

test('characters XML cannot carry are dropped instead of corrupting the file; names are checked', async () => {
  const plan: WorkbookPlan = { sheets: [{ name: 'S', rows: [[{ value: 'a\u0001b\u0008c <&> "q"' }]] }] };
  const bytes = await renderWorkbook(plan);
  expect(readGrids(bytes)[0].grid[0][0]).toBe('abc <&> "q"');
  await expect(renderWorkbook({ sheets: [{ name: 'a/b', rows: [] }] })).rejects.toThrow('工作表名称无效');
  await expect(renderWorkbook({ sheets: [{ name: 'A', rows: [] }, { name: 'A', rows: [] }] })).rejects.toThrow('工作表名称重复');
});
