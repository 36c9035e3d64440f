/**
 * Bad input through `consolidate`: every received file is accounted for with a status and a
 * clear Chinese reason naming it, and one broken file never stops the others.
 */
import { renderFinding } from '@ledger-review/scoring';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import {
  consolidate,
  type Consolidation,
  defaultReviewContext,
  type FileAccount,
  readReceivedFile,
  type ReceivedFile,
  renderWorkbook,
  runReview,
} from '@ledger-review/workbook';
import { MAX_INPUT_FILE_BYTES, readFolder } from '@ledger-review/workbook/node';
import { tempDir } from '../fixtures/excel';
import { filledLedgerBytes } from '../fixtures/ledgers';
import {
  csvBytes,
  encryptedWorkbookBytes,
  gbkCsvBytes,
  legacyXlsBytes,
  manyRowsWorkbookBytes,
  noSheetsWorkbookBytes,
  pngLikeBytes,
  zipBombBytes,
} from '../fixtures/bad/hostileInputs';

const context = defaultReviewContext();
const ctx = { template: context.template, roster: context.roster, settings: context.settings };
const CHINESE = /[\u4e00-\u9fff]/;

function account(c: Consolidation, file: string): FileAccount {
  const a = c.files.find((f) => f.file === file);
  if (!a) throw new Error(`${file} not accounted for: ${c.files.map((f) => f.file).join(', ')}`);
  return a;
}

