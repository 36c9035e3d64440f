/**
 * The task pane's engine (src/engine): the ledger check behind 单位校验, its highlight
 * marks, carry-forward, the office's downloads and the one-click review — on real .xlsx files
 * written by the product's own writer and read back by the .xlsx reader.
 */
import { DEFAULT_TEMPLATE, type Finding } from '@ledger-review/scoring';
import { readGrids, renderWorkbook, REVIEW_SHEETS, type GridSheet } from '@ledger-review/workbook';
import { unzipSync } from 'fflate';
import {
  analyseWorkbook,
  carryForward,
  checkLedgerWorkbook,
  defaultReviewContext,
  inferReviewQuarter,
  inspectionWorkbook,
  ledgerMarks,
  ledgerTemplates,
  readFailure,
  reviewPickedFiles,
  zipFiles,
} from '../../src/engine';
import { filledLedgerBytes, filledLedgerPlan, ledgerIndicators } from '../fixtures/ledgers';
import { renameLedgerSheet, setCell } from '../fixtures/planEdits';

const context = defaultReviewContext();
const HUALONG = ledgerIndicators();
const FIRST_ROW = 6; // LEDGER_FIRST_DATA_ROW

async function gridsOf(options: Parameters<typeof filledLedgerBytes>[0] = {}): Promise<GridSheet[]> {
  return readGrids(await filledLedgerBytes(options));
}

const flat = (findings: readonly Finding[]) => findings.map((f) => [f.address ?? '', f.code]);

describe('checkLedger: the verdict a unit sees', () => {
  test('a correct ledger can be sent: unit, month, due date and template version', async () => {
    const check = checkLedgerWorkbook(await gridsOf(), '', context);
    expect(check).toMatchObject({
      isLedger: true,
      sheet: '工作台账',
      unitName: '华龙区',
      month: '2021-04',
      dueDate: '2021-05-05',
      templateVersion: DEFAULT_TEMPLATE.version,
      templateState: 'current',
      errors: 0,
      canSubmit: true,
      validRows: HUALONG.length,
      applicableRows: HUALONG.length,
    });
    // The marks mirror the sheet as wide as it is: the 14 table columns and the 自检提示 column.
    expect(check.marks).toEqual({ rows: FIRST_ROW + HUALONG.length - 1, cols: 15, cells: [] });
  });

  test('errors are listed with their cells and marked E; warnings W; fixing clears the mark', async () => {
    const code = HUALONG[2].code;
    const bad = await gridsOf({ rows: { [code]: { progress: 150 } }, phone: '12' });
    const check = checkLedgerWorkbook(bad, '', context);
    expect(check.canSubmit).toBe(false);
    const row = FIRST_ROW + 2;
    expect(flat(check.findings.filter((f) => f.severity === 'error'))).toContainEqual([
      `H${row}`,
      expect.any(String),
    ]);
    expect(check.marks!.cells).toContainEqual({ row, col: 8, mark: 'E' });
    const phone = check.findings.find((f) => f.code === 'phone-invalid');
    expect(phone?.address).toBe('I2');
    expect(check.marks!.cells).toContainEqual({
      row: 2,
      col: 9,
      mark: phone!.severity === 'error' ? 'E' : 'W',
    });

    const fixed = checkLedgerWorkbook(await gridsOf(), '', context);
    expect(fixed.marks!.cells).toEqual([]);
    // The block still covers the rows that were marked, so the old marks are overwritten.
    expect(fixed.marks!.rows).toBeGreaterThanOrEqual(row);
  });

  test('a row-level finding marks the row’s 指标编号 cell; errors win over warnings in one cell', () => {
    const finding = (severity: Finding['severity'], row: number, column?: string): Finding =>
      ({
        code: 'indicator-duplicate',
        severity,
        tags: [],
        params: {},
        message: '',
        sheet: '工作台账',
        row,
        column,
      }) as Finding;
    const marks = ledgerMarks(
      [finding('warning', 7, 'C'), finding('error', 7, 'C'), finding('error', 9), finding('info', 10, 'B')],
      '工作台账',
      [[1, 2, 3]],
      'A',
    );
    expect(marks.cells).toEqual([
      { row: 7, col: 3, mark: 'E' },
      { row: 9, col: 1, mark: 'E' },
    ]);
    expect(marks).toMatchObject({ rows: 9, cols: 14 });
  });

  test('a renamed ledger sheet is still found; marks are for that sheet', async () => {
    const check = checkLedgerWorkbook(
      await gridsOf({ editPlan: (plan) => renameLedgerSheet(plan, '四月台账') }),
      '',
      context,
    );
    expect(check.sheet).toBe('四月台账');
    expect(check.findings.map((f) => f.code)).toContain('sheet-renamed');
  });

  test('an outdated template version says so (and how to go on)', async () => {
    const plan = filledLedgerPlan();
    const meta = plan.sheets.find((s) => s.name === '元数据')!;
    const versionRow = meta.rows.find((r) => r[0]?.value === '模板版本')!;
    versionRow[1] = { value: '2020.1' };
    const check = checkLedgerWorkbook(readGrids(await renderWorkbook(plan)), '', {
      ...context,
      template: { ...context.template },
    });
    expect(['outdated', 'unknown']).toContain(check.templateState);
    expect(check.templateVersion).toBe('2020.1');
  });

  test('a workbook that is not a ledger: no verdict, the reason, no marks', async () => {
    const inspection = inspectionWorkbook(context, '2021-B2');
    const check = checkLedgerWorkbook(readGrids(await renderWorkbook(inspection.plan)), 'x.xlsx', context);
    expect(check).toMatchObject({ isLedger: false, canSubmit: false, marks: null });
    expect(check.findings.map((f) => f.code)).toEqual(['workbook-not-ledger']);
  });

  test('a unit typed nowhere is taken from the file name, as the office does', async () => {
    const sheets = await gridsOf({
      editPlan: (plan) => {
        setCell(plan, 'B2', { value: '' });
        plan.sheets = plan.sheets.filter((s) => s.name !== '元数据');
      },
    });
    const check = checkLedgerWorkbook(sheets, '濮阳县2021年4月台账.xlsx', context);
    expect(check.unitName).toBe('濮阳县');
    expect(check.findings.map((f) => f.code)).toContain('unit-from-file-name');
    expect(check.templateState).toBe('no-metadata');
  });
});

