/**
 * The worked example of packages/scoring/README.md ("Worked example / 计算示例"): one quarter,
 * 4 县区 + 4 市直 units, with a tie, a late ledger, missing ledgers, an unchecked self-score,
 * a 自评偏高 flag and a unit on its second consecutive 检查性发言. The README shows these very
 * numbers; this test asserts them independently (it reads nothing from the README).
 */
import type { InspectionRecord, LedgerFacts } from '../model/types';
import { reviewQuarter } from './reviewQuarter';
import type { QuarterInput } from './types';
import { indicator, inspections, ledger, template, unit } from './testing/fixtures';

function workedExampleInput(): QuarterInput {
  const tpl = template([
    indicator('1.1', 30),
    indicator('2.1', 30),
    indicator('4.1', 20),
    indicator('6.1', 20, { kind: 'group', group: '县区' }),
  ]);
  const roster = [
    unit('XQ01', '华龙区', '县区', { civilized: true }),
    unit('XQ02', '濮阳县', '县区'),
    unit('XQ03', '清丰县', '县区'),
    unit('GN01', '濮阳经济技术开发区', '县区', { kind: '功能区' }),
    unit('SZ01', '市司法局', '市直'),
    unit('SZ02', '市市场监督管理局', '市直'),
    unit('SZ03', '市统计局', '市直'),
    unit('SZ04', '市住房和城乡建设局', '市直', { civilized: true }),
  ];
  const scores = (code: string, b2: number[], b3: number[]): InspectionRecord[] => {
    const codes = ['1.1', '2.1', '4.1', '6.1'];
    const pick = (xs: number[]) => Object.fromEntries(xs.map((x, i) => [codes[i], x]));
    return [...inspections('2021-B2', code, pick(b2)), ...inspections('2021-B3', code, pick(b3))];
  };
  const insp = [
    ...scores('XQ01', [28, 29, 19, 19], [29, 28, 20, 19]),
    ...scores('XQ02', [27, 27, 17, 18], [28, 27, 18, 19]),
    ...scores('XQ03', [22, 22, 15, 14], [23, 22, 15, 15]),
    ...scores('GN01', [20, 21, 14, 15], [21, 22, 15]), // 6.1 not inspected in B3
    ...scores('SZ01', [29, 29, 19], [29, 28, 20]),
    ...scores('SZ02', [28, 28, 18], [28, 29, 19]),
    ...scores('SZ03', [28, 29, 19], [28, 28, 18]),
    ...scores('SZ04', [24, 24, 16], [22, 22, 14]),
  ];
  const months = ['2021-04', '2021-05', '2021-06'];
  const onTime = (code: string, validRows: number[]): LedgerFacts[] =>
    months.map((m, i) => ledger(code, m, { validRows: validRows[i] }));
  const ledgers: LedgerFacts[] = [
    ...onTime('XQ01', [4, 4, 4]),
    ledger('XQ02', '2021-04', { validRows: 4, selfScores: { '1.1': 27, '2.1': 27, '4.1': 20, '6.1': 18 } }),
    ledger('XQ02', '2021-05', { filled: '2021-06-04', received: '2021-06-08', validRows: 4 }), // 3 days late
    ledger('XQ02', '2021-06', { validRows: 4 }),
    ...onTime('XQ03', [4, 4, 3]),
    // GN01: April missing; the June self-score for 6.1 stands in for the missing inspection score
    ledger('GN01', '2021-05', { validRows: 4, selfScores: { '6.1': 15 } }),
    ledger('GN01', '2021-06', { validRows: 4, selfScores: { '6.1': 16 } }),
    ...onTime('SZ01', [3, 3, 3]),
    ...onTime('SZ02', [2, 2, 2]),
    ledger('SZ03', '2021-04', { validRows: 3 }),
    ledger('SZ03', '2021-05', { validRows: 3 }),
    ledger('SZ03', '2021-06', { filled: '2021-07-06', validRows: 3 }), // 1 day late
    ledger('SZ04', '2021-04', { validRows: 3 }), // May and June missing
  ];
  const history = [
    { quarter: '2020Q4', statementUnitCodes: ['GN01'] },
    { quarter: '2021Q1', statementUnitCodes: ['XQ03'] },
  ];
  return { quarter: '2021Q2', template: tpl, roster, inspections: insp, ledgers, history };
}

