/**
 * Child process of scoring-province.bench.js: builds the synthetic province, then runs four
 * quarterly reviews (each scored, ranked and given outcomes, the statement history carried from
 * one quarter to the next). Runs alone in its own process so its memory is its own.
 *
 * Usage: node scoring-province-child.js <repo root> time|memory
 * - `time`: nothing else runs while the reviews are timed.
 * - `memory`: a worker thread samples the process RSS every 2 ms while the reviews run (RSS is
 *   process-wide, so the worker sees the main thread's allocations); the kernel's peak RSS of
 *   the process (process.resourceUsage().maxRSS, synthetic inputs included) is reported too.
 *   The sampler competes for CPU, so this run's time is not the figure.
 */
'use strict';

const path = require('path');
const { Worker } = require('worker_threads');
const { performance } = require('perf_hooks');
const { setTimeout: sleep } = require('timers/promises');
const { generateProvince } = require('./synthetic');

const SIZE = { units: 3000, indicators: 150, year: 2021 };

function startRssSampler() {
  const shared = new Float64Array(new SharedArrayBuffer(16)); // [peak rss, stop flag]
  const worker = new Worker(
    `const { workerData } = require('worker_threads');
     const s = new Float64Array(workerData);
     const tick = () => { const r = process.memoryUsage.rss(); if (r > s[0]) s[0] = r; if (s[1] === 0) setTimeout(tick, 2); };
     tick();`,
    { eval: true, workerData: shared.buffer },
  );
  return {
    async stop() {
      shared[1] = 1;
      await worker.terminate();
      return shared[0];
    },
  };
}

async function main() {
  const scoring = require(path.join(process.argv[2], 'packages', 'scoring', 'dist', 'index.js'));
  const tGen = performance.now();
  const data = generateProvince(SIZE);
  const generateMs = performance.now() - tGen;
  if (global.gc) global.gc();

  const sampleMemory = process.argv[3] === 'memory';
  const rssBefore = process.memoryUsage.rss();
  const sampler = sampleMemory ? startRssSampler() : null;
  if (sampler) await sleep(20); // let the sampler take its first reading

  const loadAverage = require('os').loadavg()[0];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const reviews = [];
  let history = [];
  for (const quarter of ['2021Q1', '2021Q2', '2021Q3', '2021Q4']) {
    const review = scoring.reviewQuarter({
      quarter,
      template: data.template,
      roster: data.roster,
      ledgers: data.ledgers,
      inspections: data.inspections,
      history,
    });
    history = [
      ...history,
      {
        quarter,
        statementUnitCodes: review.units
          .filter((u) => u.outcomes.some((o) => o.kind === 'statement'))
          .map((u) => u.unitCode),
      },
    ];
    reviews.push(review);
  }
  const elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const peakRssDuring = sampler ? await sampler.stop() : null;
  const heapUsedAfter = process.memoryUsage().heapUsed;
  const maxRssKb = process.resourceUsage().maxRSS;

  // Sanity: the work really happened.
  for (const r of reviews)
    if (r.units.length !== SIZE.units) throw new Error(`review ${r.quarter} has ${r.units.length} units`);
  const outcomes = {};
  for (const r of reviews)
    for (const u of r.units) for (const o of u.outcomes) outcomes[o.kind] = (outcomes[o.kind] ?? 0) + 1;

  process.send({
    size: { ...SIZE, inspections: data.inspections.length, ledgers: data.ledgers.length },
    generateMs,
    elapsedMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loadAverage,
    rssBeforeMb: rssBefore / 2 ** 20,
    peakRssDuringMb: peakRssDuring === null ? null : peakRssDuring / 2 ** 20,
    peakRssProcessMb: maxRssKb / 1024,
    heapUsedAfterMb: heapUsedAfter / 2 ** 20,
    outcomes,
    warnings: reviews.reduce((n, r) => n + r.warnings.length, 0),
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
