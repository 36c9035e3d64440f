/**
 * Re-running a quarter at scale: a review written for 90 units and for a province (3,000 units),
 * read back within the campaign's bounds and written again (lib/rerun-scale-child.js, one fresh
 * process each). Reported: the review's size, the read-back and the whole re-run, peak memory.
 * The 3,000-unit run needs a few GB of memory and some minutes; `BENCH_RERUN_UNITS=90` skips it.
 */
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');

function runChild(units) {
  const res = spawnSync(process.execPath, ['--max-old-space-size=16384', path.join(__dirname, 'lib', 'rerun-scale-child.js'), String(units)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (res.status !== 0) throw new Error(`re-run child (${units} units) failed: ${res.stderr}`);
  return JSON.parse(res.stdout);
}

async function run(ctx) {
  const sizes = (process.env.BENCH_RERUN_UNITS || '90,3000').split(',').map(Number);
  const results = [];
  for (const units of sizes) {
    ctx.log(`re-run: ${units} units × 4 months…`);
    const r = runChild(units);
    const what = `${r.ledgers} ledgers, 台账汇总 ${r.rows} rows, review ${(r.reviewBytes / 1048576).toFixed(1)} MB (${(r.xmlBytes / 1048576).toFixed(0)} MB XML; bounds ${r.limits.maxRows} rows, ${(r.limits.maxUncompressedBytes / 1048576).toFixed(0)} MB XML)`;
    ctx.log(`${units} units: ${what}; first run ${(r.firstMs / 1000).toFixed(1)} s, read back ${(r.readBackMs / 1000).toFixed(1)} s, re-run ${(r.rerunMs / 1000).toFixed(1)} s, peak ${r.maxRssMb.toFixed(0)} MB`);
    results.push(
      { name: `re-run ${units}-unit quarter: review read back within the campaign's bounds`, value: Math.round(r.readBackMs), unit: 'ms', target: null, met: null, note: what },
      { name: `re-run ${units}-unit quarter: read back + consolidate + build + render`, value: Math.round(r.rerunMs), unit: 'ms', target: null, met: null },
      { name: `re-run ${units}-unit quarter: review workbook size`, value: r.reviewBytes, unit: 'B', target: null, met: null },
      { name: `re-run ${units}-unit quarter: peak memory (maxRSS)`, value: Math.round(r.maxRssMb), unit: 'MB', target: null, met: null },
    );
  }
  return results;
}

module.exports = { run };
