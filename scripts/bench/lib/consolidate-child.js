/**
 * Runs one consolidation of the bench ledgers in a fresh process and prints its figures as JSON,
 * so peak memory (maxRSS) belongs to this run alone.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { ensureLedgers } = require('./consolidate-fixtures');

async function main() {
  const root = path.resolve(__dirname, '..', '..', '..');
  const scoring = require(path.join(root, 'packages/scoring/dist/index.js'));
  const workbook = require(path.join(root, 'packages/workbook/dist/index.js'));
  const dir = process.argv[2];
  const { files, context } = await ensureLedgers(dir, scoring, workbook);
  const t0 = performance.now();
  const inputs = files.map((f) => ({ name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(f)) }));
  const t1 = performance.now();
  // Read once (as the hosts do), then consolidate what was read.
  const received = inputs.map((f) => workbook.readReceivedFile(f.name, f.bytes));
  const readMs = performance.now() - t1;
  const run = workbook.runReview({ received, quarter: '2021Q2', context });
  const t2 = performance.now();
  const bytes = await workbook.renderWorkbook(run.plan);
  const t3 = performance.now();
  const rows = run.consolidation.ledgers.reduce((n, l) => n + l.rows.length, 0);
  process.stdout.write(
    JSON.stringify({
      files: inputs.length,
      accepted: run.consolidation.ledgers.length,
      rows,
      loadMs: t1 - t0,
      readMs,
      consolidateMs: t2 - t1,
      renderMs: t3 - t2,
      totalMs: t3 - t0,
      outputBytes: bytes.length,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