describe('picked files', () => {
  test('classified by metadata; unreadable bytes become a registry finding', async () => {
    const ledger = analyseWorkbook('a.xlsx', await filledLedgerBytes(), context);
    expect(ledger.summary.kind).toBe('ledger');
    const inspection = analyseWorkbook(
      'b.xlsx',
      await renderWorkbook(inspectionWorkbook(context, '2021-B3').plan),
      context,
    );
    expect(inspection.summary).toEqual({ kind: 'inspection', period: '2021-B3' });

    let thrown: unknown;
    try {
      analyseWorkbook('c.xlsx', new TextEncoder().encode('单位,月份\n华龙区,4\n'), context);
    } catch (err) {
      thrown = err;
    }
    expect(readFailure(thrown, 'c.xlsx')).toMatchObject({ code: 'file-is-csv', file: 'c.xlsx' });
    expect(readFailure(new Error('boom'), 'd.xlsx')).toMatchObject({ code: 'file-read-failed' });
  });

  test('the default quarter is the one most ledgers belong to', () => {
    expect(inferReviewQuarter(['2021-04', '2021-05', '2021-03', null])).toBe('2021Q2');
    expect(inferReviewQuarter([null])).toBeNull();
  });
});

describe('carry-forward (沿用上月)', () => {
  test('next month’s ledger keeps rows and contacts, not the 填报日期', async () => {
    const code = HUALONG[0].code;
    const sheets = await gridsOf({
      month: '2021-04',
      rows: { [code]: { workDone: '四月做了这些', status: '推进中', progress: 40, selfScore: 1 } },
    });
    const result = carryForward(sheets, '', context);
    if (!result.ok) throw new Error(result.reason);
    expect(result).toMatchObject({ unitName: '华龙区', fromMonth: '2021-04', month: '2021-05' });
    expect(result.file.fileName).toBe('华龙区_2021年5月_工作台账.xlsx');
    expect(result.carriedRows).toBe(HUALONG.length);

    const next = checkLedgerWorkbook(readGrids(await renderWorkbook(result.file.plan)), '', context);
    expect(next.month).toBe('2021-05');
    const grid = readGrids(await renderWorkbook(result.file.plan)).find((s) => s.name === '工作台账')!.grid;
    expect(grid[FIRST_ROW - 1][5]).toBe('四月做了这些');
    expect(grid[1][6]).toBe('张明'); // 填报人 carried
    expect(grid[2][1] ?? null).toBeNull(); // 填报日期 left blank
    // The carried values are kept in the hidden 沿用上月 copy, so the cells stay marked until edited.
    const copy = result.file.plan.sheets.find((s) => s.name === '沿用上月')!;
    expect(copy.state).toBe('veryHidden');
    expect(copy.rows[FIRST_ROW - 1][5]?.value).toBe('四月做了这些');
    expect(result.file.plan.sheets[0].conditionalFormats?.some((c) => c.style === 'carried')).toBe(true);
  });

  test('refuses what it cannot carry', async () => {
    const inspection = readGrids(await renderWorkbook(inspectionWorkbook(context, '2021-B1').plan));
    expect(carryForward(inspection, '', context)).toEqual({ ok: false, reason: 'not-ledger' });
    const stranger = await gridsOf({
      editPlan: (plan) => {
        setCell(plan, 'B2', { value: '不存在的单位' });
        plan.sheets = plan.sheets.filter((s) => s.name !== '元数据'); // no metadata to fall back on
      },
    });
    expect(carryForward(stranger, '', context)).toEqual({ ok: false, reason: 'unit-unknown' });
  });
});

