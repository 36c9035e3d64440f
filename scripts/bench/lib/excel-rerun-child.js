/**
 * Child of scripts/bench/addin.js (run with --expose-gc): the office re-running a 90-unit
 * quarter's consolidation in Excel mode, against the simulated Excel on the web of
 * tests/addin/fakeExcel.ts (5 MB per request and response, undo stack on). The workbook already
 * holds last run's review sheets; the re-run does what the pane does (src/taskpane/session/
 * reviewRun.ts: list the sheets, read back the typed columns, write the new review) and the
 * fake counts syncs and bytes. Five runs in a row, heap measured after each (gc first).
 *
 * Prints one JSON object.
 */
'use strict';
require('./ts-hook');
const path = require('path');

const root = path.resolve(__dirname, '..', '..', '..');
const UNITS = 90;
const MONTHS = ['2021-04', '2021-05', '2021-06'];
const QUARTER = '2021Q2';

/** The quarter's consolidation for 90 units (every indicator monthly), the ledgers examined in memory. */
function quarterRun(scoring, workbook) {
  const { planGrids } = require(path.join(root, 'packages/workbook/src/documents/planGrids.ts'));
  const { scaleCampaign } = require(path.join(root, 'tests/fixtures/scale.ts'));
  const campaign = scaleCampaign(UNITS, { everyMonth: true });
  const context = { template: campaign.template, roster: campaign.roster, settings: scoring.DEFAULT_SETTINGS, team: { members: [] } };
  const asOf = '2021-07-20';
  const examined = [];
  let i = 0;
  for (const l of campaign.ledgers(MONTHS)) {
    if (i++ % 29 === 3) continue; // a few ledgers missing
    examined.push(workbook.examineFile({ name: l.name, sheets: planGrids(l.plan) }, { ...context, asOf }));
  }
  return workbook.runReview({ examined, quarter: QUARTER, context, asOf });
}

async function main() {
  const scoring = require(path.join(root, 'packages/scoring/src/index.ts'));
  const workbook = require(path.join(root, 'packages/workbook/src/index.ts'));
  const engine = require(path.join(root, 'src/engine/index.ts'));
  const { createExcelHost } = require(path.join(root, 'src/office/excelHost.ts'));
  const { laterCapabilitiesOf } = require(path.join(root, 'src/office/requirements.ts'));
  const { runOffice } = require(path.join(root, 'src/taskpane/session/reviewRun.ts'));
  const { createFakeExcel } = require(path.join(root, 'tests/addin/fakeExcel.ts'));
  const { fakeSheetsOf } = require(path.join(root, 'tests/e2e/fakeOffice.ts'));

  const run = quarterRun(scoring, workbook);
  // The workbook as Excel holds it after the first consolidation.
  // (The review of 90 units has ~11,000 consolidated ledger rows: above the reader's default bound for
  // received files, so it is read back here with a larger one.)
  const sheets = fakeSheetsOf(workbook.readGrids(await workbook.renderWorkbook(run.plan), { maxRows: 50_000, maxCells: 2_000_000 }));
  const fake = createFakeExcel({ sheets, platform: 'web', undo: 'web' });
  const capabilities = laterCapabilitiesOf(() => true); // Excel on the web: every requirement set
  const host = createExcelHost({ excel: fake.excel, missing: [], capabilities, platform: 'OfficeOnline' });
  const hostContext = { kind: 'excel', platform: 'OfficeOnline', ops: host, missing: [] };
  // The consolidation itself is the library's (benched elsewhere); here: the host's traffic.
  const engineForRun = { ...engine, reviewPickedFiles: () => ({ quarter: QUARTER, run, templateFile: null, templateProblems: [], roles: [], existingReviewFrom: null, historyQuarters: [] }) };

  const runs = [];
  const heapMb = [];
  for (let i = 0; i < 5; i++) {
    const before = fake.traffic().length;
    const started = performance.now();
    const outcome = await runOffice({ host: hostContext, inputs: [], quarter: QUARTER, engine: engineForRun });
    const ms = performance.now() - started;
    const traffic = fake.traffic().slice(before);
    runs.push({
      ms,
      syncs: traffic.length,
      requestBytes: traffic.reduce((n, t) => n + t.requestBytes, 0),
      responseBytes: traffic.reduce((n, t) => n + t.responseBytes, 0),
      maxRequestBytes: Math.max(...traffic.map((t) => t.requestBytes)),
      maxResponseBytes: Math.max(...traffic.map((t) => t.responseBytes)),
      cells: outcome.write.cellsWritten,
      sheets: outcome.write.sheetsWritten.length,
    });
    // The fake's own command log is not the host's memory: empty it between runs.
    fake.log.length = 0;
    global.gc();
    global.gc();
    heapMb.push(process.memoryUsage().heapUsed / 1024 / 1024);
  }
  // For comparison: reading the 14 review sheets whole, as a re-run did before.
  const whole = createFakeExcel({ sheets, platform: 'web' });
  const wholeHost = createExcelHost({ excel: whole.excel, missing: [], capabilities });
  let wholeOutcome = 'ok';
  try {
    await wholeHost.readWorkbookGrids(engine.REVIEW_SHEET_NAMES);
  } catch (err) {
    wholeOutcome = err.code || String(err);
  }
  const wholeTraffic = whole.traffic();
  console.log(
    JSON.stringify({
      units: UNITS,
      ledgers: run.consolidation.ledgers.length,
      runs,
      heapMb,
      whole: {
        outcome: wholeOutcome,
        syncs: wholeTraffic.length,
        responseBytes: wholeTraffic.reduce((n, t) => n + t.responseBytes, 0),
        firstResponseBytes: wholeTraffic[0]?.responseBytes ?? 0,
      },
    }),
  );
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
