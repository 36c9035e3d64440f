/**
 * The documents as a reader gets them: LibreOffice recalculates the review workbook (its numbers
 * equal the cached ones the documents read), converts every .docx to PDF in one call, and the
 * PDFs are checked for A4, the GB/T 9704 margins and line pitch, page numbers on the outside
 * edge, page counts (本单位情况: one page) and their text — the workbook's numbers. First pages
 * are rendered to test-artifacts/documents/ for a person to look at.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDocuments, readReviewDocumentModel, type DocumentFile } from '@ledger-review/workbook/documents';
import { readGrids } from '@ledger-review/workbook';
import { recalculateWithLibreOffice } from '../helpers/libreoffice';
import { convertToPdf, pdfInfo, pdfLines, pdfText, pdfWords, pt, renderPage } from '../helpers/pdf';
import { describeWithTools } from '../helpers/tools';
import { documentsFixture, type DocumentsFixture } from './fixture';

const ARTIFACTS = resolve(__dirname, '../../test-artifacts/documents');
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

describeWithTools(['soffice', 'pdftotext', 'pdftoppm'], 'documents rendered by LibreOffice', () => {
  let fx: DocumentsFixture;
  let files: DocumentFile[];
  const pdfOf = new Map<string, string>();
  let recalculated: ReturnType<typeof readReviewDocumentModel>;

  beforeAll(async () => {
    fx = await documentsFixture();
    const dir = mkdtempSync(join(tmpdir(), 'lr-docs-'));
    const reviewFile = join(dir, 'review.xlsx');
    writeFileSync(reviewFile, fx.bytes);
    files = await buildDocuments(readReviewDocumentModel(readGrids(fx.bytes)), { round: '2021-B3' });
    const docx = files.map((f, i) => {
      const p = join(dir, `doc${String(i).padStart(3, '0')}.docx`);
      writeFileSync(p, f.bytes);
      return p;
    });
    // One soffice call for every document; one more to recalculate the workbook.
    const pdfs = await convertToPdf(docx, join(dir, 'pdf'));
    files.forEach((f, i) => pdfOf.set(f.path, pdfs[i]));
    const [out] = (await recalculateWithLibreOffice([reviewFile], { outDir: join(dir, 'recalc') })).outputs;
    recalculated = readReviewDocumentModel(readGrids(new Uint8Array(readFileSync(out))));
  }, 300_000);

  test('after LibreOffice recalculates the workbook, its numbers are the ones the documents printed', () => {
    const cached = readReviewDocumentModel(readGrids(fx.bytes));
    expect(recalculated.units.map((u) => [u.code, u.composite, u.rank, u.tied])).toEqual(cached.units.map((u) => [u.code, u.composite, u.rank, u.tied]));
    recalculated.units.forEach((u, i) => {
      const c = cached.units[i];
      expect(u.inspectionRate).toBeCloseTo(c.inspectionRate, 9);
      expect(u.timeliness).toBeCloseTo(c.timeliness, 12);
      expect(u.quality).toBeCloseTo(c.quality, 12);
      expect(u.areas).toEqual(c.areas.map((a) => ({ ...a, obtained: expect.closeTo(a.obtained, 9), available: expect.closeTo(a.available, 9) })));
      expect(u.previous).toEqual(c.previous);
    });
  });

  test('every document is A4; 本单位情况 are one page each; the rest as long as they need', () => {
    for (const f of files) {
      const info = pdfInfo(pdfOf.get(f.path)!);
      expect([f.path, Math.round(info.width), Math.round(info.height)]).toEqual([f.path, 595, 842]);
      if (f.kind === 'unitPage') expect([f.path, info.pages]).toEqual([f.path, 1]);
      else expect(info.pages).toBeGreaterThanOrEqual(1);
    }
    expect(pdfInfo(pdfOf.get('2021Q2_点评通报.docx')!).pages).toBeGreaterThanOrEqual(3);
  });

  test('the 点评通报 keeps the GB/T 9704 版心, line pitch and page numbers', () => {
    const pdf = pdfOf.get('2021Q2_点评通报.docx')!;
    const page1 = pdfWords(pdf, 1);
    // 主送机关 flush with the 订口 margin (28 mm); nothing beyond the 版心's right edge (184 mm).
    const recipients = page1.find((w) => w.text.startsWith('各县'))!;
    expect(recipients.xMin).toBeCloseTo(pt(28), 0);
    const body = page1.filter((w) => w.yMin > recipients.yMin - 1 && w.yMax < pt(262));
    // A line may end in punctuation hanging into the margin (标点悬挂), as Chinese typesetting allows.
    const hangs = (w: { text: string }) => /[，、。；：）”]$/.test(w.text);
    expect(body.filter((w) => w.xMax > pt(184) + 1 + (hangs(w) ? 16.5 : 0)).map((w) => w.text)).toEqual([]);
    expect(Math.max(...body.filter((w) => !hangs(w)).map((w) => w.xMax))).toBeGreaterThan(pt(184) - 8);
    // 发文机关标志 35 mm below the 版心's top (37 mm): its glyphs start a little under 72 mm.
    const mark = page1.find((w) => w.text.includes('文件'))!;
    expect(mark.yMin).toBeGreaterThan(pt(72) - 2);
    expect(mark.yMin).toBeLessThan(pt(72) + 12);

    // Page 2: 22 lines of 28.95 pt inside the 225 mm 版心.
    const page2 = pdfWords(pdf, 2).filter((w) => w.yMin > pt(37) - 3 && w.yMax < pt(262) + 3);
    const lines = [...new Set(page2.map((w) => Math.round(w.yMax)))].sort((a, b) => a - b);
    expect(lines.length).toBeGreaterThanOrEqual(18);
    expect(lines.length).toBeLessThanOrEqual(22);
    const pitches = lines.slice(1).map((y, i) => y - lines[i]).filter((d) => d < 35);
    expect(pitches.sort((a, b) => a - b)[Math.floor(pitches.length / 2)]).toBeCloseTo(28.95, 0);

    // “— 1 —” on odd pages at the right, “— 2 —” on even pages at the left, below the 版心.
    const number = (page: number) => pdfWords(pdf, page).filter((w) => w.yMin > pt(262));
    const odd = number(1);
    const even = number(2);
    expect(odd.map((w) => w.text).join('')).toBe('—1—');
    expect(even.map((w) => w.text).join('')).toBe('—2—');
    expect(Math.max(...odd.map((w) => w.xMax))).toBeCloseTo(pt(184) - 14, -1);
    expect(Math.min(...even.map((w) => w.xMin))).toBeCloseTo(pt(28) + 14, -1);

    // The 版记 ends on the last line of the last page's 版心.
    const last = pdfInfo(pdf).pages;
    const printed = pdfWords(pdf, last).filter((w) => w.text.includes('印发'));
    expect(printed.length).toBe(1);
    expect(printed[0].yMax).toBeGreaterThan(pt(262) - 8);
    expect(printed[0].yMax).toBeLessThanOrEqual(pt(262) + 1);
  });

  test('the documents say what the workbook holds', () => {
    const circular = pdfText(pdfOf.get('2021Q2_点评通报.docx')!);
    for (const s of [
      '濮阳市法治政府建设领导小组办公室文件',
      '濮法政办〔2021〕1号',
      '关于2021年第二季度法治政府建设示范市创建工作点评情况的通报',
      '各县（区）党委、人民政府，开发区、工业园区、示范区党工委、管委会，市直各单位：',
      '附件：2021年第二季度法治政府建设示范市创建工作考评得分及排名',
      '2021年7月15日',
      '抄送：',
      '2021年7月15日印发',
    ])
      expect(circular).toContain(s);
    // The attachment's rows (the words of one visual line), as the workbook formats its numbers.
    const rows = pdfLines(pdfOf.get('2021Q2_点评通报.docx')!);
    for (const u of fx.review.units) {
      expect(rows).toContain(`${u.rank}${u.tied ? '（并列）' : ''}${u.unitName}${u.inspectionRate.toFixed(2)}${pct(u.timeliness)}${pct(u.quality)}${u.composite.toFixed(2)}`);
      const page = pdfLines(pdfOf.get(`本单位情况/${u.unitName}.docx`)!);
      const group = fx.review.units.filter((x) => x.group === u.group).length;
      expect(page).toContain(`综合得分${u.composite.toFixed(2)}组内排名第${u.rank}名${u.tied ? '（并列）' : ''}（共${group}个）`);
      expect(page).toContain(`报送及时率${pct(u.timeliness)}填报质量${pct(u.quality)}`);
      expect(page.some((l) => l.startsWith(`检查得分率${u.inspectionRate.toFixed(2)}较上季度`))).toBe(true);
      const feedback = pdfText(pdfOf.get(`检查反馈单/2021-B3/${u.unitName}.docx`)!);
      expect(feedback).toContain('双月检查反馈单');
      expect(feedback).toContain(`得分率${u.periods.find((p) => p.period === '2021-B3')!.rate.toFixed(2)}%`);
    }
    const speakers = fx.review.units.filter((u) => u.outcomes.some((o) => o.kind === 'experience' || o.kind === 'statement'));
    const meeting = pdfText(pdfOf.get('2021Q2_点评会议通知.docx')!);
    for (const u of speakers) expect(meeting).toContain(u.unitName);
    const decision = pdfText(pdfOf.get('2021Q2_通报批评决定.docx')!);
    for (const u of fx.review.units.filter((x) => x.outcomes.some((o) => o.kind === 'criticism'))) {
      expect(decision).toContain(u.unitName);
      expect(pdfText(pdfOf.get(`约谈通知书/${u.unitName}.docx`)!)).toContain('约谈通知书');
    }
  });

  test('first pages rendered for a person to look at (test-artifacts/documents/)', () => {
    const firstOfKind = new Map<string, DocumentFile>();
    for (const f of files) if (!firstOfKind.has(f.kind)) firstOfKind.set(f.kind, f);
    for (const [kind, f] of firstOfKind) {
      const png = renderPage(pdfOf.get(f.path)!, join(ARTIFACTS, `${kind}.png`), 1, 60);
      expect(statSync(png).size).toBeGreaterThan(5000);
    }
    const circular = pdfOf.get('2021Q2_点评通报.docx')!;
    renderPage(circular, join(ARTIFACTS, 'circular-last.png'), pdfInfo(circular).pages, 60);
  });
});
