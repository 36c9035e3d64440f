/**
 * Issue 8 ("trust at a city's real scale"), the CLI's part: one regression test per case, each
 * named after what it protects and each failing on the code before the fix. Real ledgers
 * (tests/fixtures/ledgers.ts) in real folders, the CLI driven in-process through `main`, its
 * workbooks opened again with ExcelJS (an independent reader) and edited the way an office would.
 */
import { DEFAULT_TEMPLATE, applicableIndicators } from '@ledger-review/scoring';
import { promises as fsp, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cli, type Captured } from '../helpers/cli';
import { META_KEYS, readGrids, readMeta, renderWorkbook } from '@ledger-review/workbook';
import type ExcelJS from 'exceljs';
import { editXlsx, loadXlsx, sheetOf, tempDir } from '../fixtures/excel';
import { filledLedgerBytes, filledLedgerPlan, unitOf } from '../fixtures/ledgers';



const HUALONG_CODES = applicableIndicators(DEFAULT_TEMPLATE, unitOf('华龙区')).map((i) => i.code);
const Q2 = ['2021-04', '2021-05', '2021-06'];
const Q3 = ['2021-07', '2021-08', '2021-09'];

let dir: string;
let cleanup: () => void;
/** 华龙区's three ledgers of each quarter; the other units of the roster send nothing. */
let q2: string;
let q3: string;

async function quarterFolder(name: string, months: readonly string[]): Promise<string> {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (const month of months) {
    writeFileSync(join(folder, `华龙区 ${month} 工作台账.xlsx`), await filledLedgerBytes({ month }));
  }
  return folder;
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('lr-trust-'));
  q2 = await quarterFolder('q2', Q2);
  q3 = await quarterFolder('q3', Q3);
});
afterAll(() => cleanup());

function bytesOf(file: string): Buffer {
  return readFileSync(file);
}

/** Every cell of a sheet as text, row by row. */
function textsOf(ws: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.text ?? cell.value ?? ''))));
  return texts;
}

interface Proposal {
  row: number;
  unitCode: string;
  outcome: string;
  confirm: string;
}

/** The rows of 点评结果 with an outcome, and the column of 办公室确认. */
function proposalsOf(ws: ExcelJS.Worksheet): { confirmCol: number; rows: Proposal[] } {
  let header = 0;
  const cols = new Map<string, number>();
  ws.eachRow((row, r) => {
    if (header) return;
    row.eachCell((cell, c) => void cols.set(String(cell.value ?? ''), c));
    if (cols.has('办公室确认') && cols.has('单位编码') && cols.has('点评结果')) header = r;
    else cols.clear();
  });
  if (!header) throw new Error('点评结果 has no header with 办公室确认');
  const rows: Proposal[] = [];
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const unitCode = String(ws.getCell(r, cols.get('单位编码')!).value ?? '');
    const outcome = String(ws.getCell(r, cols.get('点评结果')!).value ?? '');
    if (/^[A-Z]{2}\d{2}$/.test(unitCode) && outcome)
      rows.push({ row: r, unitCode, outcome, confirm: String(ws.getCell(r, cols.get('办公室确认')!).value ?? '') });
  }
  return { confirmCol: cols.get('办公室确认')!, rows };
}

/** The quarter a written workbook's hidden metadata names. */
function quarterOf(file: string): string | undefined {
  return readMeta(readGrids(new Uint8Array(bytesOf(file))))?.[META_KEYS.quarter];
}

