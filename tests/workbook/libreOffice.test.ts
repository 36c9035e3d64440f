/**
 * Workbooks after a real spreadsheet engine saved them (LibreOffice, as units using WPS or
 * LibreOffice do): ledgers and the template workbook still read and validate the same, and a
 * formula typed into an input cell comes with a cached result that is used (with a warning).
 * All files go through ONE soffice call (start-up costs ~4.4 s).
 */
import { flatten } from '@ledger-review/scoring';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildTemplateWorkbookPlan,
  consolidate,
  defaultReviewContext,
  readGrids,
  readReceivedFile,
  readTemplateWorkbook,
  renderWorkbook,
} from '@ledger-review/workbook';
import { loadXlsx, partXml, sheetOf, tempDir, validationsOf } from '../fixtures/excel';
import { filledLedgerBytes, filledLedgerPlan } from '../fixtures/ledgers';
import { setCell } from '../fixtures/planEdits';
import { recalculateWithLibreOffice } from '../helpers/libreoffice';
import { describeWithTools } from '../helpers/tools';

const context = defaultReviewContext();
const describeWithSoffice = (name: string, body: () => void) => describeWithTools(['soffice'], name, body);

/** Whether a cell of the first sheet is locked, from its cellXfs entry (locked is the default). */
function lockedInXml(bytes: Uint8Array, a1: string): boolean {
  const style = new RegExp(`<c r="${a1}"[^>]*\\ss="(\\d+)"`).exec(partXml(bytes, 'xl/worksheets/sheet1.xml'));
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/
    .exec(partXml(bytes, 'xl/styles.xml'))![1]
    .match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
  const xf = xfs[style ? Number(style[1]) : 0];
  return !/<protection [^>]*locked="(0|false)"/.test(xf);
}

const run = (name: string, bytes: Uint8Array) =>
  consolidate([readReceivedFile(name, bytes)], {
    template: context.template,
    roster: context.roster,
    settings: context.settings,
  });

describeWithSoffice('after LibreOffice saved them', () => {
  const original: Record<string, Uint8Array> = {};
  const saved: Record<string, Uint8Array> = {};
  let cleanup = () => {};

  beforeAll(async () => {
    const tmp = tempDir('lr-wb-lo-');
    cleanup = tmp.cleanup;
    original.filled = await filledLedgerBytes({
      rows: { '1.2': { status: '推进中', progress: 50, selfScore: 2.5 } },
    });
    original.formula = await renderWorkbook(
      filledLedgerPlan({
        editPlan: (p) => setCell(p, 'K6', { formula: 'D6*0.5', numFmt: '0.0', unlocked: true }),
      }),
    );
    original.issued = await renderWorkbook(
      filledLedgerPlan({ blankRows: true, filledDate: null, filler: '', phone: '', reviewer: '' }),
    );
    original.template = await renderWorkbook(buildTemplateWorkbookPlan(context));
    const inputs = Object.entries(original).map(([name, bytes]) => {
      const file = join(tmp.dir, `${name}.xlsx`);
      writeFileSync(file, bytes);
      return file;
    });
    const { outputs } = await recalculateWithLibreOffice(inputs, { outDir: join(tmp.dir, 'out') });
    Object.keys(original).forEach((name, i) => (saved[name] = new Uint8Array(readFileSync(outputs[i]))));
  }, 180_000);
  afterAll(() => cleanup());

  test('a filled ledger reads and validates the same', () => {
    const before = run('华龙区.xlsx', original.filled);
    const after = run('华龙区.xlsx', saved.filled);
    expect(after.files).toEqual(before.files);
    expect(after.ledgers[0].header).toEqual(before.ledgers[0].header);
    expect(after.ledgers[0].rows).toEqual(before.ledgers[0].rows);
    expect(flatten(after)).toEqual(flatten(before));
    expect(after.files[0]).toMatchObject({ status: 'accepted', errors: 0, warnings: 0 });
  });

  test('the issued (unfilled) template reads with the same findings', () => {
    const before = run('华龙区.xlsx', original.issued);
    const after = run('华龙区.xlsx', saved.issued);
    expect(flatten({ findings: after.findings })).toEqual(flatten({ findings: before.findings }));
    expect(after.files[0]).toMatchObject({ unitCode: 'XQ01', period: '2021-04' });
  });

  test('the ledger keeps its metadata, protection and native validations', async () => {
    const grids = readGrids(saved.filled);
    const meta = grids.find((s) => s.name === '元数据');
    expect(meta?.state).not.toBe('visible');
    const ws = sheetOf(await loadXlsx(saved.filled), '工作台账');
    const dv = validationsOf(ws);
    expect(dv.G6).toMatchObject({ type: 'list' });
    expect(dv.H6).toMatchObject({ type: 'decimal' });
    expect(dv.K6).toMatchObject({ type: 'decimal' });
    expect(dv.B3).toMatchObject({ type: 'date', operator: 'greaterThanOrEqual' });
    expect(dv.B3.formulae[0]).toEqual(new Date('2021-04-30T00:00:00Z'));
    // LibreOffice writes sheet="true" (ExcelJS only understands "1"), so look at the XML.
    expect(partXml(saved.filled, 'xl/worksheets/sheet1.xml')).toMatch(
      /<sheetProtection [^>]*sheet="(1|true)"/,
    );
    // LibreOffice writes locked="false" too: read the cell's style record from the XML.
    expect(['A6', 'D6', 'F6', 'G6', 'K6', 'B3'].map((a) => [a, lockedInXml(saved.filled, a)])).toEqual([
      ['A6', true],
      ['D6', true],
      ['F6', false],
      ['G6', false],
      ['K6', false],
      ['B3', false],
    ]);
  });

  test('a formula with a cached result is read with its value and a warning', () => {
    expect(run('f.xlsx', original.formula).ledgers[0].rows[0].selfScore).toBeNull();
    const after = run('f.xlsx', saved.formula);
    const points = context.template.indicators.find((i) => i.code === '1.2')!.points;
    expect(after.ledgers[0].rows[0].selfScore).toBe(points * 0.5);
    expect(flatten(after)).toEqual([[6, 'K', 'formula-cached-result']]);
    expect(after.findings[0].message).toBe(
      `单元格为公式 D6*0.5，已使用其计算结果“${points * 0.5}”；请直接填写内容`,
    );
  });

  test('the template workbook reads back the same', () => {
    const before = readTemplateWorkbook(readGrids(original.template));
    const after = readTemplateWorkbook(readGrids(saved.template));
    expect(after.problems).toEqual([]);
    expect(after.template).toEqual(before.template);
    expect(after.roster).toEqual(before.roster);
    expect(after.settings).toEqual(before.settings);
    expect(after.team).toEqual(before.team);
  });
});