describe('a batch of broken files around one good ledger', () => {
  let c: Consolidation;
  let files: ReceivedFile[];

  beforeAll(async () => {
    const good = await filledLedgerBytes({});
    const blankSheet = await renderWorkbook({ sheets: [{ name: 'Sheet1', rows: [] }] });
    const docx = zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'word/document.xml': new TextEncoder().encode('<w:document/>'),
    });
    files = [
      readReceivedFile('南乐县 截图.xlsx', pngLikeBytes()),
      readReceivedFile('清丰县台账(旧版).xlsx', legacyXlsBytes()),
      readReceivedFile('范县台账.xlsx', csvBytes()),
      readReceivedFile('台前县台账.xlsx', gbkCsvBytes()),
      readReceivedFile('华龙区_2021年4月_工作台账.xlsx', good),
      readReceivedFile('濮阳县台账（加密）.xlsx', encryptedWorkbookBytes()),
      readReceivedFile('空工作簿.xlsx', noSheetsWorkbookBytes()),
      readReceivedFile('新建 Microsoft Excel 工作表.xlsx', blankSheet),
      readReceivedFile('压缩炸弹.xlsx', zipBombBytes()),
      readReceivedFile('百万行.xlsx', manyRowsWorkbookBytes(1_000_000)),
      readReceivedFile('说明.xlsx', docx),
    ];
    // A hang would trip this hook's timeout; boundedness itself is pinned in bytes by the .xlsx reader's tests.
    c = consolidate(files, ctx);
  }, 60_000);

  test('every input file appears once in files, in order, with a status and a reason', () => {
    expect(c.files.map((f) => f.file)).toEqual(files.map((f) => f.name));
    for (const f of c.files) {
      expect(f.status).toMatch(/^(accepted|accepted-with-warnings|accepted-with-errors|rejected|superseded)$/);
      expect(f.reason.message).toMatch(CHINESE);
      expect(renderFinding(f.reason, 'en')).not.toBe('');
    }
  });

  test('the good ledger still goes through', () => {
    expect(account(c, '华龙区_2021年4月_工作台账.xlsx')).toMatchObject({
      status: 'accepted',
      unitCode: 'XQ01',
      reason: expect.objectContaining({ message: '通过校验，已采用' }),
    });
    expect(c.ledgers.map((l) => l.file)).toEqual(['华龙区_2021年4月_工作台账.xlsx']);
  });

  test.each([
    [
      '南乐县 截图.xlsx',
      'file-not-zip',
      '文件“南乐县 截图.xlsx”不是有效的 .xlsx 工作簿（不是 zip 压缩格式），无法读取',
    ],
    [
      '清丰县台账(旧版).xlsx',
      'file-is-xls',
      '文件“清丰县台账(旧版).xlsx”是旧版 .xls 格式（或由 .xls 改名而来），请在 Excel 或 WPS 中“另存为” .xlsx 后再报送',
    ],
    [
      '范县台账.xlsx',
      'file-is-csv',
      '文件“范县台账.xlsx”是 CSV/文本文件，不是 Excel 工作簿；请使用下发的模板填写后保存为 .xlsx',
    ],
    [
      '台前县台账.xlsx',
      'file-is-csv',
      '文件“台前县台账.xlsx”是 CSV/文本文件，不是 Excel 工作簿；请使用下发的模板填写后保存为 .xlsx',
    ],
    [
      '濮阳县台账（加密）.xlsx',
      'file-encrypted',
      '文件“濮阳县台账（加密）.xlsx”设置了打开密码（已加密），无法读取；请取消密码后重新报送',
    ],
    ['空工作簿.xlsx', 'workbook-empty', '工作簿“空工作簿.xlsx”没有任何工作表内容'],
    [
      '新建 Microsoft Excel 工作表.xlsx',
      'workbook-empty',
      '工作簿“新建 Microsoft Excel 工作表.xlsx”没有任何工作表内容',
    ],
    [
      '压缩炸弹.xlsx',
      'zip-bomb',
      '文件“压缩炸弹.xlsx”解压后超过 100 MB，已停止读取（xl/worksheets/sheet1.xml）',
    ],
    [
      '百万行.xlsx',
      'sheet-too-large',
      '工作表“大表”的使用范围达 10001 行 × 2 列，超过上限（10000 行、500000 个单元格），未读取',
    ],
    [
      '说明.xlsx',
      'xlsx-malformed',
      '文件“说明.xlsx”的工作簿内容损坏，无法读取（xl/workbook.xml）：missing: not a spreadsheet package',
    ],
  ])('%s is rejected as %s with a clear Chinese message', (file, code, message) => {
    const a = account(c, file);
    expect(a).toMatchObject({ status: 'rejected', kind: 'unknown', errors: 1, reason: expect.objectContaining({ message: message }) });
    const findings = c.findings.filter((f) => f.file === file);
    expect(findings.map((f) => f.code)).toEqual([code]);
    expect(findings[0].severity).toBe('error');
  });

  test('every reader failure is rendered from the rule registry, in both languages', () => {
    for (const f of c.files.filter((x) => x.status === 'rejected')) {
      expect(f.reason.message).not.toMatch(/[{}]|=\S|^读取文件/);
      expect(renderFinding(f.reason, 'en')).not.toMatch(/[{}]|=\S/);
    }
    expect(renderFinding(account(c, '压缩炸弹.xlsx').reason, 'en')).toBe(
      '“压缩炸弹.xlsx” exceeds 100 MB when uncompressed; reading stopped (xl/worksheets/sheet1.xml)',
    );
  });

});

test('a review workbook given as a ledger is not a ledger', async () => {
  const run = runReview({
    received: [readReceivedFile('l.xlsx', await filledLedgerBytes({}))],
    quarter: '2021Q2',
    context,
  });
  const review = await renderWorkbook(run.plan);
  const template = await renderWorkbook({
    sheets: [{ name: '工作台账', rows: [[{ value: '随手建的表' }]] }],
  });
  const c = consolidate(
    [
      readReceivedFile('2021Q2_季度点评.xlsx', review),
      readReceivedFile('随手建的表.xlsx', template),
      readReceivedFile('华龙区.xlsx', await filledLedgerBytes({})),
    ],
    ctx,
  );
  expect(c.files[0]).toMatchObject({
    status: 'rejected',
    reason: expect.objectContaining({
      code: 'workbook-is-review',
      message: '这是季度点评工作簿（2021Q2），不是单位台账：“2021Q2_季度点评.xlsx”',
    }),
  });
  expect(c.files[1]).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ code: 'ledger-table-missing', message: '工作表“工作台账”中找不到台账表格（指标编号、完成状态、自评分等列的表头）' }) });
  expect(c.files[2]).toMatchObject({ status: 'accepted' });
  expect(c.ledgers).toHaveLength(1);
}, 30_000);

