/**
 * The review workbook's formulas, recalculated by a real spreadsheet engine (LibreOffice), must
 * give exactly the scoring library's numbers: composites after ROUND, ranks (RANK.EQ), ties, and
 * every rate within 1e-9 — with the default settings and with changed weights, decimals and
 * functional-zone group, so the formulas provably read 评分规则.
 */
import type ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reviewQuarter, type QuarterReview, type ScoringSettings } from '@ledger-review/scoring';
import { buildReviewPlan, ledgerFacts, renderWorkbook } from '@ledger-review/workbook';
import { recalculateWithLibreOffice } from '../helpers/libreoffice';
import { testWithTools } from '../helpers/tools';
import { columnsOf, formulaOf, gridValue, loadWorkbook, resultOf } from './excelGrids';
import { HOSTILE, buildSampleQuarter, type SampleQuarter } from './sampleQuarter';

const withOffice = (name: string, fn: () => Promise<void>, timeout?: number) => testWithTools(['soffice'], name, fn, timeout);

const HEADER_ROW = 3;

function rowsByCode(ws: ExcelJS.Worksheet, codeCol: number, fromRow: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let r = fromRow; r <= ws.rowCount; r++) {
    const code = ws.getCell(r, codeCol).value;
    if (typeof code !== 'string' || !code) continue;
    out.set(code, [...(out.get(code) ?? []), r]);
  }
  return out;
}

const num = (v: unknown): number => {
  if (typeof v !== 'number') throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
};
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function reviewWith(sample: SampleQuarter, settings: Partial<ScoringSettings>): QuarterReview {
  return reviewQuarter({
    quarter: sample.review.quarter,
    template: sample.template,
    roster: sample.roster,
    settings,
    ledgers: sample.consolidation.ledgers.map(ledgerFacts),
    inspections: sample.consolidation.inspections,
    history: sample.history,
  });
}

/** Every check of one recalculated workbook against the review it was built from. */
function expectWorkbookMatches(wb: ExcelJS.Workbook, review: QuarterReview): void {
  // No formula anywhere may end in an error (#NAME?, #VALUE!, #DIV/0! …).
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const f = formulaOf(cell);
        if (f === undefined) return;
        const r = resultOf(cell);
        if (r && typeof r === 'object' && 'error' in (r as object))
          throw new Error(`${ws.name}!${cell.address} = ${f} → ${JSON.stringify(r)}`);
      }),
    );
  }

  // Unit text that looks like a formula is still plain text after the engine saved the file.
  const hostile = Object.values(HOSTILE);
  let hostileCells = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const f = formulaOf(cell);
        if (f !== undefined) for (const h of hostile) expect(f).not.toContain(h.slice(1, 12));
        else {
          // LibreOffice may save text as rich-text runs (a CJK font fallback splits the run).
          const v = gridValue(cell.value);
          if (typeof v === 'string' && hostile.some((h) => v.startsWith(h))) hostileCells++;
        }
      }),
    );
  }
  expect(hostileCells).toBeGreaterThanOrEqual(8);

  const ranking = wb.getWorksheet('综合排名')!;
  const cols = columnsOf(ranking, HEADER_ROW);
  const rows = rowsByCode(ranking, cols.get('单位编码')!, HEADER_ROW + 1);
  expect(rows.size).toBe(review.units.length);
  const rateCols = [...cols.entries()].filter(([label]) => label.startsWith('得分率（')).map(([, c]) => c);
  expect(rateCols).toHaveLength(review.inspectionPeriods.length);
  review.units.forEach((u, i) => {
    const [r] = rows.get(u.unitCode)!;
    expect(r).toBe(HEADER_ROW + 1 + i); // display order
    const cell = (label: string) => resultOf(ranking.getCell(r, cols.get(label)!));
    u.periods.forEach((p, k) =>
      expect(Math.abs(num(resultOf(ranking.getCell(r, rateCols[k]))) - p.rate)).toBeLessThan(1e-9),
    );
    expect(Math.abs(num(cell('检查得分率')) - u.inspectionRate)).toBeLessThan(1e-9);
    expect(Math.abs(num(cell('报送及时率')) - u.timeliness)).toBeLessThan(1e-9);
    expect(Math.abs(num(cell('填报质量')) - u.quality)).toBeLessThan(1e-9);
    expect({
      unit: u.unitCode,
      composite: num(cell('综合得分')),
      rank: num(cell('排名')),
      tied: str(cell('并列')),
    }).toEqual({
      unit: u.unitCode,
      composite: u.composite,
      rank: u.rank,
      tied: u.tied ? '并列' : '',
    });
  });

  // 指标得分: 采用得分, 来源 and 自评偏高 are formulas; they must be the library's per indicator.
  const scores = wb.getWorksheet('指标得分')!;
  const sc = columnsOf(scores, HEADER_ROW);
  let r = HEADER_ROW + 1;
  const sourceText = { inspection: '检查', self: '自评（未经检查）', none: '无' };
  for (const u of review.units) {
    for (const p of u.periods) {
      for (const s of p.indicators) {
        expect([
          scores.getCell(r, sc.get('单位编码')!).value,
          scores.getCell(r, sc.get('检查期间')!).value,
          scores.getCell(r, sc.get('指标编号')!).value,
        ]).toEqual([u.unitCode, p.period, s.code]);
        expect(num(resultOf(scores.getCell(r, sc.get('采用得分')!)))).toBe(s.score);
        expect(resultOf(scores.getCell(r, sc.get('来源')!))).toBe(sourceText[s.source]);
        expect(str(resultOf(scores.getCell(r, sc.get('自评偏高')!)))).toBe(s.selfHigh ? '自评偏高' : '');
        r++;
      }
    }
  }
  expect(scores.getCell(r, sc.get('单位编码')!).value ?? null).toBeNull();

  // 得分明细: each period's 合计 is the library's obtained / available.
  const areas = wb.getWorksheet('得分明细')!;
  const ac = columnsOf(areas, HEADER_ROW);
  const totals = new Map<string, { obtained: number; available: number; rate: number }>();
  for (let row = HEADER_ROW + 1; row <= areas.rowCount; row++) {
    const label = areas.getCell(row, ac.get('检查内容')!).value;
    const code = String(areas.getCell(row, ac.get('单位编码')!).value);
    const period = String(areas.getCell(row, ac.get('检查期间')!).value);
    const obtained = num(resultOf(areas.getCell(row, ac.get('得分')!)));
    const available = num(resultOf(areas.getCell(row, ac.get('应得分')!)));
    if (label === '合计')
      totals.set(`${code}|${period}`, {
        obtained,
        available,
        rate: num(resultOf(areas.getCell(row, ac.get('得分率')!))),
      });
    else {
      const area = num(areas.getCell(row, ac.get('方面')!).value);
      const libArea = review.units
        .find((u) => u.unitCode === code)!
        .periods.find((p) => p.period === period)!
        .areas.find((a) => a.area === area)!;
      expect(Math.abs(obtained - libArea.obtained)).toBeLessThan(1e-9);
      expect(available).toBe(libArea.available);
    }
  }
  for (const u of review.units) {
    for (const p of u.periods) {
      const t = totals.get(`${u.unitCode}|${p.period}`)!;
      expect(Math.abs(t.obtained - p.obtained)).toBeLessThan(1e-9);
      expect(t.available).toBe(p.available);
      expect(Math.abs(t.rate - p.rate)).toBeLessThan(1e-9);
    }
  }

  // 报送情况: 按时 and 逾期天数 are formulas over the dates.
  const subs = wb.getWorksheet('报送情况')!;
  let header = 0;
  for (let row = 1; row <= subs.rowCount && !header; row++)
    if (subs.getCell(row, 1).value === '单位编码' && subs.getCell(row, 3).value === '月份') header = row;
  expect(header).toBeGreaterThan(HEADER_ROW);
  const subc = columnsOf(subs, header);
  let sr = header + 1;
  for (const u of review.units) {
    for (const l of u.ledgers) {
      expect([subs.getCell(sr, 1).value, subs.getCell(sr, subc.get('月份')!).value]).toEqual([
        u.unitCode,
        l.month,
      ]);
      expect(num(resultOf(subs.getCell(sr, subc.get('按时')!)))).toBe(l.state === 'on-time' ? 1 : 0);
      expect(num(resultOf(subs.getCell(sr, subc.get('逾期天数')!)))).toBe(l.daysLate);
      sr++;
    }
  }

  // 点评结果 refers to the ranking's cells.
  const outcomes = wb.getWorksheet('点评结果')!;
  let checked = 0;
  for (let row = 1; row <= outcomes.rowCount; row++) {
    const code = outcomes.getCell(row, 4).value;
    const unit = review.units.find((u) => u.unitCode === code);
    if (!unit) continue;
    expect(num(resultOf(outcomes.getCell(row, 6)))).toBe(unit.composite);
    expect(num(resultOf(outcomes.getCell(row, 7)))).toBe(unit.rank);
    checked++;
  }
  expect(checked).toBe(review.units.reduce((n, u) => n + u.outcomes.length, 0));
}

