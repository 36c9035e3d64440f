#!/usr/bin/env node
/**
 * `npm run bench`: runs every bench module in scripts/bench/ against the built libraries
 * (packages/*\/dist, built by `npm run build:lib` first), prints each figure and writes them all to
 * bench-results.json at the repository root.
 *
 * A bench module is any `scripts/bench/*.js` file (helpers live in scripts/bench/lib/) exporting
 *   async function run(ctx) → Array<{ name, value, unit, target, met, note? }>
 * where `target` is a human-readable bound such as "≤ 2000 ms", or a number in `unit`, or null for
 * a figure reported for information only; `met` is true/false (null when there is no target, and
 * false with `value: null` and a `note` when the figure could not be measured). Add a module by
 * dropping a new file there; modules run in file-name order.
 *
 *   node scripts/bench.js                 every module
 *   node scripts/bench.js scoring lean    only modules whose file name contains a filter
 *   node scripts/bench.js --reuse         ctx.reuseBuild: modules may reuse a fresh build
 *
 * Exit code: 0 when every module ran, even if a target was missed (a miss is a finding, printed
 * clearly, not a crash); 1 when a module threw.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const BENCH_DIR = path.join(__dirname, 'bench');
const RESULTS_FILE = path.join(ROOT, 'bench-results.json');

/** What every bench module receives. */
function makeContext(flags) {
  const tmpDir = path.join(os.tmpdir(), 'ledger-review-bench');
  fs.mkdirSync(tmpDir, { recursive: true });
  return {
    root: ROOT,
    /** A scratch directory that survives between runs (fixtures can be cached there). */
    tmpDir,
    reuseBuild: flags.includes('--reuse'),
    /** require('@ledger-review/<pkg>[/<subpath>]') from its built dist, with a clear message when unbuilt. */
    requireLib(spec) {
      const [pkg, ...subpath] = spec.split('/');
      const dist = path.join(ROOT, 'packages', pkg, 'dist', ...subpath, 'index.js');
      if (!fs.existsSync(dist))
        throw new Error(`packages/${pkg}/dist is missing: run \`npm run build:lib\` first`);
      return require(dist);
    },
    log(message) {
      console.log(`  ${message}`);
    },
  };
}

function formatValue(value) {
  if (value === null || value === undefined) return 'not measured';
  if (typeof value !== 'number') return String(value);
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 3 : 1);
}

function formatTarget(r) {
  if (r.target === null || r.target === undefined) return '';
  return typeof r.target === 'number' ? ` (target ${r.target} ${r.unit})` : ` (target ${r.target})`;
}

function formatResult(r) {
  const target = formatTarget(r);
  const verdict = r.met === true ? '  ✓ met' : r.met === false ? '  ✗ MISSED' : '';
  const note = r.note ? `  — ${r.note}` : '';
  return `${r.name}: ${formatValue(r.value)}${r.value === null || r.value === undefined ? '' : ` ${r.unit}`}${target}${verdict}${note}`;
}

function checkResult(file, r) {
  const problems = [];
  if (typeof r.name !== 'string' || !r.name) problems.push('name');
  if (!(typeof r.value === 'number' || r.value === null)) problems.push('value');
  if (typeof r.unit !== 'string') problems.push('unit');
  if (!(typeof r.target === 'string' || typeof r.target === 'number' || r.target === null))
    problems.push('target');
  if (!(typeof r.met === 'boolean' || r.met === null)) problems.push('met');
  if (problems.length)
    throw new Error(`${file}: malformed result ${JSON.stringify(r)} (check ${problems.join(', ')})`);
}

async function main() {
  const args = process.argv.slice(2);
  const flags = args.filter((a) => a.startsWith('--'));
  const filters = args.filter((a) => !a.startsWith('--'));
  const files = fs
    .readdirSync(BENCH_DIR, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => e.name)
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  if (files.length === 0) {
    console.error(`no bench module in scripts/bench matches ${filters.join(' ') || '*.js'}`);
    process.exit(1);
  }

  const ctx = makeContext(flags);
  const results = [];
  let crashed = 0;
  for (const file of files) {
    console.log(`\n▶ ${file}`);
    try {
      const mod = require(path.join(BENCH_DIR, file));
      if (typeof mod.run !== 'function') throw new Error(`${file} does not export run(ctx)`);
      const out = await mod.run(ctx);
      if (!Array.isArray(out)) throw new Error(`${file}: run(ctx) must return an array of results`);
      for (const r of out) {
        checkResult(file, r);
        results.push({
          name: r.name,
          value: r.value,
          unit: r.unit,
          target: r.target,
          met: r.met,
          ...(r.note ? { note: r.note } : {}),
        });
        console.log(formatResult(r));
      }
    } catch (err) {
      crashed++;
      console.error(`✗ ${file} failed: ${err && err.stack ? err.stack : err}`);
    }
  }

  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  const missed = results.filter((r) => r.met === false);
  console.log(
    `\n${results.length} figures written to ${path.relative(process.cwd(), RESULTS_FILE) || RESULTS_FILE}`,
  );
  if (missed.length) {
    console.log(`✗ ${missed.length} target(s) MISSED or not measured:`);
    for (const r of missed) console.log(`   - ${formatResult(r)}`);
  } else {
    console.log('✓ every target met');
  }
  if (crashed) {
    console.error(`${crashed} bench module(s) failed to run`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
