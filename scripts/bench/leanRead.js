/**
 * Bench: reading 100 unit ledgers (~120 rows × 14 columns, Chinese text), as a consolidation does.
 * Compares the lean reader (packages/workbook/dist/xlsx/reader) with ExcelJS readFile and with
 * pandas.read_excel (Debian python3-pandas + openpyxl, timed inside Python so interpreter start-up
 * is excluded). Target: pandas / lean ≥ 5×.
 *
 * Used by the bench runner (`run(ctx)`), or standalone: `npm run build:lib && node scripts/bench/leanRead.js`.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { rng } = require('./lib/ledger-rows');

const FILE_COUNT = 100;
const DATA_ROWS = 120;
const FIXTURE_VERSION = 'v1';
const PYTHON = '/usr/bin/python3';
const RATIO_TARGET = 5;
/** Reading a quarter's 100 ledgers should feel instant next to the rest of a consolidation. */
const LEAN_BUDGET_MS = 1000;
const LEAN_DIST = path.join(
  __dirname,
  '..',
  '..',
  'packages',
  'workbook',
  'dist',
  'xlsx',
  'reader',
  'index.js',
);

/** Ten units of the default roster the ledgers belong to: its six counties and four departments. */
function unitNames() {
  const departments = ['SZ01', 'SZ03', 'SZ08', 'SZ10'];
  return require('@ledger-review/scoring')
    .DEFAULT_ROSTER.filter((u) => u.kind === '县区' || departments.includes(u.code))
    .map((u) => u.name);
}

const STATUSES = ['已完成', '推进中', '未启动'];

/** The ledger table's labels, as the product's layout writes them. */
const tableLabels = () => require('@ledger-review/workbook').LEDGER_COLUMNS.map((c) => c.label);

async function writeLedger(ExcelJS, file, index) {
  const rand = rng(index + 1);
  const units = unitNames();
  const unit = units[index % units.length];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工作台账');
  ws.addRow(['单位名称', unit, '报告月份', '2024-03', '填报人', `张${index}`]);
  ws.addRow([
    '联系电话',
    `1390393${String(1000 + index).slice(-4)}`,
    '填报日期',
    new Date(Date.UTC(2024, 3, 5)),
    '审核人',
    `李${index}`,
  ]);
  ws.addRow([]);
  ws.addRow(tableLabels());
  for (let r = 0; r < DATA_ROWS; r++) {
    const status = STATUSES[Math.floor(rand() * 3)];
    const score = [2, 3, 5][r % 3];
    ws.addRow([
      `${1 + (r % 6)}.${1 + (r % 5)}.${r + 1}`,
      `依法行政制度体系建设第${r + 1}项检查内容`,
      `健全行政规范性文件合法性审核机制，落实备案审查制度，第${r + 1}项指标要求按月报送`,
      score,
      100,
      `${unit}本月召开专题会议${1 + (r % 4)}次，印发文件${r % 7}件，完成情况良好 & 持续推进`,
      status,
      status === '已完成' ? 100 : Math.round(rand() * 90),
      Math.round(rand() * 1000) / 10,
      status === '已完成' ? `佐证材料-${r + 1}.pdf` : '',
      Math.round(rand() * score * 2) / 2,
      r % 4 === 0 ? '部分单位报送不及时' : '',
      '下月继续加强督促检查',
      r % 10 === 0 ? '备注：已整改' : null,
    ]);
  }
  const notes = wb.addWorksheet('填报说明');
  notes.addRow(['1. 每月5日前报送上月台账']);
  notes.addRow(['2. 完成状态从下拉列表中选择']);
  const meta = wb.addWorksheet('_meta');
  meta.state = 'veryHidden';
  meta.addRow(['templateVersion', '1.0.0']);
  meta.addRow(['unit', unit]);
  meta.addRow(['month', '2024-03']);
  await wb.xlsx.writeFile(file);
}

async function ensureLedgers(dir, log) {
  const marker = path.join(dir, `.complete-${FIXTURE_VERSION}`);
  const files = Array.from({ length: FILE_COUNT }, (_, i) =>
    path.join(dir, `台账 ${String(i + 1).padStart(3, '0')}.xlsx`),
  );
  if (fs.existsSync(marker)) return files;
  fs.mkdirSync(dir, { recursive: true });
  const ExcelJS = require('exceljs');
  const t0 = Date.now();
  for (let i = 0; i < files.length; i++) await writeLedger(ExcelJS, files[i], i);
  fs.writeFileSync(marker, new Date().toISOString());
  log(`wrote ${files.length} ledgers to ${dir} in ${Date.now() - t0} ms`);
  return files;
}