describe('office downloads', () => {
  test('a month’s templates for every unit, carried where last month was consolidated, zipped', async () => {
    const april = checkLedgerWorkbook(await gridsOf(), '', context);
    expect(april.canSubmit).toBe(true);
    const run = reviewPickedFiles({
      files: [{ name: 'hl.xlsx', sheets: await gridsOf() }],
      quarter: '2021Q2',
    });
    const files = ledgerTemplates(context, '2021-05', run.run.consolidation.ledgers);
    expect(files).toHaveLength(context.roster.length);
    expect(files.filter((f) => f.carried).map((f) => f.fileName)).toEqual(['华龙区_2021年5月_工作台账.xlsx']);
    const zip = zipFiles([
      { name: files[0].fileName, bytes: await renderWorkbook(files[0].plan) },
      { name: files[1].fileName, bytes: await renderWorkbook(files[1].plan) },
    ]);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual([files[0].fileName, files[1].fileName]);
    expect(checkLedgerWorkbook(readGrids(entries[files[0].fileName]), '', context).month).toBe('2021-05');
  });

  test('the inspection workbook pre-fills self-scores from the period’s ledgers', async () => {
    const run = reviewPickedFiles({
      files: [{ name: 'hl.xlsx', sheets: await gridsOf({ month: '2021-04' }) }],
      quarter: '2021Q2',
    });
    const file = inspectionWorkbook(context, '2021-B2', run.run.consolidation.ledgers);
    expect(file.fileName).toBe('2021-B2_双月检查评分表.xlsx');
    expect(file.prefilledUnits).toBe(1);
    expect(inspectionWorkbook(context, '2021-B3', run.run.consolidation.ledgers).prefilledUnits).toBe(0);
  });
});

