/**
 * A round and the 整改 loop end to end on the generated sample (2021Q1 and 2021Q2), through the
 * CLI as the office runs it, every workbook read back by ExcelJS (not the project's reader):
 * - the Q1 review's 整改台账 gives the open items;
 * - `round --notice`: the 检查通知 (dates, one sub-team per unit and never its own bureau, what each
 *   unit prepares, the open items) and the scoring workbook's 整改复查 sheet;
 * - `round --results`: the 检查情况报告's unit rates equal the Q2 review's period rates, the units
 *   below 80% are those, each unit has a 检查反馈单 whose items carry the review's ids;
 * - `template --ledgers --review`: a unit's next ledger lists its open items; what it reports comes
 *   back in the next review's 整改台账, and only the office's date plus evidence closes an item.
 */
import { DEFAULT_TEMPLATE, RECTIFICATION_STATE_LABEL, applicableIndicators, excelSerial, type Unit } from '@ledger-review/scoring';
import { defaultReviewContext, readGrids, readRegister, openRectifications, runReview } from '@ledger-review/workbook';
import { buildSampleQuarter } from '@ledger-review/workbook/demo';
import { examineFolder } from '@ledger-review/workbook/node';
import { renderWorkbook } from '@ledger-review/workbook';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import { cli, type Captured } from '../helpers/cli';
import { editXlsx, loadXlsx, partXml, sheetOf, tempDir } from '../fixtures/excel';
import { recalculateWithLibreOffice } from '../helpers/libreoffice';
import { testWithTools } from '../helpers/tools';



const context = defaultReviewContext();
const roster: readonly Unit[] = context.roster;
const HEADER_ROW = 3;

/** Data rows of a table sheet under its header row, as label → value (ExcelJS values). */
function tableRows(ws: ExcelJS.Worksheet, headerRow = HEADER_ROW, stopAtBlank = true): Array<Record<string, unknown>> {
  const labels: string[] = [];
  ws.getRow(headerRow).eachCell({ includeEmpty: true }, (c, col) => (labels[col] = String(c.value ?? '')));
  const out: Array<Record<string, unknown>> = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row: Record<string, unknown> = {};
    let any = false;
    labels.forEach((l, col) => {
      if (!l) return;
      const v = ws.getCell(r, col).value;
      const value = v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v;
      row[l] = value;
      if (value !== null && value !== undefined && value !== '') any = true;
    });
    if (!any) {
      if (stopAtBlank) break;
      continue;
    }
    out.push(row);
  }
  return out;
}

/** The row of a form sheet whose first cell is `label` (a block's header). */
function headerRowOf(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (String(ws.getCell(r, 1).value ?? '') === label) return r;
  throw new Error(`no ${label} in ${ws.name}`);
}

/** The text of a .docx: every w:t, in order (read from the zip, not by the project's writer). */
const docxText = (bytes: Uint8Array) =>
  [...partXml(bytes, 'word/document.xml').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

const isoOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''));

let dir: string;
let cleanup: () => void;
let ledgersDir: string;
let inspectionsDir: string;
let previousDir: string;
const q1 = () => join(dir, '2021Q1_季度点评.xlsx');
const q2 = () => join(dir, '2021Q2_季度点评.xlsx');

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('lr-round-'));
  const sample = buildSampleQuarter();
  for (const item of [...sample.previous.ledgers, ...sample.previous.inspections, ...sample.ledgers, ...sample.inspections]) {
    const target = join(dir, ...item.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await renderWorkbook(item.plan));
  }
  ledgersDir = join(dir, '台账');
  inspectionsDir = join(dir, '检查');
  previousDir = join(dir, '上季度');
  const r1 = await cli('review', previousDir, '--quarter', '2021Q1', '--out', q1(), '--as-of', '2021-04-20', '--quiet');
  expect(r1.code).toBeLessThan(2);
}, 180_000);

afterAll(() => cleanup());

