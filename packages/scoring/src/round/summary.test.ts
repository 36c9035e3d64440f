import { DEFAULT_SETTINGS } from '../settings/settings';
import { indicator, inspection, ledger, template, unit } from '../scoring/testing/fixtures';
import { summariseRound } from './summary';

const tpl = template([indicator('1.1', 10), indicator('1.2', 10), indicator('2.1', 20), indicator('8.1', 10, { kind: 'group', group: '市直' })]);
const a = unit('XQ01', '华龙区', '县区');
const b = unit('XQ02', '濮阳县', '县区');
const c = unit('SZ01', '市司法局', '市直');
const zone = unit('XQ07', '开发区', '县区', { kind: '功能区' });

test('unit rates, area averages over the units an area applies to, common problems and the units below 80', () => {
  const found = (u: string, code: string, score: number, problems: string) => ({ ...inspection('2021-B2', u, code, score), problems });
  const s = summariseRound({
    period: '2021-B2',
    template: tpl,
    units: [a, b, c, zone],
    inspections: [
      found('XQ01', '1.1', 5, '权责清单未调整'),
      found('XQ02', '1.1', 6, '权责清单未公布'),
      found('SZ01', '1.1', 10, '台账不规范'), // full marks yet a problem: still counted
      inspection('2021-B2', 'XQ02', '2.1', 10),
      inspection('2021-B2', 'XQ07', '1.2', 10),
      inspection('2021-B1', 'XQ01', '1.2', 0), // another round: ignored
    ],
    // 市司法局's April ledger self-scores what the team did not score.
    ledgers: [ledger('SZ01', '2021-04', { selfScores: { '1.2': 10, '2.1': 20, '8.1': 4 } }), ledger('XQ01', '2021-04', { selfScores: { '1.2': 10, '2.1': 20 } })],
    settings: DEFAULT_SETTINGS,
  });
  const rate = (code: string) => s.units.find((u) => u.unitCode === code)!.score.rate;
  expect(s.units.map((u) => [u.unitCode, u.group, u.inspected, u.problems])).toEqual([
    ['XQ01', '县区', 1, 1],
    ['XQ02', '县区', 2, 1],
    ['SZ01', '市直', 1, 1],
    ['XQ07', '县区', 1, 0],
  ]);
  expect(rate('XQ01')).toBeCloseTo(87.5, 12); // (5 + 10 + 20) / 40
  expect(rate('XQ02')).toBeCloseTo(40, 12); // (6 + 0 + 10) / 40
  expect(rate('SZ01')).toBeCloseTo(88, 12); // (10 + 10 + 20 + 4) / 50
  expect(rate('XQ07')).toBeCloseTo(25, 12);
  expect(s.averageRate).toBeCloseTo((87.5 + 40 + 88 + 25) / 4, 12);
  expect(s.line).toBe(80);
  expect(s.below).toEqual(['XQ07', 'XQ02']);

  const area1 = s.areas.find((x) => x.area === 1)!;
  // Area 1: 华龙区 15/20, 濮阳县 6/20, 市司法局 20/20, 开发区 10/20.
  expect(area1.units).toBe(4);
  expect(area1.averageRate).toBeCloseTo((75 + 30 + 100 + 50) / 4, 12);
  // Below the points: 1.1 of 华龙区 and 濮阳县, 1.2 of 濮阳县 (no score at all), 1.1 of 开发区.
  expect(area1.deductions).toBe(4);
  expect(area1.common.map((p) => [p.indicatorCode, p.units, p.samples])).toEqual([['1.1', 3, ['权责清单未调整', '权责清单未公布', '台账不规范']]]);
  const area8 = s.areas.find((x) => x.area === 8)!;
  expect([area8.units, area8.averageRate, area8.deductions]).toEqual([1, 40, 1]);
  expect(s.areas.find((x) => x.area === 3)).toMatchObject({ units: 0, averageRate: null, deductions: 0, common: [] });
  expect(s.common[0]).toMatchObject({ indicatorCode: '1.1', unitCodes: ['XQ01', 'XQ02', 'SZ01'] });
});
