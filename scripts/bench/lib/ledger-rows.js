/**
 * What the bench fixtures share: a seeded random source (so every run benches the same files),
 * a ledger row filled the way a clerk fills one, and the ledger plan as the clerk files it (the
 * random source and the plan are the test fixtures' own, tests/fixtures/filledLedgers.js).
 */
'use strict';
const { filedLedgerPlan, rng } = require('../../../tests/fixtures/filledLedgers');

const STATUSES = ['已完成', '推进中', '常态化', '未启动'];

/** The `r`-th row of `unit`'s ledger, for indicator `ind`. */
function filledRow(unit, ind, r, rand) {
  const status = STATUSES[Math.floor(rand() * STATUSES.length)];
  const progress =
    status === '已完成' || status === '常态化' ? 100 : status === '未启动' ? 0 : 10 + Math.round(rand() * 80);
  return {
    row: 0,
    code: ind.code,
    workDone:
      status === '未启动'
        ? ''
        : `${unit.name}本月召开专题会议${1 + (r % 4)}次，印发文件${r % 7}件，按计划推进`,
    status,
    progress,
    actual: ind.target ? ind.target.value : null,
    evidence: status === '已完成' ? `《关于第${r + 1}项工作的通知》、会议纪要` : '',
    selfScore: Math.min(ind.points, Math.round(rand() * ind.points * 2) / 2),
    problems: r % 4 === 0 ? '个别科室报送不及时' : '',
    nextSteps: '下月继续加强督促检查',
    remarks: '',
  };
}

module.exports = { rng, filledRow, filedLedgerPlan, STATUSES };