describe('round --notice', () => {
  let notice: ExcelJS.Workbook;
  let scoring: ExcelJS.Workbook;
  let openIds: string[];
  const out = () => join(dir, '2021-B2');

  beforeAll(async () => {
    const asOf = '2021-05-06';
    openIds = openRectifications(readRegister(readGrids(new Uint8Array(readFileSync(q1()))), asOf), roster, asOf).map((o) => o.item.id);
    const r = await cli('round', '--period', '2021-B2', '--notice', ledgersDir, previousDir, '--review', q1(), '--as-of', asOf, '--out', out());
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain('2021-B2_检查通知.xlsx');
    notice = await loadXlsx(new Uint8Array(readFileSync(join(out(), '2021-B2_检查通知.xlsx'))));
    scoring = await loadXlsx(new Uint8Array(readFileSync(join(out(), '2021-B2_双月检查评分表.xlsx'))));
  }, 120_000);

  it('the Q1 review leaves items open to re-check', () => {
    expect(openIds.length).toBeGreaterThan(0);
  });

  it('gives the round’s dates (self-check by the 6th, team on the 7th–12th of May)', () => {
    const lines = sheetOf(notice, '检查通知')
      .getColumn(1)
      .values.map((v) => String(v ?? ''))
      .join('\n');
    expect(lines).toContain('2021年5月6日 前完成');
    expect(lines).toContain('2021年5月7日 至 2021年5月12日');
    expect(lines).toContain(`尚有 ${openIds.length} 项整改事项未销号`);
    const rows = tableRows(sheetOf(notice, '检查安排'));
    expect(rows.map((r) => isoOf(r['检查开始']))).toEqual(roster.map(() => '2021-05-07'));
    expect(rows.map((r) => isoOf(r['检查结束']))).toEqual(roster.map(() => '2021-05-12'));
  });

  it('assigns every unit one sub-team, never its own bureau (回避), and says so for the bureaus', () => {
    const rows = tableRows(sheetOf(notice, '检查安排'));
    expect(rows.map((r) => r['单位编码'])).toEqual(roster.map((u) => u.code));
    const bureaus = new Set(context.team.members.map((m) => m.unitCode));
    for (const r of rows) {
      const unit = roster.find((u) => u.code === r['单位编码'])!;
      expect(String(r['检查小组'])).toMatch(/检查小组$/);
      expect(r['检查小组']).not.toBe(`${unit.name}检查小组`);
      expect([unit.code, Boolean(r['回避说明'])]).toEqual([unit.code, bureaus.has(unit.code)]);
    }
    // Loads differ by at most one.
    const loads = new Map<string, number>();
    for (const r of rows) loads.set(String(r['检查小组']), (loads.get(String(r['检查小组'])) ?? 0) + 1);
    expect(Math.max(...loads.values()) - Math.min(...loads.values())).toBeLessThanOrEqual(1);
  });

  it('lists what each unit prepares: its applicable indicators with their 佐证材料, and its open items under them', () => {
    const rows = tableRows(sheetOf(notice, '准备材料'));
    const expected = roster.flatMap((u) => applicableIndicators(DEFAULT_TEMPLATE, u).map((i) => [u.code, i.code, i.evidence]));
    expect(rows.map((r) => [r['单位编码'], r['指标编号'], r['佐证材料']])).toEqual(expected);
    const listed = rows.flatMap((r) => String(r['复查事项'] ?? '').split('、').filter(Boolean));
    // Items about an indicator are listed under it; the others (报送, 校验) are in 复查事项.
    for (const id of listed) expect(openIds).toContain(id);
  });

  it('template --inspection --review lists the same items in the scoring workbook', async () => {
    const file = join(dir, 'template', '2021-B2_双月检查评分表.xlsx');
    const r = await cli('template', '--inspection', '--period', '2021-B2', '--review', q1(), '--out', file);
    expect(r.code).toBe(0);
    const wb = await loadXlsx(new Uint8Array(readFileSync(file)));
    expect(tableRows(sheetOf(wb, '整改复查')).map((x) => x['问题编号'])).toEqual(openIds);
  });

  it('lists the open items in the notice and in the scoring workbook’s 整改复查 sheet, with their ids', () => {
    expect(tableRows(sheetOf(notice, '复查事项')).map((r) => r['问题编号'])).toEqual(openIds);
    expect(tableRows(sheetOf(scoring, '整改复查')).map((r) => r['问题编号'])).toEqual(openIds);
  });
});

