/**
 * One list of public entries: the packages' `exports` maps. Jest and webpack derive their source
 * aliases from them (scripts/workspace-sources.js); tsconfig.json cannot compute, so its "paths"
 * must list exactly the same entries, each pointing at the source the build compiles to it.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { workspaceSources } = require('../../scripts/workspace-sources') as {
  workspaceSources: (root?: string) => Record<string, string>;
};

test('tsconfig.json "paths" are the exports maps, resolved to source', () => {
  const tsconfig = JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8'));
  const paths = Object.fromEntries(
    Object.entries(tsconfig.compilerOptions.paths as Record<string, string[]>).map(([k, [v]]) => [k, path.join(ROOT, v)]),
  );
  expect(paths).toEqual(workspaceSources(ROOT));
});

test('every exported entry has its source, and the subpaths the add-in and the tests use are exported', () => {
  const sources = workspaceSources(ROOT);
  expect(Object.values(sources).filter((file) => !existsSync(file))).toEqual([]);
  expect(Object.keys(sources).sort()).toEqual([
    '@ledger-review/scoring',
    '@ledger-review/workbook',
    '@ledger-review/workbook/demo',
    '@ledger-review/workbook/documents',
    '@ledger-review/workbook/node',
    '@ledger-review/workbook/sheet/styles',
    '@ledger-review/workbook/xlsx/a1',
  ]);
});
