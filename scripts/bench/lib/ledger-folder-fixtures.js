/**
 * A folder of real unit ledgers as the office receives them over a few years: every unit of the
 * built-in roster × 36 months (2019-01 … 2021-12) = 1,044 files of 39–44 indicator rows, written
 * with the product's own ledger layout and writer and filled like a clerk would. Cached in the
 * bench scratch folder (a marker file names the fixture version).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { filedLedgerPlan, filledRow, rng } = require('./ledger-rows');

// v2: ledgers built since 填报频次 (only the indicators due each month).
const FIXTURE_VERSION = 'v2';

function months() {
  const out = [];
  for (let y = 2019; y <= 2021; y++)
    for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, '0')}`);
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
  if (fs.existsSync(marker))
    return { dir, files: fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).length };
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const template = scoring.DEFAULT_TEMPLATE;
  const roster = scoring.DEFAULT_ROSTER.map((u) => ({ ...u, aliases: [...u.aliases] }));
  const settings = scoring.resolveSettings();
  const issued = { template, settings, fingerprint: scoring.templateFingerprint(template.indicators) };
  let n = 0;
  for (const [u, unit] of roster.entries()) {
    for (const [mi, month] of months().entries()) {
      const rand = rng(u * 1000 + mi + 1);
      // The indicators due that month (填报频次), as the issued ledger lists them.
      const rows = scoring
        .dueIndicators(template, unit, month, settings)
        .map((ind, r) => filledRow(unit, ind, r, rand));
      const filledDate = nextMonthDay(month, 1 + (mi % 6));
      const plan = filedLedgerPlan(issued, { unit, month, clerk: u, filledDate, rows });
      fs.writeFileSync(
        path.join(dir, `${unit.name}${month.replace('-', '年')}月工作台账.xlsx`),
        await workbook.renderWorkbook(plan),
      );
      n++;
    }
  }
  fs.writeFileSync(marker, '');
  return { dir, files: n };
}

module.exports = { ensureLedgerFolder };