let rechecked: { done: string; invalid: string } | undefined;

describe('the team’s 整改复查', () => {
  it('is filled in the round’s scoring workbook and handed in with the results', async () => {
    const file = join(dir, '2021-B2', '2021-B2_双月检查评分表.xlsx');
    let ids: string[] = [];
    const filled = await editXlsx(new Uint8Array(readFileSync(file)), (book) => {
      const s = sheetOf(book, '整改复查');
      const cols = new Map<string, number>();
      s.getRow(HEADER_ROW).eachCell((c, col) => void cols.set(String(c.value), col));
      ids = [String(s.getCell(HEADER_ROW + 1, cols.get('问题编号')!).value), String(s.getCell(HEADER_ROW + 2, cols.get('问题编号')!).value)];
      s.getCell(HEADER_ROW + 1, cols.get('复查结果')!).value = '已整改';
      s.getCell(HEADER_ROW + 1, cols.get('复查说明')!).value = '已补齐佐证材料';
      s.getCell(HEADER_ROW + 1, cols.get('复查人')!).value = '王五';
      s.getCell(HEADER_ROW + 2, cols.get('复查结果')!).value = '还行';
    });
    // Beside the team's scored workbooks: what the review and the round read.
    writeFileSync(join(inspectionsDir, '2021-B2_整改复查.xlsx'), filled);
    rechecked = { done: ids[0], invalid: ids[1] };
    expect(ids.every((id) => /^2021/.test(id))).toBe(true);
  });
});

