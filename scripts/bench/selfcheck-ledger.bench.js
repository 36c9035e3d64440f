/**
 * The ledger that checks itself (自检, packages/workbook/src/ledger/selfCheck.ts) against the
 * ledger as it was without it, for a 120-row ledger (the default template's indicators repeated
 * to 120 rows, every row filled validly):
 *
 * - file size of the rendered .xlsx, self-checking vs without (target ≤ 2×);
 * - formulas per table row (cell formulas; the conditional-format rules are reported beside,
 *   they are per range) and the helper formula's length;
 * - LibreOffice opening, recalculating every formula (a recalculate-always profile) and saving
 *   one ledger: the difference between a call with 21 copies and a call with 1, divided by 20,
 *   so soffice's start-up (~4.4 s) cancels out; the same for the ledger without self-check;
 *   median of three alternating rounds. The
 *   extra time is what the 120 helper formulas and the 自检 count cost a full recalculation —
 *   an upper bound of what one keystroke costs, which recalculates one row and the count.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');

const ROWS = 120;
const COPIES = 21;
const ROUNDS = 3;
const SIZE_RATIO_TARGET = 2;

function locateSoffice() {
  if (process.env.SOFFICE_PATH && fs.existsSync(process.env.SOFFICE_PATH)) return process.env.SOFFICE_PATH;
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const found = r.status === 0 ? r.stdout.trim().split('\n')[0] : '';
  if (found) return found;
  return ['/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'].find((p) => fs.existsSync(p)) || null;
}

const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Wall-clock ms of one soffice call converting (open, recalculate, save) `files`. */
function convert(soffice, files, outDir) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lr-bench-lo-'));
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS_XCU);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const started = process.hrtime.bigint();
  try {
    execFileSync(
      soffice,
      ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=file://${profile}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...files],
      { stdio: 'ignore', timeout: 600_000 },
    );
    return Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The default template's indicators repeated to `rows` indicators, all applying to every unit. */
function templateOf(scoring, rows) {
  const base = scoring.DEFAULT_TEMPLATE;
  const indicators = [];
  for (let i = 0; i < rows; i++) {
    const from = base.indicators[i % base.indicators.length];
    const area = (i % 8) + 1;
    indicators.push({ ...from, area, code: `${area}.${Math.floor(i / 8) + 1}`, appliesTo: { kind: 'all' } });
  }
  return { ...base, version: 'bench-120', indicators };
}

function filledRows(template) {
  return template.indicators.map((ind) => ({
    row: 0,
    code: ind.code,
    workDone: `按要求推进${ind.code}项工作，形成工作记录`,
    status: '已完成',
    progress: 100,
    actual: ind.target ? ind.target.value : null,
    evidence: `${ind.code} 工作记录、会议纪要`,
    selfScore: ind.points,
    problems: '无',
    nextSteps: '持续推进',
    remarks: '',
  }));
}

async function run(ctx) {
  const scoring = ctx.requireLib('scoring');
  const workbook = ctx.requireLib('workbook');
  const template = templateOf(scoring, ROWS);
  const unit = scoring.DEFAULT_ROSTER.find((u) => u.name === '华龙区');
  const settings = scoring.resolveSettings();
  const plan = (selfCheck) =>
    workbook.buildLedgerPlan({
      template,
      unit,
      month: '2021-04',
      settings,
      fingerprint: scoring.templateFingerprint(template.indicators),
      carry: { header: { filler: '张明', phone: '0393-6666679', reviewer: '李华', filledDate: '2021-05-03' }, rows: filledRows(template) },
      selfCheck,
    });
  const withPlan = plan(true);
  const withoutPlan = plan(false);
  const withBytes = await workbook.renderWorkbook(withPlan);
  const withoutBytes = await workbook.renderWorkbook(withoutPlan);

  const ledger = withPlan.sheets.find((s) => s.name === workbook.LEDGER_SHEET);
  const first = workbook.LEDGER_FIRST_DATA_ROW;
  const tableRows = ledger.rows.slice(first - 1, first - 1 + ROWS);
  const formulaCells = tableRows.reduce((n, row) => n + row.filter((c) => c && c.formula).length, 0);
  const helperLengths = tableRows.map((row) => row[workbook.SELF_CHECK.column - 1].formula.length);
  const cfRules = (ledger.conditionalFormats || []).length;
  const cfRulesBefore = (withoutPlan.sheets.find((s) => s.name === workbook.LEDGER_SHEET).conditionalFormats || []).length;

  const ratio = withBytes.length / withoutBytes.length;
  ctx.log(`120-row ledger: ${withBytes.length} bytes self-checking, ${withoutBytes.length} bytes without`);
  const results = [
    { name: 'self-checking 120-row ledger, file size', value: withBytes.length / 1024, unit: 'KB', target: null, met: null, note: `without self-check ${(withoutBytes.length / 1024).toFixed(1)} KB` },
    { name: 'self-checking ledger size / ledger without self-check', value: ratio, unit: '×', target: `≤ ${SIZE_RATIO_TARGET}`, met: ratio <= SIZE_RATIO_TARGET },
    {
      name: 'self-check formulas per ledger row',
      value: formulaCells / ROWS,
      unit: 'formulas',
      target: null,
      met: null,
      note: `helper formula ${Math.min(...helperLengths)}–${Math.max(...helperLengths)} characters; ${cfRules} conditional-format rules on ranges (${cfRulesBefore} before); 2 more formulas in the header (自检, 表头)`,
    },
  ];

  const soffice = locateSoffice();
  if (!soffice) {
    results.push({ name: 'LibreOffice recalculation of a 120-row self-checking ledger', value: null, unit: 'ms', target: null, met: false, note: 'soffice is not installed (apt-get install -y --no-install-recommends libreoffice-calc-nogui)' });
    return results;
  }
  const dir = fs.mkdtempSync(path.join(ctx.tmpDir, 'selfcheck-'));
  try {
    const write = (name, bytes, n) =>
      Array.from({ length: n }, (_, i) => {
        const file = path.join(dir, `${name}-${i}.xlsx`);
        fs.writeFileSync(file, bytes);
        return file;
      });
    const withFiles = write('with', withBytes, COPIES);
    const withoutFiles = write('without', withoutBytes, COPIES);
    const out = path.join(dir, 'out');
    const perFile = (files) => {
      const one = convert(soffice, files.slice(0, 1), out);
      const many = convert(soffice, files, out);
      return (many - one) / (files.length - 1);
    };
    // Alternating rounds, median of each: a shared machine's load shifts single calls by seconds.
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const withRuns = [];
    const withoutRuns = [];
    for (let round = 0; round < ROUNDS; round++) {
      withRuns.push(perFile(withFiles));
      withoutRuns.push(perFile(withoutFiles));
    }
    const w = { perFile: median(withRuns) };
    const wo = { perFile: median(withoutRuns) };
    ctx.log(`soffice per file, ${ROUNDS} rounds: with ${withRuns.map((x) => x.toFixed(0)).join('/')} ms, without ${withoutRuns.map((x) => x.toFixed(0)).join('/')} ms`);
    results.push(
      { name: 'LibreOffice open + recalculate + save, 120-row self-checking ledger', value: w.perFile, unit: 'ms', target: null, met: null, note: `without self-check ${wo.perFile.toFixed(0)} ms (per file, start-up excluded)` },
      { name: 'LibreOffice extra time of the self-check, 120 rows', value: w.perFile - wo.perFile, unit: 'ms', target: null, met: null, note: 'upper bound of a keystroke’s recalculation (one row + the count)' },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

module.exports = { run };
