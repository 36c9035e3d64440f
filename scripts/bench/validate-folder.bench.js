/**
 * Bench: the CLI's `validate --json` over a folder of ≥ 1,000 real ledgers, as whole processes,
 * side by side in one run with the two baselines of reading the same files: bare inflation of
 * their sheet XML with fflate (the floor) and pandas.read_excel (what a script writer would use).
 * Each command runs 3 times, interleaved; medians of wall time and CPU time (user + sys, children
 * included) from /usr/bin/time.
 * Targets: CPU ≤ 3× bare inflation; wall ≤ 1.5 s on the 2-core machine; ≥ 8× faster than pandas.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { ensureLedgerFolder } = require('./lib/ledger-folder-fixtures');

const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
const PANDAS = `
import sys, os, pandas as pd
d = sys.argv[1]
rows = 0
for f in sorted(os.listdir(d)):
    if f.endswith('.xlsx'):
        rows += sum(len(df) for df in pd.read_excel(os.path.join(d, f), sheet_name=None, header=None).values())
print(rows)
`;

function timed(cmd, args) {
  const res = spawnSync(TIME, ['-f', '%e %U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const line = res.stderr.trim().split('\n').pop();
  const [wall, user, sys, rssKb] = line.split(' ').map(Number);
  if (!Number.isFinite(wall)) throw new Error(`${cmd} ${args.join(' ')} failed: ${res.stderr.slice(-500)}`);
  return {
    wallMs: wall * 1000,
    cpuMs: (user + sys) * 1000,
    rssMb: rssKb / 1024,
    status: res.status,
    stdout: res.stdout,
  };
}

const { atLeast, atMost, info, median } = require('./lib/figures');

async function run(ctx) {
  if (!fs.existsSync(TIME)) {
    return [
      {
        name: 'validate folder (CLI) vs bare inflation',
        value: null,
        unit: 'ms',
        target: null,
        met: false,
        note: '/usr/bin/time is missing (apt-get install time)',
      },
    ];
  }
  const scoring = ctx.requireLib('scoring');
  const workbook = ctx.requireLib('workbook');
  const { dir, files } = await ensureLedgerFolder(path.join(ctx.tmpDir, 'ledger-folder'), scoring, workbook);
  const cli = path.join(ctx.root, 'packages/workbook/dist/cli/main.js');
  const inflate = path.join(__dirname, 'lib', 'inflate-sheets.js');
  const havePandas = spawnSync(PYTHON, ['-c', 'import pandas, openpyxl']).status === 0;
  const runs = { cli: [], inflate: [], pandas: [] };
  for (let i = 0; i < 3; i++) {
    const c = timed(process.execPath, [cli, 'validate', dir, '--json']);
    if (i === 0) {
      const report = JSON.parse(c.stdout);
      const results = Array.isArray(report) ? report : report.files;
      if (results.length !== files) throw new Error(`validate reported ${results.length} of ${files} files`);
    }
    runs.cli.push(c);
    runs.inflate.push(timed(process.execPath, [inflate, dir]));
    if (havePandas && i === 0) runs.pandas.push(timed(PYTHON, ['-c', PANDAS, dir]));
  }
  const m = (k, f) => median(runs[k].map((r) => r[f]));
  const cpuRatio = m('cli', 'cpuMs') / m('inflate', 'cpuMs');
  ctx.log(
    `${files} ledgers: CLI validate --json wall ${m('cli', 'wallMs').toFixed(0)} ms, CPU ${m('cli', 'cpuMs').toFixed(0)} ms, RSS ${m('cli', 'rssMb').toFixed(0)} MB; ` +
      `bare inflation wall ${m('inflate', 'wallMs').toFixed(0)} ms, CPU ${m('inflate', 'cpuMs').toFixed(0)} ms` +
      (havePandas ? `; pandas wall ${runs.pandas[0].wallMs.toFixed(0)} ms (one run)` : ''),
  );
  const out = [
    atMost(
      `validate --json, ${files} ledgers (whole process): wall`,
      Math.round(m('cli', 'wallMs')),
      'ms',
      1500,
    ),
    info(`validate --json, ${files} ledgers: CPU (user+sys)`, Math.round(m('cli', 'cpuMs')), 'ms'),
    info(`validate --json, ${files} ledgers: peak RSS`, Math.round(m('cli', 'rssMb')), 'MB'),
    info(`bare fflate inflation of the same files' sheet XML: CPU`, Math.round(m('inflate', 'cpuMs')), 'ms'),
    atMost('validate CPU ÷ bare inflation CPU', Number(cpuRatio.toFixed(2)), '×', 3),
  ];
  if (havePandas) {
    const ratio = runs.pandas[0].wallMs / m('cli', 'wallMs');
    out.push(
      info(`pandas.read_excel of the same ${files} files: wall`, Math.round(runs.pandas[0].wallMs), 'ms'),
      atLeast('pandas wall ÷ validate wall', Number(ratio.toFixed(1)), '×', 8),
    );
  } else {
    out.push({
      name: 'pandas wall ÷ validate wall',
      value: null,
      unit: '×',
      target: '≥ 8 ×',
      met: false,
      note: 'pandas/openpyxl not installed for /usr/bin/python3',
    });
  }
  return out;
}

module.exports = { run };
