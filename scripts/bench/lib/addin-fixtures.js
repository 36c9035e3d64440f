/**
 * 100 filled ledgers of the DEFAULT template and the real Puyang units, for timing the task
 * pane's browser mode: the bundled sample quarter's ledgers as units sent them (2021Q2: April to
 * June, with its late, missing, resubmitted and flawed files), topped up with the previous
 * quarter's March ledgers, which the Q2 review also reads (March–April is inspection period B2).
 * The browser mode works with the built-in template and roster, so the synthetic 120-indicator
 * fixtures of consolidate-fixtures.js (unknown units there) cannot stand in for these.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const FILE_COUNT = 100;
const FIXTURE_VERSION = 'v2';

/**
 * Writes the files into `dir` once (a marker file records completion) and returns their paths,
 * with how many are this quarter's and how many March's.
 */
async function ensureSampleLedgers(dir, workbook, demo) {
  const marker = path.join(dir, `.complete-${FIXTURE_VERSION}`);
  const sample = demo.buildSampleQuarter();
  const march = sample.previous.ledgers.filter((l) => l.month.endsWith('-03'));
  const chosen = [...sample.ledgers, ...march].slice(0, FILE_COUNT);
  if (chosen.length < FILE_COUNT)
    throw new Error(`the sample has only ${chosen.length} ledgers for the quarter`);
  const files = chosen.map((l) => path.join(dir, l.fileName));
  const summary = {
    files,
    quarter: sample.quarter,
    currentQuarter: chosen.filter((l) => !l.month.endsWith('-03')).length,
    march: chosen.filter((l) => l.month.endsWith('-03')).length,
  };
  if (fs.existsSync(marker)) return summary;
  fs.mkdirSync(dir, { recursive: true });
  for (const [i, l] of chosen.entries()) fs.writeFileSync(files[i], await workbook.renderWorkbook(l.plan));
  fs.writeFileSync(marker, '');
  return summary;
}

module.exports = { ensureSampleLedgers, FILE_COUNT };
