/**
 * fromWorkbookPlan on the workbook layer's real plans (the unit ledger and the quarterly review),
 * and the review written through the host end to end.
 */
import {
  DEFAULT_ROSTER,
  DEFAULT_TEMPLATE,
  resolveSettings,
  templateFingerprint,
} from '@ledger-review/scoring';
import {
  buildLedgerPlan,
  buildReviewPlan,
  LEDGER_SHEET,
  MARKS_SHEET,
  META_SHEET,
  REVIEW_SHEETS,
  readGrids,
  readHandTyped,
  renderWorkbook,
  type WorkbookPlan,
} from '@ledger-review/workbook';
import { createExcelHost } from '../../src/office/excelHost';
import { argbToHex, fromWorkbookPlan, serialToDateFormula } from '../../src/office/fromWorkbookPlan';
import type { CellWrite, SheetPlan } from '../../src/office/types';
import { HOSTILE, buildSampleQuarter } from '../review/sampleQuarter';
import { createFakeExcel } from './fakeExcel';

function ledgerPlan(): WorkbookPlan {
  const unit = DEFAULT_ROSTER.find((u) => u.name === '华龙区')!;
  return buildLedgerPlan({
    template: DEFAULT_TEMPLATE,
    unit,
    month: '2021-04',
    settings: resolveSettings(),
    fingerprint: templateFingerprint(DEFAULT_TEMPLATE.indicators),
  });
}

const cellAt = (sheet: SheetPlan, address: string): CellWrite | undefined =>
  sheet.cells.find((c) => c.address === address);

describe('fromWorkbookPlan: the unit ledger', () => {
  const plan = ledgerPlan();
  const sheets = fromWorkbookPlan(plan);
  const ledger = sheets.find((s) => s.name === LEDGER_SHEET)!;

  test('every sheet, in order, with its visibility; the first visible one activated', () => {
    expect(sheets.map((s) => [s.name, s.visibility, !!s.activate])).toEqual(
      plan.sheets.map((s, i) => [s.name, s.state ?? 'visible', i === 0]),
    );
    expect(sheets.find((s) => s.name === MARKS_SHEET)!.visibility).toBe('veryHidden');
    expect(sheets.find((s) => s.name === META_SHEET)!.visibility).toBe('veryHidden');
  });

  test('one cell write per planned cell, at its A1 address, values and number formats unchanged', () => {
    const source = plan.sheets[0];
    const planned = source.rows.flatMap((row, r) =>
      row.map((cell, c) => (cell ? { r: r + 1, c: c + 1, cell } : null)).filter((x) => x !== null),
    );
    expect(ledger.cells).toHaveLength(planned.length);
    expect(cellAt(ledger, 'A5')).toEqual({
      address: 'A5',
      value: '指标编号',
      numFmt: '@',
      style: {
        fontName: '宋体',
        fontSize: 11,
        bold: true,
        fontColor: '#FFFFFF',
        fill: '#2F5597',
        border: true,
        horizontal: 'center',
        vertical: 'center',
        wrap: true,
      },
    });
    // Input cells (白色) are unlocked for the unit; template cells stay locked.
    expect(cellAt(ledger, 'F6')).toMatchObject({
      value: null,
      numFmt: '@',
      style: { locked: false, wrap: true, border: true },
    });
    expect(cellAt(ledger, 'A6')!.style!.locked).toBeUndefined();
    expect(cellAt(ledger, 'D6')).toMatchObject({ numFmt: '0.0' });
    expect(typeof cellAt(ledger, 'D6')!.value).toBe('number');
  });

  test('validations, highlights, panes, protection and widths carried over in Office.js terms', () => {
    expect(ledger.protect).toBe(true);
    expect(ledger.freeze).toEqual({ rows: 5, columns: 3 });
    expect(ledger.merges).toEqual(plan.sheets[0].merges);
    expect(ledger.columnWidths![0]).toEqual({ column: 'A', width: 10 });
    const byRange = new Map(ledger.validations!.map((v) => [v.range, v]));
    const last = Math.max(...ledger.cells.map((c) => Number(/\d+$/.exec(c.address)![0])));
    expect(byRange.get(`G6:G${last}`)).toMatchObject({
      kind: 'list',
      list: ['未启动', '推进中', '已完成', '常态化', '不适用'],
    });
    // A relative bound stays relative (to the range's top-left), now as a formula with '='.
    expect(byRange.get(`K6:K${last}`)).toMatchObject({ kind: 'decimal', min: 0, max: '=$D6' });
    expect(byRange.get('B3')).toMatchObject({
      kind: 'date',
      operator: 'greaterThanOrEqual',
      min: '=DATE(2021,4,30)',
    });
    expect(byRange.get(`K6:K${last}`)!.errorMessage).toContain('自评分');
    expect(ledger.conditionalFormats!.slice(0, 2)).toEqual([
      { range: `A2:N${last}`, formula: `'${MARKS_SHEET}'!A2="E"`, fill: '#FFC7CE', fontColor: '#9C0006' },
      { range: `A2:N${last}`, formula: `'${MARKS_SHEET}'!A2="W"`, fill: '#FFEB9C', fontColor: '#9C5700' },
    ]);
    expect(ledger.print).toEqual({ landscape: true, titleRows: '5:5', fitToWidth: true });
  });
});

