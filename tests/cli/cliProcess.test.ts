/**
 * The built CLI as a script would run it: a real child process of the `ledger-review` bin
 * (packages/workbook/bin/ledger-review.js, which runs dist/cli/main.js) with pipes (not a
 * terminal). dist/ is built by `npm ci` (`prepare`); without it the bin says to run
 * `npm run build:lib` and every test here fails with that message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGrids, readTemplateWorkbook } from '@ledger-review/workbook';
import { cliProcess, validateInputs } from '../helpers/cli';
import { suiteTempDir } from '../helpers/tempDir';

describe('ledger-review as a child process', () => {
  const dir = suiteTempDir('lr-cli-proc-');
  const { good, bad, notZip } = validateInputs(dir);

  test('validate --json: exit 0, JSON on stdout, nothing on stderr (no progress on a pipe)', async () => {
    const r = await cliProcess('validate', good, good, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toHaveLength(2);
    expect(json[0]).toMatchObject({
      file: good,
      kind: 'ledger',
      status: 'accepted',
      unitCode: 'XQ01',
      valid: true,
      errors: 0,
      findings: [],
    });
  });

  test('exit 1 when a ledger has errors', async () => {
    const r = await cliProcess('validate', bad, '--json');
    expect(r.code).toBe(1);
    expect(
      JSON.parse(r.stdout)[0].findings.map((f: { code: string; address: string }) => [f.code, f.address]),
    ).toEqual([['phone-invalid', 'I2']]);
  });

  test('exit 2 for unreadable input and for usage errors, with the reason on stderr', async () => {
    const unreadable = await cliProcess('validate', notZip);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stdout).toContain('文件“南乐县.xlsx”不是有效的 .xlsx 工作簿');
    const usage = await cliProcess('frobnicate', '--lang', 'en');
    expect(usage).toMatchObject({ code: 2, stdout: '' });
    expect(usage.stderr).toBe(
      'usage error: Unknown command "frobnicate" [cli-unknown-command]\nRun ledger-review --help for usage.\n',
    );
  });

  test('--lang en prints English', async () => {
    const r = await cliProcess('validate', bad, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Phone number “12” is malformed');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('0/1 valid');
  });

  test('template writes a real template workbook', async () => {
    const out = join(dir, '指标 模板.xlsx');
    const r = await cliProcess('template', '--out', out);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`已生成模板工作簿：${out}\n`);
    expect(readTemplateWorkbook(readGrids(new Uint8Array(readFileSync(out)))).problems).toEqual([]);
  });
});
