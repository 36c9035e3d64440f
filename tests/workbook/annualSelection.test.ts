/**
 * Which files the annual roll-up takes (`selectAnnualReviews`): one rule for the CLI's `annual`
 * and the task pane's 年度汇总.
 */
import {
  ANNUAL_KIND,
  ANNUAL_META_KEYS,
  META_KEYS,
  META_SHEET,
  REVIEW_KIND,
  LEDGER_KIND,
  readReceivedFile,
  selectAnnualReviews,
  type ReceivedFile,
} from '@ledger-review/workbook';

const workbook = (name: string, meta: Record<string, string>, path?: string): ReceivedFile => ({
  name,
  ...(path ? { path } : {}),
  sheets: [{ name: '点评结果', grid: [['x']] }, { name: META_SHEET, grid: Object.entries(meta).map(([k, v]) => [k, v]) }],
});
const review = (quarter: string, name = `${quarter}_季度点评.xlsx`) => workbook(name, { [META_KEYS.kind]: REVIEW_KIND, [META_KEYS.quarter]: quarter });
const annual = (year: string, name: string) => workbook(name, { [META_KEYS.kind]: ANNUAL_KIND, [ANNUAL_META_KEYS.year]: year });

test('the year’s reviews are taken in order; everything else is named with its reason', () => {
  const broken = readReceivedFile('坏文件.xlsx', new TextEncoder().encode('not a zip'));
  expect('failure' in broken).toBe(true);
  const sel = selectAnnualReviews(
    [
      review('2021Q2'),
      workbook('华龙区_2021年4月_工作台账.xlsx', { [META_KEYS.kind]: LEDGER_KIND }),
      review('2020Q4'),
      broken,
      review('2021Q1'),
      workbook('别人的表.xlsx', {}),
    ],
    2021,
  );
  expect(sel.inputs.map((i) => i.file)).toEqual(['2021Q2_季度点评.xlsx', '2021Q1_季度点评.xlsx']);
  expect(sel.skipped.map((s) => [s.file, s.reason, s.quarter, s.kind])).toEqual([
    ['华龙区_2021年4月_工作台账.xlsx', 'not-review', null, LEDGER_KIND],
    ['2020Q4_季度点评.xlsx', 'other-year', '2020Q4', REVIEW_KIND],
    ['坏文件.xlsx', 'unreadable', null, null],
    ['别人的表.xlsx', 'not-review', null, null],
  ]);
  expect(sel.skipped[2].failure).toBe('failure' in broken ? broken.failure : undefined);
  expect(sel.duplicate).toBeUndefined();
  expect(sel.earlier).toBeNull();
});

test('two reviews of one quarter stop the selection; the first 年度汇总 of the year is kept aside, a second one is named', () => {
  const sel = selectAnnualReviews([annual('2021', '年度汇总.xlsx'), annual('2021', '年度汇总 (2).xlsx'), annual('2020', '2020年度汇总.xlsx'), review('2021Q1'), review('2021Q1', '2021Q1_季度点评（副本）.xlsx'), review('2021Q2')], 2021);
  expect(sel.earlier?.file).toBe('年度汇总.xlsx');
  expect(sel.skipped.map((s) => s.file)).toEqual(['年度汇总 (2).xlsx', '2020年度汇总.xlsx']);
  expect(sel.duplicate).toEqual({ quarter: '2021Q1', files: ['2021Q1_季度点评.xlsx', '2021Q1_季度点评（副本）.xlsx'] });
  expect(sel.inputs.map((i) => i.file)).toEqual(['2021Q1_季度点评.xlsx']);
});
