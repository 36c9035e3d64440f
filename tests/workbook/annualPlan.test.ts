/**
 * The 年度汇总 plan on a small hand-made year where a functional zone changed group between
 * quarters (the office changed 功能区排名分组) and a unit is absent from one quarter: the ranks
 * of each quarter stay those of the group the unit was ranked in then — as cached values and
 * after LibreOffice recalculated the formulas.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ANNUAL_ROWS,
  ANNUAL_SHEETS,
  DATA_QUARTER_COLUMNS,
  buildAnnualPlan,
  readGrids,
  renderWorkbook,
  type AnnualQuarter,
  type AnnualRollup,
  type AnnualUnitQuarter,
} from '@ledger-review/workbook';
import { readFileSync } from 'node:fs';
import { tempDir } from '../fixtures/excel';
import { recalculateWithLibreOffice } from '../helpers/libreoffice';
import { testWithTools } from '../helpers/tools';

const WEIGHTS = { inspection: 0.8, timeliness: 0.1, quality: 0.1 };

/** A unit's quarter whose composite is exactly `rate` (timeliness and quality at 100%) × 0.8 + 20. */
const standing = (group: '县区' | '市直', rate: number, rank: number): AnnualUnitQuarter => ({
  group,
  composite: Math.round((0.8 * rate + 20) * 100) / 100,
  rank,
  tied: false,
  inspectionRate: rate,
  timeliness: 1,
  quality: 1,
  previous: null,
  outcomes: [],
  missingMonths: [],
  lateMonths: [],
});

const quarter = (q: string, units: Record<string, AnnualUnitQuarter>): AnnualQuarter => ({
  quarter: q,
  file: `${q}_季度点评.xlsx`,
  weights: WEIGHTS,
  compositeDecimals: 2,
  units: new Map(Object.entries(units)),
});

// ZONE ranked with 市直 in 2021Q1 and with 县区 in 2021Q2; LATE joined in 2021Q2.
const rollup: AnnualRollup = {
  year: 2021,
  quarters: [
    quarter('2021Q1', {
      XQ01: standing('县区', 90, 1),
      XQ02: standing('县区', 80, 2),
      ZONE: standing('市直', 85, 2),
      SZ01: standing('市直', 95, 1),
      SZ02: standing('市直', 70, 3),
    }),
    quarter('2021Q2', {
      XQ01: standing('县区', 90, 2),
      XQ02: standing('县区', 80, 3),
      ZONE: standing('县区', 95, 1),
      SZ01: standing('市直', 75, 2),
      SZ02: standing('市直', 70, 3),
      LATE: standing('市直', 99, 1),
    }),
  ],
  missing: ['2021Q3', '2021Q4'],
  units: [
    { code: 'XQ01', name: '华龙区', group: '县区' },
    { code: 'XQ02', name: '清丰县', group: '县区' },
    { code: 'ZONE', name: '濮阳经济技术开发区', group: '县区' },
    { code: 'SZ01', name: '市司法局', group: '市直' },
    { code: 'SZ02', name: '市审计局', group: '市直' },
    { code: 'LATE', name: '市数据局', group: '市直' },
  ],
  proposals: [],
  refused: [],
  earlierStatements: new Map(),
  findings: [],
};

/** 季度数据's 排名 column of each quarter, by unit code. */
function ranks(sheets: ReturnType<typeof readGrids>): Record<string, (number | null)[]> {
  const data = sheets.find((s) => s.name === ANNUAL_SHEETS.quarters)!;
  const rankOffset = DATA_QUARTER_COLUMNS.indexOf('排名');
  const out: Record<string, (number | null)[]> = {};
  rollup.units.forEach((u, i) => {
    const row = data.grid[ANNUAL_ROWS.firstData - 1 + i];
    expect(row[1]).toBe(u.code);
    out[u.code] = rollup.quarters.map((_, k) => {
      const v = row[3 + k * DATA_QUARTER_COLUMNS.length + rankOffset];
      return typeof v === 'number' ? v : null;
    });
  });
  return out;
}

const EXPECTED = {
  XQ01: [1, 2],
  XQ02: [2, 3],
  ZONE: [2, 1],
  SZ01: [1, 2],
  SZ02: [3, 3],
  LATE: [null, 1],
};

test('cached ranks are each quarter’s own group ranks', async () => {
  const bytes = await renderWorkbook(buildAnnualPlan(rollup));
  expect(ranks(readGrids(bytes))).toEqual(EXPECTED);
});

testWithTools(
  ['soffice'],
  'recalculated by LibreOffice, each quarter ranks within the group the unit had then; the absent unit stays blank',
  async () => {
    const { dir, cleanup } = tempDir('lr-annual-plan-');
    try {
      mkdirSync(join(dir, 'in'));
      const file = join(dir, 'in', '年度汇总.xlsx');
      writeFileSync(file, await renderWorkbook(buildAnnualPlan(rollup)));
      const { outputs } = await recalculateWithLibreOffice([file], { outDir: join(dir, 'out') });
      const sheets = readGrids(readFileSync(outputs[0]));
      expect(ranks(sheets)).toEqual(EXPECTED);
      // The annual average covers the quarters the unit has; its rank is within its latest group.
      const summary = sheets.find((s) => s.name === ANNUAL_SHEETS.summary)!;
      const late = summary.grid[ANNUAL_ROWS.firstData - 1 + 5];
      expect(late[1]).toBe('LATE');
      expect(late[3 + 16]).toBeCloseTo(99.2, 9);
      expect(late[3 + 17]).toBe(1);
    } finally {
      cleanup();
    }
  },
  120_000,
);
