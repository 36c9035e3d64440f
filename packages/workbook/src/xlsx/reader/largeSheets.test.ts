/**
 * Sheets larger than one piece of text (64 KB): rows and characters cut between pieces, rows
 * longer than a piece, and formula text, which the reader keeps as a place in the part and reads
 * from the part inflated again when asked for. Each through the three ways a part arrives: inflated
 * at once, inflated as a stream (large compressed parts) and stored without compression.
 */
import { zipSync, type Zippable } from 'fflate';
import { buildXlsxEntries, worksheet } from '../../../../../tests/fixtures/bad/xlsxParts';
import { leanCell, readWorkbook } from './index';
import { openZip } from './zip';

/** A row's self-check-like formula: CJK text, characters that must be escaped, long enough that rows straddle pieces. */
const decodedFormula = (r: number): string =>
  `IF(LEN(TRIM(B${r}))=0,"第${r}行未填写；","")&IF(C${r}<0,"数值有误<${r}>；","")&"${'自检'.repeat(r % 40)}"`;
const writtenFormula = (r: number): string =>
  decodedFormula(r).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Pseudo-random hex: text that deflate cannot shrink much, so the part goes through the streaming path. */
function noise(seed: number, length: number): string {
  let x = seed * 2654435761;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) >>> 0;
    out += x.toString(16);
  }
  return out.slice(0, length);
}

function sheetXml(rows: number, noisy: boolean): string {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const text = noisy ? noise(r, 400) : `第${r}行内容`;
    // Column D: one shared formula whose master is row 1.
    const shared = r === 1 ? `<f t="shared" ref="D1:D${rows}" si="0">A1*2</f>` : '<f t="shared" si="0"/>';
    body.push(
      `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>${text}</t></is></c>` +
        `<c r="C${r}" t="str"><f>${writtenFormula(r)}</f><v>第${r}行</v></c><c r="D${r}">${shared}<v>${r * 2}</v></c></row>`,
    );
  }
  return worksheet(body.join(''));
}

function book(xml: string, level: 0 | 6): Uint8Array {
  const files = buildXlsxEntries({ sheets: [{ name: 'S', xml: '' }] });
  files['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(xml);
  return zipSync(files as Zippable, { level });
}

describe.each([
  ['inflated at once', 600, false, 6],
  ['inflated as a stream', 900, true, 6],
  ['stored', 600, false, 0],
] as const)('a sheet of several pieces, %s', (_how, rows, noisy, level) => {
  const xml = sheetXml(rows, noisy);
  const bytes = book(xml, level);

  test('every row and every formula is read whole, even after the caller reuses its bytes', () => {
    expect(xml.length).toBeGreaterThan(3 * 64 * 1024);
    const entry = openZip(bytes).get('xl/worksheets/sheet1.xml')!;
    // Parts over 128 KB compressed are inflated as a stream (zip.ts ONE_SHOT_MAX_COMPRESSED).
    if (level) expect(entry.compressedSize > 128 * 1024).toBe(noisy);
    expect(entry.method).toBe(level === 0 ? 0 : 8);
    const sheet = readWorkbook(bytes).sheets[0];
    // What the caller had is gone: formula text must not be read from it.
    bytes.fill(0);
    expect(sheet.rows).toBe(rows);
    for (let r = 1; r <= rows; r++) {
      expect(sheet.grid[r - 1]).toEqual([r, noisy ? noise(r, 400) : `第${r}行内容`, `第${r}行`, r * 2]);
      expect(sheet.formulas.get(`C${r}`)).toEqual({ formula: decodedFormula(r), cached: true });
      expect(leanCell(sheet, `D${r}`)).toEqual({ v: r * 2, t: 'n', f: 'A1*2', cached: true, ...(r > 1 ? { sharedFrom: 'D1' } : {}) });
    }
  });
});

test('a row longer than a piece (one inline string of 200 KB) and tags cut between pieces', () => {
  const long = '长'.repeat(70_000) + '&amp;' + 'x'.repeat(1000);
  // Pad so that the row's and sheet's close tags fall across a 64 KB boundary in one of the sizes.
  for (const pad of [0, 1, 2, 3, 5, 8]) {
    const xml = worksheet(
      `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${'p'.repeat(pad)}${long}</t></is></c>` +
        `<c r="B2"><f>LEN(A2)&amp;"${'字'.repeat(pad)}"</f><v>1</v></c></row>`,
    );
    const sheet = readWorkbook(book(xml, 6)).sheets[0];
    expect(sheet.grid[1][0]).toBe('p'.repeat(pad) + '长'.repeat(70_000) + '&' + 'x'.repeat(1000));
    expect(sheet.formulas.get('B2')?.formula).toBe(`LEN(A2)&"${'字'.repeat(pad)}"`);
  }
});

test('a UTF-16 sheet keeps its formula text too (no byte offsets to come back to)', () => {
  const xml = worksheet('<row r="1"><c r="A1"><f>CONCAT("十六","位")</f><v>十六位</v></c></row>');
  const utf16 = new Uint8Array(2 + xml.length * 2);
  utf16.set([0xff, 0xfe]);
  for (let i = 0; i < xml.length; i++) new DataView(utf16.buffer).setUint16(2 + i * 2, xml.charCodeAt(i), true);
  const files = buildXlsxEntries({ sheets: [{ name: 'S', xml: '' }] });
  files['xl/worksheets/sheet1.xml'] = utf16;
  const sheet = readWorkbook(zipSync(files as Zippable)).sheets[0];
  expect(sheet.formulas.get('A1')).toEqual({ formula: 'CONCAT("十六","位")', cached: true });
});