describe('regression: what --out may overwrite', () => {
  let reviews: string;
  let q2Review: string;
  /** The proposal of Q2 whose 办公室确认 the office set to 同意. */
  let confirmed: Proposal;

  beforeAll(async () => {
    reviews = join(dir, 'reviews');
    mkdirSync(reviews);
    q2Review = join(reviews, '2021Q2 季度点评.xlsx');
    const r = await cli('review', q2, '--quarter', '2021Q2', '--out', q2Review);
    expect(r.code).toBe(0);
    // The office confirms the first proposal of the quarter, in its spreadsheet program.
    writeFileSync(
      q2Review,
      await editXlsx(bytesOf(q2Review), (wb) => {
        const ws = sheetOf(wb, '点评结果');
        const { confirmCol, rows } = proposalsOf(ws);
        // A proposal (拟提议) waits for the office: 取消年度综合考评评先资格 of a unit that sent nothing.
        const pending = rows.find((p) => p.confirm === '待确认');
        expect(pending).toBeDefined();
        confirmed = { ...pending!, confirm: '同意' };
        ws.getCell(confirmed.row, confirmCol).value = '同意';
      }),
    );
  }, 120_000);

  test("regression: a same-quarter re-run keeps the 办公室确认 the office typed (the carry the next test must not do across quarters)", async () => {
    const again = join(reviews, '2021Q2 重算.xlsx');
    writeFileSync(again, bytesOf(q2Review));
    const r = await cli('review', q2, '--quarter', '2021Q2', '--out', again);
    expect(r.code).toBe(0);
    // The office's edit was in 点评结果 only: nothing the tool cannot carry, so no backup.
    expect(r.err).not.toContain('cli-backup-kept');
    expect(readdirSync(reviews).filter((f) => f.includes('备份'))).toEqual([]);
    const { rows } = proposalsOf(sheetOf(await loadXlsx(bytesOf(again)), '点评结果'));
    expect(rows.find((p) => p.unitCode === confirmed.unitCode && p.outcome === confirmed.outcome)?.confirm).toBe('同意');
  }, 120_000);

  test("regression: --out naming last quarter's review is refused (it used to overwrite Q2 and copy Q2's 办公室确认 into Q3)", async () => {
    const before = bytesOf(q2Review);
    const r = await cli('review', q3, '--quarter', '2021Q3', '--out', q2Review);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `用法错误：--out ${q2Review} 是 2021Q2 的点评工作簿，不能写入 2021Q3 的点评（会覆盖 2021Q2，并把其中的办公室确认带入 2021Q3）；确需覆盖请加 --force [cli-out-other-quarter]`,
    );
    expect(bytesOf(q2Review).equals(before)).toBe(true);
  }, 120_000);

  test("regression: with --force the Q3 review replaces Q2's file but carries none of Q2's typed columns (no 办公室确认 nobody gave)", async () => {
    const forced = join(reviews, '被覆盖的 2021Q2.xlsx');
    writeFileSync(forced, bytesOf(q2Review));
    const r = await cli('review', q3, '--quarter', '2021Q3', '--out', forced, '--force');
    expect(r.code).toBe(0);
    expect(quarterOf(forced)).toBe('2021Q3');
    const { rows } = proposalsOf(sheetOf(await loadXlsx(bytesOf(forced)), '点评结果'));
    // The same unit has the same proposal in Q3, so carrying by unit would have set it.
    const same = rows.find((p) => p.unitCode === confirmed.unitCode && p.outcome === confirmed.outcome);
    expect(same).toBeDefined();
    expect(same!.confirm).not.toBe('同意');
    expect(rows.filter((p) => p.confirm === '同意')).toEqual([]);
  }, 120_000);

  test('regression: --out naming one of the input files is refused and the ledger is left as it was', async () => {
    const ledger = join(q2, `华龙区 ${Q2[0]} 工作台账.xlsx`);
    const before = bytesOf(ledger);
    const r = await cli('review', q2, '--quarter', '2021Q2', '--out', ledger);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `用法错误：--out ${ledger} 是输入文件之一，写入会覆盖它；请换一个输出文件名（确需覆盖请加 --force） [cli-out-is-input]`,
    );
    expect(bytesOf(ledger).equals(before)).toBe(true);
    // The previous quarter's review named both as an input and as --out is an input too.
    const copy = join(reviews, '输入也是输出.xlsx');
    writeFileSync(copy, bytesOf(q2Review));
    const again = await cli('review', q2, copy, '--quarter', '2021Q2', '--out', copy);
    expect(again.code).toBe(2);
    expect(again.err).toContain('[cli-out-is-input]');
  }, 120_000);

  test('regression: a foreign .xlsx as --out is refused (it used to be overwritten)', async () => {
    const foreign = join(dir, '财务报表.xlsx');
    writeFileSync(foreign, await renderWorkbook({ sheets: [{ name: '报表', rows: [[{ value: '收入' }, { value: 100 }]] }] }));
    const before = bytesOf(foreign);
    const r = await cli('consolidate', q2, '--quarter', '2021Q2', '--out', foreign);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`用法错误：--out ${foreign} 已存在，但不是点评工作簿（不是本工具生成的工作簿），不能写入；确需覆盖请加 --force [cli-out-not-review]`);
    expect(bytesOf(foreign).equals(before)).toBe(true);
    // Another unit's ledger (not among the inputs) is named as what it is.
    const ledger = join(dir, '濮阳县 2021年4月.xlsx');
    writeFileSync(ledger, await filledLedgerBytes({ unit: '濮阳县' }));
    const ledgerBefore = bytesOf(ledger);
    const l = await cli('review', q2, '--quarter', '2021Q2', '--out', ledger);
    expect(l.code).toBe(2);
    expect(l.err).toContain(`用法错误：--out ${ledger} 已存在，但不是点评工作簿（这是单位台账），不能写入；确需覆盖请加 --force [cli-out-not-review]`);
    expect(bytesOf(ledger).equals(ledgerBefore)).toBe(true);
  }, 120_000);

  test.each([
    ['an edited 点评通报 draft', '点评通报'],
    ['an extra sheet', '办公室笔记'],
  ])('regression: replacing a review holding %s keeps a timestamped backup and says so (cli-backup-kept)', async (_what, sheet) => {
    const target = join(reviews, `备份测试-${sheet}.xlsx`);
    const edited = await editXlsx(bytesOf(q2Review), (wb) => {
      if (sheet === '点评通报') sheetOf(wb, '点评通报').getCell('A2').value = '办公室改写的开头一段。';
      else wb.addWorksheet(sheet).getCell('A1').value = '会上要点名的单位';
    });
    writeFileSync(target, edited);
    const r = await cli('review', q2, '--quarter', '2021Q2', '--out', target);
    expect(r.code).toBe(0);
    const backups = readdirSync(reviews).filter((f) => f.startsWith(`备份测试-${sheet}.备份-`));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(new RegExp(`^备份测试-${sheet}\\.备份-\\d{8}-\\d{6}\\.xlsx$`));
    expect(bytesOf(join(reviews, backups[0])).equals(Buffer.from(edited))).toBe(true);
    expect(r.err).toContain(`原点评工作簿中有无法带入新文件的修改（${sheet}），已另存为 ${join(reviews, backups[0])}`);
    // The new file is this quarter's review again.
    expect(quarterOf(target)).toBe('2021Q2');
  }, 120_000);

  test('regression: a failed write leaves the old review intact and no temporary file behind', async () => {
    const target = join(reviews, '写入失败.xlsx');
    writeFileSync(target, bytesOf(q2Review));
    const before = bytesOf(target);
    // The file open in Excel/WPS on Windows: replacing it fails (EPERM/EBUSY).
    const real = jest.requireActual<typeof import('node:fs')>('node:fs').promises;
    const original = real.rename.bind(real);
    let refused = 0;
    const rename = jest.spyOn(real, 'rename').mockImplementation(async (from, to) => {
      if (String(to) === target && ++refused) throw Object.assign(new Error(`EPERM: operation not permitted, rename → ${basename(String(to))}`), { code: 'EPERM' });
      return original(from, to);
    });
    let r: Captured;
    try {
      r = await cli('review', q2, '--quarter', '2021Q2', '--out', target);
    } finally {
      rename.mockRestore();
    }
    expect(r.code).toBe(2);
    expect(r.err).toContain(`写入 ${target} 失败：`);
    expect(r.err).toContain('原文件未改动 [cli-write-failed]');
    expect(refused).toBe(1);
    expect(bytesOf(target).equals(before)).toBe(true);
    expect(readdirSync(reviews).filter((f) => f.includes('.tmp'))).toEqual([]);
  }, 120_000);

  test('regression: --out inside a path whose parent is a file is a failed write (not "exists but is not a review") and writes nothing', async () => {
    const ledger = join(q2, `华龙区 ${Q2[1]} 工作台账.xlsx`);
    const before = bytesOf(ledger);
    const target = join(ledger, '点评.xlsx');
    const r = await cli('review', q3, '--quarter', '2021Q3', '--out', target);
    expect(r.code).toBe(2);
    // Said as the failed write it is (it used to claim the file "已存在，但不是点评工作簿").
    expect(r.err).toContain(`写入 ${target} 失败：`);
    expect(r.err).toContain('[cli-write-failed]');
    expect(r.err).not.toContain('已存在');
    expect(bytesOf(ledger).equals(before)).toBe(true);
    expect(readdirSync(q2).filter((f) => f.includes('.tmp'))).toEqual([]);
  }, 120_000);
});

