/**
 * 100 filled unit ledgers of 120 indicator rows each, written with the product's own ledger layout
 * (buildLedgerPlan + renderWorkbook), plus the synthetic template and roster they belong to.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { filedLedgerPlan, filledRow, rng } = require('./ledger-rows');

const UNIT_COUNT = 100;
const INDICATORS = 120;
const MONTH = '2021-04';
// v3: rows filled by ledger-rows.js (shared with the folder bench).
const FIXTURE_VERSION = 'v4';

function syntheticContext(scoring) {
  const areas = scoring.AREAS.map((a) => ({ ...a }));
  const indicators = [];
  for (let i = 0; i < INDICATORS; i++) {
    const area = (i % 8) + 1;
    indicators.push({
      code: `${area}.${Math.floor(i / 8) + 1}`,
      area,
      text: `第${i + 1}项指标：健全行政规范性文件合法性审核机制，落实备案审查制度，按月报送工作进展`,
      points: [0.5, 1, 1.5][i % 3],
      standard: '未按要求完成的，每项扣 0.5 分',
      evidence: '文件、会议纪要、工作台账',
      target: i % 15 === 0 ? { value: 100, unit: '%' } : undefined,
      appliesTo: { kind: 'all' },
      allowNotApplicable: false,
      frequency: '每月',
    });
  }
  const template = { version: 'bench.1', name: '基准测试指标体系', areas, indicators };
  const roster = Array.from({ length: UNIT_COUNT }, (_, i) => ({
    code: `U${String(i + 1).padStart(3, '0')}`,
    name: i < 50 ? `第${i + 1}县区` : `市第${i + 1}局`,
    aliases: [],
    group: i < 50 ? '县区' : '市直',
    kind: i < 50 ? '县区' : '市直',
    civilized: i % 7 === 0,
  }));
  const settings = scoring.resolveSettings();
  return { template, roster, settings, team: { members: [] } };
}

async function ensureLedgers(dir, scoring, workbook) {
  const context = syntheticContext(scoring);
  const marker = path.join(dir, `.complete-${FIXTURE_VERSION}`);
  const files = context.roster.map((u) => path.join(dir, `${u.name} ${MONTH} 工作台账.xlsx`));
  if (fs.existsSync(marker)) return { files, context };
  fs.mkdirSync(dir, { recursive: true });
  const { template, settings } = context;
  const issued = { template, settings, fingerprint: scoring.templateFingerprint(template.indicators) };
  for (let u = 0; u < context.roster.length; u++) {
    const unit = context.roster[u];
    const rand = rng(u + 1);
    const rows = template.indicators.map((ind, r) => filledRow(unit, ind, r, rand));
    const filledDate = '2021-05-0' + (1 + (u % 8));
    const plan = filedLedgerPlan(issued, { unit, month: MONTH, clerk: u, filledDate, rows });
    fs.writeFileSync(files[u], await workbook.renderWorkbook(plan));
  }
  fs.writeFileSync(marker, '');
  return { files, context };
}

module.exports = { ensureLedgers, UNIT_COUNT, INDICATORS };
