import type { GridSheet, GridValue } from '../sheet/grid';
import { readDecisionRows, readHandTyped, readHistory, typeDecisionLine, typedDate } from './readBack';

const sheet = (name: string, grid: GridValue[][]): GridSheet => ({ name, grid });

describe('typedDate', () => {
  test.each<[GridValue, string]>([
    [44320, '2021-05-04'], // Excel serial
    [44320.75, '2021-05-04'], // a time of day is dropped
    [1, '1900-01-01'], // Excel's 1900 system, phantom 1900-02-29 included
    [60, '60'], // that phantom day: not a date, kept as typed
    ['2021-05-04', '2021-05-04'],
    ['2021/5/4', '2021-05-04'],
    ['2021.5.4', '2021-05-04'],
    ['2021年5月4日', '2021-05-04'],
    [' 2021 年 5 月 4 日 ', '2021-05-04'],
    ['2021-02-30', '2021-02-30'], // not a date: kept as typed, never invented
    ['5月4日', '5月4日'],
    [null, ''],
  ])('%p → %p', (input, expected) => {
    expect(typedDate(input)).toBe(expected);
  });
});

describe('readHandTyped', () => {
  test('finds the typed columns by label wherever they are, keyed by unit code (收到日期 by file), skipping blanks', () => {
    const ranking = sheet('综合排名', [
      ['2021年第二季度综合排名'],
      ['说明'],
      // The office moved 会议备注 before 单位编码 and sorted the rows.
      ['会议备注', '单位编码', '单位名称', '综合得分', '分析原因'],
      ['', 'SZ02', '市市场监督管理局', 88.7, '=领导重视'],
      ['会上发言', 'XQ03', '清丰县', 85.22, null],
      ['', '', '', null, '无单位的行不读'],
    ]);
    const outcomes = sheet('点评结果', [
      ['2021年第二季度点评结果'],
      [],
      ['一、取消年度综合考评评先资格（1 个单位）', '一、取消年度综合考评评先资格（1 个单位）'],
      ['序号', '点评结果', '分组', '单位编码', '单位名称', '综合得分', '排名', '原因', '性质', '办公室确认'],
      [1, '取消年度综合考评评先资格', '市直', 'SZ05', '市发展和改革委员会', 58, 6, '…', '拟提议', '不同意'],
      [],
      [
        '二、建议取消文明单位荣誉称号（1 个单位）',
        '二、建议取消文明单位荣誉称号（1 个单位）',
        '',
        '二、建议取消文明单位荣誉称号（1 个单位）',
      ],
      ['序号', '点评结果', '分组', '单位编码', '单位名称', '综合得分', '排名', '原因', '性质', '办公室确认'],
      [1, '建议取消文明单位荣誉称号', '市直', 'SZ05', '市发展和改革委员会', 58, 6, '…', '拟提议', '同意'],
    ]);
    const rectification = sheet('整改台账', [
      [],
      [],
      [
        '序号',
        '单位编码',
        '单位名称',
        '检查期间',
        '指标编号',
        '发现问题',
        '整改要求',
        '整改时限',
        '整改情况',
        '完成时间',
      ],
      [1, 'XQ04', '南乐县', '2021-B2', '1.1', '…', '…', 44408, '已整改', 44397],
      [2, 'XQ04', '南乐县', '2021-B2', '2.1', '…', '…', 44408, null, null],
      // A later table with ids (as review workbooks have them now) and 销号依据.
      [],
      ['序号', '问题编号', '单位编码', '检查期间', '指标编号', '整改情况', '销号依据', '完成时间'],
      [1, '2021B3-XQ05-2.1-ABCDEF', 'XQ05', '2021-B3', '2.1', '', '复查已整改', '2021年8月2日'],
      [2, '2021B3-XQ05-2.2-ABCDEG', 'XQ05', '2021-B3', '2.2', '', '', ''],
    ]);
    const files = sheet('文件清单', [
      [],
      [],
      ['序号', '文件名', '类型', '状态', '单位编码', '单位名称', '期间', '填报日期', '收到日期'],
      [1, '清丰县4月台账.xlsx', '台账', '已接收', 'XQ03', '清丰县', '2021-04', 44323, 44320],
      [2, '清丰县4月台账（旧）.xlsx', '台账', '已被替换', 'XQ03', '清丰县', '2021-04', 44322, '2021/5/3'],
      [3, '2021-B2 检查评分表.xlsx', '检查表', '已接收', '', '', '2021-B2', null, null],
      [4, '南乐县5月台账.xlsx', '台账', '已接收', 'XQ04', '南乐县', '2021-05', null, '下周补报'],
    ]);
    expect(readHandTyped([ranking, outcomes, rectification, files])).toEqual({
      byUnit: {
        SZ02: { 分析原因: '=领导重视' },
        XQ03: { 会议备注: '会上发言' },
        SZ05: {
          '办公室确认（取消年度综合考评评先资格）': '不同意',
          '办公室确认（建议取消文明单位荣誉称号）': '同意',
        },
      },
      byRectification: {
        'XQ04|2021-B2|1.1': { 整改情况: '已整改', 完成时间: '2021-07-20' },
        // By id, and by unit|period|indicator with the id it belongs to.
        '2021B3-XQ05-2.1-ABCDEF': { 销号依据: '复查已整改', 完成时间: '2021-08-02', 问题编号: '2021B3-XQ05-2.1-ABCDEF' },
        'XQ05|2021-B3|2.1': { 销号依据: '复查已整改', 完成时间: '2021-08-02', 问题编号: '2021B3-XQ05-2.1-ABCDEF' },
      },
      // Keyed by the file each date was typed against.
      receivedDates: { '清丰县4月台账.xlsx': '2021-05-04', '清丰县4月台账（旧）.xlsx': '2021-05-03', '南乐县5月台账.xlsx': '下周补报' },
    });
  });

  test('a workbook without review sheets yields nothing', () => {
    expect(readHandTyped([sheet('工作台账', [['单位名称', '华龙区']])])).toEqual({
      byUnit: {},
      byRectification: {},
      receivedDates: {},
    });
  });
});