describe('fromWorkbookPlan: the quarterly review', () => {
  const sample = buildSampleQuarter();
  // 分析原因 as the office typed it last time, starting with '=' like the worst unit text.
  const handTyped = {
    byUnit: { XQ04: { 分析原因: HOSTILE.analysis } },
    byRectification: {},
    receivedDates: {},
  };
  const plan = buildReviewPlan({ ...sample, handTyped });
  const sheets = fromWorkbookPlan(plan);

  test('unit text that looks like a formula is a string value, never a formula', () => {
    const hostile = new Set<string>(Object.values(HOSTILE));
    const found = sheets
      .flatMap((s) => s.cells)
      .filter((c) => typeof c.value === 'string' && hostile.has(c.value));
    expect(new Set(found.map((c) => c.value))).toEqual(hostile);
    for (const c of found) expect(c.formula).toBeUndefined();
  });

  test('formulas stay formulas, one per planned formula cell', () => {
    const planned = plan.sheets.flatMap((s) => s.rows.flat()).filter((c) => c?.formula !== undefined).length;
    expect(planned).toBeGreaterThan(0);
    expect(sheets.flatMap((s) => s.cells).filter((c) => c.formula !== undefined)).toHaveLength(planned);
  });

  test('the metadata sheet stays veryHidden; colours are #RRGGBB', () => {
    expect(sheets.find((s) => s.name === REVIEW_SHEETS.meta)!.visibility).toBe('veryHidden');
    for (const s of sheets) if (s.tabColor) expect(s.tabColor).toMatch(/^#[0-9A-F]{6}$/);
    for (const s of sheets)
      for (const c of s.cells) if (c.style?.fill) expect(c.style.fill).toMatch(/^#[0-9A-F]{6}$/);
  });

  test('written through the host: hostile text stays text, formulas point at the final sheets, the office’s typing reads back', async () => {
    const fake = createFakeExcel({ existingSheets: ['办公室笔记'] });
    const host = createExcelHost({
      excel: fake.excel,
      missing: [],
      capabilities: { typedStrings: false, mergedAreas: true, workbookActivated: false },
    });
    const result = await host.writeWorkbookPlan(plan);
    expect(result.sheetsWritten).toEqual(plan.sheets.map((s) => s.name));
    expect(fake.sheetNames()).toEqual(['办公室笔记', ...plan.sheets.map((s) => s.name)]);

    const all = plan.sheets.flatMap((s) => [...fake.sheet(s.name)!.cells.values()]);
    const hostile = all.filter(
      (c) => typeof c.value === 'string' && (Object.values(HOSTILE) as string[]).includes(c.value),
    );
    expect(hostile.length).toBeGreaterThan(0);
    for (const c of hostile) expect(c).toMatchObject({ formula: undefined, numberFormat: '@' });
    const formulas = all.filter((c) => c.formula).map((c) => c.formula!);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => f.includes('~lr-') || f.includes('#REF!'))).toEqual([]);

    // What the office typed is found again by the workbook layer's reader, as in the .xlsx file.
    const grids = await host.readWorkbookGrids();
    expect(grids.map((g) => g.name)).toEqual(['办公室笔记', ...plan.sheets.map((s) => s.name)]);
    const typed = readHandTyped(grids);
    expect(typed.byUnit.XQ04?.['分析原因']).toBe(HOSTILE.analysis);
    expect(typed).toEqual(readHandTyped(readGrids(await renderWorkbook(plan))));
  });
});

describe('plan helpers', () => {
  test('ARGB colours and date bounds', () => {
    expect(argbToHex('FF2F5597')).toBe('#2F5597');
    expect(argbToHex('c6efce')).toBe('#C6EFCE');
    expect(argbToHex('#abcdef')).toBe('#ABCDEF');
    expect(() => argbToHex('red')).toThrow(RangeError);
    expect(serialToDateFormula(44316)).toBe('=DATE(2021,4,30)');
    // Serial 1 is 1900-01-01 in Excel (its 1900 system counts a phantom 1900-02-29).
    expect(serialToDateFormula(1)).toBe('=DATE(1900,1,1)');
    expect(serialToDateFormula(61)).toBe('=DATE(1900,3,1)');
    expect(() => serialToDateFormula(60)).toThrow(RangeError);
  });
});