describe('regression: missing history is loud', () => {
  test('without the previous review, the console, the --json output and the 点评通报 draft say so (cli-history-missing)', async () => {
    const folder = join(dir, 'history-missing');
    mkdirSync(folder);
    const out = join(folder, '2021Q3.xlsx');
    const text = await cli('review', q3, '--quarter', '2021Q3', '--out', out);
    expect(text.code).toBe(0);
    expect(text.err).toContain('未找到 2021Q2 的点评工作簿：无法判定“连续两次作检查性发言”（通报批评、约谈）；请用 --previous 给出');

    const json = JSON.parse((await cli('review', q3, '--quarter', '2021Q3', '--out', join(folder, 'json.xlsx'), '--json')).out);
    expect(json.historyMissing).toBe('2021Q2');
    expect(json.notices.map((n: { code: string }) => n.code)).toEqual(['cli-history-missing']);

    const draft = textsOf(sheetOf(await loadXlsx(bytesOf(out)), '点评通报'));
    expect(draft.some((t) => t.startsWith('说明：未找到2021年第二季度的点评工作簿，本次未能判定“连续两次作检查性发言”'))).toBe(true);
  }, 120_000);

  test('with the previous review among the inputs, or beside --out, it is found and used (cli-history-found)', async () => {
    const folder = join(dir, 'history-found');
    mkdirSync(folder);
    const q2Review = join(folder, '二季度点评.xlsx');
    expect((await cli('review', q2, '--quarter', '2021Q2', '--out', q2Review)).code).toBe(0);

    // Beside --out.
    const beside = JSON.parse((await cli('review', q3, '--quarter', '2021Q3', '--out', join(folder, '三季度点评.xlsx'), '--json')).out);
    expect(beside.historyMissing).toBeNull();
    expect(beside.notices).toEqual([{ code: 'cli-history-found', message: `使用 2021Q2 的点评工作簿 ${q2Review} 判定连续检查性发言` }]);
    const draft = textsOf(sheetOf(await loadXlsx(bytesOf(join(folder, '三季度点评.xlsx'))), '点评通报'));
    expect(draft.filter((t) => t.includes('未找到'))).toEqual([]);

    // Among the inputs, written somewhere else.
    const elsewhere = join(dir, 'history-elsewhere');
    mkdirSync(elsewhere);
    const amongRun = await cli('review', q3, q2Review, '--quarter', '2021Q3', '--out', join(elsewhere, '三季度.xlsx'), '--json');
    const among = JSON.parse(amongRun.out);
    // Used for what it is: not a rejected "ledger" with an error (which made the run exit 1).
    expect(amongRun.code).toBe(0);
    expect(among.files.find((f: { file: string }) => f.file === '二季度点评.xlsx')).toMatchObject({
      status: 'ignored',
      errors: 0,
      reason: { code: 'account-previous-review', message: '2021Q2 的点评工作簿，用于判定“连续两次作检查性发言”，不作为台账' },
    });
    expect(among.historyMissing).toBeNull();
    expect(among.notices.map((n: { code: string }) => n.code)).toEqual(['cli-history-found']);
  }, 180_000);
});