describe('two ledgers of the same unit and month', () => {
  test('the later 填报日期 wins whatever the file order, and both files are accounted for', async () => {
    const late = await filledLedgerBytes({ filledDate: '2021-05-04', rows: { '1.2': { selfScore: 1 } } });
    const early = await filledLedgerBytes({ filledDate: '2021-05-02' });
    const c = consolidate(
      [
        readReceivedFile('华龙区4月台账（更正）.xlsx', late),
        readReceivedFile('华龙区4月台账.xlsx', early),
      ],
      ctx,
    );
    expect(c.ledgers.map((l) => [l.file, l.header.filledDate])).toEqual([
      ['华龙区4月台账（更正）.xlsx', '2021-05-04'],
    ]);
    expect(c.ledgers[0].rows.find((r) => r.code === '1.2')?.selfScore).toBe(1);
    expect(c.files.map((f) => [f.file, f.status])).toEqual([
      ['华龙区4月台账（更正）.xlsx', 'accepted-with-warnings'],
      ['华龙区4月台账.xlsx', 'superseded'],
    ]);
    expect(c.files[1].reason.message).toBe(
      '同一单位同一月份另有台账“华龙区4月台账（更正）.xlsx”，报送较晚，本文件被替换（本文件：填报日期 2021-05-02；“华龙区4月台账（更正）.xlsx”：填报日期 2021-05-04）',
    );
    expect(
      c.findings.filter((f) => f.code.startsWith('duplicate-submission')).map((f) => [f.file, f.code]),
    ).toEqual([
      ['华龙区4月台账.xlsx', 'duplicate-submission-superseded'],
      ['华龙区4月台账（更正）.xlsx', 'duplicate-submission-kept'],
    ]);
  });
});

test('a ledger of a month outside --quarter is listed with the reason and not used', async () => {
  const c = consolidate(
    [
      readReceivedFile('华龙区7月.xlsx', await filledLedgerBytes({ month: '2021-07' })),
      readReceivedFile('华龙区4月.xlsx', await filledLedgerBytes({ month: '2021-04' })),
    ],
    { ...ctx, quarter: '2021Q2' },
  );
  expect(c.files[0]).toMatchObject({
    status: 'rejected',
    period: '2021-07',
    reason: expect.objectContaining({ message: '报告月份 2021-07 不属于 2021Q2，本次汇总未采用' }),
  });
  expect(c.files[1]).toMatchObject({ status: 'accepted', period: '2021-04' });
  expect(c.ledgers.map((l) => l.month)).toEqual(['2021-04']);
});

describe('files the collector cannot read', () => {
  test('regression: a file above the size limit names its size and the limit in words, not raw numbers', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const big = join(dir, '超大台账.xlsx');
      writeFileSync(big, new Uint8Array(MAX_INPUT_FILE_BYTES + 1024 * 1024));
      writeFileSync(join(dir, '华龙区.xlsx'), await filledLedgerBytes({}));
      const c = consolidate(await readFolder([dir]), ctx);
      expect(c.files.map((f) => [f.file, f.status])).toEqual([
        ['超大台账.xlsx', 'rejected'],
        ['华龙区.xlsx', 'accepted'],
      ]);
      expect(c.files[0].reason.message).toBe('文件“超大台账.xlsx”大小为 21 MB，超过上限 20 MB，未读取');
    } finally {
      cleanup();
    }
  });

  test('regression: a path that cannot be read says why instead of "[object Object]"', async () => {
    const c = consolidate(await readFolder(['/nonexistent/华龙区台账.xlsx']), ctx);
    expect(c.files[0]).toMatchObject({ file: '/nonexistent/华龙区台账.xlsx', status: 'rejected', kind: 'unknown' });
    expect(c.files[0].reason.message).toBe('找不到“/nonexistent/华龙区台账.xlsx”：该文件或目录不存在');
    expect(c.files[0].reason.message).not.toContain('[object Object]');
  });
});
