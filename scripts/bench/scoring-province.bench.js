/**
 * Scoring at province scale: 3,000 units, 150 indicators, 12 monthly ledgers and 6 bimonthly
 * inspections per unit (2.4 million inspection records); four quarterly reviews scored, ranked
 * and given outcomes. Target: the four reviews in ≤ 2 s.
 *
 * Each measurement runs in a fresh child process (lib/scoring-province-child.js), so every run is
 * cold and its memory is its own: three timing runs (the median is the figure; all three are in
 * the note), then one memory run with an RSS sampler (see the child for how memory is measured).
 */
'use strict';

const path = require('path');
const { fork } = require('child_process');
const { atMost, info, median } = require('./lib/figures');

const TARGET_MS = 2000;
const TIMING_RUNS = 3;

function runChild(root, mode) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'lib', 'scoring-province-child.js'), [root, mode], {
      execArgv: ['--expose-gc'],
    });
    let message = null;
    child.on('message', (m) => (message = m));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 && message
        ? resolve(message)
        : reject(new Error(`scoring bench child (${mode}) exited with code ${code}`)),
    );
  });
}

async function run(ctx) {
  ctx.requireLib('scoring'); // fail early and clearly when the library is not built
  const runs = [];
  for (let i = 0; i < TIMING_RUNS; i++) runs.push(await runChild(ctx.root, 'time'));
  const first = runs[0];
  const times = runs.map((r) => r.elapsedMs);
  const cpuTimes = runs.map((r) => r.cpuMs);
  const load = Math.max(...runs.map((r) => r.loadAverage));
  const cores = require('os').cpus().length;
  const mem = await runChild(ctx.root, 'memory');
  ctx.log(
    `${first.size.units} units × ${first.size.indicators} indicators: ${first.size.inspections.toLocaleString('en')} inspection records, ${first.size.ledgers.toLocaleString('en')} ledgers (generated in ${Math.round(first.generateMs)} ms, not timed)`,
  );
  ctx.log(`outcomes over four quarters: ${JSON.stringify(first.outcomes)}; warnings: ${first.warnings}`);
  const time = median(times);
  return [
    atMost(
      'scoring.province.fourQuarterReviews',
      Math.round(time),
      'ms',
      TARGET_MS,
      `wall clock, median of ${TIMING_RUNS} cold runs in fresh processes: ${times.map((t) => Math.round(t)).join(', ')} ms; 1-min load average up to ${load.toFixed(1)} on ${cores} cores`,
    ),
    info(
      'scoring.province.fourQuarterReviewsCpu',
      Math.round(median(cpuTimes)),
      'ms',
      `process CPU time (user + system, GC helper threads included) of the same runs: ${cpuTimes.map((t) => Math.round(t)).join(', ')} ms; less sensitive to other load than the wall clock`,
    ),
    info(
      'scoring.province.peakRssDuringScoring',
      Math.round(mem.peakRssDuringMb),
      'MB',
      `process RSS sampled every 2 ms by a worker thread while the reviews ran; ${Math.round(mem.rssBeforeMb)} MB before (synthetic inputs built)`,
    ),
    info(
      'scoring.province.rssGrowthDuringScoring',
      Math.round(mem.peakRssDuringMb - mem.rssBeforeMb),
      'MB',
      'sampled peak RSS minus RSS before the reviews: what the four reviews and their results add',
    ),
    info(
      'scoring.province.peakRssProcess',
      Math.round(mem.peakRssProcessMb),
      'MB',
      'process.resourceUsage().maxRSS of the memory run, synthetic inputs included',
    ),
    info(
      'scoring.province.heapUsedAfter',
      Math.round(mem.heapUsedAfterMb),
      'MB',
      'V8 heap in use with the inputs and four reviews alive',
    ),
  ];
}

module.exports = { run };