test('regression: consolidate re-run into its own --out replaces it (it was refused as "not written by this tool": no 元数据 sheet)', async () => {
  const out = join(dir, '汇总-重跑.xlsx');
  expect((await cli('consolidate', q2, '--quarter', '2021Q2', '--out', out)).code).toBe(0);
  const again = await cli('consolidate', q2, '--quarter', '2021Q2', '--out', out);
  expect([again.code, again.err.includes('[cli-out-not-review]')]).toEqual([0, false]);
  expect(quarterOf(out)).toBe('2021Q2');
  // A consolidation of last quarter beside --out is not last quarter's review: still missing.
  const q3Out = join(dir, '三季度-旁边有汇总.xlsx');
  const q2Only = join(dir, 'beside-consolidation');
  mkdirSync(q2Only);
  writeFileSync(join(q2Only, '二季度汇总.xlsx'), bytesOf(out));
  const json = JSON.parse((await cli('review', q3, '--quarter', '2021Q3', '--out', join(q2Only, basename(q3Out)), '--json')).out);
  expect(json.historyMissing).toBe('2021Q2');
  expect(json.notices.map((n: { code: string }) => n.code)).toEqual(['cli-history-missing']);
}, 120_000);

describe('regression: status mid-quarter', () => {
  test('consolidate as of 2021-06-03 on May files alone: months not yet due are 未到期, not 未报送, and no scores or outcomes', async () => {
    const folder = join(dir, 'mid-quarter');
    mkdirSync(folder);
    writeFileSync(join(folder, '华龙区 2021年5月.xlsx'), await filledLedgerBytes({ month: '2021-05', filledDate: '2021-06-02' }));
    const out = join(dir, '汇总-六月.xlsx');
    const r = await cli('consolidate', folder, '--quarter', '2021Q2', '--as-of', '2021-06-03', '--out', out, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ quarter: '2021Q2', asOf: '2021-06-03', complete: false, units: [] });
    const states = (month: string) => new Set(json.ledgers.map((u: { months: Array<{ month: string; state: string }> }) => u.months.find((m) => m.month === month)?.state));
    // April was due on 5 May: missing is missing. May is due on 5 June: only 华龙区 has sent it.
    expect(states('2021-04')).toEqual(new Set(['missing']));
    expect(json.ledgers.find((u: { unitCode: string }) => u.unitCode === 'XQ01').months.map((m: { state: string }) => m.state)).toEqual(['missing', 'on-time', 'not-due']);
    expect(states('2021-05')).toEqual(new Set(['on-time', 'not-due']));
    expect(states('2021-06')).toEqual(new Set(['not-due']));

    const text = await cli('consolidate', folder, '--quarter', '2021Q2', '--as-of', '2021-06-03', '--out', out);
    expect(text.code).toBe(0);
    expect(text.out).not.toMatch(/检查性发言|取消/);
    expect(text.out).toContain('未到期');
    const scored = JSON.parse((await cli('consolidate', folder, '--quarter', '2021Q2', '--as-of', '2021-06-03', '--out', out, '--json', '--scores')).out);
    expect(scored.units.length).toBeGreaterThan(0);
  }, 120_000);

  test('review of a quarter not over is refused (cli-quarter-incomplete) and writes nothing', async () => {
    // 20 June: April and May are in, June is not due until 5 July.
    const folder = join(dir, 'april-may');
    mkdirSync(folder);
    for (const month of Q2.slice(0, 2)) writeFileSync(join(folder, `华龙区 ${month}.xlsx`), await filledLedgerBytes({ month }));
    const out = join(dir, '未结束.xlsx');
    const r = await cli('review', folder, '--quarter', '2021Q2', '--as-of', '2021-06-20', '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('截至 2021-06-20，2021Q2 还有台账未到报送截止日，不计算得分和点评结果；确需按已到期的月份计算请加 --scores [cli-quarter-incomplete]');
    expect(existsSync(out)).toBe(false);
    // The refusal names --scores: review takes it (it used to be refused as an unknown option).
    const scored = await cli('review', folder, '--quarter', '2021Q2', '--as-of', '2021-06-20', '--out', out, '--scores');
    expect(scored.code).toBe(0);
    expect(quarterOf(out)).toBe('2021Q2');
  }, 120_000);
});

