/**
 * Issue 8, the CLI as a real process (the built bin, as cliProcess.test.ts runs it): a reader that
 * leaves the pipe early (`… --json | head -c 100`) ends the run quietly, with the exit code of the
 * run and no stack trace; every command exits with the codes its --help states.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filledLedgerBytes } from '../fixtures/ledgers';
import { CLI_BIN, cliProcess, runProcess } from '../helpers/cli';
import { suiteTempDir } from '../helpers/tempDir';

const dir = suiteTempDir('lr-trust-proc-');
const good = join(dir, '华龙区 2021年4月 工作台账.xlsx');
const unfilled = join(dir, '清丰县 2021年4月 工作台账.xlsx');

beforeAll(async () => {
  writeFileSync(good, await filledLedgerBytes({}));
  // An unfilled template: an error on every row, so --json runs to far more than a pipe holds.
  writeFileSync(unfilled, await filledLedgerBytes({ unit: '清丰县', blankRows: true, filledDate: null }));
});

test('regression: validate --json | head -c 100 ends quietly (no EPIPE crash, no stack trace) with the exit code of the run', async () => {
  const files = Array.from({ length: 80 }, () => unfilled);
  // The output must be larger than a pipe holds, or the run ends before head leaves.
  const full = await cliProcess('validate', ...files, '--json');
  expect(Buffer.byteLength(full.stdout)).toBeGreaterThan(256 * 1024);
  expect(full.code).toBe(1);

  const errFile = join(dir, 'stderr.txt');
  const headFile = join(dir, 'head.bin');
  const script = `"$0" "$1" validate "\${@:2}" --json 2>"${errFile}" | head -c 100 >"${headFile}"; echo "exit=\${PIPESTATUS[0]}"`;
  const r = await runProcess('bash', ['-c', script, process.execPath, CLI_BIN, ...files]);
  expect(r.stdout).toBe('exit=1\n');
  expect(readFileSync(headFile).equals(Buffer.from(full.stdout).subarray(0, 100))).toBe(true);
  const stderr = readFileSync(errFile, 'utf8');
  expect(stderr).not.toMatch(/EPIPE|Error|at .*\.js:\d+/);
  expect(stderr).toBe('');
}, 180_000);

describe('regression: exit codes per command as --help states them', () => {
  test.each([
    ['template', '退出码：0 已写出；2 用法错误或模板工作簿有错误'],
    ['validate', '退出码：0 全部通过；1 有文件有错误；2 用法错误或有文件无法读取'],
    ['consolidate', '退出码：0 完成；1 输入文件有错误，结果已写出；2 用法错误或没有可读取的输入'],
    ['review', '退出码：0 完成；1 输入文件有错误，结果已写出；2 用法错误或没有可读取的输入'],
    ['documents', '退出码：0 已写出；1 已写出，但 --pdf 未能全部转换；2 用法错误或不是季度点评工作簿'],
    ['demo', '退出码：0 完成；2 用法错误'],
  ])('%s --help states its exit codes', async (command, line) => {
    const r = await cliProcess(command, '--help');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain(line);
  });

  test('consolidate and review: 0 done, 1 inputs had errors (output written), 2 usage error or nothing readable', async () => {
    const clean = join(dir, 'clean');
    const dirty = join(dir, 'dirty');
    const empty = join(dir, 'empty');
    mkdirSync(clean);
    mkdirSync(dirty);
    mkdirSync(empty);
    for (const month of ['2021-04', '2021-05', '2021-06']) {
      const bytes = await filledLedgerBytes({ month });
      writeFileSync(join(clean, `华龙区 ${month}.xlsx`), bytes);
      writeFileSync(join(dirty, `华龙区 ${month}.xlsx`), bytes);
    }
    writeFileSync(
      join(dirty, '清丰县 2021-04.xlsx'),
      await filledLedgerBytes({ unit: '清丰县', phone: '12' }),
    );
    for (const command of ['consolidate', 'review']) {
      const ok = join(dir, `${command}-ok.xlsx`);
      const errs = join(dir, `${command}-errors.xlsx`);
      const none = join(dir, `${command}-none.xlsx`);
      const zero = await cliProcess(command, clean, '--quarter', '2021Q2', '--out', ok);
      expect([command, zero.code, zero.stderr.includes('Error')]).toEqual([command, 0, false]);
      expect(existsSync(ok)).toBe(true);
      const one = await cliProcess(command, dirty, '--quarter', '2021Q2', '--out', errs);
      expect([command, one.code]).toEqual([command, 1]);
      expect(existsSync(errs)).toBe(true);
      const two = await cliProcess(command, empty, '--quarter', '2021Q2', '--out', none);
      expect([command, two.code]).toEqual([command, 2]);
      expect(two.stderr).toMatch(/^用法错误：.*\[cli-no-files\]$/m);
      expect(two.stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(none)).toBe(false);
    }
  }, 240_000);

  test('documents: 2 for a workbook that is not a review; template: 0 written', async () => {
    const r = await cliProcess('documents', good, '--out', join(dir, 'docs'));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const t = await cliProcess('template', '--out', join(dir, '模板.xlsx'));
    expect(t.code).toBe(0);
  }, 120_000);
});
