import { allPlaceholders, formatMessage, formatNumber, requiredPlaceholders } from './format';
import { pick } from './lang';

describe('formatMessage', () => {
  it('fills placeholders from params', () => {
    expect(formatMessage('自评分 {value} 超过分值 {max}', { value: 12, max: 10 }, 'zh-CN')).toBe('自评分 12 超过分值 10');
  });

  it('renders localized params and lists per language', () => {
    const params = { field: { zh: '完成状态', en: 'status' }, kinds: [{ zh: '全角转半角', en: 'full-width' }, { zh: '去除百分号', en: 'percent sign' }] };
    expect(formatMessage('{field}：{kinds}', params, 'zh-CN')).toBe('完成状态：全角转半角、去除百分号');
    expect(formatMessage('{field}: {kinds}', params, 'en')).toBe('status: full-width, percent sign');
  });

  it('drops an optional section when a param in it is empty, keeps it otherwise', () => {
    const t = '单位“{value}”不在名录中[[，是否为：{candidates}？]]';
    expect(formatMessage(t, { value: '华龙', candidates: ['华龙区'] }, 'zh-CN')).toBe('单位“华龙”不在名录中，是否为：华龙区？');
    expect(formatMessage(t, { value: '某局', candidates: [] }, 'zh-CN')).toBe('单位“某局”不在名录中');
    expect(formatMessage(t, { value: '某局' }, 'zh-CN')).toBe('单位“某局”不在名录中');
  });

  it('leaves a placeholder without a param visible', () => {
    expect(formatMessage('缺少 {code}', {}, 'zh-CN')).toBe('缺少 {code}');
  });

  it('formats numbers without float noise and booleans per language', () => {
    expect(formatNumber(0.805 * 100)).toBe('80.5');
    expect(formatMessage('{a} {b}', { a: 0.1 + 0.2, b: true }, 'en')).toBe('0.3 yes');
    expect(formatMessage('{b}', { b: false }, 'zh-CN')).toBe('否');
  });

  it('formats byte counts with {name:bytes}', () => {
    expect(formatMessage('{n:bytes} / {m:bytes}', { n: 26_214_400, m: 512 }, 'en')).toBe('25 MB / 512 B');
    expect(formatMessage('{n:bytes}', { n: '20 MB' }, 'en')).toBe('20 MB');
    expect(allPlaceholders('{n:bytes} {m}')).toEqual(['n', 'm']);
  });

  it('lists required and all placeholders', () => {
    const t = '{a} x [[{b} {c}]] {a}';
    expect(requiredPlaceholders(t)).toEqual(['a']);
    expect(allPlaceholders(t)).toEqual(['a', 'b', 'c']);
  });

  it('picks a language from a Localized text', () => {
    expect(pick({ zh: '错误', en: 'error' })).toBe('错误');
    expect(pick({ zh: '错误', en: 'error' }, 'en')).toBe('error');
  });
});
