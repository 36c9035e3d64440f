/**
 * Files a consolidation must refuse, each with its rule code, quickly and without exhausting
 * memory: renamed CSV/HTML/images, legacy and encrypted Office files, zip bombs, huge sheets.
 */
import { strToU8, zipSync } from 'fflate';
import { makeFinding, renderFinding } from '@ledger-review/scoring';
import {
  csvBytes,
  encryptedWorkbookBytes,
  gbkCsvBytes,
  htmlTableBytes,
  legacyXlsBytes,
  manyRowsWorkbookBytes,
  noSheetsWorkbookBytes,
  pngLikeBytes,
  zipBombBytes,
} from '../../../../../tests/fixtures/bad/hostileInputs';
import {
  buildXlsx,
  corruptEntryData,
  patchDeclaredSize,
  worksheet,
  type XlsxSpec,
} from '../../../../../tests/fixtures/bad/xlsxParts';
import { hostRawInflate } from '../hostZlib';
import { cfbEntryNames } from './cfb';
import { WorkbookReadError, readWorkbook, type ReadOptions, type WorkbookReadErrorCode } from './index';

function failure(bytes: Uint8Array, options?: ReadOptions): WorkbookReadError {
  try {
    readWorkbook(bytes, options);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw new Error(`expected a WorkbookReadError, got ${String(e)}`);
  }
  throw new Error('expected the read to fail');
}

const codeOf = (bytes: Uint8Array, options?: ReadOptions): WorkbookReadErrorCode =>
  failure(bytes, options).code;

/** A workbook of one sheet, S, holding these `<row>` elements (and whatever else `spec` adds). */
const oneSheet = (rows: string, spec: Omit<XlsxSpec, 'sheets'> = {}): Uint8Array =>
  buildXlsx({ sheets: [{ name: 'S', xml: worksheet(rows) }], ...spec });
const tinySheet = (): Uint8Array => oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>');

describe('files that are not xlsx packages', () => {
  test('renamed CSV (UTF-8 with BOM) is file-is-csv', () => expect(codeOf(csvBytes())).toBe('file-is-csv'));
  test('renamed CSV in GBK without BOM is file-is-csv', () =>
    expect(codeOf(gbkCsvBytes())).toBe('file-is-csv'));
  test('binary that is not a zip is file-not-zip', () => expect(codeOf(pngLikeBytes())).toBe('file-not-zip'));
  test('HTML table saved as a spreadsheet is file-not-zip, not CSV', () =>
    expect(codeOf(htmlTableBytes())).toBe('file-not-zip'));
  test('an empty file is file-not-zip', () => expect(codeOf(new Uint8Array(0))).toBe('file-not-zip'));
  test('OLE2 container without encryption streams is file-is-xls', () => {
    expect(cfbEntryNames(legacyXlsBytes())).toEqual(['Root Entry', 'Workbook', '\u0005SummaryInformation']);
    expect(codeOf(legacyXlsBytes())).toBe('file-is-xls');
  });
  test('OLE2 container with EncryptionInfo (password-protected xlsx) is file-encrypted', () => {
    expect(cfbEntryNames(encryptedWorkbookBytes())).toContain('EncryptionInfo');
    expect(codeOf(encryptedWorkbookBytes())).toBe('file-encrypted');
  });
  test('a damaged OLE2 directory still reveals encryption by its stream name', () => {
    const bytes = encryptedWorkbookBytes();
    new DataView(bytes.buffer).setUint32(0x30, 9999, true); // directory sector out of range
    expect(cfbEntryNames(bytes)).toBeNull();
    expect(codeOf(bytes)).toBe('file-encrypted');
  });
  test('a zip without a workbook part (e.g. a .docx) is xlsx-malformed', () => {
    const docx = zipSync({
      'word/document.xml': strToU8('<w:document/>'),
      '[Content_Types].xml': strToU8('<Types/>'),
    });
    const e = failure(docx);
    expect(e.code).toBe('xlsx-malformed');
    expect(e.params.part).toBe('xl/workbook.xml');
  });
  test('a truncated zip is xlsx-malformed', () => {
    const bytes = tinySheet();
    expect(codeOf(bytes.subarray(0, bytes.length - 30))).toBe('xlsx-malformed');
  });
  test('a corrupt deflate stream is xlsx-malformed', () => {
    expect(codeOf(corruptEntryData(tinySheet(), 'xl/worksheets/sheet1.xml'))).toBe('xlsx-malformed');
  });
  test('a workbook with no worksheets is workbook-empty', () =>
    expect(codeOf(noSheetsWorkbookBytes())).toBe('workbook-empty'));
  test('a workbook whose sheet part is missing is xlsx-malformed', () => {
    const bytes = oneSheet('', { omit: ['xl/worksheets/sheet1.xml'] });
    expect(failure(bytes).params.part).toBe('xl/worksheets/sheet1.xml');
  });
  test('a shared string index out of range is xlsx-malformed, not undefined', () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="s"><v>7</v></c></row>', { sharedStrings: ['x'] });
    expect(codeOf(bytes)).toBe('xlsx-malformed');
  });
  test('a cell reference outside Excel limits is xlsx-malformed', () => {
    const bytes = oneSheet('<row r="1"><c r="XFE1"><v>1</v></c></row>');
    expect(codeOf(bytes)).toBe('xlsx-malformed');
  });
});

