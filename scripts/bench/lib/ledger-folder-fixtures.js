/**
 * A folder of real unit ledgers as the office receives them over a few years: every unit of the
 * built-in roster × 36 months (2019-01 … 2021-12) = 1,044 files of 39–44 indicator rows, written
 * with the product's own ledger layout and writer and filled like a clerk would. Cached in the
 * bench scratch folder (a marker file names the fixture version).
 */
'use strict';
const fs = require('fs');
const path = require('path');

const FIXTURE_VERSION = 'v1';
const STATUSES = ['已完成', '推进中', '常态化', '未启动'];

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function months() {
  const out = [];
  for (let y = 2019; y <= 2021; y++) for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
}

function nextMonthDay(month, day) {
  const [y, m] = month.split('-').map(Number);
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  return `${ny}-${String(nm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Writes the folder once; returns its path and the file count. */
async function ensureLedgerFolder(dir, scoring, workbook) {
  const marker = `${dir}.complete-${FIXTURE_VERSION}`;
  if (fs.existsSync(marker)) return { dir, files: fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).length };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const template = scoring.DEFAULT_TEMPLATE;
  const roster = scoring.DEFAULT_ROSTER.map((u) => ({ ...u, aliases: [...u.aliases] }));
  const settings = scoring.resolveSettings();
  const fingerprint = scoring.templateFingerprint(template.indicators);
  let n = 0;
  for (const [u, unit] of roster.entries()) {
    for (const [mi, month] of months().entries()) {
      const rand = rng(u * 1000 + mi + 1);
      const rows = scoring.applicableIndicators(template, unit).map((ind, r) => {
        const status = STATUSES[Math.floor(rand() * STATUSES.length)];
        const progress = status === '已完成' || status === '常态化' ? 100 : status === '未启动' ? 0 : 10 + Math.round(rand() * 80);
        return {
          row: 0,
          code: ind.code,
          workDone: status === '未启动' ? '' : `${unit.name}本月召开专题会议${1 + (r % 4)}次，印发文件${r % 7}件，按计划推进`,
          status,
          progress,
          actual: ind.target ? ind.target.value : null,
          evidence: status === '已完成' ? `《关于第${r + 1}项工作的通知》、会议纪要` : '',
          selfScore: Math.min(ind.points, Math.round(rand() * ind.points * 2) / 2),
          problems: r % 4 === 0 ? '个别科室报送不及时' : '',
          nextSteps: '下月继续加强督促检查',
          remarks: '',
        };
      });
      const plan = workbook.buildLedgerPlan({
        template,
        unit,
        month,
        settings,
        fingerprint,
        carry: {
          header: { filler: `张${u}`, phone: '0393-6666679', reviewer: `李${u}`, filledDate: nextMonthDay(month, 1 + (mi % 6)) },
          rows,
        },
      });
      fs.writeFileSync(path.join(dir, `${unit.name}${month.replace('-', '年')}月工作台账.xlsx`), await workbook.renderWorkbook(plan));
      n++;
    }
  }
  fs.writeFileSync(marker, '');
  return { dir, files: n };
}

module.exports = { ensureLedgerFolder };
