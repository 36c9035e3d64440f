/**
 * `ledger-review status` end to end on generated ledger folders: each unit's months as of a day
 * (按时 / 逾期 N 天 / 未报送 / 未到期), 填报人 and 电话 from the latest ledger, the 催报 text with the
 * office's contact (a setting of the template workbook), --json, the 状态 workbook read back by
 * ExcelJS and openpyxl (independent readers), and the exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ROSTER } from '@ledger-review/scoring';
import { cli } from '../helpers/cli';
import { editXlsx, loadXlsx, rowWith, sheetOf, tempDir } from '../fixtures/excel';
import { filledLedgerBytes } from '../fixtures/ledgers';
import { recalculateWithLibreOffice } from '../helpers/libreoffice';
import { DEBIAN_PYTHON, testWithTools } from '../helpers/tools';


const OFFICE = '请尽快报送濮阳市法治政府建设领导小组办公室（联系人：薛世方，电话：6666679，邮箱：zfdxtk@163.com）。';
const UNITS = DEFAULT_ROSTER.length;

let dir: string;
let cleanup: () => void;
let ledgers: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('lr-status-'));
  ledgers = join(dir, '台账');
  mkdirSync(ledgers);
  const put = async (name: string, options: Parameters<typeof filledLedgerBytes>[0]) => writeFileSync(join(ledgers, name), await filledLedgerBytes(options));
  await put('华龙区1月.xlsx', { unit: '华龙区', month: '2021-01', filledDate: '2021-02-03', filler: '张三', phone: '13800000001' });
  await put('华龙区2月.xlsx', { unit: '华龙区', month: '2021-02', filledDate: '2021-03-09', filler: '张明', phone: '0393-6666679' });
  await put('华龙区3月.xlsx', { unit: '华龙区', month: '2021-03', filledDate: '2021-04-05', filler: '张三', phone: '13800000001' });
  await put('清丰县1月.xlsx', { unit: '清丰县', month: '2021-01', filledDate: '2021-02-05', filler: '赵六', phone: '13900000002' });
  for (const m of ['01', '02', '03', '04']) await put(`市司法局${m}.xlsx`, { unit: '市司法局', month: `2021-${m}`, filledDate: `2021-${String(Number(m) + 1).padStart(2, '0')}-01`, filler: '钱七', phone: '0393-2222222' });
}, 60_000);
afterAll(() => cleanup());

describe('status as of a day', () => {
  test('text: the totals, one line per unit, then the 催报 text with the office’s contact (exit 0, files accepted with header warnings)', async () => {
    const r = await cli('status', ledgers, '--as-of', '2021-05-06');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    // 8 ledgers received of (UNITS × 4) unit-months; one of them late.
    expect(lines[0]).toBe(`截至 2021-05-06：按时 7，逾期 1，未报送 ${UNITS * 4 - 8}，未到期 0（单位×月份）`);
    expect(lines).toContain('  县区 华龙区：2021年1月 按时，2021年2月 逾期 4 天，2021年3月 按时，2021年4月 未报送');
    expect(lines).toContain('  市直 市司法局：2021年1月 按时，2021年2月 按时，2021年3月 按时，2021年4月 按时');
    expect(lines).toContain(`【台账催报】截至2021年5月6日，以下 ${UNITS - 1} 个单位尚有工作台账未报送（每月 5 日前报送上月台账）：`);
    // The contact from the latest ledger (March's, not February's).
    expect(lines).toContain(`1. 华龙区（填报人 张三，电话 13800000001）：2021年4月（截止2021年5月5日，已逾期 1 天）工作台账未报送。${OFFICE}`);
    expect(r.out).toContain('清丰县（填报人 赵六，电话 13900000002）：2021年2月（截止2021年3月5日，已逾期 62 天）、2021年3月');
    expect(r.out).not.toMatch(/\d+\. 市司法局/);
  });

  test('on the due day April is 未到期, never 未报送, and nobody is chased for it', async () => {
    const r = await cli('status', ledgers, '--as-of', '2021-05-05', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const hualong = json.units.find((u: { unit: string }) => u.unit === '华龙区');
    expect(hualong.months.map((m: { label: string }) => m.label)).toEqual(['按时', '逾期 4 天', '按时', '未到期']);
    expect(hualong.overdue).toEqual([]);
    expect(json.totals.notDue).toBe(UNITS - 1);
  });

  test('--json: the documented shape, in English with --lang en', async () => {
    const r = await cli('status', ledgers, '--as-of', '2021-05-06', '--json', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ asOf: '2021-05-06', from: '2021-01', months: ['2021-01', '2021-02', '2021-03', '2021-04'], output: null });
    expect(json.office).toEqual({ office: '濮阳市法治政府建设领导小组办公室', name: '薛世方', phone: '6666679', email: 'zfdxtk@163.com' });
    expect(json.units).toHaveLength(UNITS);
    const hualong = json.units.find((u: { unitCode: string }) => u.unitCode === 'XQ01');
    expect(hualong.contact).toEqual({ name: '张三', phone: '13800000001', source: 'ledger', month: '2021-03' });
    expect(hualong.months[1]).toMatchObject({ month: '2021-02', state: 'late', daysLate: 4, dueDate: '2021-03-05', submittedOn: '2021-03-09' });
    expect(hualong.months[1].file).toMatch(/华龙区2月\.xlsx$/);
    expect(hualong.overdue).toEqual([{ month: '2021-04', dueDate: '2021-05-05', daysOverdue: 1 }]);
    expect(json.chase).toHaveLength(UNITS - 1);
    expect(json.chase).not.toContain('SZ01');
    expect(json.chaseText.split('\n')[1]).toBe(
      '1. 华龙区 (contact 张三, phone 13800000001): ledger of 2021-04 (due 2021-05-05, 1 day overdue) not received. Please send it to 濮阳市法治政府建设领导小组办公室 as soon as possible (contact 薛世方, phone 6666679, email zfdxtk@163.com).',
    );
    expect(json.files).toHaveLength(8);
  });

  test('--out writes 状态 and 催报 (read by ExcelJS): month cells, COUNTIF counts with cached results, each 催报 line', async () => {
    const out = join(dir, '状态.xlsx');
    const r = await cli('status', ledgers, '--as-of', '2021-05-06', '--out', out, '--quiet');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([`截至 2021-05-06：按时 7，逾期 1，未报送 ${UNITS * 4 - 8}，未到期 0（单位×月份）`, `已写入：${out}`]);
    const wb = await loadXlsx(new Uint8Array(readFileSync(out)));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['状态', 'visible'],
      ['催报', 'visible'],
      ['元数据', 'veryHidden'],
    ]);
    const ws = sheetOf(wb, '状态');
    expect(ws.getRow(3).values).toEqual([undefined, '序号', '分组', '单位编码', '单位名称', '填报人', '联系电话', '联系方式来源', '2021年1月', '2021年2月', '2021年3月', '2021年4月', '按时', '逾期', '未报送', '未到期']);
    const row = ws.getRow(rowWith(ws, 4, '华龙区'));
    expect([2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((c) => row.getCell(c).value)).toEqual(['县区', 'XQ01', '华龙区', '张三', '13800000001', '2021年3月台账', '按时', '逾期 4 天', '按时', '未报送']);
    expect(row.getCell(12).value).toEqual({ formula: `COUNTIF(H${row.number}:K${row.number},"按时")`, result: 2 });
    expect(row.getCell(13).value).toEqual({ formula: `COUNTIF(H${row.number}:K${row.number},"逾期*")`, result: 1 });
    expect(row.getCell(14).value).toEqual({ formula: `COUNTIF(H${row.number}:K${row.number},"未报送")`, result: 1 });
    // The state is visible: 未报送 red, 逾期 amber, 按时 green.
    expect((row.getCell(11).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFC7CE');
    expect((row.getCell(9).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFEB9C');

    const chase = sheetOf(wb, '催报');
    expect(chase.getRow(3).values).toEqual([undefined, '序号', '单位名称', '填报人', '联系电话', '未报送月份', '最长逾期天数', '催报内容']);
    const c = chase.getRow(rowWith(chase, 2, '清丰县'));
    expect([2, 3, 4, 5, 6].map((k) => c.getCell(k).value)).toEqual(['清丰县', '赵六', '13900000002', '2021年2月、2021年3月、2021年4月', 62]);
    expect(String(c.getCell(7).value)).toMatch(/^\d+\. 清丰县（填报人 赵六，电话 13900000002）：.*工作台账未报送。请尽快报送/);
    // The text to paste: the heading, then the same lines.
    const heading = rowWith(chase, 1, '催报文本（可整段复制）') + 1;
    expect(String(chase.getCell(`A${heading}`).value)).toMatch(/^【台账催报】截至2021年5月6日/);
    expect(chase.getCell(`A${heading + 1}`).value).toBe(chase.getCell(`G4`).value);
    expect(chase.rowCount).toBe(heading + UNITS - 1);
  });

  testWithTools(['openpyxl'], 'openpyxl reads the 状态 workbook the same way', async () => {
    const out = join(dir, '状态-openpyxl.xlsx');
    expect((await cli('status', ledgers, '--as-of', '2021-05-06', '--out', out, '--quiet')).code).toBe(0);
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["状态"]
rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4)]
hl = next(r for r in rows if r[3] == "华龙区")
ch = wb["催报"]
print(json.dumps({"sheets": [[w.title, w.sheet_state] for w in wb.worksheets], "hualong": hl, "units": len(rows),
  "chase": [r[1] for r in [[c.value for c in r] for r in ch.iter_rows(min_row=4, max_row=3 + ${UNITS - 1})]]}, ensure_ascii=False))
`;
    const p = spawnSync(DEBIAN_PYTHON, ['-c', script, out], { encoding: 'utf8' });
    expect(p.stderr).toBe('');
    const got = JSON.parse(p.stdout);
    expect(got.sheets).toEqual([
      ['状态', 'visible'],
      ['催报', 'visible'],
      ['元数据', 'veryHidden'],
    ]);
    expect(got.units).toBe(UNITS);
    expect(got.hualong.slice(1, 11)).toEqual(['县区', 'XQ01', '华龙区', '张三', '13800000001', '2021年3月台账', '按时', '逾期 4 天', '按时', '未报送']);
    expect(got.hualong[11]).toMatch(/^=COUNTIF\(H\d+:K\d+,"按时"\)$/);
    expect(got.chase).toHaveLength(UNITS - 1);
    expect(got.chase).not.toContain('市司法局');
    expect(got.chase[0]).toBe('华龙区');
  });

  testWithTools(
    ['soffice', 'openpyxl'],
    'after LibreOffice recalculates the 状态 workbook, every COUNTIF count equals the library’s',
    async () => {
      const out = join(dir, '状态-lo.xlsx');
      const r = await cli('status', ledgers, '--as-of', '2021-05-06', '--out', out, '--json');
      const json = JSON.parse(r.out) as { units: Array<{ unit: string; counts: Record<'onTime' | 'late' | 'missing' | 'notDue', number> }> };
      const { outputs } = await recalculateWithLibreOffice([out], { outDir: join(dir, 'lo') });
      // The values LibreOffice computed, as openpyxl reads them (data_only: the cached results).
      const script = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], data_only=True)["状态"]
print(json.dumps({r[3]: list(r[11:15]) for r in ws.iter_rows(min_row=4, values_only=True)}, ensure_ascii=False))
`;
      const p = spawnSync(DEBIAN_PYTHON, ['-c', script, outputs[0]], { encoding: 'utf8' });
      const computed = JSON.parse(p.stdout) as Record<string, number[]>;
      expect(Object.keys(computed)).toHaveLength(json.units.length);
      for (const u of json.units) expect([u.unit, ...computed[u.unit]]).toEqual([u.unit, u.counts.onTime, u.counts.late, u.counts.missing, u.counts.notDue]);
    },
    180_000,
  );

  test('the office’s contact is a setting: an edited 文书设置 in --template changes the 催报 text and the ledgers’ 填报说明', async () => {
    const template = join(dir, '模板.xlsx');
    expect((await cli('template', '--out', template)).code).toBe(0);
    const edited = await editXlsx(new Uint8Array(readFileSync(template)), (wb) => {
      const ws = sheetOf(wb, '文书设置');
      ws.getCell(`B${rowWith(ws, 1, '联系人')}`).value = '李四';
      ws.getCell(`B${rowWith(ws, 1, '联系电话')}`).value = '0393-8888888';
    });
    writeFileSync(template, edited);
    const r = await cli('status', ledgers, '--as-of', '2021-05-06', '--template', template);
    expect(r.code).toBe(0);
    expect(r.out).toContain('请尽快报送濮阳市法治政府建设领导小组办公室（联系人：李四，电话：0393-8888888，邮箱：zfdxtk@163.com）。');

    const issued = join(dir, '五月');
    expect((await cli('template', '--ledgers', '--month', '2021-05', '--unit', '华龙区', '--template', template, '--out', issued)).code).toBe(0);
    const guide = sheetOf(await loadXlsx(new Uint8Array(readFileSync(join(issued, '华龙区_2021年5月_工作台账.xlsx')))), '填报说明');
    expect(guide.getCell('A2').value).toBe('1. 本台账按月填报，每月 5 日前（含当日）将上月台账报送濮阳市法治政府建设领导小组办公室（联系人：李四，电话：0393-8888888，邮箱：zfdxtk@163.com）。');
  });

  test('a ledger with errors is still received: exit 1, status written; a second run skips its own 状态.xlsx among the inputs', async () => {
    const folder = join(dir, '有错');
    mkdirSync(folder);
    writeFileSync(join(folder, '清丰县4月.xlsx'), await filledLedgerBytes({ unit: '清丰县', month: '2021-04', filledDate: '2021-05-04', phone: '12' }));
    const out = join(folder, '状态.xlsx');
    const first = await cli('status', folder, '--as-of', '2021-05-06', '--out', out, '--json');
    expect(first.code).toBe(1);
    const json = JSON.parse(first.out);
    expect(json.units.find((u: { unitCode: string }) => u.unitCode === 'XQ03').months[3].label).toBe('按时');
    expect(json.files[0].errors).toBeGreaterThan(0);
    const again = await cli('status', folder, '--as-of', '2021-05-06', '--out', out);
    expect(again.code).toBe(1);
    expect(again.err).toContain(`已跳过以前生成的状态工作簿：${out}`);
  });

  test('the office’s own workbooks among the ledgers (the template) are skipped, not counted as a unit’s error', async () => {
    const folder = join(dir, '含模板');
    mkdirSync(folder);
    writeFileSync(join(folder, '华龙区4月.xlsx'), await filledLedgerBytes({ month: '2021-04', filledDate: '2021-05-04' }));
    expect((await cli('template', '--out', join(folder, '指标模板.xlsx'))).code).toBe(0);
    const r = await cli('status', folder, '--as-of', '2021-05-06');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^已跳过（不是台账）：.*指标模板\.xlsx：/m);
    expect(r.out).toContain('  县区 华龙区：2021年1月 未报送，2021年2月 未报送，2021年3月 未报送，2021年4月 按时');
  });

  test('usage errors exit 2: a bad date, an empty folder, --out naming a ledger', async () => {
    const bad = await cli('status', ledgers, '--as-of', '2021-13-01');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('[cli-bad-date]');
    const empty = join(dir, '空');
    mkdirSync(empty);
    const none = await cli('status', empty);
    expect(none.code).toBe(2);
    expect(none.err).toContain('[cli-no-files]');
    const ledger = join(ledgers, '华龙区1月.xlsx');
    const before = readFileSync(ledger);
    const refused = await cli('status', ledgers, '--out', ledger);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('[cli-out-not-status]');
    expect(readFileSync(ledger)).toEqual(before);
    expect((await cli('status', '--as-of', '2021-05-06')).code).toBe(2);
  });

  test('--help names every option', async () => {
    const help = await cli('status', '--help');
    expect(help.code).toBe(0);
    for (const o of ['--as-of', '--out', '--from', '--json', '--force', '--template']) expect(help.out).toContain(o);
  });
});
