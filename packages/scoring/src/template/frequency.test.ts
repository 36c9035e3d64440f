import { DEFAULT_SETTINGS, checkSettings, resolveSettings } from '../settings/settings';
import { DEFAULT_ROSTER } from '../roster/defaultRoster';
import { DEFAULT_TEMPLATE } from './defaultTemplate';
import { applicableIndicators } from './applicability';
import { dueIndicators, dueMonthNumbers, isIndicatorDue, parseFrequency, parseMonthList } from './frequency';

const quarterly = { frequency: '每季度' as const };

describe('填报频次', () => {
  test('每月 is due every month; the others only in their due months (settings)', () => {
    expect(['2021-01', '2021-07', '2021-12'].every((m) => isIndicatorDue({ frequency: '每月' }, m, DEFAULT_SETTINGS))).toBe(true);
    const due = (frequency: '双月' | '每季度' | '每半年' | '每年') =>
      Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => isIndicatorDue({ frequency }, `2021-${String(m).padStart(2, '0')}`, DEFAULT_SETTINGS));
    expect(due('双月')).toEqual([2, 4, 6, 8, 10, 12]);
    expect(due('每季度')).toEqual([3, 6, 9, 12]);
    expect(due('每半年')).toEqual([6, 12]);
    expect(due('每年')).toEqual([12]);
    const settings = resolveSettings({ dueMonths: { ...DEFAULT_SETTINGS.dueMonths, 每季度: [1, 4, 7, 10] } });
    expect(isIndicatorDue(quarterly, '2021-04', settings)).toBe(true);
    expect(isIndicatorDue(quarterly, '2021-03', settings)).toBe(false);
    expect(dueMonthNumbers('每月', settings)).toHaveLength(12);
    expect(isIndicatorDue(quarterly, 'not a month', settings)).toBe(false);
  });

  test('a unit’s ledger of a month holds its applicable indicators due that month, in template order', () => {
    const unit = DEFAULT_ROSTER.find((u) => u.name === '华龙区')!;
    const all = applicableIndicators(DEFAULT_TEMPLATE, unit);
    const january = dueIndicators(DEFAULT_TEMPLATE, unit, '2021-01', DEFAULT_SETTINGS);
    const june = dueIndicators(DEFAULT_TEMPLATE, unit, '2021-06', DEFAULT_SETTINGS);
    const december = dueIndicators(DEFAULT_TEMPLATE, unit, '2021-12', DEFAULT_SETTINGS);
    expect(january.every((i) => i.frequency === '每月')).toBe(true);
    expect(january.length).toBeLessThan(june.length);
    expect(june.some((i) => i.frequency === '每半年')).toBe(true);
    expect(june.some((i) => i.frequency === '每年')).toBe(false);
    expect(december).toEqual(all);
    expect(june.map((i) => i.code)).toEqual(all.filter((i) => june.includes(i)).map((i) => i.code));
  });

  test('the words of the 指标体系 sheet, older ones included', () => {
    expect(['每月', '按月', '月度'].map(parseFrequency)).toEqual(['每月', '每月', '每月']);
    expect(['季度', '每季度', '按季度', ' 季 度 '].map(parseFrequency)).toEqual(['每季度', '每季度', '每季度', '每季度']);
    expect(['半年', '每半年', '半年度'].map(parseFrequency)).toEqual(['每半年', '每半年', '每半年']);
    expect(['年度', '每年', '按年'].map(parseFrequency)).toEqual(['每年', '每年', '每年']);
    expect(parseFrequency('随时')).toBeNull();
  });

  test('month lists as typed in 评分规则', () => {
    expect(parseMonthList('3、6、9、12')).toEqual([3, 6, 9, 12]);
    expect(parseMonthList('12, 6 ,6，3月')).toEqual([3, 6, 12]);
    expect(parseMonthList('１２')).toEqual([12]);
    expect(parseMonthList(12)).toEqual([12]);
    expect(parseMonthList('')).toBeNull();
    expect(parseMonthList('3、13')).toBeNull();
    expect(parseMonthList('每季度')).toBeNull();
    expect(parseMonthList(6.5)).toBeNull();
  });

  test('due months and the campaign start are checked settings', () => {
    const codes = (s: Partial<typeof DEFAULT_SETTINGS>) => checkSettings({ ...DEFAULT_SETTINGS, ...s }).map((p) => [p.code, p.params.key]);
    expect(codes({})).toEqual([]);
    expect(codes({ dueMonths: { ...DEFAULT_SETTINGS.dueMonths, 每年: [] } })).toEqual([['settings-due-months', 'dueMonths.每年']]);
    expect(codes({ dueMonths: { ...DEFAULT_SETTINGS.dueMonths, 每半年: [6, 6] } })).toEqual([['settings-due-months', 'dueMonths.每半年']]);
    expect(codes({ dueMonths: { ...DEFAULT_SETTINGS.dueMonths, 双月: [0, 13] } })).toEqual([['settings-due-months', 'dueMonths.双月']]);
    expect(codes({ campaignStart: '2021-13' })).toEqual([['settings-campaign-start', 'campaignStart']]);
    expect(codes({ campaignStart: '' })).toEqual([]);
    // A partial override keeps the other frequencies' defaults.
    expect(resolveSettings({ dueMonths: { 每年: [6] } as never }).dueMonths).toEqual({ ...DEFAULT_SETTINGS.dueMonths, 每年: [6] });
  });
});