describe('round --results', () => {
  const out = () => join(dir, '2021-B2');
  let report: ExcelJS.Workbook;
  let run: ReturnType<typeof runReview>;
  let result: Captured;

  beforeAll(async () => {
    result = await cli('round', '--period', '2021-B2', '--results', inspectionsDir, ledgersDir, previousDir, '--out', out(), '--docx');
    report = await loadXlsx(new Uint8Array(readFileSync(join(out(), '2021-B2_检查情况报告.xlsx'))));
    const examined = await examineFolder([ledgersDir, inspectionsDir, previousDir], context);
    run = runReview({ examined, quarter: '2021Q2', context, asOf: '2021-07-20' });
  }, 180_000);

  it('answers --json with the same numbers', async () => {
    const r = await cli('round', '--period', '2021-B2', '--results', inspectionsDir, ledgersDir, previousDir, '--out', join(dir, 'json'), '--json');
    const json = JSON.parse(r.out) as { units: Array<{ unitCode: string; rate: number }>; below: string[]; feedback: string[]; documents: string[]; rechecks: unknown[] };
    const rates = new Map(run.review.units.map((u) => [u.unitCode, u.periods.find((p) => p.period === '2021-B2')!.rate]));
    for (const u of json.units) expect(u.rate).toBeCloseTo(rates.get(u.unitCode)!, 9);
    expect(json.feedback).toHaveLength(roster.length);
    // Without --docx, no 公文.
    expect(json.documents).toEqual([]);
    expect(existsSync(join(dir, 'json', '2021-B2_检查情况报告.docx'))).toBe(false);
    expect(json.rechecks).toHaveLength(2);
  });

  it('uses only this round’s inspection workbooks and says which it left out', () => {
    expect(result.code).toBeLessThan(2);
    expect(result.err).toContain('不是 2021-B2，未使用');
    expect(result.err).toContain('2021-B3');
  });

  it('reports the team’s re-checks, and a result not in the list at its cell', () => {
    const ws = sheetOf(report, '整改复查情况');
    const rows = tableRows(ws, headerRowOf(ws, '序号'));
    expect(rows.map((r) => [r['问题编号'], r['复查结果'] ?? '', r['复查人'] ?? ''])).toEqual([
      [rechecked!.done, '已整改', '王五'],
      [rechecked!.invalid, '', ''],
    ]);
    // Ids of 评分 items join indicator codes with “+”: quoted, not read as a pattern.
    expect(result.err).toMatch(new RegExp(`整改复查.*${rechecked!.invalid.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*还行`));
  });

  it('reports each unit’s rate as the quarterly review scores the period', () => {
    const rows = tableRows(sheetOf(report, '各单位得分'), headerRowOf(sheetOf(report, '各单位得分'), '序号'));
    const expected = run.review.units.map((u) => [u.unitCode, Math.round(u.periods.find((p) => p.period === '2021-B2')!.rate * 100) / 100]);
    const got = rows.map((r) => [r['单位编码'], Math.round(Number(r['得分率']) * 10000) / 100]);
    expect(got.sort()).toEqual(expected.sort());
    const below = tableRows(sheetOf(report, '得分率偏低单位'), headerRowOf(sheetOf(report, '得分率偏低单位'), '序号'))
      .filter((r) => typeof r['序号'] === 'number')
      .map((r) => r['单位编码']);
    const line = context.settings.statementBelow;
    const expectedBelow = run.review.units
      .filter((u) => u.periods.find((p) => p.period === '2021-B2')!.rate < line)
      .sort((a, b) => a.periods.find((p) => p.period === '2021-B2')!.rate - b.periods.find((p) => p.period === '2021-B2')!.rate)
      .map((u) => u.unitCode);
    expect(below).toEqual(expectedBelow);
  });

  it('gives each area its average rate and its most common problems', () => {
    const ws = sheetOf(report, '分领域情况');
    const rows = tableRows(ws, headerRowOf(ws, '领域'));
    expect(rows.map((r) => r['领域'])).toEqual(DEFAULT_TEMPLATE.areas.map((a) => a.no));
    for (const r of rows) {
      const area = Number(r['领域']);
      const rates = run.review.units.flatMap((u) => {
        const a = u.periods.find((p) => p.period === '2021-B2')!.areas.find((x) => x.area === area);
        return a && a.rate !== null ? [a.rate] : [];
      });
      const mean = rates.reduce((s, x) => s + x, 0) / rates.length;
      expect([area, Number(r['平均得分率'])]).toEqual([area, expect.closeTo(Math.round(mean * 100) / 10000, 6)]);
    }
    expect(rows.some((r) => String(r['主要问题'] ?? '') !== '')).toBe(true);
  });

  it('writes one 检查反馈单 per unit: scores per indicator, deductions, and the items with the review’s ids', async () => {
    const folder = join(out(), '检查反馈单', '2021-B2');
    const files = readdirSync(folder);
    expect(files.filter((f) => f.endsWith('.xlsx')).length).toBe(roster.length);
    expect(files.filter((f) => f.endsWith('.docx')).length).toBe(roster.length);
    const reviewIds = new Set(run.rectification.rows.filter((r) => r.item.period === '2021-B2').map((r) => r.item.id));
    let withItems = 0;
    for (const u of run.review.units) {
      const wb = await loadXlsx(new Uint8Array(readFileSync(join(folder, `${u.unitName}检查反馈单.xlsx`))));
      const ws = sheetOf(wb, '检查反馈单');
      const scores = tableRows(ws, headerRowOf(ws, '指标编号'));
      const period = u.periods.find((p) => p.period === '2021-B2')!;
      expect(scores.map((r) => r['指标编号'])).toEqual(period.indicators.map((i) => i.code));
      const lost = scores.reduce((s, r) => s + Number(r['扣分']), 0);
      expect(lost).toBeCloseTo(period.available - period.obtained, 6);
      const own = run.rectification.rows.filter((r) => r.item.unitCode === u.unitCode && r.item.period === '2021-B2' && r.item.source === '检查');
      // A unit the round found nothing to rectify with gets a line saying so instead of items.
      const listed = tableRows(ws, headerRowOf(ws, '问题编号'));
      const items = listed.filter((r) => r['问题编号'] !== '本轮检查未发现需整改的问题。');
      expect(listed.length - items.length).toBe(own.length ? 0 : 1);
      expect(items.map((r) => r['问题编号']).sort()).toEqual(own.map((r) => r.item.id).sort());
      for (const r of items) expect(reviewIds.has(String(r['问题编号']))).toBe(true);
      if (items.length) withItems++;
    }
    expect(withItems).toBeGreaterThan(0);
  });

  it('writes the same as 公文 (.docx): the report, and each unit’s feedback with its rate and item ids', () => {
    const report = docxText(new Uint8Array(readFileSync(join(out(), '2021-B2_检查情况报告.docx'))));
    expect(report).toContain('2021年3—4月双月检查情况报告');
    const u = run.review.units.find((x) => run.rectification.rows.some((r) => r.item.unitCode === x.unitCode && r.item.period === '2021-B2' && r.item.source === '检查'))!;
    const text = docxText(new Uint8Array(readFileSync(join(out(), '检查反馈单', '2021-B2', `${u.unitName}检查反馈单.docx`))));
    const rate = u.periods.find((p) => p.period === '2021-B2')!.rate;
    expect(text).toContain(`得分率${rate.toFixed(2)}%`);
    for (const r of run.rectification.rows.filter((x) => x.item.unitCode === u.unitCode && x.item.period === '2021-B2' && x.item.source === '检查')) {
      expect(text).toContain(r.item.id);
    }
  });
});

