import { earlierPeriodMentions } from './staleText';

describe('earlierPeriodMentions: what ties a carried text to an earlier month', () => {
  test.each([
    ['6月底前完成清理', '2021-07', ['6月底前']],
    ['本月办件2227件', '2021-07', ['本月']],
    ['当月受理复议申请3件，上个月办结2件', '2021-07', ['当月', '上个月']],
    ['2021年6月召开会议', '2021-07', ['2021年6月']],
    ['2021-06-30 前公布清单', '2021-07', ['2021-06-30']],
    ['６月３０日前报送', '2021-07', ['6月30日前']],
    ['六月份开展专项检查', '2021-07', ['六月份']],
    ['12月底前完成年度报告', '2022-01', ['12月底前']],
    ['2020年12月已公布', '2021-03', ['2020年12月']],
  ])('%s in %s → %j', (text, month, expected) => {
    expect(earlierPeriodMentions(text, month)).toEqual(expected);
  });

  test.each([
    ['持续开展行政执法公示', '2021-07'],
    ['12月底前完成年度报告', '2021-07'],
    ['7月15日召开会议', '2021-07'],
    ['2021-07-20 公布', '2021-07'],
    ['3个月内办结', '2021-07'],
    ['11月启动', '2022-01'],
    ['2021年13月', '2021-07'],
    ['', '2021-07'],
  ])('%s in %s: nothing earlier', (text, month) => {
    expect(earlierPeriodMentions(text, month)).toEqual([]);
  });

  test('each mention once, in text order; a malformed month finds nothing', () => {
    expect(earlierPeriodMentions('本月……本月；5月、6月', '2021-07')).toEqual(['本月', '5月', '6月']);
    expect(earlierPeriodMentions('本月', '2021-7')).toEqual([]);
  });
});
