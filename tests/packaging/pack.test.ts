/**
 * The two libraries as someone else gets them: `npm pack` both, install the tarballs into an
 * empty folder (offline when npm's cache holds fflate, as after `npm ci`), and run each README's
 * example there — the scoring one must print exactly the lines its README shows, the workbook
 * one must rank the sample quarter (written by the installed `ledger-review` bin) as the library
 * does here. The examples are also type-checked against the shipped declarations through the
 * exports maps. Also pins what the tarballs hold: dist without tests or fixtures, README,
 * LICENSE, the bin.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { defaultReviewContext, runReview } from '@ledger-review/workbook';
import { readFolder } from '@ledger-review/workbook/node';

const ROOT = path.resolve(__dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The environment without what `npm test` exports to its children (npm_config_*, npm_lifecycle_*). */
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}) in ${cwd}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** The fenced block after `<!-- kind: name -->` in a README. */
function readmeBlock(readme: string, kind: 'example' | 'output', name: string): string {
  const m = new RegExp(`<!-- ${kind}: ${name.replace('.', '\\.')} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!m) throw new Error(`no ${kind} block for ${name}`);
  return m[1];
}

const readme = (pkg: string) => readFileSync(path.join(ROOT, 'packages', pkg, 'README.md'), 'utf8');

let dir: string;
let app: string;
let tarballs: Record<'scoring' | 'workbook', string>;
let contents: Record<string, string[]>;

beforeAll(() => {
  // What `npm ci` does (prepare), so the tarballs hold the current sources (incremental: fast when built).
  run(NPM, ['run', 'build:lib'], ROOT);
  dir = mkdtempSync(path.join(tmpdir(), 'lr-pack-'));
  const packed = JSON.parse(
    run(NPM, ['pack', '--json', '--pack-destination', dir, '--workspace', 'packages/scoring', '--workspace', 'packages/workbook'], ROOT).stdout,
  ) as Array<{ name: string; filename: string; files: Array<{ path: string }> }>;
  tarballs = {
    scoring: path.join(dir, packed.find((p) => p.name === '@ledger-review/scoring')!.filename),
    workbook: path.join(dir, packed.find((p) => p.name === '@ledger-review/workbook')!.filename),
  };
  contents = Object.fromEntries(packed.map((p) => [p.name, p.files.map((f) => f.path).sort()]));
  app = path.join(dir, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'lr-pack-app', private: true }));
  run(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', tarballs.scoring, tarballs.workbook], app);
  writeFileSync(path.join(app, 'my-script.js'), readmeBlock(readme('scoring'), 'example', 'my-script.js'));
  writeFileSync(path.join(app, 'review.mjs'), readmeBlock(readme('workbook'), 'example', 'review.mjs'));
}, 300_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the tarballs', () => {
  test.each(['@ledger-review/scoring', '@ledger-review/workbook'])('%s: dist, README, LICENSE; no tests, fixtures or stray files', (name) => {
    const files = contents[name];
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts']));
    expect(files.filter((f) => /\.test\.|\/testing\/|__tests__|(^|\/)src\//.test(f))).toEqual([]);
    const dirName = name.split('/')[1];
    // Every compiled file comes from a current source (no leftovers of renamed modules).
    const stray = files
      .filter((f) => f.startsWith('dist/') && f.endsWith('.js'))
      .map((f) => f.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'))
      .filter((src) => !readdirSync(path.join(ROOT, 'packages', dirName, path.dirname(src))).includes(path.basename(src)));
    expect(stray).toEqual([]);
  });

  test('source maps carry their sources (src/ is not shipped)', () => {
    const map = JSON.parse(readFileSync(path.join(app, 'node_modules/@ledger-review/workbook/dist/index.js.map'), 'utf8'));
    expect(map.sourcesContent).toHaveLength(map.sources.length);
  });

  test('only the exports map is reachable', () => {
    const r = spawnSync(process.execPath, ['-e', "require('@ledger-review/workbook/dist/cli/main')"], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});

test('the scoring README example prints what the README shows', () => {
  const code = readmeBlock(readme('scoring'), 'example', 'my-script.js');
  const expected = code
    .trimEnd()
    .split('\n')
    .reverse()
    .filter((_line, i, lines) => lines.slice(0, i + 1).every((l) => l.startsWith('// ')))
    .reverse()
    .map((line) => line.slice(3));
  expect(expected.length).toBeGreaterThan(2);
  const out = run(process.execPath, ['my-script.js'], app).stdout;
  expect(out.trimEnd().split('\n').map((line) => line.trimEnd())).toEqual(expected);
});

test('the workbook README example reviews the sample quarter the installed bin writes', async () => {
  const text = readme('workbook');
  run(path.join(app, 'node_modules/.bin/ledger-review'), ['demo', '样例'], app);
  const folders = ['样例/台账', '样例/检查'];
  const out = run(process.execPath, ['review.mjs', '2021Q2', ...folders], app).stdout.trimEnd().split('\n');

  // The lines the README shows, in that order.
  const shown = readmeBlock(text, 'output', 'review.mjs').trimEnd().split('\n');
  expect(out.filter((line) => shown.includes(line))).toEqual(shown);

  // Every unit as the library (from source, here) ranks the same files.
  const received = await readFolder(folders.map((f) => path.join(app, f)), { workers: 0 });
  const { review } = runReview({ received, quarter: '2021Q2', context: defaultReviewContext() });
  const ranked = out.slice(1).map((line) => line.split(' ').slice(0, 4));
  expect(ranked).toEqual(review.units.map((u) => [u.group, `${u.rank}${u.tied ? '（并列）' : ''}`, u.unitName, u.composite.toFixed(2)]));
  expect(ranked).toHaveLength(29);
}, 120_000);

test('both examples type-check against the shipped declarations (node16 resolution, strict)', () => {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  const args = [
    tsc, '--noEmit', '--allowJs', '--checkJs', '--strict', '--skipLibCheck', '--target', 'es2022',
    '--module', 'node16', '--moduleResolution', 'node16',
    '--typeRoots', path.join(ROOT, 'node_modules/@types'), '--types', 'node',
    'my-script.js', 'review.mjs',
  ];
  const r = spawnSync(process.execPath, args, { cwd: app, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
}, 60_000);

test('`npx ledger-review --help` works from the installed package', () => {
  const out = execFileSync(path.join(app, 'node_modules/.bin/ledger-review'), ['--help'], { cwd: app, env: cleanEnv(), encoding: 'utf8' });
  expect(out).toMatch(/^ {2}template +生成模板工作簿/m);
});