describe('regression: resubmissions', () => {
  test('a typed 收到日期 belongs to one file: the corrected resubmission with the later date wins, and the message names the 收到日期 compared', async () => {
    const folder = join(dir, 'resubmission');
    mkdirSync(folder);
    // Same 填报日期; the correction sorts first, so on a tie the original (given later) would win.
    const corrected = 'a 华龙区 4月 更正.xlsx';
    const original = 'b 华龙区 4月.xlsx';
    writeFileSync(join(folder, corrected), await filledLedgerBytes({ rows: { [HUALONG_CODES[0]]: { remarks: '已更正' } } }));
    writeFileSync(join(folder, original), await filledLedgerBytes({}));
    for (const month of Q2.slice(1)) writeFileSync(join(folder, `华龙区 ${month}.xlsx`), await filledLedgerBytes({ month }));
    const out = join(dir, '重报.xlsx');
    expect((await cli('review', folder, '--quarter', '2021Q2', '--out', out)).code).toBe(0);

    // The office types when each file arrived in 文件清单: the correction came a week later.
    const received: Record<string, Date> = { [original]: new Date(Date.UTC(2021, 4, 3)), [corrected]: new Date(Date.UTC(2021, 4, 10)) };
    writeFileSync(
      out,
      await editXlsx(bytesOf(out), (wb) => {
        const ws = sheetOf(wb, '文件清单');
        let nameCol = 0;
        let dateCol = 0;
        ws.eachRow((row) =>
          row.eachCell((cell, c) => {
            if (cell.value === '文件名') nameCol = c;
            if (cell.value === '收到日期') dateCol = c;
          }),
        );
        expect([nameCol > 0, dateCol > 0]).toEqual([true, true]);
        ws.eachRow((row) => {
          const name = String(row.getCell(nameCol).value ?? '');
          if (received[name]) row.getCell(dateCol).value = received[name];
        });
      }),
    );
    const r = await cli('review', folder, '--quarter', '2021Q2', '--out', out, '--json');
    expect(r.code).toBe(0);
    const files = JSON.parse(r.out).files as Array<{ file: string; status: string; reason: { code: string; message: string } }>;
    const byName = new Map(files.map((f) => [f.file, f]));
    expect(byName.get(corrected)?.status).not.toBe('superseded');
    expect(byName.get(original)).toMatchObject({ status: 'superseded', reason: { code: 'account-superseded' } });
    const message = byName.get(original)!.reason.message;
    expect(message).toContain(`“${corrected}”`);
    expect(message).toContain('收到日期 2021-05-03');
    expect(message).toContain('收到日期 2021-05-10');
    // The typed date is not passed off as the 填报日期 (both files were filled in on 2021-05-03).
    expect(message).not.toContain('填报日期 2021-05-10');
  }, 180_000);
});