describe('worked example: 2021Q2 (README)', () => {
  const review = reviewQuarter(workedExampleInput());

  test('scores, rates, ranks and outcomes per unit', () => {
    const rows = review.units.map((u) => [
      u.unitName,
      u.group,
      u.periods.map((p) => p.rate),
      u.inspectionRate,
      u.ledgers.map((c) => c.label).join(' / '),
      +(u.timeliness * 100).toFixed(2),
      +(u.quality * 100).toFixed(2),
      u.composite,
      u.rank,
      u.tied,
      u.order,
      u.outcomes.map((o) => o.label).join('、'),
    ]);
    expect(rows).toEqual([
      ['华龙区', '县区', [95, 96], 95.5, '按时 / 按时 / 按时', 100, 100, 96.4, 1, false, 1, '经验介绍'],
      ['濮阳县', '县区', [89, 92], 90.5, '按时 / 逾期 3 天 / 按时', 66.67, 100, 89.07, 2, false, 2, ''],
      [
        '清丰县',
        '县区',
        [73, 75],
        74,
        '按时 / 按时 / 按时',
        100,
        91.67,
        78.37,
        3,
        false,
        3,
        '检查性发言、通报批评、约谈主要领导',
      ],
      [
        '濮阳经济技术开发区',
        '县区',
        [70, 74],
        72,
        '未报送 / 按时 / 按时',
        66.67,
        66.67,
        70.93,
        4,
        false,
        4,
        '检查性发言',
      ],
      [
        '市司法局',
        '市直',
        [96.25, 96.25],
        96.25,
        '按时 / 按时 / 按时',
        100,
        100,
        97,
        1,
        false,
        1,
        '经验介绍',
      ],
      [
        '市市场监督管理局',
        '市直',
        [92.5, 95],
        93.75,
        '按时 / 按时 / 按时',
        100,
        66.67,
        91.67,
        2,
        true,
        2,
        '经验介绍',
      ],
      [
        '市统计局',
        '市直',
        [95, 92.5],
        93.75,
        '按时 / 按时 / 逾期 1 天',
        66.67,
        100,
        91.67,
        2,
        true,
        3,
        '经验介绍',
      ],
      [
        '市住房和城乡建设局',
        '市直',
        [80, 72.5],
        76.25,
        '按时 / 未报送 / 未报送',
        33.33,
        33.33,
        67.67,
        4,
        false,
        4,
        '检查性发言、取消年度综合考评评先资格、建议取消文明单位荣誉称号',
      ],
    ]);
    expect(review.warnings).toEqual([]);
  });

  test('the unchecked self-score and the 自评偏高 flag', () => {
    const zone = review.units.find((u) => u.unitCode === 'GN01')!;
    expect(zone.periods[1].indicators.find((s) => s.code === '6.1')).toMatchObject({
      score: 16,
      source: 'self',
      unchecked: true,
      selfScore: 16,
      inspectionScore: null,
    });
    expect(zone.flags).toEqual({ selfHigh: 0, unchecked: 1 });
    const county = review.units.find((u) => u.unitCode === 'XQ02')!;
    expect(county.periods[0].indicators.find((s) => s.code === '4.1')).toMatchObject({
      score: 17,
      selfScore: 20,
      selfHigh: true,
    });
    expect(county.flags).toEqual({ selfHigh: 1, unchecked: 0 });
  });

  test('streaks and reasons', () => {
    const byCode = Object.fromEntries(review.units.map((u) => [u.unitCode, u]));
    expect(Object.fromEntries(review.units.map((u) => [u.unitCode, u.statementStreak]))).toEqual({
      XQ01: 0,
      XQ02: 0,
      XQ03: 2,
      GN01: 1,
      SZ01: 0,
      SZ02: 0,
      SZ03: 0,
      SZ04: 1,
    });
    const reasons = (code: string) => byCode[code].outcomes.map((o) => `${o.label}：${o.reason}`);
    expect(reasons('XQ01')).toEqual(['经验介绍：综合得分 96.4，县区第 1 名（前 2 名且不低于 90 分）']);
    expect(reasons('XQ03')).toEqual([
      '检查性发言：综合得分 78.37，县区倒数第 2 名（后 2 名且低于 80 分）',
      '通报批评：连续两次季度点评作检查性发言',
      '约谈主要领导：连续两次季度点评作检查性发言',
    ]);
    expect(reasons('GN01')).toEqual(['检查性发言：综合得分 70.93，县区倒数第 1 名（后 2 名且低于 80 分）']);
    expect(reasons('SZ03')).toEqual(['经验介绍：综合得分 91.67，市直第 2 名（前 3 名且不低于 90 分）']);
    expect(reasons('SZ04')).toEqual([
      '检查性发言：综合得分 67.67，市直倒数第 1 名（后 3 名且低于 80 分）',
      '取消年度综合考评评先资格：本季度缺报台账 2 期（2021年5月、2021年6月）',
      '建议取消文明单位荣誉称号：本季度缺报台账 2 期（2021年5月、2021年6月）；该单位为文明单位',
    ]);
    expect(byCode.SZ04.outcomes.filter((o) => o.proposed).map((o) => o.kind)).toEqual([
      'disqualify',
      'revokeCivilized',
    ]);
  });

  test('per-area rates of one unit', () => {
    const huaLong = review.units[0];
    expect(
      huaLong.periods[0].areas
        .filter((a) => a.rate !== null)
        .map((a) => [a.area, a.obtained, a.available, a.rate]),
    ).toEqual([
      [1, 28, 30, (28 / 30) * 100],
      [2, 29, 30, (29 / 30) * 100],
      [4, 19, 20, 95],
      [6, 19, 20, 95],
    ]);
  });
});
