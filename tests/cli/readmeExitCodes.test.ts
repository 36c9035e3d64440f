/** Exit codes are documented for every command (issue "trust at scale"): the README says what --help says. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../packages/workbook/src/cli/spec';

test('the README lists every command with the exit codes its --help gives', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  for (const c of COMMANDS) {
    const codes = c.exitCodes.zh.replace(/^退出码：/, '');
    expect([c.name, readme.includes(`| ${c.name} | ${codes} |`)]).toEqual([c.name, true]);
  }
});