describe('regression: identity', () => {
  test('validate --as-of: a 填报日期 after the day of the check is an error (filled-date-future), not 逾期 28,729 天', async () => {
    const file = join(dir, '华龙区 未来日期.xlsx');
    writeFileSync(file, await filledLedgerBytes({ filledDate: '2099-05-03' }));
    const r = await cli('validate', file, '--as-of', '2021-05-06', '--json');
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.out);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'filled-date-future', severity: 'error', address: 'B3', message: '填报日期 2099-05-03 晚于 2021-05-06，不可能已经填报；请改为实际填报日期' }),
    ]);
    // Before the report month ended is an error too.
    writeFileSync(file, await filledLedgerBytes({ filledDate: '2021-04-20' }));
    const early = JSON.parse((await cli('validate', file, '--as-of', '2021-05-06', '--json')).out)[0];
    expect(early.findings.map((f: { code: string }) => f.code)).toEqual(['filled-date-early']);
    // Dated on the day of the check is fine.
    writeFileSync(file, await filledLedgerBytes({ filledDate: '2021-05-06' }));
    expect((await cli('validate', file, '--as-of', '2021-05-06')).code).toBe(0);
  });

  test('a file name naming another unit is a warning (unit-file-name-mismatch)', async () => {
    const file = join(dir, '清丰县 2021年4月 工作台账.xlsx');
    writeFileSync(file, await filledLedgerBytes({}));
    const r = await cli('validate', file, '--json');
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.out);
    expect(result).toMatchObject({ unit: '华龙区', status: 'accepted-with-warnings', warnings: 1 });
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'unit-file-name-mismatch', severity: 'warning', message: '文件名写的是“清丰县”，台账却是“华龙区”的；请核对是否报错了文件' }),
    ]);
  });

  test("a borrowed file (header changed to another unit, sent later) never replaces that unit's genuine ledger", async () => {
    const folder = join(dir, 'borrowed');
    mkdirSync(folder);
    const genuine = '清丰县 2021年4月.xlsx';
    const borrowed = '清丰县 2021年4月 最新.xlsx';
    writeFileSync(join(folder, genuine), await filledLedgerBytes({ unit: '清丰县' }));
    // 华龙区's issued template, its 单位名称 typed over with 清丰县, dated later than the genuine one.
    writeFileSync(
      join(folder, borrowed),
      await editXlsx(await filledLedgerBytes({ filledDate: '2021-05-04' }), (wb) => {
        sheetOf(wb, '工作台账').getCell('B2').value = '清丰县';
      }),
    );
    const r = await cli('consolidate', folder, '--quarter', '2021Q2', '--out', join(dir, '借用.xlsx'), '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    const byName = new Map((json.files as Array<{ file: string; status: string; unitCode: string | null; findings?: unknown }>).map((f) => [f.file, f]));
    expect(byName.get(genuine)).toMatchObject({ status: 'accepted', unitCode: unitOf('清丰县').code });
    expect(byName.get(borrowed)?.status).toBe('rejected');
    expect(byName.get(borrowed)?.unitCode ?? null).not.toBe(unitOf('清丰县').code);
    const qingfeng = json.ledgers.find((u: { unitCode: string }) => u.unitCode === unitOf('清丰县').code);
    expect(qingfeng.months[0]).toMatchObject({ month: '2021-04', state: 'on-time' });
    // And 华龙区 is not credited with a ledger it never sent.
    const hualong = json.ledgers.find((u: { unitCode: string }) => u.unitCode === 'XQ01');
    expect(hualong.months[0].state).toBe('missing');
    const v = await cli('validate', join(folder, borrowed), '--json');
    expect(JSON.parse(v.out)[0].findings.map((f: { code: string }) => f.code)).toContain('metadata-mismatch');
  }, 120_000);
});