let officeEdited: string | undefined;

describe('the 整改 loop through the ledgers and the next review', () => {
  it('lists open items in the next ledgers, reads the unit’s report back, and closes an item only with the office’s evidence', async () => {
    const r2 = await cli('review', ledgersDir, inspectionsDir, previousDir, '--quarter', '2021Q2', '--previous', q1(), '--out', q2(), '--as-of', '2021-07-20', '--quiet');
    expect(r2.code).toBeLessThan(2);
    const register = readRegister(readGrids(new Uint8Array(readFileSync(q2()))), '2021-07-01');
    const open = openRectifications(register, roster, '2021-07-01');
    // Items carried from Q1 and found in Q2 alike.
    expect(open.some((o) => o.item.period.startsWith('2021-B1') || o.item.period < '2021-04')).toBe(true);
    const unitCode = open.find((o) => open.filter((x) => x.item.unitCode === o.item.unitCode).length >= 2)!.item.unitCode;
    const unit = roster.find((u) => u.code === unitCode)!;
    const mine = open.filter((o) => o.item.unitCode === unitCode);

    const julyDir = join(dir, '2021年7月');
    const t = await cli('template', '--ledgers', '--month', '2021-07', '--unit', unit.name, '--review', q2(), '--out', julyDir);
    expect(t.code).toBe(0);
    expect(t.out).toContain(`共 ${mine.length} 项`);
    const file = join(julyDir, readdirSync(julyDir)[0]);
    const wb = await loadXlsx(new Uint8Array(readFileSync(file)));
    const ws = sheetOf(wb, '整改情况');
    const listed = tableRows(ws);
    expect(listed.map((r) => r['问题编号']).sort()).toEqual(mine.map((o) => o.item.id).sort());
    expect(listed.every((r) => isoOf(r['整改时限']) !== '')).toBe(true);

    // The unit reports: the first item done with evidence, the second with a status not in the list.
    const [done, other] = [String(listed[0]['问题编号']), String(listed[1]['问题编号'])];
    const filled = await editXlsx(new Uint8Array(readFileSync(file)), (book) => {
      const s = sheetOf(book, '整改情况');
      s.getCell(HEADER_ROW + 1, 8).value = '已完成';
      s.getCell(HEADER_ROW + 1, 9).value = '已补齐会议纪要并公开';
      s.getCell(HEADER_ROW + 1, 10).value = '2021年第3次常务会议纪要';
      s.getCell(HEADER_ROW + 1, 11).value = new Date(Date.UTC(2021, 6, 20));
      s.getCell(HEADER_ROW + 2, 8).value = '差不多';
    });
    writeFileSync(file, filled);
    const v = await cli('validate', file, '--json');
    const [checked] = JSON.parse(v.out) as Array<{ findings: Array<{ code: string; sheet: string | null; row: number | null }> }>;
    // A warning at its cell; the ledger's own scores are not touched by it.
    expect(checked.findings.filter((f) => f.code === 'rectification-status-invalid')).toEqual([
      expect.objectContaining({ sheet: '整改情况', row: HEADER_ROW + 2 }),
    ]);

    // The Q3 review: the unit's word is there, the item still open — a unit's 已完成 closes nothing.
    const q3 = join(dir, '2021Q3_季度点评.xlsx');
    const r3 = await cli('review', julyDir, '--quarter', '2021Q3', '--previous', q2(), '--out', q3, '--as-of', '2021-10-20', '--quiet');
    expect(r3.code).toBeLessThan(2);
    const rowsOf = async () => {
      const book = await loadXlsx(new Uint8Array(readFileSync(q3)));
      return { book, rows: tableRows(sheetOf(book, '整改台账'), HEADER_ROW, false) };
    };
    let { rows } = await rowsOf();
    const row = rows.find((r) => r['问题编号'] === done)!;
    expect(row['单位自报']).toBe('已完成（2021年7月台账）');
    expect(String(row['自报情况'])).toContain('2021年第3次常务会议纪要');
    expect(row['状态']).not.toBe('已销号');
    expect(rows.map((r) => r['问题编号'])).toEqual(expect.arrayContaining(open.map((o) => o.item.id)));
    // The Q2 review took the team's re-check; Q3 carries it with the item.
    expect(String(rows.find((r) => r['问题编号'] === rechecked!.done)!['复查情况'])).toBe('2021-B2复查：已整改，已补齐佐证材料（王五）');

    // The office closes `done` with date and evidence, and types a date alone against `other`.
    const edited = await editXlsx(new Uint8Array(readFileSync(q3)), (book) => {
      const s = sheetOf(book, '整改台账');
      const cols = new Map<string, number>();
      s.getRow(HEADER_ROW).eachCell((c, col) => void cols.set(String(c.value), col));
      for (let r = HEADER_ROW + 1; r <= s.rowCount; r++) {
        const id = s.getCell(r, cols.get('问题编号')!).value;
        if (id === done) {
          s.getCell(r, cols.get('销号依据')!).value = '核实会议纪要原件';
          s.getCell(r, cols.get('完成时间')!).value = new Date(Date.UTC(2021, 9, 18));
        }
        if (id === other) s.getCell(r, cols.get('完成时间')!).value = new Date(Date.UTC(2021, 9, 18));
      }
    });
    writeFileSync(q3, edited);
    // As the office saved it, before any re-run: what a spreadsheet engine makes of 状态.
    officeEdited = join(dir, 'office', '2021Q3_办公室已填.xlsx');
    mkdirSync(dirname(officeEdited), { recursive: true });
    writeFileSync(officeEdited, edited);
    const again = await cli('review', julyDir, '--quarter', '2021Q3', '--previous', q2(), '--out', q3, '--as-of', '2021-10-20', '--json');
    expect(again.code).toBeLessThan(2);
    // The office sees each item's state: the closed one done, the other open or overdue.
    const states = new Map((JSON.parse(again.out) as { rectification: Array<{ id: string; state: string }> }).rectification.map((r) => [r.id, r.state]));
    expect(states.get(done)).toBe('done');
    expect(['open', 'overdue']).toContain(states.get(other));
    ({ rows } = await rowsOf());
    expect(rows.find((r) => r['问题编号'] === done)!['状态']).toBe('已销号');
    expect(rows.find((r) => r['问题编号'] === other)!['状态']).not.toBe('已销号');
    // The date alone is listed in 问题清单 for the office to add its evidence.
    const { book } = await rowsOf();
    const listedFindings = tableRows(sheetOf(book, '问题清单'), HEADER_ROW, false).filter((r) => r['代码'] === 'rectification-close-without-evidence');
    expect(listedFindings.map((r) => String(r['说明']))).toEqual([expect.stringContaining(other)]);
    expect(isoOf(rows.find((r) => r['问题编号'] === done)!['完成时间'])).toBe('2021-10-18');

    // Closed items no longer go into the next ledgers; the others still do.
    const stillOpen = openRectifications(readRegister(readGrids(new Uint8Array(readFileSync(q3))), '2021-11-01'), roster, '2021-11-01').map((o) => o.item.id);
    expect(stillOpen).not.toContain(done);
    expect(stillOpen).toContain(other);
    expect(existsSync(q3)).toBe(true);
    expect(excelSerial('2021-10-18')).toBeGreaterThan(0);
  }, 240_000);
});

