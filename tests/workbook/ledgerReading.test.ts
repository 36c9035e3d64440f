/**
 * Reading filled ledgers back (SPEC sections 5 and 6) from real .xlsx files: the round trip,
 * identification of the unit, and what units do to the sheet (rename it, drop or move a column,
 * merge cells, type formulas, unit text that looks like a formula).
 */
import { DEFAULT_TEMPLATE, dueIndicators, flatten, resolveSettings, type LedgerRow } from '@ledger-review/scoring';

/** The indicators of 华龙区's April ledger (填报频次: applicable and due in April). */
const aprilIndicators = () => dueIndicators(DEFAULT_TEMPLATE, unitOf('华龙区'), '2021-04', resolveSettings());
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkLedgerWorkbook,
  consolidate,
  defaultReviewContext,
  readGrids,
  readReceivedFile,
  type ReceivedFile,
  renderWorkbook,
  text,
} from '@ledger-review/workbook';
import { readFolder } from '@ledger-review/workbook/node';
import { loadXlsx, sheetOf, tempDir } from '../fixtures/excel';
import {
  filledLedgerBytes,
  filledLedgerPlan,
  unitOf,
  validRow,
  type FilledLedgerOptions,
} from '../fixtures/ledgers';
import {
  deleteColumn,
  dropSheet,
  ledgerSheet,
  renameLedgerSheet,
  setCell,
  swapColumns,
} from '../fixtures/planEdits';

const context = defaultReviewContext();

function run(files: ReceivedFile[], quarter?: string) {
  return consolidate(files, {
    template: context.template,
    roster: context.roster,
    settings: context.settings,
    quarter,
  });
}

async function one(options: FilledLedgerOptions, name = '华龙区_2021年4月_工作台账.xlsx') {
  const received = readReceivedFile(name, await filledLedgerBytes(options));
  const c = run([received]);
  // The validator's report of the same file, as the task pane's check shows it.
  const report = 'sheets' in received ? checkLedgerWorkbook(received.sheets, name, context).report! : null!;
  return {
    c,
    report,
    account: c.files[0],
    ledger: c.ledgers[0],
    codes: c.findings.map((f) => [f.address ?? null, f.code]),
  };
}

const HUALONG_CODES = aprilIndicators().map((i) => i.code);

