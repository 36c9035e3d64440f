/**
 * The ledger's 整改情况 sheet as a unit's clerk meets it, read by ExcelJS: pre-filled and locked
 * item columns, four unlocked columns with their dropdown and date rule, the 填报说明 line, what
 * the previous ledger reported carried forward; and what the clerk types, read back by the
 * product with each problem at its cell.
 */
import { rectificationItem, type RectificationReport } from '@ledger-review/scoring';
import { checkLedgerWorkbook, defaultReviewContext, readGrids, renderWorkbook, unitLedgerPlan } from '@ledger-review/workbook';
import { editXlsx, loadXlsx, sheetOf, validationsOf } from '../fixtures/excel';

const context = defaultReviewContext();
const unit = context.roster.find((u) => u.name === '清丰县')!;
const other = context.roster.find((u) => u.name === '南乐县')!;
const items = [
  rectificationItem({ unitCode: unit.code, source: '检查', period: '2021-B3', indicatorCode: '1.1', problem: '会议纪要未公开', requirement: '补齐并公开会议纪要', deadline: '2021-06-30', defaultDeadline: null }),
  rectificationItem({ unitCode: unit.code, source: '报送', period: '2021-05', indicatorCode: '', problem: '5月台账逾期报送 3 天', defaultDeadline: '2021-08-14' }),
  // Another unit's item never shows in this unit's ledger.
  rectificationItem({ unitCode: other.code, source: '检查', period: '2021-B3', indicatorCode: '1.1', problem: '未公开', defaultDeadline: '2021-08-14' }),
];
const FIRST = 4;
const file = '清丰县_2021年7月_工作台账.xlsx';

async function ledgerBytes(carried?: RectificationReport[]): Promise<Uint8Array> {
  const carry = carried ? { header: { filler: '张三', phone: '13800000000', reviewer: '李四' }, rows: [], rectification: carried } : undefined;
  return renderWorkbook(unitLedgerPlan(context, unit, '2021-07', carry, items).plan);
}

describe('the 整改情况 sheet of an issued ledger', () => {
  it('lists the unit’s own open items, deadline first, locked, with four unlocked columns for the unit', async () => {
    const wb = await loadXlsx(await ledgerBytes());
    const ws = sheetOf(wb, '整改情况');
    const ids = [ws.getCell(FIRST, 1).value, ws.getCell(FIRST + 1, 1).value];
    expect(ids).toEqual([items[0].id, items[1].id]);
    expect(ws.getCell(FIRST + 2, 1).value ?? null).toBeNull();
    expect(ws.getCell(FIRST, 7).value).toEqual(new Date(Date.UTC(2021, 5, 30)));
    for (let c = 1; c <= 7; c++) expect(ws.getCell(FIRST, c).protection?.locked).not.toBe(false);
    for (let c = 8; c <= 11; c++) expect(ws.getCell(FIRST, c).protection?.locked).toBe(false);
    const v = validationsOf(ws);
    const status = Object.entries(v).find(([addr]) => addr.startsWith('H'))![1];
    expect(status.type).toBe('list');
    expect(status.formulae[0]).toBe('"未启动,整改中,已完成"');
    expect(Object.entries(v).find(([addr]) => addr.startsWith('K'))![1].type).toBe('date');
    const guide = sheetOf(wb, '填报说明').getColumn(1).values.map(String).join('\n');
    expect(guide).toContain('“整改情况”工作表列出本单位尚未销号的整改事项');
  });

  it('carries forward what the previous ledger reported on each item', async () => {
    const wb = await loadXlsx(
      await ledgerBytes([{ id: items[0].id, unitCode: unit.code, month: '2021-06', status: '整改中', measures: '已起草公开方案', evidence: '', doneOn: null, row: 4 }]),
    );
    const ws = sheetOf(wb, '整改情况');
    expect([ws.getCell(FIRST, 8).value, ws.getCell(FIRST, 9).value]).toEqual(['整改中', '已起草公开方案']);
    expect(ws.getCell(FIRST + 1, 8).value ?? null).toBeNull();
  });

  it('reads back what the unit typed, each problem a warning at its cell', async () => {
    const bytes = await editXlsx(await ledgerBytes(), (wb) => {
      const ws = sheetOf(wb, '整改情况');
      ws.getCell(FIRST, 8).value = '已完成';
      ws.getCell(FIRST, 11).value = new Date(Date.UTC(2021, 6, 3));
      ws.getCell(FIRST + 1, 8).value = '快好了';
      ws.getCell(FIRST + 1, 9).value = '明确专人报送';
      ws.getCell(FIRST + 1, 11).value = '下周';
    });
    const check = checkLedgerWorkbook(readGrids(bytes), file, context);
    expect(check.rectification).toEqual([
      { id: items[0].id, unitCode: unit.code, month: '2021-07', status: '已完成', measures: '', evidence: '', doneOn: '2021-07-03', row: FIRST },
      { id: items[1].id, unitCode: unit.code, month: '2021-07', status: null, measures: '明确专人报送', evidence: '', doneOn: null, row: FIRST + 1 },
    ]);
    const found = check.findings.filter((f) => f.sheet === '整改情况').map((f) => [f.code, f.severity, `${f.column}${f.row}`]);
    expect(found.sort()).toEqual(
      [
        ['rectification-done-without-evidence', 'warning', `J${FIRST}`],
        ['rectification-measures-missing', 'warning', `I${FIRST}`],
        ['rectification-status-invalid', 'warning', `H${FIRST + 1}`],
        ['rectification-date-invalid', 'warning', `K${FIRST + 1}`],
      ].sort(),
    );
  });

  it('says when the sheet’s header was changed, and reads nothing from it', async () => {
    const bytes = await editXlsx(await ledgerBytes(), (wb) => {
      const ws = sheetOf(wb, '整改情况');
      ws.getCell(3, 1).value = '编号';
      ws.getCell(3, 8).value = '状态';
    });
    const check = checkLedgerWorkbook(readGrids(bytes), file, context);
    expect(check.rectification).toEqual([]);
    expect(check.findings.filter((f) => f.code === 'rectification-sheet-unreadable').map((f) => f.message)).toEqual([expect.stringContaining('问题编号')]);
  });
});
