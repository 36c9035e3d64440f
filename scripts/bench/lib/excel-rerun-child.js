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
const INDICATORS = 40;
const MONTHS = ['2021-04', '2021-05', '2021-06'];
const QUARTER = '2021Q2';

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

async function quarterRun(scoring, workbook) {
  const areas = scoring.AREAS.map((a) => ({ ...a }));
  const indicators = Array.from({ length: INDICATORS }, (_, i) => ({
    code: `${(i % 8) + 1}.${Math.floor(i / 8) + 1}`,
    area: (i % 8) + 1,
    text: `第${i + 1}项指标：健全行政规范性文件合法性审核机制，落实备案审查制度`,
    points: [2, 2.5, 3][i % 3],
    standard: '未按要求完成的，每项扣 0.5 分',
    evidence: '文件、会议纪要、工作台账',
    appliesTo: { kind: 'all' },
    allowNotApplicable: false,
    frequency: '每月',
  }));
  const template = { version: 'bench.90', name: '基准测试指标体系', areas, indicators };
  const roster = Array.from({ length: UNITS }, (_, i) => ({
    code: `U${String(i + 1).padStart(3, '0')}`,
    name: i < 12 ? `第${i + 1}县区` : `市第${i + 1}局`,
    aliases: [],
    group: i < 12 ? '县区' : '市直',
    kind: i < 12 ? '县区' : '市直',
    civilized: i % 7 === 0,
  }));
  const settings = scoring.resolveSettings();
  const context = { template, roster, settings, team: { members: [] } };
  const fingerprint = scoring.templateFingerprint(indicators);
  const files = [];
  for (const [u, unit] of roster.entries()) {
    for (const [m, month] of MONTHS.entries()) {
      if ((u + m) % 29 === 3) continue; // a few ledgers missing
      const rand = rng(u * 7 + m + 1);
      const rows = indicators.map((ind, r) => ({
        row: 0,
        code: ind.code,
        workDone: `${unit.name}本月召开专题会议${1 + (r % 4)}次，印发文件${r % 7}件，按计划推进`,
        status: rand() < 0.8 ? '已完成' : '推进中',
        progress: 100,
        actual: null,
        evidence: '《关于工作的通知》、会议纪要',
        selfScore: Math.round(rand() * ind.points * 2) / 2,
        problems: r % 5 === 0 ? '个别科室报送不及时，佐证材料不够完整' : '',
        nextSteps: '下月继续加强督促检查',
        remarks: '',
      }));
      const plan = workbook.buildLedgerPlan({
        template,
        unit,
        month,
        settings,
        fingerprint,
        carry: {
          header: { filler: `张${u}`, phone: '0393-6666679', reviewer: `李${u}`, filledDate: `${scoring.addMonths(month, 1)}-0${1 + (u % 8)}` },
          rows,
        },
      });
      files.push({ name: `${unit.name}_${month}_工作台账.xlsx`, bytes: await workbook.renderWorkbook(plan) });
    }
  }
  return workbook.runReview({ files, quarter: QUARTER, context, readGrids: workbook.readGrids });
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

  const run = await quarterRun(scoring, workbook);
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
