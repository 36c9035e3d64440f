/**
 * The documents' model is the review workbook's numbers (the formulas' cached results), the
 * documents are planned and numbered as the office expects, and inputs that are not a review
 * workbook fail with a clear Chinese error.
 */
import { DEFAULT_ROSTER, DEFAULT_TEMPLATE, defaultInspectionTeamStructure, resolveSettings } from '@ledger-review/scoring';
import { strFromU8, unzipSync } from 'fflate';
import {
  DEFAULT_DOCUMENT_SETTINGS,
  DOCUMENT_SOURCE_SHEETS,
  buildDocuments,
  planGrids,
  documentSettingsSheet,
  documentsFromWorkbook,
  planDocuments,
  readDocumentSettings,
  readReviewDocumentModel,
  zipDocuments,
} from '@ledger-review/workbook/documents';
import { buildTemplateWorkbookPlan } from '@ledger-review/workbook';
import { readGrids } from '@ledger-review/workbook';
import { renderWorkbook } from '@ledger-review/workbook';
import { documentsFixture, type DocumentsFixture } from './fixture';

let fx: DocumentsFixture;
beforeAll(async () => {
  fx = await documentsFixture();
});

/** The text of a .docx: every w:t, in order. */
const docxText = (bytes: Uint8Array) =>
  strFromU8(unzipSync(bytes)['word/document.xml'])
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<w:br\/>/g, '')
    .replace(/<[^>]+>/g, '');

test('the model holds every unit\'s numbers as the workbook (and the library) has them', () => {
  const model = readReviewDocumentModel(readGrids(fx.bytes));
  expect(model.quarter).toBe('2021Q2');
  expect(model.reviewDate).toBe(fx.review.reviewDate);
  expect(model.periods).toEqual(fx.review.inspectionPeriods);
  expect(model.units.map((u) => u.code)).toEqual(fx.review.units.map((u) => u.unitCode));
  for (const lib of fx.review.units) {
    const u = model.units.find((x) => x.code === lib.unitCode)!;
    expect(u.composite).toBe(lib.composite);
    expect(u.rank).toBe(lib.rank);
    expect(u.tied).toBe(lib.tied);
    expect(u.inspectionRate).toBeCloseTo(lib.inspectionRate, 9);
    expect(u.timeliness).toBeCloseTo(lib.timeliness, 12);
    expect(u.quality).toBeCloseTo(lib.quality, 12);
    expect(u.groupSize).toBe(fx.review.units.filter((x) => x.group === lib.group).length);
    expect(u.ledgers.map((l) => l.label)).toEqual(lib.ledgers.map((l) => l.label));
    // Deductions by area: the quarter's periods summed, as 得分明细 has them.
    for (const a of u.areas) {
      const periods = lib.periods.map((p) => p.areas.find((x) => x.area === a.area)!);
      expect(a.obtained).toBeCloseTo(periods.reduce((s, x) => s + x.obtained, 0), 9);
      expect(a.available).toBeCloseTo(periods.reduce((s, x) => s + x.available, 0), 9);
    }
    // 较上季度 from 历次点评's 2021Q1 columns.
    const prev = fx.history[0].results![lib.unitCode];
    expect(u.previous).toEqual({ quarter: '2021Q1', composite: prev.composite, rank: prev.rank });
    expect(u.trend.map((t) => t.quarter)).toEqual(['2021Q1', '2021Q2']);
  }
  // Outcomes: severe proposals the office agreed to count as decided.
  const libOutcomes = fx.review.units.flatMap((u) => u.outcomes.map((o) => `${u.unitCode}|${o.kind}`)).sort();
  expect(model.outcomes.map((o) => `${o.unitCode}|${o.kind}`).sort()).toEqual(libOutcomes);
  expect(model.outcomes.every((o) => o.decided)).toBe(true);
  expect(model.units[0].analysis).toBe('领导重视，责任分工明确，台账佐证材料齐全。');
  expect(model.rectifications.length).toBeGreaterThan(0);
  expect(model.indicatorScores.length).toBe(fx.review.units.reduce((s, u) => s + u.periods.reduce((t, p) => t + p.indicators.length, 0), 0));
});

test('the task pane\'s shortcut (the plan\'s grids) gives the model the rendered file gives', () => {
  expect(readReviewDocumentModel(planGrids(fx.plan, DOCUMENT_SOURCE_SHEETS))).toEqual(readReviewDocumentModel(readGrids(fx.bytes, { sheets: DOCUMENT_SOURCE_SHEETS })));
});

