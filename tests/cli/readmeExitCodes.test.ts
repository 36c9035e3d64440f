/** Exit codes are documented for every command (issue "trust at scale"): the README says what --help says. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type CliIO } from '../../packages/workbook/src/cli/main';

async function help(...argv: string[]): Promise<string> {
  const out: string[] = [];
  const io: CliIO = { out: (s) => void out.push(s), err: () => undefined, cwd: process.cwd() };
  await main([...argv, '--lang', 'zh-CN'], io);
  return out.join('\n');
}

test('the README lists every command with the exit codes its --help gives', async () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const commands = [...(await help('--help')).matchAll(/^\s{2}([a-z]+)\s/gm)].map((m) => m[1]);
  expect(commands).toEqual(expect.arrayContaining(['template', 'validate', 'consolidate', 'review', 'documents', 'demo']));
  for (const name of commands) {
    const codes = /退出码：(.+)$/m.exec(await help(name, '--help'))?.[1];
    expect([name, codes !== undefined && readme.includes(`| ${name} | ${codes} |`)]).toEqual([name, true]);
  }
});