describe('a filled ledger round-trips', () => {
  test('header, rows, numbers and dates come back as written and the ledger validates clean', async () => {
    const indicators = aprilIndicators();
    const partial = indicators.find((i) => i.points >= 2)!;
    const rows = {
      [partial.code]: {
        status: '推进中' as const,
        progress: 60,
        selfScore: 1.5,
        evidence: '',
        problems: '进度偏慢',
        nextSteps: '6月底前完成',
      },
    };
    const { c, account, ledger, report } = await one({ rows, filledDate: '2021-05-04' });
    expect(account).toMatchObject({
      kind: 'ledger',
      status: 'accepted',
      unitCode: 'XQ01',
      period: '2021-04',
      filledDate: '2021-05-04',
      errors: 0,
      warnings: 0,
    });
    expect(flatten(report)).toEqual([]);
    expect(c.findings).toEqual([]);
    expect(ledger.header).toEqual({
      unitName: '华龙区',
      unitCode: 'XQ01',
      month: '2021-04',
      filler: '张明',
      phone: '0393-6666679',
      filledDate: '2021-05-04',
      reviewer: '李华',
    });
    const expected: LedgerRow[] = indicators.map((i, n) => ({
      ...validRow(i),
      ...(rows[i.code] ?? {}),
      row: 6 + n,
    }));
    expect(ledger.rows).toEqual(expected);
    expect(report.stats).toMatchObject({
      rows: indicators.length,
      validRows: indicators.length,
      applicableRows: indicators.length,
    });
    const target = ledger.rows.find((r) => r.actual !== null);
    expect(typeof target?.actual).toBe('number');
  });

  test('填报日期 is a real Excel date in the file (a serial with a date format, a Date to ExcelJS)', async () => {
    const bytes = await filledLedgerBytes({ filledDate: '2021-05-03' });
    const grid = readGrids(bytes).find((s) => s.name === '工作台账')!;
    expect(grid.grid[2][1]).toBe(44319);
    expect(grid.formats?.get('B3')).toBe('yyyy-mm-dd');
    const ws = sheetOf(await loadXlsx(bytes), '工作台账');
    expect(ws.getCell('B3').value).toEqual(new Date('2021-05-03T00:00:00Z'));
  });

  test('regression: a 填报日期 stored as an Excel date is read without a normalisation notice', async () => {
    // The reader did not pass the cell's number format, so every ledger got "44319 按 2021-05-03 处理".
    const { ledger, report } = await one({});
    expect(report.notices).toEqual([]);
    expect(ledger.header.filledDate).toBe('2021-05-03');
  });

  test('regression: a percent-formatted 完成进度 (Excel stores 80% as 0.8) reads as 80', async () => {
    const indicator = aprilIndicators()[0];
    const { ledger, report } = await one({
      rows: { [indicator.code]: { status: '推进中', evidence: '' } },
      editPlan: (plan) => {
        for (let r = 6; r < 6 + HUALONG_CODES.length; r++)
          setCell(plan, `H${r}`, { value: r === 6 ? 0.8 : 1, numFmt: '0%', unlocked: true });
      },
    });
    expect(ledger.rows[0].progress).toBe(80);
    expect(ledger.rows[1].progress).toBe(100);
    expect(flatten(report, { severities: ['error', 'warning'] })).toEqual([]);
  });

  test('errors point at their cells', async () => {
    const [a, b] = HUALONG_CODES;
    const { account, ledger, report } = await one({
      rows: { [a]: { status: '已完成', progress: 80 }, [b]: { selfScore: 99 } },
      phone: '12345',
    });
    expect(account.status).toBe('accepted-with-errors');
    expect(flatten(report, { severities: ['error'] })).toEqual([
      [2, 'I', 'phone-invalid'],
      [6, 'H', 'completed-progress-below-100'],
      [7, 'K', 'self-score-above-points'],
    ]);
    expect(ledger.invalidRows).toEqual([6, 7]);
  });
});

