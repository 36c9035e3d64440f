import { formatBytes } from '../i18n/format';
import { findingTitle, formatLocation, makeFinding, renderFinding } from './finding';

describe('makeFinding / renderFinding', () => {
  it('builds a located finding with its Chinese message and renders English on demand', () => {
    const f = makeFinding('self-score-above-points', { value: 12, max: 10 }, { file: 'a.xlsx', sheet: '工作台账', row: 12, column: 'K' });
    expect(f).toEqual({
      code: 'self-score-above-points',
      severity: 'error',
      tags: ['row'],
      params: { value: 12, max: 10 },
      message: '自评分 12 超过该指标分值 10',
      file: 'a.xlsx',
      sheet: '工作台账',
      row: 12,
      column: 'K',
      address: 'K12',
    });
    expect(renderFinding(f, 'en')).toBe('Self-score 12 exceeds the indicator’s points (10)');
    expect(renderFinding(f)).toBe(f.message);
    expect(findingTitle(f, 'en')).toBe('Self-score above points');
  });

  it('takes {file} and {sheet} from the location when not given as params', () => {
    const f = makeFinding('file-encrypted', {}, { file: '清丰县1月.xlsx' });
    expect(f.message).toBe('文件“清丰县1月.xlsx”设置了打开密码（已加密），无法读取；请取消密码后重新报送');
    expect(renderFinding(f, 'en')).toBe('“清丰县1月.xlsx” is password-protected (encrypted) and cannot be read; remove the password and send it again');
  });

  it('renders byte counts readably', () => {
    const f = makeFinding('file-too-large', { bytes: 26_214_400, limit: 20_971_520 }, { file: 'a.xlsx' });
    expect(f.message).toBe('文件“a.xlsx”大小为 25 MB，超过上限 20 MB，未读取');
  });

  it('throws on an unregistered code', () => {
    expect(() => makeFinding('no-such-rule' as never)).toThrow(RangeError);
  });

  it('formats locations and sizes', () => {
    expect(formatLocation({ sheet: '工作台账', row: 12, column: 'G', address: 'G12' })).toBe('工作台账!G12');
    expect(formatLocation({ sheet: '工作台账', row: 12 }, 'en')).toBe('工作台账 row 12');
    expect(formatLocation({ sheet: '工作台账', row: 12 })).toBe('工作台账 第 12 行');
    expect(formatLocation({ file: 'a.xlsx', sheet: '工作台账' })).toBe('a.xlsx · 工作台账');
    expect(formatLocation({})).toBe('');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(13_107_200)).toBe('12.5 MB');
  });
});
