import { DEFAULT_ROSTER, DEFAULT_TEMPLATE, resolveSettings, resolveUnit } from '@ledger-review/scoring';
import { readFailure, type ReceivedFile } from '../files/received';
import { unitFromFileName } from '../ledger/identify';
import { ConsolidationCancelled, consolidate } from './consolidate';

const roster = [...DEFAULT_ROSTER];
const ctx = { template: DEFAULT_TEMPLATE, roster, settings: resolveSettings() };
/** Files that read as workbooks without any sheet (not ledgers: each is rejected with a reason). */
const emptyWorkbooks = (...names: string[]): ReceivedFile[] => names.map((name) => ({ name, sheets: [] }));

describe('unitFromFileName', () => {
  test.each([
    ['华龙区2021年4月台账.xlsx', '华龙区'],
    ['D:\\收文\\濮阳县 4月.xlsx', '濮阳县'],
    ['/tmp/开发区 2021年4月台账.xlsx', '濮阳经济技术开发区'],
    ['濮阳经济技术开发区台账.xlsx', '濮阳经济技术开发区'],
    ['市市场监管局-4月.xlsx', '市市场监督管理局'],
    ['台账.xlsx', null],
  ])('%s → %s', (file, unit) => {
    expect(unitFromFileName(file, roster)?.name ?? null).toBe(unit);
  });

  test('the extension is not part of the name', () => {
    expect(unitFromFileName('范县.华龙区', roster)?.name).toBe('范县');
  });
});

test('resolveUnit (what consolidation identifies units with) resolves aliases and returns null for unknown names', () => {
  expect(resolveUnit('开发区', roster).unit?.code).toBe('XQ07');
  expect(resolveUnit('不存在局', roster).unit).toBeNull();
});

describe('reader failures', () => {
  test('a failure carrying a rule code becomes that rule; anything else becomes file-read-failed with its message (never "[object Object]")', () => {
    const failures: Array<[string, unknown]> = [
      ['a.xlsx', Object.assign(new Error('x'), { code: 'file-encrypted', params: {} })],
      ['b.xlsx', new RangeError('offset out of bounds')],
      ['c.xlsx', { code: 'not-a-rule' }],
    ];
    const c = consolidate(
      failures.map(([name, err]) => ({ name, failure: readFailure(err, name) })),
      ctx,
    );
    expect(c.findings.map((f) => [f.file, f.code])).toEqual([
      ['a.xlsx', 'file-encrypted'],
      ['b.xlsx', 'file-read-failed'],
      ['c.xlsx', 'file-read-failed'],
    ]);
    expect(c.files.map((f) => f.reason.message)).toEqual([
      '文件“a.xlsx”设置了打开密码（已加密），无法读取；请取消密码后重新报送',
      '读取文件“b.xlsx”失败：offset out of bounds',
      '读取文件“c.xlsx”失败：not-a-rule',
    ]);
    expect(c.files.every((f) => f.status === 'rejected' && f.errors === 1)).toBe(true);
  });
});

test('progress is reported per file and at the end', () => {
  const calls: Array<[number, number, string]> = [];
  consolidate(emptyWorkbooks('a.xlsx', 'b.xlsx'), {
    ...ctx,
    onProgress: (d, t, f) => void calls.push([d, t, f]),
  });
  expect(calls).toEqual([
    [0, 2, 'a.xlsx'],
    [1, 2, 'b.xlsx'],
    [2, 2, ''],
  ]);
});

test('a cancelled consolidation stops between files and returns nothing half-done', () => {
  const signal = { aborted: false };
  expect(() =>
    consolidate(emptyWorkbooks('a.xlsx', 'b.xlsx'), {
      ...ctx,
      signal,
      onProgress: () => {
        signal.aborted = true;
      },
    }),
  ).toThrow(ConsolidationCancelled);
});