describe('readHistory', () => {
  test('reads each quarter column, accepting the usual ways of ticking a box', () => {
    const history = sheet('历次点评', [
      ['历次季度点评检查性发言情况'],
      [],
      ['单位编码', '单位名称', '分组', '2021Q2', '2020Q4', '2021Q1', '连续检查性发言次数'],
      ['XQ04', '南乐县', '县区', '检查性发言', '', '√', 2],
      ['SZ06', '市自然资源和规划局', '市直', '是', '检查性发言', null, 1],
      ['SZ01', '市司法局', '市直', '', '', '', 0],
    ]);
    expect(readHistory([history])).toEqual([
      { quarter: '2020Q4', statementUnitCodes: ['SZ06'] },
      { quarter: '2021Q1', statementUnitCodes: ['XQ04'] },
      { quarter: '2021Q2', statementUnitCodes: ['SZ06', 'XQ04'] },
    ]);
  });

  test('reads each quarter\'s composites and ranks where the workbook has them', () => {
    const history = sheet('历次点评', [
      ['历次季度点评情况'],
      [],
      ['单位编码', '单位名称', '分组', '2021Q1', '2021Q2', '连续检查性发言次数', '2021Q1综合得分', '2021Q1排名', '2021Q2综合得分', '2021Q2排名'],
      ['XQ04', '南乐县', '县区', '检查性发言', '检查性发言', 2, 77.6, 8, '79.5', 9],
      ['XQ01', '华龙区', '县区', '', '', 0, null, null, 94.49, 1],
    ]);
    expect(readHistory([history])).toEqual([
      { quarter: '2021Q1', statementUnitCodes: ['XQ04'], results: { XQ04: { composite: 77.6, rank: 8 } } },
      {
        quarter: '2021Q2',
        statementUnitCodes: ['XQ04'],
        results: { XQ04: { composite: 79.5, rank: 9 }, XQ01: { composite: 94.49, rank: 1 } },
      },
    ]);
  });

  test('no history sheet, no history', () => {
    expect(readHistory([sheet('综合排名', [])])).toEqual([]);
  });
});

describe('typeDecisionLine', () => {
  const header = ['序号', '点评结果', '调整', '单位编码', '单位名称', '综合得分', '排名', '调整理由', '处理结果'];
  const outcomes = (rows: GridValue[][]) =>
    sheet('点评结果', [
      ['2021年第二季度点评结果'],
      ['办公室调整（已录入 1 条）'],
      header,
      [1, '经验介绍', '增加', 'XQ02', '濮阳县', 88.8, 3, '创新做法', '已生效'],
      ...rows,
      ['以上为办公室调整'],
      [],
      ['序号', '点评结果', '分组', '单位编码', '单位名称'],
    ]);
  const line = { outcome: '检查性发言', action: '取消', unitName: '市审计局', reason: '=已说明' };

  test('fills the first empty line as the office types it; read back as a decision; the input is left alone', () => {
    const before = [outcomes([[null, '', '', '', '', null, null, '', null], [null, '', '', '', '', null, null, '', null]])];
    const once = typeDecisionLine(before, line);
    const twice = typeDecisionLine(once, { ...line, unitName: '市财政局', reason: '理由二' });
    expect(readDecisionRows(before[0]).map((d) => d.cells.unitName)).toEqual(['濮阳县']);
    expect(readDecisionRows(twice[0]).map((d) => d.input)).toEqual([
      expect.objectContaining({ outcome: '经验介绍', action: '增加', unit: '濮阳县' }),
      { outcome: '检查性发言', action: '取消', unit: '市审计局', reason: '=已说明', location: { sheet: '点评结果', row: 5 } },
      { outcome: '检查性发言', action: '取消', unit: '市财政局', reason: '理由二', location: { sheet: '点评结果', row: 6 } },
    ]);
  });

  test('works on what the open workbook gives back (only the typed columns, the end note not read)', () => {
    const blank = (cells: GridValue[]) => cells.map((v, c) => (header[c] === '序号' || header[c] === '处理结果' || header[c] === '综合得分' || header[c] === '排名' ? null : v));
    const read = sheet('点评结果', [[null], [null], header, blank([1, '经验介绍', '增加', 'XQ02', '濮阳县', 88.8, 3, '创新做法', '已生效']), [], [], [null], ['序号', '点评结果', '分组', '单位编码', '单位名称']]);
    const typed = typeDecisionLine([read], line)[0];
    expect(readDecisionRows(typed).map((d) => d.cells.unitName)).toEqual(['濮阳县', '市审计局']);
  });

  test('no table or no empty line: refused', () => {
    expect(() => typeDecisionLine([sheet('综合排名', [])], line)).toThrow('办公室调整');
    expect(() => typeDecisionLine([outcomes([])], line)).toThrow('没有空行');
  });
});

