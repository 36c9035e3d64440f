import { DEFAULT_SETTINGS, resolveSettings } from '../settings/settings';
import { checkSettings } from '../settings/settings';
import { inspection } from '../scoring/testing/fixtures';
import {
  closedByOffice,
  inspectionFindsProblem,
  inspectionItems,
  isRectificationId,
  latestReports,
  mergeItems,
  normaliseRectificationId,
  rectificationId,
  rectificationItem,
  rectificationState,
  roundSchedule,
  type RectificationReport,
} from './index';

const problem = { unitCode: 'XQ04', period: '2021-B2', indicatorCode: '1.1', problem: '权责清单未按规定动态调整' };

describe('问题编号', () => {
  test('is computed from unit, period, indicator and problem text, and reads as such', () => {
    const id = rectificationId(problem);
    expect(id).toMatch(/^2021B2-XQ04-1\.1-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(isRectificationId(id)).toBe(true);
    // The same problem again (a re-run) has the same id.
    expect(rectificationId({ ...problem })).toBe(id);
  });

  test('spaces, full-width forms and a closing 。 do not make a new problem', () => {
    const id = rectificationId(problem);
    expect(rectificationId({ ...problem, problem: ' 权责清单 未按规定动态调整。 ' })).toBe(id);
    expect(rectificationId({ ...problem, problem: '权责清单未按规定动态调整；' })).toBe(id);
    expect(rectificationId({ ...problem, unitCode: 'ＸＱ04' })).toBe(id.replace('ＸＱ', 'XQ'));
  });

  test('a different unit, period, indicator or text is a different problem', () => {
    const id = rectificationId(problem);
    const others = [
      rectificationId({ ...problem, unitCode: 'XQ05' }),
      rectificationId({ ...problem, period: '2021-B3' }),
      rectificationId({ ...problem, indicatorCode: '1.2' }),
      rectificationId({ ...problem, problem: '权责清单未公布' }),
    ];
    expect(new Set([id, ...others]).size).toBe(5);
    // The hash part alone tells texts apart too (so two problems of one indicator never share an id).
    const hashes = Array.from({ length: 500 }, (_, i) => rectificationId({ ...problem, problem: `问题${i}` }).slice(-6));
    expect(new Set(hashes).size).toBe(500);
  });

  test('months, quarters and indicator lists make ids too; odd text is not an id', () => {
    expect(rectificationId({ unitCode: 'SZ01', period: '2021-04', indicatorCode: '', problem: 'x' })).toMatch(/^202104-SZ01-[0-9A-Z]{6}$/);
    expect(rectificationId({ unitCode: 'SZ01', period: '2021Q2', indicatorCode: '1.2、2.3', problem: 'x' })).toMatch(/^2021Q2-SZ01-1\.2\+2\.3-[0-9A-Z]{6}$/);
    for (const bad of ['', '2021B2', '2021B2-XQ04-1.1-7kq2mz', '问题1', '2021B2-XQ04-1.1-ILOUIL']) expect(isRectificationId(bad)).toBe(false);
    expect(normaliseRectificationId(' 2021B2-XQ04-1.1-7kq2mz ')).toBe('2021B2-XQ04-1.1-7KQ2MZ');
  });
});

describe('round schedule and items', () => {
  test('a round runs in the month after its bimonth, with the default dates', () => {
    expect(roundSchedule('2021-B2', DEFAULT_SETTINGS)).toEqual({
      period: '2021-B2',
      month: '2021-05',
      selfCheckBy: '2021-05-06',
      start: '2021-05-07',
      end: '2021-05-12',
      defaultDeadline: '2021-06-11',
    });
    expect(roundSchedule('2021-B6', resolveSettings({ roundEndDay: 10, rectificationDays: 20 })).end).toBe('2022-01-10');
    expect(roundSchedule('2021-B6', resolveSettings({ roundEndDay: 10, rectificationDays: 20 })).defaultDeadline).toBe('2022-01-30');
  });

  test('round dates out of order, or ending on the review day, are refused', () => {
    expect(checkSettings({ ...DEFAULT_SETTINGS, roundStartDay: 3 }).map((p) => p.code)).toEqual(['settings-round-order']);
    expect(checkSettings({ ...DEFAULT_SETTINGS, roundEndDay: 15 }).map((p) => p.code)).toEqual(['settings-round-order']);
    expect(checkSettings({ ...DEFAULT_SETTINGS, rectificationDays: 0 }).map((p) => p.code)).toEqual(['settings-integer-range']);
  });

  test('every record stating a problem found or a requirement is an item; the team’s requirement and deadline win over the defaults', () => {
    const scored = inspection('2021-B2', 'XQ04', '1.2', 2);
    const found = { ...inspection('2021-B2', 'XQ04', '1.1', 1), problems: '权责清单未动态调整', deductionReason: '未动态调整，扣1分', rectification: '6月底前完成调整', deadline: '2021-06-30' };
    const problemOnly = { ...inspection('2021-B2', 'XQ04', '2.1', 1), problems: '佐证材料不全' };
    const requirementOnly = { ...inspection('2021-B2', 'XQ04', '2.2', 1), deductionReason: '备案超期，扣1分', rectification: '建立备案台账' };
    const items = inspectionItems([scored, found, problemOnly, requirementOnly, { ...found }], DEFAULT_SETTINGS);
    expect(items).toEqual([
      { id: rectificationId({ ...problem, problem: '权责清单未动态调整' }), unitCode: 'XQ04', source: '检查', period: '2021-B2', indicatorCode: '1.1', problem: '权责清单未动态调整', requirement: '6月底前完成调整', deadline: '2021-06-30' },
      expect.objectContaining({ indicatorCode: '2.1', problem: '佐证材料不全', requirement: '对照检查发现的问题逐项整改，补齐佐证材料', deadline: '2021-06-11' }),
      // Without a 发现问题, the item states the 扣分原因 as its problem.
      expect.objectContaining({ indicatorCode: '2.2', problem: '备案超期，扣1分', requirement: '建立备案台账' }),
    ]);
  });

  test('a deduction reason alone explains a score and is no item (SPEC §10: each problem found gets an id)', () => {
    const reasonOnly = { ...inspection('2021-B2', 'XQ04', '2.1', 1.5), deductionReason: '依据评分标准“清理结果未公布的扣0.5分”，扣0.5分' };
    const none = { ...reasonOnly, problems: '无', rectification: '暂无' };
    expect(inspectionFindsProblem(reasonOnly)).toBe(false);
    expect(inspectionFindsProblem(none)).toBe(false);
    expect(inspectionItems([reasonOnly, none], DEFAULT_SETTINGS)).toEqual([]);
    expect(inspectionFindsProblem({ ...reasonOnly, problems: '清理结果未向社会公布' })).toBe(true);
    expect(inspectionFindsProblem({ ...reasonOnly, rectification: '10日内公布清理结果' })).toBe(true);
    expect(rectificationItem({ unitCode: 'XQ04', source: '报送', period: '2021Q2', indicatorCode: '', problem: '2021年4月台账逾期 3 天', defaultDeadline: '2021-08-14' }).requirement).toContain('按时报送');
  });
});

describe('state: closed by the office with evidence, never by silence', () => {
  const item = { deadline: '2021-06-30' };
  test('open, overdue, done', () => {
    expect(rectificationState(item, null, '2021-06-30')).toBe('open');
    expect(rectificationState(item, null, '2021-07-01')).toBe('overdue');
    expect(rectificationState(item, { doneOn: '2021-06-20', basis: '复查已整改' }, '2021-07-15')).toBe('done');
    // A date typed without evidence, or evidence without a date, closes nothing.
    expect(rectificationState(item, { doneOn: '2021-06-20', basis: ' ' }, '2021-07-15')).toBe('overdue');
    expect(rectificationState(item, { doneOn: '', basis: '材料齐全' }, '2021-06-01')).toBe('open');
    expect(closedByOffice(undefined)).toBe(false);
    // No deadline (or one typed as words) is never overdue.
    expect(rectificationState({ deadline: null }, null, '2099-01-01')).toBe('open');
    expect(rectificationState({ deadline: '年底前' }, null, '2099-01-01')).toBe('open');
  });

  test('the latest report of each item counts; merged items keep their first text', () => {
    const report = (id: string, month: string, row: number, status: RectificationReport['status']): RectificationReport => ({ id, unitCode: 'XQ04', month, status, measures: '', evidence: '', doneOn: null, row });
    const latest = latestReports([report('a', '2021-05', 3, '已完成'), report('a', '2021-04', 9, '整改中'), report('b', '2021-04', 4, '未启动'), report('b', '2021-04', 5, '整改中')]);
    expect([...latest.entries()].map(([id, r]) => [id, r.status])).toEqual([
      ['a', '已完成'],
      ['b', '整改中'],
    ]);
    const a = rectificationItem({ unitCode: 'XQ04', source: '检查', period: '2021-B1', indicatorCode: '1.1', problem: 'p', defaultDeadline: null });
    expect(mergeItems([a], [{ ...a, problem: 'changed' }])).toEqual([a]);
  });
});