describe('regression: a workbook of the product handed in as a ledger says what it is', () => {
  test('a review workbook: 这是季度点评工作簿，不是单位台账 (workbook-is-review)', async () => {
    const review = join(dir, 'reviews', '2021Q2 季度点评.xlsx');
    const r = await cli('validate', review, '--json');
    const [result] = JSON.parse(r.out);
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'workbook-is-review', message: '这是季度点评工作簿（2021Q2），不是单位台账：“2021Q2 季度点评.xlsx”' }),
    ]);
  }, 60_000);

  test('the template workbook: 这是指标模板工作簿，不是单位台账 (workbook-is-template)', async () => {
    const template = join(dir, '指标模板.xlsx');
    expect((await cli('template', '--out', template)).code).toBe(0);
    const [result] = JSON.parse((await cli('validate', template, '--json')).out);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'workbook-is-template', message: expect.stringContaining('这是指标模板工作簿，不是单位台账') })]);
  }, 60_000);
});

describe('regression: words that match the facts', () => {
  test('an inspection workbook with an error is 已接收（有错误）, never 已接收（有警告）', async () => {
    const workbook = join(dir, 'B2 检查评分.xlsx');
    expect((await cli('template', '--inspection', '--period', '2021-B2', '--out', workbook)).code).toBe(0);
    writeFileSync(
      workbook,
      await editXlsx(bytesOf(workbook), (wb) => {
        const ws = sheetOf(wb, '检查评分');
        ws.getCell('G5').value = 1;
        ws.getCell('G6').value = '很好';
      }),
    );
    const r = await cli('validate', workbook);
    expect(r.code).toBe(1);
    const [line] = r.out.split('\n');
    expect(line).toContain('已接收（有错误）');
    expect(line).toContain('1 个错误');
    expect(line).not.toContain('有警告');
  }, 60_000);

  test('a header-only error is counted as what it is: 表头有 1 个错误（各行均有效）, not "0 行有错误…共 1 个错误"', async () => {
    const file = join(dir, '华龙区 电话错误.xlsx');
    writeFileSync(file, await filledLedgerBytes({ phone: '12' }));
    const [result] = JSON.parse((await cli('validate', file, '--json')).out);
    expect(result).toMatchObject({ errors: 1, warnings: 0, reason: { code: 'account-header-invalid', message: '表头有 1 个错误（各行均有效）' } });
    expect(result.findings).toHaveLength(1);
  });

  test('3 warnings are shown as 3 (the summary counts equal the findings)', async () => {
    const file = join(dir, '清丰县 三个警告.xlsx');
    // The file name names another unit, and two rows fall short of their targets.
    const targets = applicableIndicators(DEFAULT_TEMPLATE, unitOf('华龙区')).filter((i) => i.target && i.target.value > 0);
    expect(targets.length).toBeGreaterThanOrEqual(2);
    writeFileSync(
      file,
      await filledLedgerBytes({ rows: Object.fromEntries(targets.slice(0, 2).map((i) => [i.code, { actual: 0 }])) }),
    );
    const [result] = JSON.parse((await cli('validate', file, '--json')).out);
    const warnings = result.findings.filter((f: { severity: string }) => f.severity === 'warning');
    expect(warnings).toHaveLength(3);
    expect(result).toMatchObject({ status: 'accepted-with-warnings', errors: 0, warnings: 3, reason: { code: 'account-warnings', message: '3 个警告' } });
    const text = await cli('validate', file);
    expect(text.out.split('\n')[0]).toContain('0 个错误，3 个警告');
    expect(text.out.split('\n').filter((l) => l.startsWith('  警告 '))).toHaveLength(3);
  });

  test('a PDF renamed .xlsx is called a PDF (file-is-pdf), not a CSV/text file', async () => {
    const file = join(dir, '南乐县 4月台账.xlsx');
    writeFileSync(file, Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]));
    const r = await cli('validate', file, '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)[0].findings).toEqual([
      expect.objectContaining({ code: 'file-is-pdf', message: '文件“南乐县 4月台账.xlsx”是 PDF 文件，不是 Excel 工作簿；请报送填写好的 .xlsx 台账（PDF 可作为佐证材料另行提供）' }),
    ]);
  });

  test('a 工作台账 sheet without the ledger table is ledger-table-missing, not "缺少工作表"', async () => {
    const file = join(dir, '华龙区 表格被清空.xlsx');
    const plan = filledLedgerPlan();
    const ledgerSheet = plan.sheets.find((s) => s.name === '工作台账')!;
    ledgerSheet.rows = [[{ value: '本月无工作' }]];
    writeFileSync(file, await renderWorkbook(plan));
    const [result] = JSON.parse((await cli('validate', file, '--json')).out);
    const codes = result.findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('ledger-table-missing');
    expect(codes).not.toContain('sheet-missing');
    expect(result.findings.find((f: { code: string }) => f.code === 'ledger-table-missing').message).toBe(
      '工作表“工作台账”中找不到台账表格（指标编号、完成状态、自评分等列的表头）',
    );
  });
});

test('regression: no run above, refused or failed, leaves a temporary file (*.tmp) behind', async () => {
  const left: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await fsp.readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(d, e.name));
      else if (e.name.endsWith('.tmp')) left.push(join(d, e.name));
    }
  };
  await walk(dir);
  expect(left).toEqual([]);
});