test('documents are planned in order, numbered 濮法政办〔2021〕N号, one page per unit', async () => {
  const model = readReviewDocumentModel(readGrids(fx.bytes));
  const criticised = fx.review.units.filter((u) => u.outcomes.some((o) => o.kind === 'criticism'));
  expect(criticised.length).toBeGreaterThan(0);
  const plan = planDocuments(model, { settings: { ...DEFAULT_DOCUMENT_SETTINGS, firstNumber: 21 }, round: '2021-B3' });
  expect(plan.filter((p) => !p.unitCode || p.kind === 'interview').map((p) => [p.kind, p.spec.number])).toEqual([
    ['circular', '濮法政办〔2021〕21号'],
    ['meeting', '濮法政办〔2021〕22号'],
    ['criticism', '濮法政办〔2021〕23号'],
    ...criticised.map((_, i) => ['interview', `濮法政办〔2021〕${24 + i}号`]),
  ]);
  expect(plan.filter((p) => p.kind === 'unitPage').map((p) => p.unitCode)).toEqual(fx.review.units.map((u) => u.unitCode));
  expect(plan.filter((p) => p.kind === 'feedback')).toHaveLength(fx.review.units.length);
  expect(() => planDocuments(model, { round: '2021-B4' })).toThrow('点评工作簿中没有检查期间 2021-B4 的数据');

  const files = await buildDocuments(model, { kinds: ['circular', 'unitPage'], unitCodes: [fx.review.units[0].unitCode] });
  expect(files.map((f) => f.path)).toEqual(['2021Q2_点评通报.docx', `本单位情况/${fx.review.units[0].unitName}.docx`]);
  const circular = docxText(files[0].bytes);
  expect(circular).toContain('濮法政办〔2021〕1号');
  expect(circular).toContain('关于2021年第二季度法治政府建设示范市创建工作点评情况的通报');
  expect(circular).toContain('2021年7月15日');
  // The attachment's table: one row per unit with the workbook's numbers, as the sheet formats them.
  for (const u of fx.review.units) {
    const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
    expect(circular).toContain(`${u.rank}${u.tied ? '（并列）' : ''}${u.unitName}${u.inspectionRate.toFixed(2)}${pct(u.timeliness)}${pct(u.quality)}${u.composite.toFixed(2)}`);
  }
  const page = docxText(files[1].bytes);
  const first = fx.review.units[0];
  expect(page).toContain(`综合得分${first.composite.toFixed(2)}`);
  expect(page).toContain(`第${first.rank}名`);

  // The zip for the task pane's download holds the same files.
  const zip = unzipSync(zipDocuments(files));
  expect(Object.keys(zip)).toEqual(files.map((f) => f.path));
});

test('a workbook that is not a review, or whose formulas carry no results, is refused in Chinese', async () => {
  const roster = DEFAULT_ROSTER.map((u) => ({ ...u, aliases: [...u.aliases] }));
  const template = readGrids(
    await renderWorkbook(buildTemplateWorkbookPlan({ template: DEFAULT_TEMPLATE, roster, settings: resolveSettings(), team: defaultInspectionTeamStructure(roster) })),
  );
  expect(() => readReviewDocumentModel(template)).toThrow('不是季度点评工作簿：缺少“综合排名”工作表');

  // The same review without cached results (as a tool that drops them would save it).
  const stripped = {
    ...fx.plan,
    sheets: fx.plan.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((c) => (c && c.formula !== undefined ? { ...c, cached: undefined } : c))) })),
  };
  const strippedGrids = readGrids(await renderWorkbook(stripped));
  expect(() => readReviewDocumentModel(strippedGrids)).toThrow(/“得分明细”工作表 G4 单元格的公式没有计算结果。请用 Excel、WPS 或 LibreOffice 打开该工作簿并保存后再生成文书/);
});

test('文书设置 of the template workbook sets issuer, numbering, recipients and date', async () => {
  expect(readDocumentSettings([])).toEqual(DEFAULT_DOCUMENT_SETTINGS);
  const sheet = documentSettingsSheet();
  const edited = { ...sheet, rows: sheet.rows.map((r) => [...r]) };
  const set = (label: string, value: string | number) => {
    const row = edited.rows.find((r) => r[0]?.value === label)!;
    row[1] = { value };
  };
  set('发文字号格式', '濮法治办〔{年}〕{号}号');
  edited.rows.push([{ value: '起始编号' }, { value: 99 }]); // not a setting's label: ignored
  set('起始顺序号', 7);
  set('成文日期', '2021年7月20日');
  set('抄送机关', '市委依法治市办');
  const grids = readGrids(await renderWorkbook({ sheets: [edited] }));
  const settings = readDocumentSettings(undefined, grids);
  expect(settings).toMatchObject({ numberPattern: '濮法治办〔{年}〕{号}号', firstNumber: 7, issueDate: '2021-07-20', copyTo: '市委依法治市办' });

  const { files } = await documentsFromWorkbook(readGrids(fx.bytes), { template: grids, kinds: ['circular'] });
  const text = docxText(files[0].bytes);
  expect(text).toContain('濮法治办〔2021〕7号');
  expect(text).toContain('抄送：市委依法治市办。');
  expect(text).toContain('2021年7月20日印发');

  set('起始顺序号', '第一');
  const bad = readGrids(await renderWorkbook({ sheets: [edited] }));
  expect(() => readDocumentSettings(bad)).toThrow('文书设置“起始顺序号”（文书设置 B5）的取值“第一”无效：应为正整数');
});
