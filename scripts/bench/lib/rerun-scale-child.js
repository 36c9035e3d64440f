/**
 * Child of scripts/bench/rerun-scale.bench.js: the office re-running a quarter of `units` units
 * (March brought in by B2: four months of ledgers) into the review it wrote before.
 *
 * The ledgers are built with the product's own ledger layout and examined in memory (what the
 * folder reader hands consolidation; reading 12,000 files is benched by validate-folder). Then:
 * the first run (consolidate, score, build and render the review), and the re-run: read the
 * review back within the campaign's bounds (`readLimitsOf`), carry what the office typed, build
 * and render it again. Prints one JSON object.
 */
'use strict';
require('./ts-hook');
const path = require('path');

const root = path.resolve(__dirname, '..', '..', '..');
const units = Number(process.argv[2] || 3000);
const MONTHS = ['2021-03', '2021-04', '2021-05', '2021-06'];

async function main() {
  const scoring = require(path.join(root, 'packages/scoring/src/index.ts'));
  const workbook = require(path.join(root, 'packages/workbook/src/index.ts'));
  const { planGrids } = require(path.join(root, 'packages/workbook/src/documents/planGrids.ts'));
  const { scaleCampaign } = require(path.join(root, 'tests/fixtures/scale.ts'));

  // Every indicator monthly: the largest 台账汇总 a quarter can carry.
  const campaign = scaleCampaign(units, { everyMonth: true });
  const context = {
    template: campaign.template,
    roster: campaign.roster,
    settings: scoring.DEFAULT_SETTINGS,
    team: { members: [] },
  };
  const asOf = '2021-07-20';
  const g0 = performance.now();
  const examined = [];
  for (const l of campaign.ledgers(MONTHS)) {
    examined.push(workbook.examineFile({ name: l.name, sheets: planGrids(l.plan) }, { ...context, asOf }));
  }
  const generateMs = performance.now() - g0;

  const t0 = performance.now();
  const first = workbook.runReview({ examined, quarter: '2021Q2', context, asOf });
  const bytes = await workbook.renderWorkbook(first.plan);
  const firstMs = performance.now() - t0;

  const t1 = performance.now();
  const limits = workbook.readLimitsOf(context);
  const existing = workbook.readGrids(bytes, limits);
  const readBackMs = performance.now() - t1;
  const again = workbook.runReview({ examined, quarter: '2021Q2', context, asOf, existingReview: existing });
  const bytes2 = await workbook.renderWorkbook(again.plan);
  const rerunMs = performance.now() - t1;

  const rows = existing.find((s) => s.name === workbook.REVIEW_SHEETS.ledgerRows).grid.length;
  // What the read-back inflates: the sheets' XML, against the bound it was read within.
  const { unzipSync } = require('fflate');
  const xmlBytes = Object.entries(unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/') })).reduce((n, [, v]) => n + v.length, 0);
  process.stdout.write(
    JSON.stringify({
      units,
      ledgers: examined.length,
      rows,
      reviewBytes: bytes.length,
      rerunBytes: bytes2.length,
      xmlBytes,
      limits,
      generateMs,
      firstMs,
      readBackMs,
      rerunMs,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
