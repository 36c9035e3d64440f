/**
 * Carry-forward without copying facts: a ledger pre-filled from last month (沿用上月) keeps a
 * hidden copy of what was carried; its cells are light blue while they still hold it (a
 * conditional format, so it works in WPS, Excel and LibreOffice without the add-in); its
 * 填报说明 says so; and a carried 本月工作完成情况 still naming last month is a warning that goes
 * away once the cell is rewritten. Read back by ExcelJS and the raw XML.
 */
import { DEFAULT_TEMPLATE, dueIndicators, resolveSettings } from '@ledger-review/scoring';
import { checkLedgerWorkbook, defaultReviewContext, readGrids, renderWorkbook, unitLedgerPlan } from '@ledger-review/workbook';
import { editXlsx, loadXlsx, partXml, sheetOf } from '../fixtures/excel';
import { unitOf, validRow } from '../fixtures/ledgers';

const context = defaultReviewContext();
const unit = unitOf('华龙区');
const july = dueIndicators(DEFAULT_TEMPLATE, unit, '2021-07', resolveSettings());
const [first, second, third] = july;
const rows = july.map((i) => ({ ...validRow(i) }));
rows[0] = { ...rows[0], workDone: '本月办件2227件，6月底前完成系统对接' };
rows[1] = { ...rows[1], workDone: '持续开展行政执法公示，公示信息及时更新' };
rows[2] = { ...rows[2], workDone: '', status: null, progress: null };
const carry = { header: { filler: '张明', phone: '0393-6666679', reviewer: '李华' }, rows };

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await renderWorkbook(unitLedgerPlan(context, unit, '2021-07', carry).plan);
});

const withDate = (edit: (ws: import('exceljs').Worksheet) => void = () => {}) =>
  editXlsx(bytes, (wb) => {
    const ws = sheetOf(wb, '工作台账');
    ws.getCell('B3').value = new Date(Date.UTC(2021, 7, 3));
    edit(ws);
  });
const codes = (b: Uint8Array) => checkLedgerWorkbook(readGrids(b), 'july.xlsx', context).findings.map((f) => [f.code, f.address ?? `${f.column}${f.row}`]);

test('a very hidden 沿用上月 sheet holds each carried value at its own cell; blank carried cells are not copied', async () => {
  const wb = await loadXlsx(bytes);
  const copy = sheetOf(wb, '沿用上月');
  expect(copy.state).toBe('veryHidden');
  const ws = sheetOf(wb, '工作台账');
  expect(ws.getCell('A6').value).toBe(first.code);
  expect(copy.getCell('F6').value).toBe('本月办件2227件，6月底前完成系统对接');
  expect(ws.getCell('F6').value).toBe(copy.getCell('F6').value);
  expect(copy.getCell('K7').value).toBe(second.points);
  expect(copy.getCell('F8').value).toBeNull();
  expect(copy.getCell('A6').value).toBeNull(); // the indicator columns are the template's, not carried
  expect(third.code).toBe(ws.getCell('A8').value);
});

test('carried cells are light blue until edited: a conditional format comparing each cell with its copy, after the error marks', () => {
  const last = 5 + july.length;
  const sheet = partXml(bytes, 'xl/worksheets/sheet1.xml');
  const rule = new RegExp(
    `<conditionalFormatting sqref="F6:N${last}"><cfRule type="expression" dxfId="3" priority="(\\d+)"><formula>AND\\(LEN\\('沿用上月'!F6\\)&gt;0,F6='沿用上月'!F6\\)</formula>`,
  );
  const m = rule.exec(sheet);
  expect(m).not.toBeNull();
  // The error and warning marks (priority 1, 2) and the self-check come first, so a wrong cell still shows red.
  expect(Number(m![1])).toBeGreaterThan(2);
  const dxfs = /<dxfs count="(\d+)">(.*)<\/dxfs>/.exec(partXml(bytes, 'xl/styles.xml'))!;
  expect(dxfs[2].split('<dxf>')[4]).toContain('FFDDEBF7');
});

test('the 填报说明 says what the blue means, and names the office’s contact', async () => {
  const guide = sheetOf(await loadXlsx(bytes), '填报说明');
  const lines = guide.getColumn(1).values.filter(Boolean).map(String);
  expect(lines[1]).toBe('1. 本台账按月填报，每月 5 日前（含当日）将上月台账报送濮阳市法治政府建设领导小组办公室（联系人：薛世方，电话：6666679，邮箱：zfdxtk@163.com）。');
  expect(lines[lines.length - 1]).toMatch(/^11\. 本台账沿用上月内容预填：浅蓝色单元格是沿用的上月内容，修改后浅蓝色自动消失。/);
});

test('a carried 本月工作完成情况 still naming last month is a warning at its cell; rewritten, the warning goes', async () => {
  const stale = codes(await withDate());
  expect(stale.filter(([c]) => c === 'work-done-carried-stale')).toEqual([['work-done-carried-stale', 'F6']]);
  const f = checkLedgerWorkbook(readGrids(await withDate()), 'july.xlsx', context).findings.find((x) => x.code === 'work-done-carried-stale')!;
  expect(f.message).toBe('本月工作完成情况沿用上月内容未作修改，仍写着“本月、6月底前”；请按2021年7月的实际情况更新');
  expect(f.severity).toBe('warning');
  const rewritten = await withDate((ws) => {
    ws.getCell('F6').value = '7月办件2310件，系统对接已完成';
  });
  expect(codes(rewritten).filter(([c]) => c === 'work-done-carried-stale')).toEqual([]);
});

test('a fresh ledger (nothing carried) has no copy, no blue and no carry line', async () => {
  const fresh = await renderWorkbook(unitLedgerPlan(context, unit, '2021-07').plan);
  const wb = await loadXlsx(fresh);
  expect(wb.worksheets.map((w) => w.name)).not.toContain('沿用上月');
  expect(partXml(fresh, 'xl/worksheets/sheet1.xml')).not.toContain('沿用上月');
  expect(sheetOf(wb, '填报说明').getColumn(1).values.filter(Boolean).join('\n')).not.toContain('浅蓝色');
});
