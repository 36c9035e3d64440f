/**
 * Re-running at a city's real scale (issue "trust at scale"): 90 units, a full quarter with March
 * brought in by B2 — 台账汇总 passes 10,000 rows. Running `review` twice into the same --out used
 * to fail the second time with "用法错误 … sheet-too-large": the product could not read back what
 * it had written. Now the bounds for its own workbooks grow with the roster, and a bound hit on a
 * workbook named by an option is an error naming the file and the sheet, never a usage error.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { readGrids, readLimitsFor, renderWorkbook, REVIEW_SHEETS } from '@ledger-review/workbook';
import { scaleCampaign } from '../fixtures/scale';
import { suiteTempDir } from '../helpers/tempDir';

const UNITS = 90;
const MONTHS = ['2021-03', '2021-04', '2021-05', '2021-06'];
const dir = suiteTempDir('rerun-scale-');
const templateFile = join(dir, '指标体系.xlsx');
const ledgers = join(dir, '台账');

beforeAll(async () => {
  // Every indicator monthly (the campaign's largest ledgers): 台账汇总 passes 10,000 rows.
  const campaign = scaleCampaign(UNITS, { everyMonth: true });
  writeFileSync(templateFile, await renderWorkbook(campaign.templatePlan));
  mkdirSync(ledgers);
  for (const l of campaign.ledgers(MONTHS))
    writeFileSync(join(ledgers, l.name), await renderWorkbook(l.plan));
}, 180_000);

test('regression: a 90-unit × 4-month quarter re-runs into the same review (it reads back what it wrote)', async () => {
  const out = join(dir, '2021年第二季度点评.xlsx');
  const args = [
    'review',
    ledgers,
    '--quarter',
    '2021Q2',
    '--template',
    templateFile,
    '--as-of',
    '2021-07-20',
    '--out',
    out,
  ];
  const first = await cli(...args);
  expect(first.err).not.toMatch(/用法错误|usage error/);
  expect([0, 1]).toContain(first.code);
  const written = readGrids(
    new Uint8Array(readFileSync(out)),
    readLimitsFor({ units: UNITS, indicators: 45 }),
  );
  const rows = written.find((s) => s.name === REVIEW_SHEETS.ledgerRows)!.grid.length;
  // The case the bound was hit on: more rows than the reader's default bound.
  expect(rows).toBeGreaterThan(10_000);

  const second = await cli(...args);
  expect(second.err).not.toMatch(/用法错误|usage error|sheet-too-large/);
  expect(second.code).toBe(first.code);
  expect(statSync(out).size).toBeGreaterThan(0);
}, 240_000);

test('a bound hit on a workbook named by an option is an error naming the file and the sheet, not a usage error', async () => {
  // A review of this 90-unit quarter read back as if the campaign had the default 29 units.
  const out = join(dir, '2021年第二季度点评.xlsx');
  const r = await cli(
    'review',
    ledgers,
    '--quarter',
    '2021Q2',
    '--as-of',
    '2021-07-20',
    '--out',
    join(dir, 'other.xlsx'),
    '--previous',
    out,
  );
  expect(r.code).toBe(2);
  expect(r.err).not.toMatch(/用法错误/);
  expect(r.err).toMatch(/运行失败：.*2021年第二季度点评\.xlsx.*工作表“台账汇总”.*\[sheet-too-large\]/);
}, 120_000);