describe('整改台账 状态 in a spreadsheet engine', () => {
  testWithTools(
    ['soffice'],
    'LibreOffice computes each row’s 状态 from what the office typed, as the library does',
    async () => {
      expect(officeEdited).toBeDefined();
      const { outputs } = await recalculateWithLibreOffice([officeEdited!]);
      const recalculated = await loadXlsx(new Uint8Array(readFileSync(outputs[0])));
      const engine = tableRows(sheetOf(recalculated, '整改台账'), HEADER_ROW, false).map((r) => [r['问题编号'], r['状态']]);
      const library = readRegister(readGrids(new Uint8Array(readFileSync(officeEdited!))), '2021-10-20').map((r) => [r.item.id, RECTIFICATION_STATE_LABEL[r.state]]);
      expect(engine).toEqual(library);
      // Both kinds of row are there: one the office closed, others still open or overdue.
      expect(library.some((r) => r[1] === '已销号')).toBe(true);
      expect(library.some((r) => r[1] !== '已销号')).toBe(true);
    },
    120_000,
  );
});

describe('round usage', () => {
  it('needs --notice or --results, not both, not neither', async () => {
    for (const argv of [
      ['round', '--period', '2021-B2', '--out', join(dir, 'x')],
      ['round', '--period', '2021-B2', '--notice', '--results', inspectionsDir, '--out', join(dir, 'x')],
    ]) {
      const r = await cli(...argv);
      expect([r.code, r.err]).toEqual([2, expect.stringContaining('[cli-round-mode-missing]')]);
    }
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('refuses a --review that is not a review workbook (it would list nothing, silently)', async () => {
    const month = join(ledgersDir, readdirSync(ledgersDir)[0]);
    const ledger = join(month, readdirSync(month)[0]);
    for (const argv of [
      ['round', '--period', '2021-B2', '--notice', '--review', ledger, '--out', join(dir, 'w')],
      ['template', '--ledgers', '--month', '2021-07', '--review', ledger, '--out', join(dir, 'w')],
    ]) {
      const r = await cli(...argv);
      expect([r.code, r.err]).toEqual([2, expect.stringContaining('[cli-review-option-not-review]')]);
    }
    expect(existsSync(join(dir, 'w'))).toBe(false);
  });

  it('says when no scored inspection workbook of the period was given', async () => {
    const r = await cli('round', '--period', '2021-B4', '--results', inspectionsDir, '--out', join(dir, 'y'));
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('[cli-round-no-results]')]);
    expect(r.err).toContain('2021-B4');
  });

  it('refuses a malformed period and documents itself', async () => {
    const bad = await cli('round', '--period', '2021-B7', '--notice', '--out', join(dir, 'z'));
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('[cli-bad-period]')]);
    const help = await cli('round', '--help');
    expect(help.code).toBe(0);
    for (const o of ['--period', '--notice', '--results', '--review', '--as-of']) expect(help.out).toContain(o);
  });
});