function timeLean(lean, files) {
  let cells = 0;
  const t0 = process.hrtime.bigint();
  for (const f of files) {
    const result = lean.readWorkbook(fs.readFileSync(f));
    for (const s of result.sheets) cells += s.rows * s.cols;
  }
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, cells };
}

async function timeExcelJs(files) {
  const ExcelJS = require('exceljs');
  const t0 = process.hrtime.bigint();
  for (const f of files) await new ExcelJS.Workbook().xlsx.readFile(f);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const PANDAS_SCRIPT = `
import json, sys, time
import pandas as pd
files = json.load(sys.stdin)
pd.read_excel(files[0], sheet_name=None, header=None)  # warm-up: imports openpyxl lazily
t0 = time.perf_counter()
for f in files:
    pd.read_excel(f, sheet_name=None, header=None)
print(json.dumps({"ms": (time.perf_counter() - t0) * 1000}))
`;

function timePandas(files) {
  if (!fs.existsSync(PYTHON)) return { skipped: `${PYTHON} not found` };
  const res = spawnSync(PYTHON, ['-c', PANDAS_SCRIPT], {
    input: JSON.stringify(files),
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (res.status !== 0)
    return {
      skipped: `pandas unavailable: ${(res.stderr || res.error || '').toString().trim().split('\n').pop()}`,
    };
  return { ms: JSON.parse(res.stdout.trim().split('\n').pop()).ms };
}

const round = (n) => Math.round(n * 10) / 10;

async function run(ctx = {}) {
  const log = typeof ctx.log === 'function' ? ctx.log : (m) => console.log(`[leanRead] ${m}`);
  if (!fs.existsSync(LEAN_DIST)) throw new Error(`${LEAN_DIST} is missing: run "npm run build:lib" first`);
  const lean = require(LEAN_DIST);
  const dir = ctx.tmpDir
    ? path.join(ctx.tmpDir, `lean-read-ledgers-${FIXTURE_VERSION}`)
    : path.join(os.tmpdir(), `ledger-review-bench-lean-read-${FIXTURE_VERSION}`);
  const files = await ensureLedgers(dir, log);

  // Warm-up so that both readers are measured with their code compiled, as in a long consolidation.
  timeLean(lean, files.slice(0, 5));
  await timeExcelJs(files.slice(0, 5));

  const leanRuns = [timeLean(lean, files), timeLean(lean, files), timeLean(lean, files)];
  const leanMs = Math.min(...leanRuns.map((r) => r.ms));
  const excelJsMs = await timeExcelJs(files);
  const pandas = timePandas(files);

  const results = [
    {
      name: `lean readWorkbook, ${files.length} ledgers (best of 3)`,
      value: round(leanMs),
      unit: 'ms',
      target: `≤ ${LEAN_BUDGET_MS} ms`,
      met: leanMs <= LEAN_BUDGET_MS,
    },
    {
      name: `ExcelJS readFile, ${files.length} ledgers`,
      value: round(excelJsMs),
      unit: 'ms',
      target: null,
      met: null,
    },
    { name: 'ExcelJS / lean', value: round(excelJsMs / leanMs), unit: '×', target: null, met: null },
  ];
  if ('ms' in pandas) {
    const ratio = pandas.ms / leanMs;
    results.push({
      name: `pandas.read_excel, ${files.length} ledgers`,
      value: round(pandas.ms),
      unit: 'ms',
      target: null,
      met: null,
    });
    results.push({
      name: 'pandas / lean',
      value: round(ratio),
      unit: '×',
      target: `≥ ${RATIO_TARGET}×`,
      met: ratio >= RATIO_TARGET,
    });
  } else {
    log(`pandas skipped: ${pandas.skipped}`);
    results.push({
      name: 'pandas / lean',
      value: null,
      unit: '×',
      target: `≥ ${RATIO_TARGET}×`,
      met: false,
      note: pandas.skipped,
    });
  }
  log(`lean read ${leanRuns[0].cells} used-range cells per pass`);
  return results;
}

module.exports = { run };

if (require.main === module) {
  run()
    .then((rows) => {
      for (const r of rows) {
        const value = r.value === null ? `not measured (${r.note})` : `${r.value} ${r.unit}`;
        const verdict = r.target === null ? '' : ` (target ${r.target}: ${r.met ? 'met' : 'NOT met'})`;
        console.log(`${r.name}: ${value}${verdict}`);
      }
      if (rows.some((r) => r.met === false)) process.exitCode = 1;
    })
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}
