import { createProgress } from './progress';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; writes: string[] } {
  const writes: string[] = [];
  const stream = { isTTY, write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

test('a terminal gets one rewritten line and a cleared line at the end', () => {
  const { stream, writes } = fakeStream(true);
  const p = createProgress(stream, true);
  p.update(0, 2, '华龙区.xlsx');
  p.update(2, 2, '');
  p.done('完成');
  expect(writes[0]).toMatch(/^\r░{24} 0\/2 华龙区\.xlsx/);
  expect(writes[1]).toMatch(/^\r█{24} 2\/2/);
  expect(writes.at(-1)).toMatch(/\r完成\n$/);
});

test('a pipe (not a TTY) gets nothing', () => {
  const { stream, writes } = fakeStream(false);
  const p = createProgress(stream);
  p.update(1, 2, 'x');
  p.done('done');
  expect(writes).toEqual([]);
});

test('CI gets nothing even on a terminal', () => {
  const before = process.env.CI;
  process.env.CI = 'true';
  try {
    const { stream, writes } = fakeStream(true);
    createProgress(stream).update(1, 2, 'x');
    expect(writes).toEqual([]);
  } finally {
    if (before === undefined) delete process.env.CI;
    else process.env.CI = before;
  }
});
