/**
 * Validating one 300-row ledger (工作台账) with validateLedger: median time over many runs after
 * a warm-up, target ≤ 5 ms. The ledger is built here as a host would read it (header cells
 * B2/E2/G2/I2/B3/E3, table columns A–N, data from row 6), mostly well filled, with about one
 * row in twenty carrying a realistic problem (progress above 100, 已完成 without evidence,
 * a self-score above 分值, full-width digits, "80%" text) so the finding paths run too.
 */
'use strict';

const { performance } = require('perf_hooks');
const { atMost, info, median } = require('./lib/figures');

const ROWS = 300;
const WARMUP = 50;
const RUNS = 301;
const TARGET_MS = 5;

/** The ledger workbook's layout as the product writes it: table columns A–N, header values right of their labels. */
function ledgerLayout() {
  const { LEDGER_COLUMNS, LEDGER_HEADER, columnLetter } = require('@ledger-review/workbook');
  return {
    columns: Object.fromEntries(LEDGER_COLUMNS.map((c, i) => [c.field, columnLetter(i + 1)])),
    headerCells: Object.fromEntries(LEDGER_HEADER.map((h) => [h.field, [columnLetter(h.col + 1), h.row]])),
  };
}

function buildCase(scoring) {
  const areas = scoring.AREAS.map((a) => a.name);
  const { columns, headerCells } = ledgerLayout();
  const indicators = Array.from({ length: ROWS }, (_, i) => ({
    code: `${(i % 8) + 1}.${Math.floor(i / 8) + 1}`,
    area: (i % 8) + 1,
    text: `第 ${i + 1} 项指标：按要求推进法治政府建设相关工作并留存记录`,
    points: [5, 10, 4, 6][i % 4],
    standard: '按要求完成得满分，未完成的酌情扣分',
    evidence: '相关文件、会议记录',
    target: i % 5 === 0 ? { value: 100, unit: '%' } : undefined,
    appliesTo: { kind: 'all' },
    allowNotApplicable: i % 25 === 0,
    frequency: '每月',
  }));
  const template = {
    version: 'bench-300',
    name: '合成指标体系（300 项）',
    areas: areas.map((name, i) => ({ no: i + 1, name })),
    indicators,
  };
  const unit = {
    code: 'SZ01',
    name: '市司法局',
    aliases: ['濮阳市司法局', '司法局'],
    group: '市直',
    kind: '市直',
    civilized: true,
  };
  const roster = [
    unit,
    ...Array.from({ length: 28 }, (_, i) => ({
      code: `U${i}`,
      name: `合成单位${i}`,
      aliases: [],
      group: i < 9 ? '县区' : '市直',
      kind: i < 9 ? '县区' : '市直',
      civilized: false,
    })),
  ];

  const headerValues = {
    unitName: unit.name,
    month: '2021-05',
    filler: '张三',
    phone: '0393-6666679',
    filledDate: '2021-06-03',
    reviewer: '李四',
  };
  const header = {};
  for (const [field, [column, row]] of Object.entries(headerCells))
    header[field] = { value: headerValues[field], row, column };

  const rows = indicators.map((ind, i) => {
    const done = i % 3 === 0;
    const cells = {
      code: ind.code,
      area: areas[ind.area - 1],
      text: ind.text,
      points: ind.points,
      target: ind.target ? '100%' : '',
      workDone: '本月召开专题会议一次，印发工作方案，完成阶段性任务。',
      status: done ? '已完成' : '推进中',
      progress: done ? 100 : i % 7 === 0 ? '60%' : 60,
      actual: ind.target ? 100 : null,
      evidence: '会议纪要、工作方案',
      selfScore: ind.points - 0.5,
      problems: '无',
      nextSteps: '继续推进',
      remarks: '',
    };
    switch (i % 20) {
      case 3:
        cells.progress = 120;
        break; // out of range
      case 6:
        cells.evidence = '';
        cells.status = '已完成';
        cells.progress = 100;
        break; // 已完成 without evidence
      case 9:
        cells.selfScore = ind.points + 2;
        break; // above 分值
      case 12:
        cells.progress = '８０';
        break; // full-width digits: normalised, reported
      case 15:
        cells.selfScore = `${ind.points - 1} `;
        break; // trailing space: normalised
      default:
        break;
    }
    return { row: 6 + i, cells };
  });
  const raw = {
    file: 'bench-ledger.xlsx',
    sheet: '工作台账',
    header,
    columns: { ...columns },
    rows,
    meta: { templateVersion: template.version, unitCode: unit.code, month: '2021-05' },
  };
  const ctx = {
    template,
    roster,
    settings: scoring.resolveSettings(),
    expectedUnitCode: unit.code,
    expectedMonth: '2021-05',
  };
  return { raw, ctx };
}

async function run(ctx) {
  const scoring = ctx.requireLib('scoring');
  const { validateLedger } = scoring;
  const via = '@ledger-review/scoring';
  const name = 'validation.ledger300Rows.median';
  const { raw, ctx: ledgerCtx } = buildCase(scoring);

  const first = validateLedger(raw, ledgerCtx);
  const rowsChecked = first.rows ? first.rows.length : NaN;
  if (rowsChecked !== ROWS)
    throw new Error(
      `validateLedger returned ${rowsChecked} rows, expected ${ROWS}: the bench case is not what it claims`,
    );
  for (let i = 0; i < WARMUP; i++) validateLedger(raw, ledgerCtx);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    validateLedger(raw, ledgerCtx);
    times.push(performance.now() - t);
  }
  const medianMs = median(times);
  const p95 = [...times].sort((a, b) => a - b)[Math.floor(RUNS * 0.95)];
  const findings =
    first.report && Array.isArray(first.report.findings) ? first.report.findings.length : 'unknown';
  ctx.log(
    `validateLedger via ${via}: ${ROWS} rows, ${findings} findings, ${first.invalidRows ? first.invalidRows.length : '?'} invalid rows; ${RUNS} timed runs after ${WARMUP} warm-up`,
  );
  return [
    atMost(
      name,
      Number(medianMs.toFixed(3)),
      'ms',
      TARGET_MS,
      `median of ${RUNS} runs in-process after ${WARMUP} warm-up runs`,
    ),
    info('validation.ledger300Rows.p95', Number(p95.toFixed(3)), 'ms'),
  ];
}

module.exports = { run };
