/**
 * The office's status view in the task pane: the picked ledgers as of a day through the engine
 * (the same computation as `ledger-review status`), and what the panel shows — the counts, the
 * units to chase and the 催报 text in a text box (unit-typed text stays text), in both languages.
 */
import {
  buildTemplateWorkbookPlan,
  readGrids,
  readReceivedFile,
  renderWorkbook,
} from '@ledger-review/workbook';
import * as engine from '../../src/engine';
import { StatusPanel, StatusResult } from '../../src/taskpane/components/StatusPanel';
import { editXlsx, rowWith, sheetOf } from '../fixtures/excel';
import { filledLedgerBytes } from '../fixtures/ledgers';
import { html, text } from './render';

let files: ReturnType<typeof readReceivedFile>[];
beforeAll(async () => {
  const ledger = async (name: string, options: Parameters<typeof filledLedgerBytes>[0]) =>
    readReceivedFile(name, await filledLedgerBytes(options));
  files = [
    await ledger('华龙区1月.xlsx', {
      month: '2021-01',
      filledDate: '2021-02-03',
      filler: '<b>张三</b>',
      phone: '13800000001',
    }),
    await ledger('华龙区2月.xlsx', {
      month: '2021-02',
      filledDate: '2021-03-09',
      filler: '<b>张三</b>',
      phone: '13800000001',
    }),
    await ledger('市司法局4月.xlsx', { unit: '市司法局', month: '2021-04', filledDate: '2021-05-04' }),
  ];
});

test('the engine: each unit’s months as of the day and the 催报 text, as the CLI computes them', () => {
  const r = engine.statusOfPickedFiles(files, '2021-05-06', 'zh-CN');
  expect(r.status.months).toEqual(['2021-01', '2021-02', '2021-03', '2021-04']);
  const hualong = r.status.units.find((u) => u.unitName === '华龙区')!;
  expect(hualong.months.map((m) => m.label)).toEqual(['按时', '逾期 4 天', '未报送', '未报送']);
  expect(r.office.name).toBe('薛世方');
  expect(r.chaseText.split('\n')[1]).toBe(
    '1. 华龙区（填报人 <b>张三</b>，电话 13800000001）：2021年3月（截止2021年4月5日，已逾期 31 天）、2021年4月（截止2021年5月5日，已逾期 1 天）工作台账未报送。请尽快报送濮阳市法治政府建设领导小组办公室（联系人：薛世方，电话：6666679，邮箱：zfdxtk@163.com）。',
  );
  // On the due day April is 未到期, not 未报送.
  expect(
    engine
      .statusOfPickedFiles(files, '2021-05-05', 'zh-CN')
      .status.units.find((u) => u.unitName === '华龙区')!.months[3].label,
  ).toBe('未到期');
});

test('a template workbook among the picked files gives the office’s contact (文书设置)', async () => {
  const context = engine.defaultReviewContext();
  const bytes = await editXlsx(await renderWorkbook(buildTemplateWorkbookPlan(context)), (wb) => {
    const ws = sheetOf(wb, '文书设置');
    ws.getCell(`B${rowWith(ws, 1, '联系人')}`).value = '李四';
  });
  const r = engine.statusOfPickedFiles(
    [readReceivedFile('模板.xlsx', bytes), ...files],
    '2021-05-06',
    'zh-CN',
  );
  expect(r.office.name).toBe('李四');
  expect(r.chaseText).toContain('（联系人：李四，电话：6666679，邮箱：zfdxtk@163.com）');
  expect(r.status.warnings).toEqual([]);
  expect(readGrids(bytes).some((s) => s.name === '文书设置')).toBe(true);
});

test('the panel shows the counts, each unit to chase and the text to paste; unit-typed text is never markup', () => {
  const r = engine.statusOfPickedFiles(files, '2021-05-06', 'zh-CN');
  const markup = html(<StatusResult result={r} onCopy={() => undefined} copied="ok" />);
  const t = text(markup);
  const units = r.status.units.length;
  expect(t).toContain(`截至 2021年5月6日：按时 2，逾期 1，未报送 ${units * 4 - 3}，未到期 0（单位×月份）`);
  expect(t).toContain(`需催报 ${units} 个单位：`);
  expect(t).toContain('华龙区：2021年3月、2021年4月（最长逾期 31 天）');
  expect(t).toContain('复制催报文本');
  expect(t).toContain('已复制。');
  expect(markup).not.toContain('<b>张三</b>');
  expect(markup).toContain('&lt;b&gt;张三&lt;/b&gt;');
  expect(markup).toContain('data-testid="status-text"');
});

test('in English', () => {
  const r = engine.statusOfPickedFiles(files, '2021-05-06', 'en');
  const t = text(html(<StatusResult result={r} />, 'en'));
  expect(t).toContain('As of 6 May 2021: 2 on time, 1 late,');
  expect(t).toContain('华龙区: March 2021, April 2021 (up to 31 days overdue)');
  expect(t).toContain('Reminder text (copy and paste)');
});

test('the panel before a run: the day (today by default) and the button', () => {
  const t = text(html(<StatusPanel inputs={() => files} today={new Date(2021, 4, 6)} />));
  expect(t).toContain('报送状态与催报');
  expect(t).toContain('查看报送状态');
  expect(html(<StatusPanel inputs={() => files} today={new Date(2021, 4, 6)} />)).toContain(
    'value="2021-05-06"',
  );
});
