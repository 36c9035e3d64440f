import { earlierPeriodMentions } from './staleText';

describe('earlierPeriodMentions: what ties a carried text to an earlier month', () => {
  describe('in a July 2021 ledger', () => {
    test.each([
      ['6月底前完成清理', ['6月底前']],
      ['本月办件2227件', ['本月']],
      ['当月受理复议申请3件，上个月办结2件', ['当月', '上个月']],
      ['2021年6月召开会议', ['2021年6月']],
      ['2021-06-30 前公布清单', ['2021-06-30']],
      ['６月３０日前报送', ['6月30日前']],
      ['六月份开展专项检查', ['六月份']],
    ])('%s → %j', (text, expected) => {
      expect(earlierPeriodMentions(text, '2021-07')).toEqual(expected);
    });

    test.each([
      '持续开展行政执法公示',
      '12月底前完成年度报告',
      '7月15日召开会议',
      '2021-07-20 公布',
      '3个月内办结',
      '2021年13月',
      '',
    ])('%s: nothing earlier', (text) => {
      expect(earlierPeriodMentions(text, '2021-07')).toEqual([]);
    });
  });

  test.each([
    ['12月底前完成年度报告', '2022-01', ['12月底前']],
    ['11月启动', '2022-01', []],
    ['2020年12月已公布', '2021-03', ['2020年12月']],
  ])('across a year end: %s in %s → %j', (text, month, expected) => {
    expect(earlierPeriodMentions(text, month)).toEqual(expected);
  });

  test('each mention once, in text order; a malformed month finds nothing', () => {
    expect(earlierPeriodMentions('本月……本月；5月、6月', '2021-07')).toEqual(['本月', '5月', '6月']);
    expect(earlierPeriodMentions('本月', '2021-7')).toEqual([]);
  });
});