describe('reviewPickedFiles: the one click', () => {
  const input = async (name: string, options: Parameters<typeof filledLedgerBytes>[0] = {}) => {
    const bytes = await filledLedgerBytes(options);
    return { name, bytes, sheets: readGrids(bytes), failure: null };
  };

  test('broken and foreign files are accounted for while the rest go through; later file supersedes', async () => {
    const broken = {
      name: '坏文件.xlsx',
      failure: readFailure({ code: 'file-is-csv', params: {} }, '坏文件.xlsx'),
    };
    const files = [
      await input('华龙区4月.xlsx', { filledDate: '2021-05-03' }),
      await input('华龙区4月（更正）.xlsx', { filledDate: '2021-05-04' }),
      await input('清丰县5月.xlsx', { unit: '清丰县', month: '2021-05' }),
      broken,
    ];
    const result = reviewPickedFiles({ files, quarter: '2021Q2' });
    const statuses = Object.fromEntries(result.run.consolidation.files.map((f) => [f.file, f.status]));
    expect(statuses).toEqual({
      '华龙区4月.xlsx': 'superseded',
      '华龙区4月（更正）.xlsx': 'accepted-with-warnings', // 'duplicate-submission-kept' notes the replaced file
      '清丰县5月.xlsx': 'accepted',
      '坏文件.xlsx': 'rejected',
    });
    expect(result.run.review.units).toHaveLength(context.roster.length);
    expect(result.run.plan.sheets.map((s) => s.name)).toContain(REVIEW_SHEETS.ranking);
    expect(result.templateFile).toBeNull();
  });

  test('a template workbook supplies the context; earlier reviews give history; the same quarter’s is kept', async () => {
    const { buildTemplateWorkbookPlan } = await import('@ledger-review/workbook');
    const template = await renderWorkbook(buildTemplateWorkbookPlan(context));
    const q1 = reviewPickedFiles({
      files: [await input('一月.xlsx', { month: '2021-01' })],
      quarter: '2021Q1',
    });
    const q1Bytes = await renderWorkbook(q1.run.plan);
    const q2 = reviewPickedFiles({ files: [await input('四月.xlsx')], quarter: '2021Q2' });
    const q2Bytes = await renderWorkbook(q2.run.plan);
    const result = reviewPickedFiles({
      quarter: '2021Q2',
      files: [
        { name: '指标模板.xlsx', bytes: template, sheets: readGrids(template), failure: null },
        { name: '一季度点评.xlsx', bytes: q1Bytes, sheets: readGrids(q1Bytes), failure: null },
        { name: '二季度点评.xlsx', bytes: q2Bytes, sheets: readGrids(q2Bytes), failure: null },
        await input('四月.xlsx'),
      ],
    });
    expect(result.roles).toEqual([
      { file: '指标模板.xlsx', role: 'template' },
      { file: '一季度点评.xlsx', role: 'previous-review' },
      { file: '二季度点评.xlsx', role: 'existing-review' },
    ]);
    expect(result.templateFile).toBe('指标模板.xlsx');
    expect(result.existingReviewFrom).toEqual({ file: '二季度点评.xlsx' });
    expect(result.historyQuarters).toContain('2021Q1');
    expect(result.run.consolidation.files.map((f) => f.file)).toEqual(['四月.xlsx']);
  });

  test('the open workbook’s review of another quarter is history, not this quarter’s remarks', async () => {
    const q1 = reviewPickedFiles({
      files: [await input('一月.xlsx', { month: '2021-01' })],
      quarter: '2021Q1',
    });
    const open = readGrids(await renderWorkbook(q1.run.plan));
    const result = reviewPickedFiles({
      files: [await input('四月.xlsx')],
      quarter: '2021Q2',
      openWorkbookReview: open,
    });
    expect(result.existingReviewFrom).toBeNull();
    expect(result.historyQuarters).toEqual(['2021Q1']);
    const same = reviewPickedFiles({
      files: [await input('一月.xlsx', { month: '2021-01' })],
      quarter: '2021Q1',
      openWorkbookReview: open,
    });
    expect(same.existingReviewFrom).toBe('open-workbook');
  });
});