describe('which unit a ledger belongs to', () => {
  test('metadata first: a blank 单位名称 and a misleading file name still give the issued unit', async () => {
    const { account, codes } = await one(
      { editPlan: (p) => setCell(p, 'B2', text('', 'locked')) },
      '清丰县台账.xlsx',
    );
    expect(account.unitCode).toBe('XQ01');
    expect(codes).toContainEqual(['B2', 'unit-missing']);
    expect(codes.map((c) => c[1])).not.toContain('unit-from-file-name');
  });

  test('then the header, with aliases such as 开发区', async () => {
    const { account, codes, report } = await one(
      {
        unit: '濮阳经济技术开发区',
        editPlan: (p) => (dropSheet(p, '元数据'), setCell(p, 'B2', text('开发区', 'locked'))),
      },
      '2021年4月台账.xlsx',
    );
    expect(account).toMatchObject({ unitCode: 'XQ07', unitName: '濮阳经济技术开发区', errors: 0 });
    expect(codes).toEqual(
      expect.arrayContaining([
        ['B2', 'unit-alias-used'],
        [null, 'metadata-missing'],
      ]),
    );
    expect(report.valid).toBe(true);
  });

  test('then the file name (开发区 in 开发区 2021年4月台账.xlsx), with a warning to check', async () => {
    const { account, codes } = await one(
      {
        unit: '濮阳经济技术开发区',
        editPlan: (p) => (dropSheet(p, '元数据'), setCell(p, 'B2', text('', 'locked'))),
      },
      '开发区 2021年4月台账.xlsx',
    );
    expect(account).toMatchObject({ unitCode: 'XQ07', status: 'accepted-with-warnings', errors: 0 });
    expect(codes.map((c) => c[1])).toContain('unit-from-file-name');
  });

  test('regression: a header that names another unit or month than the metadata is an error and the file is attributed to nobody', async () => {
    // Before: a unit's ledger with the header changed to another unit's name was accepted with a
    // warning ("以表头为准") and replaced that unit's genuine ledger (issue: identity).
    const unit = await one({ editPlan: (p) => setCell(p, 'B2', text('清丰县', 'locked')) });
    expect(unit.codes).toEqual([['B2', 'metadata-mismatch']]);
    expect(unit.account).toMatchObject({ unitCode: null, status: 'rejected', errors: 1 });
    expect(unit.c.findings[0].message).toBe(
      '下发模板的元数据中单位名称为“华龙区”，表头却填写为“清丰县”，无法确定是哪个单位哪个月的台账，本文件不予采用；请用本单位本月下发的模板重新填报',
    );
    const month = await one({
      filledDate: '2021-06-02',
      editPlan: (p) => setCell(p, 'E2', text('2021-05', 'locked')),
    });
    expect(month.codes).toEqual([['E2', 'metadata-mismatch']]);
    expect(month.account).toMatchObject({ period: null, status: 'rejected', errors: 1 });
  });

  test('a 报告月份 that Excel turned into a date (2021/4 → 2021-04-01) reads as the month', async () => {
    const { account, report } = await one({
      editPlan: (p) => setCell(p, 'E2', { value: 44287, numFmt: 'yyyy"年"m"月"' }),
    });
    expect(account).toMatchObject({ status: 'accepted', period: '2021-04' });
    expect(report.findings).toEqual([]);
  });

  test('a ledger nothing identifies is rejected with the reason', async () => {
    const { account, c } = await one(
      { editPlan: (p) => (dropSheet(p, '元数据'), setCell(p, 'B2', text('', 'locked'))) },
      'ledger.xlsx',
    );
    expect(account).toMatchObject({
      file: 'ledger.xlsx',
      kind: 'ledger',
      status: 'rejected',
      unitCode: null,
    });
    expect(account.reason.message).toMatch(/^无法确定报送单位或报告月份：未填写单位名称/);
    expect(c.ledgers).toEqual([]);
  });
});