describe('size limits', () => {
  test('input above maxFileBytes is file-too-large before any parsing', () => {
    const e = failure(pngLikeBytes(), { maxFileBytes: 1000 });
    expect(e.code).toBe('file-too-large');
    expect(e.params).toEqual({ bytes: 4096, limit: 1000 });
  });

  describe('zip bomb: a sheet of 200 MB of zeros (~200 KB compressed)', () => {
    let bomb: Uint8Array;
    beforeAll(() => {
      bomb = zipBombBytes();
    });
    test('the fixture really is small', () => expect(bomb.length).toBeLessThan(400 * 1024));
    test('honest header: refused from the declared size', () => {
      const e = failure(bomb);
      expect(e.code).toBe('zip-bomb');
      expect(e.params.reason).toBe('declared-size');
    });
    test('lying header (declares 2 KB): refused while inflating, long before the 200 MB are produced', () => {
      const liar = patchDeclaredSize(bomb, 'xl/worksheets/sheet1.xml', 2048);
      const e = failure(liar);
      expect(e.code).toBe('zip-ratio');
      // How far it got is the reader's business; that it stopped early is checked by the budget
      // test below (a 5 MB budget is never exceeded). Speed is the bench's (scripts/bench), not a test's.
    });
    test('regression: a file stopped by its compression ratio says so, not "超过 100 MB"', () => {
      const liar = patchDeclaredSize(bomb, 'xl/worksheets/sheet1.xml', 2048);
      const e = failure(liar, { maxUncompressedBytes: 1024 * 1024 * 1024 });
      expect(e.code).toBe('zip-ratio');
      expect(e.params).toMatchObject({ entry: 'xl/worksheets/sheet1.xml' });
      const zh = renderFinding(makeFinding(e.code, e.params, { file: 'x.xlsx' }), 'zh-CN');
      expect(zh).toMatch(/压缩比/);
      expect(zh).not.toMatch(/MB/);
    });
    test('lying header, small budget: the budget counts the bytes actually inflated', () => {
      const liar = patchDeclaredSize(bomb, 'xl/worksheets/sheet1.xml', 2048);
      const e = failure(liar, { maxUncompressedBytes: 5 * 1024 * 1024 });
      expect(e.code).toBe('zip-bomb');
      expect(e.params).toMatchObject({ reason: 'size', limit: 5 * 1024 * 1024 });
    });
  });

  test('30 MB of zeros (~30 KB compressed) declaring 100 bytes is refused after one bounded inflate', () => {
    const small = patchDeclaredSize(zipBombBytes(30 * 1024 * 1024), 'xl/worksheets/sheet1.xml', 100);
    const e = failure(small);
    expect(e.code).toBe('zip-bomb');
    expect(e.params.reason).toBe('size-mismatch');
  });

  test('a small entry that inflates past its declared size is refused (one-shot path)', () => {
    const bytes = patchDeclaredSize(tinySheet(), 'xl/worksheets/sheet1.xml', 10);
    const e = failure(bytes);
    expect(e.code).toBe('zip-bomb');
    expect(e.params.reason).toBe('size-mismatch');
  });

  test('a million-row sheet is refused as sheet-too-large after reading a bounded number of bytes', () => {
    const bytes = manyRowsWorkbookBytes(1_000_000);
    const e = failure(bytes);
    expect(e.code).toBe('sheet-too-large');
    expect(e.params).toMatchObject({ sheet: '大表', rows: 10_001, maxRows: 10_000 });
    // ~60 MB of XML; the scanner stops a chunk after row 10,001 (≈ 0.6 MB in).
    // Boundedness is in bytes, not seconds (time is the bench's business).
    expect(e.params.bytesRead).toBeLessThan(8 * 1024 * 1024);
  }, 60_000);

  test('maxRows and maxCells are options; the used range (rows × cols) counts', () => {
    const rows = Array.from(
      { length: 20 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>1</v></c><c r="J${r + 1}"><v>2</v></c></row>`,
    ).join('');
    const bytes = oneSheet(rows);
    expect(readWorkbook(bytes).sheets[0].rows).toBe(20);
    expect(failure(bytes, { maxRows: 19 }).code).toBe('sheet-too-large');
    expect(failure(bytes, { maxCells: 199 }).params).toMatchObject({ maxCells: 199 });
    expect(readWorkbook(bytes, { maxCells: 200 }).sheets[0].cols).toBe(10);
  });

  test('a stray value at XFD1048576 cannot make us allocate a huge grid', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>',
    );
    expect(codeOf(bytes)).toBe('sheet-too-large');
  });

  test('styled empty cells far away do not count as used', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" s="0"/></row>',
    );
    const sheet = readWorkbook(bytes).sheets[0];
    expect([sheet.rows, sheet.cols]).toEqual([1, 1]);
  });
});

describe('other container tricks', () => {
  test('two entries with the same name are refused (readers would disagree on which one is the sheet)', () => {
    const decoy = worksheet('<row r="1"><c r="A1"><v>666</v></c></row>');
    const bytes = oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>', {
      extra: { 'xl/worksheets/sheet1.xmm': decoy },
    });
    const dup = renameEntry(bytes, 'xl/worksheets/sheet1.xmm', 'xl/worksheets/sheet1.xml');
    const e = failure(dup);
    expect(e.code).toBe('xlsx-malformed');
    expect(e.params.detail).toMatch(/duplicate/);
  });
  test('a binary workbook (.xlsb) is xlsx-malformed with a clear detail', () => {
    const xlsb = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      ),
      'xl/workbook.bin': new Uint8Array([0x83, 0x01, 0x00]),
    });
    expect(failure(xlsb).params.detail).toMatch(/xlsb/);
  });
});

/** Rewrites every occurrence of an entry name (same length) in the zip: local header and central directory. */
function renameEntry(zip: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('names must have the same length');
  const out = zip.slice();
  const src = strToU8(from);
  const dst = strToU8(to);
  for (let i = 0; i + src.length <= out.length; i++) {
    if (src.every((b, j) => out[i + j] === b)) out.set(dst, i);
  }
  return out;
}

describe("Node's native inflater (the default in Node) is bounded like fflate's", () => {
  const native: ReadOptions = { rawInflate: hostRawInflate };
  const fflateOnly: ReadOptions = { rawInflate: null };
  test('runs here (Node ≥ 20.16)', () => expect(hostRawInflate).toBeDefined());
  // Big enough (tens of KB compressed) that the reader hands it to the host's inflater.
  const ledgerSized = (): Uint8Array =>
    oneSheet(
      Array.from(
        { length: 2000 },
        (_, i) =>
          `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>第${i + 1}行 ${((i * 7919) % 104729).toString(36)}</t></is></c><c r="B${i + 1}"><v>${(i * 0.37).toFixed(2)}</v></c></row>`,
      ).join(''),
    );

  test('reads the same cells', () => {
    const bytes = ledgerSized();
    expect(readWorkbook(bytes, native).sheets[0].grid).toEqual(
      readWorkbook(bytes, fflateOnly).sheets[0].grid,
    );
    expect(readWorkbook(bytes, native).sheets[0].grid[1999]).toEqual([
      '第2000行 ' + ((1999 * 7919) % 104729).toString(36),
      739.63,
    ]);
  });
  test('an entry that inflates past its declared size is refused', () => {
    const e = failure(patchDeclaredSize(ledgerSized(), 'xl/worksheets/sheet1.xml', 10), native);
    expect(e.code).toBe('zip-bomb');
    expect(e.params.reason).toBe('size-mismatch');
  });
  test('30 MB of zeros declaring 100 bytes is refused', () => {
    const e = failure(
      patchDeclaredSize(zipBombBytes(30 * 1024 * 1024), 'xl/worksheets/sheet1.xml', 100),
      native,
    );
    expect(e.code).toBe('zip-bomb');
  });
  test('corrupt deflate data is a malformed file, not a crash', () => {
    expect(codeOf(corruptEntryData(ledgerSized(), 'xl/worksheets/sheet1.xml'), native)).toBe(
      'xlsx-malformed',
    );
  });
});
