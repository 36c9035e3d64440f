/**
 * Names from the roster go into output paths (issue "trust at scale"): `template --ledgers` used
 * to write outside --out for a unit named with "../", and a bad name aborted the batch half-way.
 * Now every name is checked when the template workbook is read, and nothing is written unless all
 * are valid.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, DEFAULT_TEMPLATE, defaultRoster } from '@ledger-review/scoring';
import { buildTemplateWorkbookPlan, ledgerFileName, renderWorkbook } from '@ledger-review/workbook';
import { cli } from '../helpers/cli';
import { tempDir } from '../fixtures/excel';


test('regression: a roster name with "../" or a control character stops template --ledgers before any file is written, naming the row', async () => {
  const { dir, cleanup } = tempDir('roster-names-');
  try {
    const roster = defaultRoster();
    roster[5].name = '../../逃逸单位';
    roster[20].name = '市第二\n局';
    const template = join(dir, '指标模板.xlsx');
    writeFileSync(template, await renderWorkbook(buildTemplateWorkbookPlan({ template: DEFAULT_TEMPLATE, roster, settings: DEFAULT_SETTINGS, team: { members: [] } })));
    const out = join(dir, 'out', '台账');
    const r = await cli('template', '--ledgers', '--month', '2021-04', '--template', template, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('单位名称“../../逃逸单位”含有“..”');
    expect(r.err).toContain('单位名称“市第二\\u000a局”含有“\\u000a”');
    expect(r.err).toMatch(/单位名录!B7/);
    // Nothing written, inside --out or outside it.
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['指标模板.xlsx']);
  } finally {
    cleanup();
  }
});

test('a roster built in code still gets a safe file name: never a path, never a control character', () => {
  const unit = { ...defaultRoster()[0], name: '../a/b\\c:d\u0007' };
  expect(ledgerFileName(unit, '2021-04')).toBe('__a_b_c_d__2021年4月_工作台账.xlsx');
});
