import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import officeAddins from 'eslint-plugin-office-addins';

/** Node's built-in modules, with and without the `node:` scheme. */
const NODE_BUILTINS = [
  'node:*',
  ...['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'net', 'os', 'path',
    'perf_hooks', 'process', 'stream', 'timers', 'url', 'util', 'worker_threads', 'zlib'],
];
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', 'tests/**'];

/**
 * The layers (scoring ← workbook ← add-in) as import rules: each entry is one boundary, with the
 * reason people see when they cross it. ESLint's flat config replaces a rule's options per file
 * rather than merging them, so every file group lists all the boundaries that hold for it.
 */
const BOUNDARY = {
  notWorkbook: {
    group: ['@ledger-review/workbook', '@ledger-review/workbook/*', '**/workbook/**'],
    message: 'packages/scoring is the pure domain: it imports nothing from the workbook layer.',
  },
  notAddin: {
    group: ['**/src/office/**', '**/src/taskpane/**', '**/src/engine/**', '**/src/browser/**', '**/src/commands/**', '**/src/i18n/**'],
    message: 'The libraries do not know the add-in: only src/ imports the packages, never the reverse.',
  },
  notUi: {
    group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*', 'office-js', '@microsoft/office-js'],
    message: 'No UI or Office in the libraries: hosts (src/office, the task pane) render what they compute.',
  },
  notNode: {
    group: NODE_BUILTINS,
    message: 'The main entry runs in the browser too: Node APIs belong in node/ or cli/ (the ./node subpath, the bin).',
  },
  notNodeInScoring: {
    group: NODE_BUILTINS,
    message: 'packages/scoring has no I/O: hosts read files and hand over records.',
  },
  notExceljs: {
    group: ['exceljs'],
    message: 'ExcelJS is a test oracle only: the product reads and writes .xlsx with packages/workbook/src/xlsx.',
  },
  notDeep: {
    group: ['**/packages/*/src/**', '**/packages/*/dist/**', '@ledger-review/*/src/**', '@ledger-review/*/dist/**'],
    message: 'Use the packages\' public entries (@ledger-review/scoring, @ledger-review/workbook and its exports subpaths).',
  },
  notNodeSubpath: {
    group: ['@ledger-review/workbook/node'],
    message: 'The add-in runs in a browser: @ledger-review/workbook/node is for Node programs.',
  },
};
const restrict = (...boundaries) => ['error', { patterns: boundaries }];

const OFFICE_GLOBALS = ['Excel', 'Office', 'OfficeExtension', 'OfficeRuntime'].map((name) => ({
  name,
  message: 'Only src/office (and the ribbon commands) touch Office.js: go through the host operations (HostOps).',
}));
const NODE_GLOBALS = ['Buffer', 'process', 'require', '__dirname', '__filename', 'global'].map((name) => ({
  name,
  message: 'The main entry runs in the browser too: Node belongs in node/ or cli/.',
}));

/** The Office add-in template's recommended office-addins rules (severities as it sets them). */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules ?? {}))
    .filter(([name]) => name.startsWith('office-addins/')),
);
/** eslint-plugin-react's recommended rules, which the template's `react` config starts from. */
const reactRecommended = officeAddins.configs.react[0];

export default tseslint.config(
  { ignores: ['**/dist/**', 'dist-wps/**', '**/node_modules/**', 'coverage/**', 'demo-output/**', 'test-artifacts/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-redeclare': ['error', { builtinGlobals: false }] },
  },

  // The add-in: Office.js habits (one sync per batch, load before read, isNullObject) where
  // Office is touched, and React's rules in the task pane, as the Office add-in template does.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: officeAddinsRules,
  },
  {
    files: ['src/**/*.tsx'],
    plugins: reactRecommended.plugins,
    languageOptions: reactRecommended.languageOptions,
    settings: { react: { version: 'detect' } },
    rules: {
      ...reactRecommended.rules,
      // The automatic JSX runtime (tsconfig "jsx": "react-jsx") needs no React in scope; types replace prop-types.
      'react/react-in-jsx-scope': 'off',
      'react/jsx-uses-react': 'off',
      'react/prop-types': 'off',
    },
  },

  // Layer boundaries.
  {
    files: ['packages/scoring/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(BOUNDARY.notWorkbook, BOUNDARY.notAddin, BOUNDARY.notUi, BOUNDARY.notNodeInScoring, BOUNDARY.notExceljs) },
  },
  {
    files: ['packages/workbook/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(BOUNDARY.notAddin, BOUNDARY.notUi, BOUNDARY.notNode, BOUNDARY.notExceljs) },
  },
  {
    // Where Node is allowed: the ./node subpath, the CLI, the sample quarter's writer.
    files: ['packages/workbook/src/node/**', 'packages/workbook/src/cli/**', 'packages/workbook/src/demo/node.ts'],
    rules: { 'no-restricted-imports': restrict(BOUNDARY.notAddin, BOUNDARY.notUi, BOUNDARY.notExceljs) },
  },
  {
    // Tests read files and use ExcelJS as an independent oracle.
    files: ['packages/workbook/**/*.test.ts', 'packages/workbook/**/testing/**'],
    rules: { 'no-restricted-imports': restrict(BOUNDARY.notAddin, BOUNDARY.notUi) },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: { 'no-restricted-imports': restrict(BOUNDARY.notDeep, BOUNDARY.notNodeSubpath, BOUNDARY.notExceljs) },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: {
      'no-restricted-imports': restrict({
        // The CLI is a program, not library surface: its tests drive its entry point.
        regex: '(^|/)packages/[^/]+/(dist/|src/(?!cli/main$))|^@ledger-review/[^/]+/(src|dist)/',
        message: BOUNDARY.notDeep.message,
      }),
    },
  },
  {
    // Only src/office (and the ribbon's function file in src/commands) touch Office.js.
    files: ['src/**/*.ts', 'src/**/*.tsx', 'packages/*/src/**/*.ts'],
    ignores: ['src/office/**', 'src/commands/**', ...TEST_FILES],
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS] },
  },
  {
    // The libraries' browser-safe entries use no Node globals either (Buffer, process, require…).
    files: ['packages/scoring/src/**/*.ts', 'packages/workbook/src/**/*.ts'],
    ignores: ['packages/workbook/src/node/**', 'packages/workbook/src/cli/**', 'packages/workbook/src/demo/node.ts', ...TEST_FILES],
    rules: { 'no-restricted-globals': ['error', ...OFFICE_GLOBALS, ...NODE_GLOBALS] },
  },
);