describe('what units do to the sheet', () => {
  test('a renamed sheet is found by its labels and read, with a warning', async () => {
    const { account, ledger, codes, report } = await one({ editPlan: (p) => renameLedgerSheet(p, '华龙区4月') });
    expect(codes).toEqual([[null, 'sheet-renamed']]);
    expect(account).toMatchObject({ status: 'accepted-with-warnings', errors: 0, warnings: 1 });
    expect(ledger.rows.map((r) => r.code)).toEqual(HUALONG_CODES);
    expect(report.findings[0].message).toBe('工作表“工作台账”被改名为“华龙区4月”，已按内容识别');
  });

  test('a missing 工作台账 sheet rejects the file', async () => {
    const { account, c } = await one({ editPlan: (p) => dropSheet(p, '工作台账') });
    expect(account).toMatchObject({ status: 'rejected', errors: 1, reason: expect.objectContaining({ message: '缺少工作表“工作台账”' }) });
    expect(c.findings.map((f) => f.code)).toEqual(['sheet-missing']);
  });

  test('a deleted column is an error at the header cell where it belongs', async () => {
    const { c } = await one({ editPlan: (p) => deleteColumn(p, '完成状态') });
    const missing = c.findings.find((f) => f.code === 'column-missing')!;
    expect(missing).toMatchObject({
      sheet: '工作台账',
      row: 5,
      column: 'G',
      address: 'G5',
      severity: 'error',
    });
    expect(missing.message).toBe('未找到“完成状态”列（应在 G 列）');
  });

  test('reordered columns are read by their labels, with a warning naming the moved column', async () => {
    const [a] = HUALONG_CODES;
    const { ledger, codes, report } = await one({
      rows: { [a]: { nextSteps: '下月完成备案', remarks: '已报分管领导' } },
      editPlan: (p) => swapColumns(p, '下步计划', '备注'),
    });
    expect(codes).toEqual([['N5', 'column-reordered']]);
    expect(report.findings[0].message).toBe(
      '列顺序与模板不同：“下步计划”列应在 M 列，现在 N 列；已按列标题读取',
    );
    expect(ledger.rows[0]).toMatchObject({ nextSteps: '下月完成备案', remarks: '已报分管领导' });
    expect(report.valid).toBe(true);
  });

  test('merged cells over data: a warning, and the rows under the merge read as blank', async () => {
    const { c } = await one({ editPlan: (p) => ledgerSheet(p).merges!.push('F6:F7') });
    expect(flatten({ findings: c.findings })).toEqual([
      [6, 'F', 'merged-cells'],
      [7, 'F', 'work-done-missing'],
    ]);
    expect(c.findings[0].message).toContain('F6:F7');
  });

  test('a formula without a cached result (as ExcelJS writes it) has no value: an error at the cell', async () => {
    const { ledger, report } = await one({
      editPlan: (p) => setCell(p, 'K6', { formula: 'D6', numFmt: '0.0', unlocked: true }),
    });
    expect(flatten(report)).toEqual([[6, 'K', 'formula-no-result']]);
    expect(ledger.rows[0].selfScore).toBeNull();
  });

  test('unit text starting with = + - @ stays text, never a formula', async () => {
    const hostile = {
      workDone: '=HYPERLINK("http://x","点击")',
      problems: '+86 热线未回复',
      nextSteps: '-继续推进',
      remarks: '@办公室 请核实',
      evidence: '=1+1',
    };
    const [a] = HUALONG_CODES;
    const bytes = await filledLedgerBytes({ rows: { [a]: hostile } });
    const sheet = readGrids(bytes).find((s) => s.name === '工作台账')!;
    // The only formulas are the ledger's own self-check (自检 cells, helper column O).
    expect([...(sheet.formulas?.keys() ?? [])].filter((a) => !/^(K2|K3|O\d+)$/.test(a))).toEqual([]);
    const c = run([readReceivedFile('h.xlsx', bytes)]);
    expect(c.ledgers[0].rows[0]).toMatchObject(hostile);
    expect(c.files[0].errors).toBe(0);
  });
});

test('a file name with spaces and Chinese characters is read from disk and accounted under that name', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const name = '华龙区 2021年4月 工作台账（终稿） v2.xlsx';
    writeFileSync(join(dir, name), await filledLedgerBytes({}));
    writeFileSync(join(dir, '~$华龙区 2021年4月 工作台账（终稿） v2.xlsx'), 'Excel lock file');
    const files = await readFolder([dir]);
    const c = run(files);
    expect(c.files.map((f) => [f.file, f.status])).toEqual([
      ['~$华龙区 2021年4月 工作台账（终稿） v2.xlsx', 'ignored'],
      [name, 'accepted'],
    ]);
    expect(c.files[1]).toMatchObject({ file: name, status: 'accepted', unitName: '华龙区' });
  } finally {
    cleanup();
  }
});

test('an unfilled template is read as a ledger with every required field reported', async () => {
  const bytes = await renderWorkbook(
    filledLedgerPlan({ blankRows: true, filledDate: null, filler: '', phone: '', reviewer: '' }),
  );
  const c = run([readReceivedFile('blank.xlsx', bytes)]);
  const codes = new Set(c.findings.map((f) => f.code));
  expect([...codes].sort()).toEqual(
    ['filled-date-missing', 'filler-missing', 'phone-missing', 'status-missing'].sort(),
  );
  expect(c.files[0]).toMatchObject({ status: 'accepted-with-errors', unitCode: 'XQ01' });
  expect(c.ledgers[0].validRows).toBe(0);
});
