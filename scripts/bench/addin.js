/**
 * Add-in benchmarks, as a module for scripts/bench.js (result format: see there) and runnable alone:
 *
 *   node scripts/bench/addin.js            # rebuilds dist/ in production mode, then measures
 *   node scripts/bench/addin.js --reuse    # measure the existing dist/ if it is a fresh build
 *
 * Figures:
 * - the production build time (webpack --mode production, whole add-in);
 * - gzip size of the task pane's initial JS: the scripts taskpane.html loads up front, not the
 *   lazy xlsx chunks (target ≤ 300 KB);
 * - time to first render: navigation start to the task pane's `ledger-review:first-render`
 *   mark in headless Debian Chromium, served from 127.0.0.1 with office.js blocked (the browser
 *   mode path; median of several cold loads).
 */
const path = require('path');
const harness = require('../../tests/e2e/harness-core');

const INITIAL_JS_TARGET_KB = 300;
const FIRST_RENDER_TARGET_MS = 1500;
const BUILD_TARGET_S = 60;
const RENDER_RUNS = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * @param {{ reuseBuild?: boolean, log?: (line: string) => void }} [ctx]
 * @returns {Promise<Array<{name: string, value: number|null, unit: string, target: string, met: boolean|null, note?: string}>>}
 */
async function run(ctx = {}) {
  const log = ctx.log || (() => undefined);
  const results = [];

  if (!(ctx.reuseBuild && harness.isFreshProductionBuild())) {
    log('addin: building dist/ (webpack --mode production)…');
    const started = performance.now();
    await harness.runWebpackProduction();
    const seconds = (performance.now() - started) / 1000;
    results.push({
      name: 'addin production build time',
      value: Number(seconds.toFixed(1)),
      unit: 's',
      target: `≤ ${BUILD_TARGET_S} s`,
      met: seconds <= BUILD_TARGET_S,
    });
  }

  const files = harness.initialScriptFiles(harness.distDir);
  const gzipBytes = files.reduce((sum, f) => sum + harness.gzipSize(path.join(harness.distDir, f)), 0);
  const kb = gzipBytes / 1024;
  results.push({
    name: 'addin taskpane initial JS (gzip)',
    value: Number(kb.toFixed(1)),
    unit: 'KB',
    target: `≤ ${INITIAL_JS_TARGET_KB} KB`,
    met: kb <= INITIAL_JS_TARGET_KB,
  });

  const renderName = 'addin taskpane time to first render (Chromium, browser mode)';
  if (!harness.chromiumAvailable()) {
    results.push({
      name: renderName,
      value: null,
      unit: 'ms',
      target: `≤ ${FIRST_RENDER_TARGET_MS} ms`,
      met: null,
      note: `${harness.CHROMIUM_PATH} is not installed`,
    });
    return results;
  }
  const server = await harness.startStaticServer(harness.distDir);
  const browser = await harness.launchChromium();
  try {
    const url = `${server.origin}/taskpane.html`;
    await harness.measureFirstRender(browser.context, url); // warm-up: Chromium start-up, font cache
    const times = [];
    for (let i = 0; i < RENDER_RUNS; i++) times.push(await harness.measureFirstRender(browser.context, url));
    const ms = median(times);
    log(`addin: first render ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    results.push({
      name: renderName,
      value: Math.round(ms),
      unit: 'ms',
      target: `≤ ${FIRST_RENDER_TARGET_MS} ms`,
      met: ms <= FIRST_RENDER_TARGET_MS,
    });
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

module.exports = { run };

if (require.main === module) {
  run({ reuseBuild: process.argv.includes('--reuse'), log: (line) => console.log(line) })
    .then((results) => {
      for (const r of results) {
        const verdict = r.met === true ? 'ok  ' : r.met === false ? 'MISS' : '--  ';
        const value = r.value === null ? 'not measured' : `${r.value} ${r.unit}`;
        console.log(`${verdict} ${r.name}: ${value} (target ${r.target})${r.note ? ` — ${r.note}` : ''}`);
      }
      if (results.some((r) => r.met === false)) process.exitCode = 1;
    })
    .catch((err) => {
      console.error(err);
      process.exitCode = 1;
    });
}
