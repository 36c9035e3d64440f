/**
 * The layer boundaries live in eslint.config.mjs (`no-restricted-imports`,
 * `no-restricted-globals`) and the Office add-in rules come from eslint-plugin-office-addins;
 * `npm test` runs `eslint .`. This pins that each rule really fires where it should and stays
 * quiet where the code is allowed, by linting small snippets as if they sat at those paths (in
 * one child process: the flat config is an ES module, which jest's module system cannot load).
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

const imports = (...specs: string[]) =>
  specs.map((s, i) => `import * as m${i} from '${s}';\nvoid m${i};\n`).join('');
const OFFICE_GLOBALS =
  'export async function f(): Promise<void> {\n  await Excel.run(async () => undefined);\n  void Office.context;\n}\n';

/** Imports across a layer boundary: `no-restricted-imports` must refuse each one. */
const CROSSING = {
  'scoring: workbook package': [
    'packages/scoring/src/scoring/example.ts',
    imports('@ledger-review/workbook'),
  ],
  'scoring: workbook source': [
    'packages/scoring/src/scoring/example.ts',
    imports('../../../workbook/src/ledger/check'),
  ],
  'scoring: node:fs': ['packages/scoring/src/scoring/example.ts', imports('node:fs')],
  'scoring: fs': ['packages/scoring/src/scoring/example.ts', imports('fs')],
  'scoring: exceljs': ['packages/scoring/src/scoring/example.ts', imports('exceljs')],
  'scoring: react': ['packages/scoring/src/scoring/example.ts', imports('react')],
  'scoring: fluent': ['packages/scoring/src/scoring/example.ts', imports('@fluentui/react-components')],
  'scoring: add-in': ['packages/scoring/src/scoring/example.ts', imports('../../../../src/office/host')],
  'workbook entry: node:fs': ['packages/workbook/src/ledger/example.ts', imports('node:fs')],
  'workbook entry: path': ['packages/workbook/src/ledger/example.ts', imports('path')],
  'workbook entry: worker_threads': ['packages/workbook/src/ledger/example.ts', imports('worker_threads')],
  'workbook entry: exceljs': ['packages/workbook/src/ledger/example.ts', imports('exceljs')],
  'workbook entry: react': ['packages/workbook/src/ledger/example.ts', imports('react')],
  'workbook entry: add-in': [
    'packages/workbook/src/ledger/example.ts',
    imports('../../../../src/taskpane/App'),
  ],
  'workbook node/: exceljs': ['packages/workbook/src/node/example.ts', imports('exceljs')],
  'workbook cli/: exceljs': ['packages/workbook/src/cli/example.ts', imports('exceljs')],
  'add-in: package source': ['src/engine/example.ts', imports('../../packages/workbook/src/xlsx/a1')],
  'add-in: package dist': ['src/engine/example.ts', imports('@ledger-review/workbook/dist/index')],
  'add-in: node subpath': ['src/engine/example.ts', imports('@ledger-review/workbook/node')],
  'add-in: exceljs': ['src/taskpane/example.ts', imports('exceljs')],
  'tests: package source': [
    'tests/workbook/example.test.ts',
    imports('../../packages/workbook/src/consolidate/consolidate'),
  ],
  'tests: package dist': ['tests/workbook/example.test.ts', imports('../../packages/workbook/dist/cli/main')],
} satisfies Record<string, [string, string]>;

/** Imports where they are allowed: no rule may fire. */
const WITHIN = {
  'scoring: own modules': [
    'packages/scoring/src/scoring/example.ts',
    imports('../model/types', './rankWithTies'),
  ],
  'scoring: fast-check in a test': ['packages/scoring/src/scoring/example.test.ts', imports('fast-check')],
  'workbook entry: own modules': [
    'packages/workbook/src/ledger/example.ts',
    imports('@ledger-review/scoring', 'fflate', '../sheet/grid'),
  ],
  'workbook node/: Node': [
    'packages/workbook/src/node/example.ts',
    imports('node:fs', 'node:path', 'worker_threads'),
  ],
  'workbook cli/: Node': ['packages/workbook/src/cli/example.ts', imports('node:fs', 'node:path')],
  'workbook demo/node.ts: Node': ['packages/workbook/src/demo/node.ts', imports('node:path')],
  'workbook test: fs and exceljs': [
    'packages/workbook/src/xlsx/example.test.ts',
    imports('node:fs', 'exceljs'),
  ],
  'add-in: public entries': [
    'src/engine/example.ts',
    imports(
      '@ledger-review/workbook',
      '@ledger-review/workbook/demo',
      '@ledger-review/workbook/xlsx/a1',
      '@ledger-review/scoring',
    ),
  ],
  'tests: public surface and the CLI entry': [
    'tests/workbook/example.test.ts',
    imports(
      '@ledger-review/workbook',
      '@ledger-review/workbook/node',
      '../../packages/workbook/src/cli/main',
      'exceljs',
      'node:fs',
    ),
  ],
} satisfies Record<string, [string, string]>;

