/**
 * Reading what the office received from a folder: every entry accounted for on its own line, one
 * unreadable entry never hides the files after it (before: a dangling link aborted the scan and
 * every later file vanished, so units showed 未报送), and big folders read on all cores give the
 * same results as one thread.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { consolidate, defaultReviewContext } from '@ledger-review/workbook';
import { defaultWorkers, examineFolder, listEntries, readFolder } from '@ledger-review/workbook/node';
import { tempDir } from '../fixtures/excel';
import { filledLedgerBytes } from '../fixtures/ledgers';

const context = defaultReviewContext();

// Tests run as root here, where file permissions do not bite: one test makes a read fail the way it
// does for a clerk without rights. Everything else passes through to the real file system.
jest.mock('node:fs', () => {
  const actual = jest.requireActual<typeof import('node:fs')>('node:fs');
  return { ...actual, readFileSync: jest.fn(actual.readFileSync) };
});
const readFileSync = fs.readFileSync as jest.MockedFunction<typeof fs.readFileSync>;

describe('every entry of a folder is accounted for', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ dir, cleanup } = tempDir());
    const ledger = await filledLedgerBytes({});
    fs.mkdirSync(join(dir, '4月'));
    fs.mkdirSync(join(dir, '5月'));
    fs.writeFileSync(join(dir, '4月', '华龙区.xlsx'), ledger);
    fs.writeFileSync(join(dir, '5月', '华龙区.xlsx'), await filledLedgerBytes({ month: '2021-05', filledDate: '2021-06-03' }));
    fs.writeFileSync(join(dir, '~$华龙区.xlsx'), 'lock');
    fs.writeFileSync(join(dir, '.DS_Store'), 'finder');
    fs.symlinkSync(join(dir, '已删除.xlsx'), join(dir, '失效链接.xlsx'));
    fs.symlinkSync(join(dir, '环b'), join(dir, '环a'));
    fs.symlinkSync(join(dir, '环a'), join(dir, '环b'));
    fs.symlinkSync(dir, join(dir, '4月', '上级目录'));
    execFileSync('mkfifo', [join(dir, '管道.xlsx')]);
    fs.writeFileSync(join(dir, '清丰县.xlsx'), await filledLedgerBytes({ unit: '清丰县' }));
  });
  afterAll(() => cleanup());

  test('regression: a dangling link, a link loop, a pipe, lock and hidden files are listed with reasons, and later files are still read', async () => {
    const files = await readFolder([dir]);
    const c = consolidate(files, context);
    expect(c.files.map((f) => [f.file, f.status])).toEqual([
      ['.DS_Store', 'ignored'],
      ['~$华龙区.xlsx', 'ignored'],
      ['4月/华龙区.xlsx', 'accepted'],
      ['4月/上级目录', 'rejected'],
      ['5月/华龙区.xlsx', 'accepted'],
      ['管道.xlsx', 'rejected'],
      ['环a', 'rejected'],
      ['环b', 'rejected'],
      ['清丰县.xlsx', 'accepted'],
      ['失效链接.xlsx', 'rejected'],
    ]);
    const reason = (file: string) => c.files.find((f) => f.file === file)!.reason.message;
    expect(reason('失效链接.xlsx')).toMatch(/^“失效链接.xlsx”是指向不存在位置的链接（快捷方式），未读取：.*已删除.xlsx$/);
    expect(reason('环a')).toBe('“环a”是循环链接（指向自身或上级目录），未读取');
    expect(reason('4月/上级目录')).toBe('“4月/上级目录”是循环链接（指向自身或上级目录），未读取');
    expect(reason('管道.xlsx')).toBe('“管道.xlsx”不是普通文件（管道），未读取');
    expect(reason('~$华龙区.xlsx')).toBe('“~$华龙区.xlsx”是 Excel/WPS 打开工作簿时生成的临时锁定文件（~$ 开头），已忽略');
    expect(reason('.DS_Store')).toBe('“.DS_Store”是隐藏文件或隐藏目录（以 . 开头），已忽略');
    // Ignored files are notices, not errors: they do not make a run fail.
    expect(c.files.filter((f) => f.status === 'ignored').every((f) => f.errors === 0)).toBe(true);
  });

  test('regression: files of the same name in different sub-folders are told apart by their relative path', async () => {
    const c = consolidate(await readFolder([dir]), context);
    expect(c.ledgers.map((l) => [l.file, l.month])).toEqual([
      ['4月/华龙区.xlsx', '2021-04'],
      ['5月/华龙区.xlsx', '2021-05'],
      ['清丰县.xlsx', '2021-04'],
    ]);
  });

  test('regression: a file without read permission is listed with that reason and the files after it are read', async () => {
    const realRead = jest.requireActual<typeof import('node:fs')>('node:fs').readFileSync;
    readFileSync.mockImplementation(((p: fs.PathOrFileDescriptor, options?: unknown) => {
      if (String(p).endsWith('4月/华龙区.xlsx')) throw Object.assign(new Error(`EACCES: permission denied, open '${String(p)}'`), { code: 'EACCES' });
      return realRead(p, options as undefined);
    }) as typeof fs.readFileSync);
    try {
      const c = consolidate(await readFolder([dir]), context);
      const denied = c.files.find((f) => f.file === '4月/华龙区.xlsx')!;
      expect(denied).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: '没有读取“4月/华龙区.xlsx”的权限，未读取；请检查文件或目录的访问权限' }) });
      expect(c.ledgers.map((l) => l.file)).toEqual(['5月/华龙区.xlsx', '清丰县.xlsx']);
    } finally {
      readFileSync.mockImplementation(realRead);
    }
  });

  test('two folders holding the same relative name are prefixed with their folder', () => {
    const names = listEntries([join(dir, '4月'), join(dir, '5月')]).map((e) => e.name);
    expect(names).toEqual(['4月/华龙区.xlsx', '上级目录', '5月/华龙区.xlsx']);
  });

  test('a path that does not exist is one line, not a crash', () => {
    expect(listEntries([join(dir, '没有这个目录')])).toEqual([
      expect.objectContaining({ failure: expect.objectContaining({ code: 'path-not-found' }) }),
    ]);
  });
});

test('examining in worker threads gives what one thread gives, in the same order', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const units = ['华龙区', '濮阳县', '清丰县', '南乐县', '范县', '台前县'];
    for (const [i, unit] of units.entries()) {
      for (const month of ['2021-04', '2021-05', '2021-06']) {
        const bytes = await filledLedgerBytes({ unit, month, filledDate: `${month.slice(0, 5)}0${Number(month.slice(5)) + 1}-0${1 + (i % 5)}` });
        fs.writeFileSync(join(dir, `${unit}${month}.xlsx`), bytes);
      }
    }
    fs.writeFileSync(join(dir, '坏文件.xlsx'), 'not a workbook');
    const local = await examineFolder([dir], context, { workers: 0 });
    // Worker threads need the compiled worker script (packages/workbook/dist): run from it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const built = require('../../packages/workbook/dist/node') as typeof import('@ledger-review/workbook/node');
    const progress: number[] = [];
    const parallel = await built.examineFolder([dir], context, { workers: 2, onProgress: (done) => progress.push(done) });
    expect(parallel).toEqual(local);
    expect(parallel).toHaveLength(units.length * 3 + 1);
    expect(progress.sort((a, b) => a - b)).toEqual(parallel.map((_, i) => i + 1));
  } finally {
    cleanup();
  }
}, 60_000);

test('worker threads by default only where the cores leave room for them beside the V8 helpers of each reading thread', () => {
  // Two cores: one reading thread and its compiler and GC; a worker only competes (see defaultWorkers).
  expect([1, 2, 3, 4, 6, 8, 12, 64].map(defaultWorkers)).toEqual([0, 0, 1, 1, 3, 4, 7, 7]);
});