describe('review workbook recalculated by LibreOffice', () => {
  withOffice(
    'composites, ranks, ties and rates equal the scoring library (default and changed settings)',
    async () => {
      const sample = buildSampleQuarter();
      const changed = reviewWith(sample, {
        weightInspection: 0.7,
        weightTimeliness: 0.15,
        weightQuality: 0.15,
        compositeDecimals: 1,
        functionalZoneGroup: '市直',
      });
      // The changed settings must really change the outcome, or the second file proves nothing.
      expect(changed.units.map((u) => u.composite)).not.toEqual(sample.review.units.map((u) => u.composite));
      expect(changed.units.find((u) => u.unitCode === 'XQ07')!.group).toBe('市直');
      // The sample's promises: ties in both groups, a late, a missing and an undated ledger, an unchecked score.
      expect(sample.review.units.filter((u) => u.tied).map((u) => u.unitCode)).toEqual([
        'XQ05',
        'XQ07',
        'SZ02',
        'SZ03',
      ]);
      const labels = sample.review.units.flatMap((u) => u.ledgers.map((l) => l.label));
      expect(labels).toEqual(expect.arrayContaining(['逾期 3 天', '未报送', '日期不明']));
      expect(sample.review.units.some((u) => u.flags.unchecked > 0 && u.flags.selfHigh > 0)).toBe(true);

      const dir = mkdtempSync(join(tmpdir(), 'review-recalc-'));
      try {
        const inputs: Array<{ file: string; review: QuarterReview }> = [
          { file: join(dir, 'review-default.xlsx'), review: sample.review },
          { file: join(dir, 'review-changed.xlsx'), review: changed },
        ];
        for (const { file, review } of inputs) {
          const plan = buildReviewPlan({ ...sample, review });
          writeFileSync(file, await renderWorkbook(plan));
        }
        const { outputs, elapsedMs } = await recalculateWithLibreOffice(
          inputs.map((i) => i.file),
          { outDir: join(dir, 'out') },
        );
        console.log(`soffice recalculated ${outputs.length} review workbooks in ${elapsedMs} ms`);
        for (let i = 0; i < outputs.length; i++) {
          expectWorkbookMatches(await loadWorkbook(outputs[i]), inputs[i].review);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    240_000,
  );
});