/** Each snippet and where it is placed (relative to the repository). */
const SNIPPETS = {
  ...CROSSING,
  ...WITHIN,
  'workbook entry: Node globals': [
    'packages/workbook/src/xlsx/reader/example.ts',
    'export const n = Buffer.byteLength(process.cwd()) + __dirname.length;\n',
  ],
  'workbook node/: Node globals': [
    'packages/workbook/src/node/example.ts',
    'export const n = Buffer.byteLength(process.cwd()) + __dirname.length;\n',
  ],
  'Office globals in the task pane': ['src/taskpane/example.ts', OFFICE_GLOBALS],
  'Office globals in the workbook package': ['packages/workbook/src/xlsx/example.ts', OFFICE_GLOBALS],
  'Office globals in src/office': ['src/office/example.ts', OFFICE_GLOBALS],
  'Office globals in src/commands': ['src/commands/example.ts', OFFICE_GLOBALS],
  'sync in a loop': [
    'src/office/example.ts',
    'export async function f(context: Excel.RequestContext, names: string[]): Promise<void> {\n' +
      '  for (const n of names) {\n    context.workbook.worksheets.getItem(n).load("name");\n    await context.sync();\n  }\n}\n',
  ],
  'read before load': [
    'src/office/example.ts',
    'export async function f(context: Excel.RequestContext): Promise<string> {\n' +
      '  const sheet = context.workbook.worksheets.getActiveWorksheet();\n  await context.sync();\n  return sheet.name;\n}\n',
  ],
  'a list without keys': [
    'src/taskpane/components/Example.tsx',
    'export const L = ({ xs }: { xs: string[] }) => <ul>{xs.map((x) => <li>{x}</li>)}</ul>;\n',
  ],
} satisfies Record<string, [string, string]>;

type Name = keyof typeof SNIPPETS;

/** The names in `table` that start with `prefix`. */
const named = (table: Partial<Record<Name, unknown>>, prefix: string) =>
  (Object.keys(table) as Name[]).filter((name) => name.startsWith(prefix));

const LINT_SCRIPT = `
const { ESLint } = require('eslint');
const snippets = JSON.parse(require('fs').readFileSync(0, 'utf8'));
(async () => {
  const eslint = new ESLint();
  const out = {};
  for (const [name, [file, code]] of Object.entries(snippets)) {
    const [result] = await eslint.lintText(code, { filePath: require('path').resolve(file) });
    out[name] = result.messages.map((m) => m.ruleId || 'fatal: ' + m.message);
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

let rules: Record<Name, string[]>;
beforeAll(() => {
  const json = execFileSync(process.execPath, ['-e', LINT_SCRIPT], {
    cwd: ROOT,
    input: JSON.stringify(SNIPPETS),
    encoding: 'utf8',
  });
  rules = JSON.parse(json);
}, 120_000);

/** The rules reported for a snippet, without the unused-import noise of the snippets themselves. */
const at = (name: Name) => rules[name].filter((id) => id !== '@typescript-eslint/no-unused-vars');

describe('packages/scoring stays the pure domain', () => {
  test.each(named(CROSSING, 'scoring: '))('%s: refused', (name) => {
    expect(at(name)).toEqual(['no-restricted-imports']);
  });

  test('its own modules, and fast-check in its tests, are fine', () => {
    expect(at('scoring: own modules')).toEqual([]);
    expect(at('scoring: fast-check in a test')).toEqual([]);
  });
});

describe('packages/workbook: no add-in, no UI, no ExcelJS; Node only in node/, cli/ and demo/node.ts', () => {
  test.each(named(CROSSING, 'workbook '))('%s: refused', (name) => {
    expect(at(name)).toEqual(['no-restricted-imports']);
  });

  test('no Node globals in the main entry (Buffer, process, __dirname…); node/ may use them', () => {
    expect(at('workbook entry: Node globals')).toEqual([
      'no-restricted-globals',
      'no-restricted-globals',
      'no-restricted-globals',
    ]);
    expect(at('workbook node/: Node globals')).toEqual([]);
  });

  test.each(named(WITHIN, 'workbook '))('%s: allowed', (name) => {
    expect(at(name)).toEqual([]);
  });
});

describe('the add-in', () => {
  test('uses the packages through their public entries only, not the Node subpath, not ExcelJS', () => {
    expect(at('add-in: public entries')).toEqual([]);
    for (const name of named(CROSSING, 'add-in: '))
      expect([name, at(name)]).toEqual([name, ['no-restricted-imports']]);
  });

  test('only src/office and src/commands touch the Office.js globals', () => {
    expect(at('Office globals in the task pane')).toEqual(['no-restricted-globals', 'no-restricted-globals']);
    expect(at('Office globals in the workbook package')).toEqual([
      'no-restricted-globals',
      'no-restricted-globals',
    ]);
    expect(at('Office globals in src/office')).toEqual([]);
    expect(at('Office globals in src/commands')).toEqual([]);
  });

  test('Office.js habits from eslint-plugin-office-addins: no sync in a loop, load before read', () => {
    expect(at('sync in a loop')).toEqual(['office-addins/no-context-sync-in-loop']);
    expect(at('read before load')).toEqual(['office-addins/load-object-before-read']);
  });

  test("React's recommended rules in the task pane", () => {
    expect(at('a list without keys')).toEqual(['react/jsx-key']);
  });
});

test('tests import the public surface; only the CLI entry point is reached into', () => {
  expect(at('tests: public surface and the CLI entry')).toEqual([]);
  expect(at('tests: package source')).toEqual(['no-restricted-imports']);
  expect(at('tests: package dist')).toEqual(['no-restricted-imports']);
});
