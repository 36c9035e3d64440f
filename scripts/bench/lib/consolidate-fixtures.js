/**
 * 100 filled unit ledgers of 120 indicator rows each, written with the product's own ledger layout
 * (buildLedgerPlan + renderWorkbook), plus the synthetic template and roster they belong to.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const UNIT_COUNT = 100;
const INDICATORS = 120;
const MONTH = '2021-04';
const FIXTURE_VERSION = 'v2';

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

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

const STATUSES = ['已完成', '推进中', '常态化', '未启动'];

async function ensureLedgers(dir, scoring, workbook) {
  const context = syntheticContext(scoring);
  const marker = path.join(dir, `.complete-${FIXTURE_VERSION}`);
  const files = context.roster.map((u) => path.join(dir, `${u.name} ${MONTH} 工作台账.xlsx`));
  if (fs.existsSync(marker)) return { files, context };
  fs.mkdirSync(dir, { recursive: true });
  const fingerprint = scoring.templateFingerprint(context.template.indicators);
  for (let u = 0; u < context.roster.length; u++) {
    const unit = context.roster[u];
    const rand = rng(u + 1);
    const rows = context.template.indicators.map((ind, r) => {
      const status = STATUSES[Math.floor(rand() * STATUSES.length)];
      const progress = status === '已完成' || status === '常态化' ? 100 : status === '未启动' ? 0 : Math.round(rand() * 90);
      return {
        row: 0,
        code: ind.code,
        workDone: status === '未启动' ? '' : `${unit.name}本月召开专题会议${1 + (r % 4)}次，印发文件${r % 7}件，按计划推进`,
        status,
        progress,
        actual: ind.target ? 100 : null,
        evidence: status === '已完成' ? `《关于第${r + 1}项工作的通知》、会议纪要` : '',
        selfScore: Math.round(rand() * ind.points * 2) / 2,
        problems: r % 4 === 0 ? '个别科室报送不及时' : '',
        nextSteps: '下月继续加强督促检查',
        remarks: '',
      };
    });
    const plan = workbook.buildLedgerPlan({
      template: context.template,
      unit,
      month: MONTH,
      settings: context.settings,
      fingerprint,
      carry: { header: { filler: `张${u}`, phone: '0393-6666679', reviewer: `李${u}`, filledDate: '2021-05-0' + (1 + (u % 8)) }, rows },
    });
    fs.writeFileSync(files[u], await workbook.renderWorkbook(plan));
  }
  fs.writeFileSync(marker, '');
  return { files, context };
}

module.exports = { ensureLedgers, UNIT_COUNT, INDICATORS };
