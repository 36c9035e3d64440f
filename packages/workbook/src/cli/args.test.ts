import { renderFinding } from '@ledger-review/scoring';
import { UsageError, closest, parseArgs, stringOption } from './args';

/** The usage error a command line gets, as [code, zh message]. */
function refused(argv: string[]): [string, string] {
  try {
    parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return [e.finding.code, renderFinding(e.finding, 'zh-CN')];
    throw e;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

test('command, positionals, --key value, --key=value and switches', () => {
  expect(parseArgs(['validate', 'a.xlsx', '--json', 'b.xlsx', '--lang', 'en', '-h'])).toEqual({
    command: 'validate',
    positionals: ['a.xlsx', 'b.xlsx'],
    options: { json: true, lang: 'en', help: true },
  });
  expect(parseArgs(['review', 'x', '--out=x y.xlsx', '--quarter', '2021Q2']).options).toEqual({ out: 'x y.xlsx', quarter: '2021Q2' });
});

test('regression: a misspelt option is refused with the closest one, never silently ignored (--previus lost 南乐县 its 通报批评)', () => {
  expect(refused(['review', '台账/', '--quarter', '2021Q2', '--out', 'x.xlsx', '--previus', 'q1.xlsx'])).toEqual([
    'cli-unknown-option',
    'review 命令没有选项 --previus，您是否要用 --previous',
  ]);
  expect(refused(['validate', 'a', '--out', 'x'])[0]).toBe('cli-unknown-option');
});

test('an unknown command suggests the closest', () => {
  expect(refused(['valdiate', 'a'])).toEqual(['cli-unknown-command', '未知命令“valdiate”，您是否要用“validate”']);
  expect(refused(['frobnicate'])).toEqual(['cli-unknown-command', '未知命令“frobnicate”']);
});

test('regression: values are checked, and bad ones say why (--month 2021-13)', () => {
  expect(refused(['template', '--ledgers', '--month', '2021-13'])).toEqual([
    'cli-bad-month',
    '选项 --month 的取值“2021-13”不是有效的月份：应为 YYYY-MM（月份 01–12），如 2021-04',
  ]);
  expect(refused(['review', 'a', '--quarter', '2021Q5'])[0]).toBe('cli-bad-quarter');
  expect(refused(['template', '--inspection', '--period', '2021-B7'])[0]).toBe('cli-bad-period');
  expect(refused(['consolidate', 'a', '--as-of', '2021-02-30'])[0]).toBe('cli-bad-date');
  expect(refused(['validate', 'a', '--lang', 'fr'])[0]).toBe('cli-bad-lang');
});

test('switches take no value, valued options need one, and nothing is given twice', () => {
  expect(refused(['validate', 'a', '--json=yes'])[0]).toBe('cli-flag-with-value');
  expect(refused(['review', 'a', '--out'])).toEqual(['cli-missing-value', '选项 --out 需要一个取值，如 点评.xlsx']);
  expect(refused(['review', 'a', '--out', '--json'])[0]).toBe('cli-missing-value');
  expect(refused(['review', 'a', '--quarter', '2021Q1', '--quarter', '2021Q2'])[0]).toBe('cli-repeated-option');
});

test('switches never swallow the next argument; `--` ends the options', () => {
  expect(parseArgs(['validate', '--json', 'a.xlsx']).positionals).toEqual(['a.xlsx']);
  expect(parseArgs(['validate', '--', '--json']).positionals).toEqual(['--json']);
  expect(stringOption(parseArgs(['validate', 'a']), 'template')).toBeUndefined();
});

test('--version and --help are recognised anywhere', () => {
  expect(parseArgs(['--version']).options).toEqual({ version: true });
  expect(parseArgs(['review', '--help']).options).toEqual({ help: true });
});

test('closest: within two edits or by a common start, else nothing', () => {
  expect(closest('previus', ['previous', 'quarter'])).toBe('previous');
  expect(closest('quart', ['previous', 'quarter'])).toBe('quarter');
  expect(closest('zzz', ['previous', 'quarter'])).toBe('');
});
