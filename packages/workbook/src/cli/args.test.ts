import { UsageError, parseArgs, stringOption } from './args';

test('command, positionals, --key value, --key=value and boolean flags', () => {
  expect(
    parseArgs(['validate', 'a.xlsx', '--json', 'b.xlsx', '--lang', 'en', '--out=x y.xlsx', '-h']),
  ).toEqual({
    command: 'validate',
    positionals: ['a.xlsx', 'b.xlsx'],
    options: { json: true, lang: 'en', out: 'x y.xlsx', help: true },
  });
});

test('boolean flags never swallow the next argument; a valued option before another option is true', () => {
  expect(parseArgs(['template', '--ledgers', '2021-04']).positionals).toEqual(['2021-04']);
  expect(parseArgs(['template', '--out', '--json']).options).toEqual({ out: true, json: true });
});

test('stringOption: absent is undefined, a valued option without value is a usage error', () => {
  const args = parseArgs(['template', '--out']);
  expect(stringOption(args, 'month')).toBeUndefined();
  expect(() => stringOption(args, 'out')).toThrow(new UsageError('--out 需要一个取值'));
});
