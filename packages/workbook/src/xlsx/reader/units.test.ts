/** The small pure pieces under the reader: entities, number formats, sniffing, zip variants (A1 references: ../a1.test.ts; serial dates: the scoring library's periods/serial.test.ts). */
import { Zip, ZipDeflate, ZipPassThrough, zipSync, type Zippable } from 'fflate';
import { buildXlsxEntries, toZip64, worksheet } from '../../../../../tests/fixtures/bad/xlsxParts';
import { classifyNumFmt } from '../numFmt';
import { readWorkbook } from './readWorkbook';
import { looksLikePlainText } from './sniff';
import { decodeEntities, decodeOoxmlEscapes } from './xml';

test('XML entities: named, decimal, hex, astral; malformed ones stay literal', () => {
  expect(decodeEntities('a&amp;b&lt;&gt;&quot;&apos;')).toBe('a&b<>"\'');
  expect(decodeEntities('&#20013;&#x6587;&#X1F600;')).toBe('中文😀');
  expect(decodeEntities('&#xD800; &#99999999; & alone &nbsp;')).toBe('&#xD800; &#99999999; & alone &nbsp;');
  expect(decodeOoxmlEscapes('a_x000D_b_x005F_x0009_c_xZZZZ_')).toBe('a\rb_x0009_c_xZZZZ_');
});

test.each([
  ['General', 'general'],
  ['yyyy-mm-dd', 'date'],
  ['yyyy"年"m"月"d"日"', 'date'],
  ['[$-804]aaaa', 'date'],
  ['e"年"m"月"', 'date'],
  ['0.00;General', 'number'],
  ['##0.0E+0', 'number'],
  ['[$-F800]dddd, mmmm dd, yyyy', 'date'],
  ['[h]:mm:ss', 'date'],
  ['mm:ss.0', 'date'],
  ['h:mm AM/PM', 'date'],
  ['0.00%', 'percent'],
  ['0%;[Red]-0%', 'percent'],
  ['#,##0.00"天"', 'number'],
  ['#,##0_);[Red](#,##0)', 'number'],
  ['\\d0', 'number'],
  ['0.00E+00', 'number'],
  ['"ymd"0', 'number'],
  ['@', 'text'],
])('number format %s is %s', (code, kind) => expect(classifyNumFmt(code)).toBe(kind));

test('plain-text sniffing: CSV/TSV in UTF-8, GBK or UTF-16 is text; binaries are not', () => {
  expect(looksLikePlainText(new TextEncoder().encode('a\tb\r\n1\t2\r\n'))).toBe(true);
  expect(looksLikePlainText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe(true);
  expect(looksLikePlainText(new Uint8Array([0xb5, 0xa5, 0xce, 0xbb, 0x2c, 0x31]))).toBe(true);
  expect(looksLikePlainText(new Uint8Array([0x41, 0x00, 0x42]))).toBe(false);
  expect(
    looksLikePlainText(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 ? 0x41 : 0x02)))),
  ).toBe(false);
});

describe('zip container variants', () => {
  const entries = (): Record<string, Uint8Array> =>
    buildXlsxEntries({
      sheets: [
        {
          name: '表',
          xml: worksheet(
            '<row r="1"><c r="A1" t="inlineStr"><is><t>值</t></is></c><c r="B1"><v>2</v></c></row>',
          ),
        },
      ],
    });

  test('stored (uncompressed) entries', () => {
    const stored: Zippable = {};
    for (const [k, v] of Object.entries(entries())) stored[k] = [v, { level: 0 }];
    expect(readWorkbook(zipSync(stored)).sheets[0].grid).toEqual([['值', 2]]);
  });

  test('streamed entries with data descriptors (sizes only in the central directory)', () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, c) => {
      if (err) throw err;
      chunks.push(c);
    });
    for (const [name, data] of Object.entries(entries())) {
      const f = name.endsWith('.rels') ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 9 });
      zip.add(f);
      f.push(data, true);
    }
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((o, c) => (bytes.set(c, o), o + c.length), 0);
    expect(readWorkbook(bytes).sheets[0].grid).toEqual([['值', 2]]);
  });

  test('Zip64 central directory and end record', () => {
    const bytes = toZip64(zipSync(entries() as Zippable));
    expect(new DataView(bytes.buffer).getUint32(bytes.length - 6, true)).toBe(0xffffffff);
    expect(readWorkbook(bytes).sheets[0].grid).toEqual([['值', 2]]);
  });
});
