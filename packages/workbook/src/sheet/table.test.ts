import type { GridSheet } from './grid';
import { findHeaderRow, normaliseLabel, rowIsBlank } from './table';

const sheet = (grid: GridSheet['grid']): GridSheet => ({ name: 's', grid });
const LABELS = ['指标编号', '完成状态', '完成进度(%)', '自评分'];

test('labels as people retype them: spaces, full-width brackets and percent, a trailing colon', () => {
  expect(normaliseLabel(' 完成进度（％） ')).toBe('完成进度(%)');
  expect(normaliseLabel('自 评 分：')).toBe('自评分');
  expect(normaliseLabel('单位名称*')).toBe('单位名称');
  expect(normaliseLabel(null)).toBe('');
  expect(normaliseLabel(12)).toBe('12');
});

describe('findHeaderRow', () => {
  test('finds the first row holding enough labels, maps columns by label and lists the rest', () => {
    const m = findHeaderRow(
      sheet([['标题'], [], ['指标编号', '备注', '完成状态', '完成进度（%）']]),
      LABELS,
      { minMatches: 3 },
    )!;
    expect(m.row).toBe(3);
    expect([...m.columns]).toEqual([
      ['指标编号', 1],
      ['完成状态', 3],
      ['完成进度(%)', 4],
    ]);
    expect(m.missing).toEqual(['自评分']);
    expect(m.extra).toEqual([{ label: '备注', col: 2 }]);
    expect(m.inOrder).toBe(true);
  });

  test('reports when the labels are out of template order', () => {
    expect(
      findHeaderRow(sheet([['完成状态', '指标编号', '自评分']]), LABELS, { minMatches: 2 })!.inOrder,
    ).toBe(false);
  });

  test('returns null below the threshold or beyond the scanned rows', () => {
    expect(findHeaderRow(sheet([['指标编号', '完成状态']]), LABELS, { minMatches: 3 })).toBeNull();
    const deep = sheet([...Array.from({ length: 30 }, () => []), LABELS]);
    expect(findHeaderRow(deep, LABELS)).toBeNull();
    expect(findHeaderRow(deep, LABELS, { maxScan: 31 })?.row).toBe(31);
  });

  test('a repeated label keeps its first column', () => {
    expect(
      findHeaderRow(sheet([['指标编号', '指标编号', '完成状态']]), LABELS, { minMatches: 2 })!.columns.get(
        '指标编号',
      ),
    ).toBe(1);
  });
});

test('rowIsBlank looks only at the given columns and treats spaces as blank', () => {
  const s = sheet([['x', '  ', null]]);
  expect(rowIsBlank(s, 1, [2, 3])).toBe(true);
  expect(rowIsBlank(s, 1, [1, 2])).toBe(false);
  expect(rowIsBlank(s, 9, [1])).toBe(true);
});
