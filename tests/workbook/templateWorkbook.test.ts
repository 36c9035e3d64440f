/**
 * The office's template workbook (指标体系, 单位名录, 评分规则, 检查组): written from the
 * defaults, read back equal, and after the office edits it badly every problem is reported
 * with its sheet and cell.
 */
import { renderFinding } from '@ledger-review/scoring';
import type ExcelJS from 'exceljs';
import {
  buildTemplateWorkbookPlan,
  defaultReviewContext,
  readGrids,
  readTemplateWorkbook,
  renderWorkbook,
  SETTING_ROWS,
} from '@ledger-review/workbook';
import { editXlsx, loadXlsx, rowWith, sheetOf } from '../fixtures/excel';

const context = defaultReviewContext();

function settingRow(ws: ExcelJS.Worksheet, key: string): number {
  return rowWith(ws, 1, key);
}

describe('template workbook', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderWorkbook(buildTemplateWorkbookPlan(context));
  });

  test('has the sheets of SPEC section 5 (plus the inspection team and hidden metadata)', async () => {
    const wb = await loadXlsx(bytes);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['指标体系', 'visible'],
      ['单位名录', 'visible'],
      ['评分规则', 'visible'],
      ['检查组', 'visible'],
      ['文书设置', 'visible'],
      ['元数据', 'veryHidden'],
    ]);
    const settings = sheetOf(wb, '评分规则');
    expect(settings.getCell(settingRow(settings, 'ledgerDueDay'), 3).value).toBe(5);
    expect(sheetOf(wb, '指标体系').getRow(1).values).toEqual([
      undefined,
      '指标编号',
      '检查内容',
      '指标内容',
      '分值',
      '评分标准',
      '佐证材料要求',
      '目标值',
      '适用范围',
      '允许不适用',
      '填报频次',
      '牵头单位',
    ]);
  });

  test('reads back equal: template, roster, settings and team, with no problem', () => {
    const read = readTemplateWorkbook(readGrids(bytes));
    expect(read.problems).toEqual([]);
    expect(read.template).toEqual(context.template);
    expect(read.roster).toEqual(context.roster);
    expect(read.settings).toEqual(context.settings);
    expect(read.team).toEqual(context.team);
  });

  test('an edited copy with several mistakes reports every one with its sheet and cell', async () => {
    let rows: Record<string, number> = {};
    const edited = await editXlsx(bytes, (wb) => {
      const ind = sheetOf(wb, '指标体系');
      rows = {
        p11: rowWith(ind, 1, '1.1'),
        p12: rowWith(ind, 1, '1.2'),
        p13: rowWith(ind, 1, '1.3'),
        p21: rowWith(ind, 1, '2.1'),
      };
      ind.getCell(rows.p11, 4).value = -1; // 分值
      ind.getCell(rows.p13, 1).value = '1.2'; // duplicate code
      ind.getCell(rows.p21, 8).value = '市司法局、濮阳市法制办'; // 适用范围 with an unknown unit
      const settings = sheetOf(wb, '评分规则');
      rows.weight = settingRow(settings, 'weightInspection');
      rows.due = settingRow(settings, 'ledgerDueDay');
      settings.getCell(rows.weight, 3).value = '八成';
      settings.getCell(rows.due, 3).value = 40;
      const team = sheetOf(wb, '检查组');
      team.getCell('C2').value = '王伟';
      team.getCell(14, 1).value = '市司法厅';
      team.getCell(14, 2).value = '科长';
      team.getCell(14, 3).value = '赵强';
      team.getCell(15, 1).value = '市统计局';
      team.getCell(15, 2).value = '处长';
      team.getCell(15, 3).value = '钱进';
    });
    const read = readTemplateWorkbook(readGrids(edited));
    const errors = read.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.sheet}!${p.column}${p.row}`);
    expect(errors.sort()).toEqual(
      [
        `指标体系!D${rows.p11}`,
        `指标体系!A${rows.p12}`,
        `指标体系!A${rows.p13}`,
        `指标体系!H${rows.p21}`,
        `评分规则!C${rows.weight}`,
        `评分规则!C${rows.due}`,
        '检查组!A14',
        '检查组!B15',
      ].sort(),
    );
    const byCell = (cell: string) => read.problems.find((p) => `${p.sheet}!${p.column}${p.row}` === cell)!;
    expect(byCell(`指标体系!D${rows.p11}`).message).toContain('分值“-1”应为大于 0 的数');
    expect(byCell(`指标体系!A${rows.p13}`).message).toContain('“1.2”');
    expect(byCell(`指标体系!H${rows.p21}`).message).toContain('濮阳市法制办');
    expect(byCell(`评分规则!C${rows.weight}`).message).toContain('八成');
    expect(byCell(`评分规则!C${rows.due}`).message).toContain('40');
    for (const p of read.problems) expect(renderFinding(p, 'en')).not.toBe('');
    expect(read.template).toBeNull();
    expect(read.settings).toBeNull();
    // The valid team member is kept; the broken rows are reported, not silently dropped.
    expect(read.team.members.find((m) => m.name === '王伟')).toMatchObject({
      unitCode: 'SZ01',
      role: '副局长',
    });
  });

  test('regression: template and roster problems name the cell (D7), not the column label (分值)', async () => {
    const edited = await editXlsx(bytes, (wb) => {
      const ind = sheetOf(wb, '指标体系');
      ind.getCell(rowWith(ind, 1, '1.1'), 4).value = 0;
      const roster = sheetOf(wb, '单位名录');
      roster.getCell(rowWith(roster, 1, 'XQ02'), 4).value = '乡镇';
    });
    const read = readTemplateWorkbook(readGrids(edited));
    for (const p of read.problems.filter((x) => x.row !== undefined)) expect(p.column).toMatch(/^[A-Z]{1,2}$/);
    expect(read.problems.find((p) => p.sheet === '单位名录')).toMatchObject({
      column: 'D',
      severity: 'error',
    });
  });

  test('columns moved by the office are still read by their labels', async () => {
    const edited = await editXlsx(bytes, (wb) => {
      const roster = sheetOf(wb, '单位名录');
      roster.spliceColumns(1, 0, ['备注列']);
    });
    const read = readTemplateWorkbook(readGrids(edited));
    expect(read.problems).toEqual([]);
    expect(read.roster).toEqual(context.roster);
  });

  test('a missing settings sheet falls back to the defaults with a warning', async () => {
    const edited = await editXlsx(bytes, (wb) => wb.removeWorksheet(sheetOf(wb, '评分规则').id));
    const read = readTemplateWorkbook(readGrids(edited));
    expect(read.problems.map((p) => [p.severity, p.sheet])).toEqual([['warning', '评分规则']]);
    expect(read.settings).toEqual(context.settings);
  });

  test('every setting row is present and in the order the review formulas reference', async () => {
    const settings = sheetOf(await loadXlsx(bytes), '评分规则');
    SETTING_ROWS.forEach((r, i) => expect(settings.getCell(2 + i, 1).value).toBe(r.key));
  });
});
