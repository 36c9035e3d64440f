/**
 * The ledger that checks itself (自检, packages/workbook/src/ledger/selfCheck.ts) against the
 * ledger as it was without it, for a 120-row ledger (the default template's indicators repeated
 * to 120 rows, every row filled validly):
 *
 * - file size of the rendered .xlsx, self-checking vs without (target ≤ 2×);
 * - formulas per table row (cell formulas; the conditional-format rules are reported beside,
 *   they are per range) and the helper formula's length;
 * - LibreOffice's own timing (a Basic macro in a throw-away profile, see MACRO) of a full
 *   recalculation and of one edit of 完成进度 with its recalculation — what a keystroke costs
 *   while the unit types — for both ledgers.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync, spawnSync } = require('child_process');
const { validRow } = require('../../tests/fixtures/filledLedgers');
const { atMost, info } = require('./lib/figures');

const ROWS = 120;
const RUNS = 50;
/** One keystroke's recalculation; people notice delays from about 100 ms. */
const EDIT_TARGET_MS = 50;
const SIZE_RATIO_TARGET = 2;

function locateSoffice() {
  if (process.env.SOFFICE_PATH && fs.existsSync(process.env.SOFFICE_PATH)) return process.env.SOFFICE_PATH;
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const found = r.status === 0 ? r.stdout.trim().split('\n')[0] : '';
  if (found) return found;
  return (
    ['/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'].find((p) =>
      fs.existsSync(p),
    ) || null
  );
}

/**
 * A LibreOffice Basic macro (in a throw-away user profile, never in a ledger) that opens each
 * ledger hidden and times, with LibreOffice's own clock: N full recalculations
 * (`calculateAll`), and N edits of 完成进度 in the first row each followed by `calculate` —
 * what one keystroke costs. Files, N and the result file come in environment variables.
 */
const MACRO = `Sub Bench
  Dim files As String, outPath As String, n As Long, i As Long, k As Long
  files = Environ("LR_BENCH_FILES")
  outPath = Environ("LR_BENCH_OUT")
  n = CLng(Environ("LR_BENCH_N"))
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  Dim parts
  parts = Split(files, "|")
  Dim result As String
  For i = 0 To UBound(parts)
    doc = StarDesktop.loadComponentFromURL(parts(i), "_blank", 0, args())
    doc.calculateAll()
    t0 = GetSystemTicks()
    For k = 1 To n
      doc.calculateAll()
    Next k
    t1 = GetSystemTicks()
    cell = doc.Sheets.getByIndex(0).getCellRangeByName("H6")
    t2 = GetSystemTicks()
    For k = 1 To n
      cell.setValue(k Mod 100)
      doc.calculate()
    Next k
    t3 = GetSystemTicks()
    result = result & CStr(t1 - t0) & " " & CStr(t3 - t2) & Chr(10)
    doc.close(True)
  Next i
  iNum = FreeFile
  Open outPath For Output As #iNum
  Print #iNum, result
  Close #iNum
  StarDesktop.terminate()
End Sub
`;

const xmlText = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Per file: ms of one full recalculation and of one edit with its recalculation. */
function timeRecalculation(soffice, files, runs) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lr-bench-lo-'));
  const run = (args, env) =>
    execFileSync(
      soffice,
      ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=file://${profile}`, ...args],
      { stdio: 'ignore', timeout: 600_000, env: { ...process.env, ...env } },
    );
  try {
    // A first start lays out the profile (with its own empty Standard library) ...
    run(['--terminate_after_init'], {});
    // ... then the macro goes into that library.
    const module = path.join(profile, 'user', 'basic', 'Standard', 'Module1.xba');
    fs.writeFileSync(
      module,
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${xmlText(MACRO)}</script:module>\n`,
    );
    const out = path.join(profile, 'bench-out.txt');
    run(['macro:///Standard.Module1.Bench'], {
      LR_BENCH_FILES: files.map((f) => `file://${f}`).join('|'),
      LR_BENCH_OUT: out,
      LR_BENCH_N: String(runs),
    });
    const lines = fs.readFileSync(out, 'utf8').trim().split(/\r?\n/);
    return lines.map((line) => {
      const [full, edit] = line.trim().split(/\s+/).map(Number);
      return { fullMs: full / runs, editMs: edit / runs };
    });
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
      carry: {
        header: { filler: '张明', phone: '0393-6666679', reviewer: '李华', filledDate: '2021-05-03' },
        rows: template.indicators.map(validRow),
      },
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
  const cfRulesBefore = (
    withoutPlan.sheets.find((s) => s.name === workbook.LEDGER_SHEET).conditionalFormats || []
  ).length;

  const ratio = withBytes.length / withoutBytes.length;
  ctx.log(`120-row ledger: ${withBytes.length} bytes self-checking, ${withoutBytes.length} bytes without`);
  const results = [
    info(
      'self-checking 120-row ledger, file size',
      withBytes.length / 1024,
      'KB',
      `without self-check ${(withoutBytes.length / 1024).toFixed(1)} KB`,
    ),
    atMost('self-checking ledger size / ledger without self-check', ratio, '×', SIZE_RATIO_TARGET),
    info(
      'self-check formulas per ledger row',
      formulaCells / ROWS,
      'formulas',
      `helper formula ${Math.min(...helperLengths)}–${Math.max(...helperLengths)} characters; ${cfRules} conditional-format rules on ranges (${cfRulesBefore} before); 2 more formulas in the header (自检, 表头)`,
    ),
  ];

  const soffice = locateSoffice();
  if (!soffice) {
    results.push({
      name: 'LibreOffice recalculation of a 120-row self-checking ledger',
      value: null,
      unit: 'ms',
      target: null,
      met: false,
      note: 'soffice is not installed (apt-get install -y --no-install-recommends libreoffice-calc-nogui)',
    });
    return results;
  }
  const dir = fs.mkdtempSync(path.join(ctx.tmpDir, 'selfcheck-'));
  try {
    const withFile = path.join(dir, 'with.xlsx');
    const withoutFile = path.join(dir, 'without.xlsx');
    fs.writeFileSync(withFile, withBytes);
    fs.writeFileSync(withoutFile, withoutBytes);
    const [w, wo] = timeRecalculation(soffice, [withFile, withoutFile], RUNS);
    ctx.log(
      `LibreOffice, ${RUNS} runs each: full recalculation ${w.fullMs.toFixed(2)} / ${wo.fullMs.toFixed(2)} ms, edit ${w.editMs.toFixed(2)} / ${wo.editMs.toFixed(2)} ms (with / without)`,
    );
    results.push(
      info(
        'LibreOffice full recalculation, 120-row self-checking ledger',
        w.fullMs,
        'ms',
        `without self-check ${wo.fullMs.toFixed(2)} ms`,
      ),
      atMost(
        'LibreOffice edit of one cell + recalculation, 120-row self-checking ledger',
        w.editMs,
        'ms',
        EDIT_TARGET_MS,
        `without self-check ${wo.editMs.toFixed(2)} ms; typing stays responsive well under 100 ms`,
      ),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

module.exports = { run };
