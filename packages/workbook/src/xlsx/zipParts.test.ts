import { unzipSync, zipSync } from 'fflate';
import { hostZlib } from './hostZlib';
import { zipParts } from './zipParts';

const enc = new TextEncoder();
const parts = (): Record<string, Uint8Array> => ({
  '[Content_Types].xml': enc.encode('<Types/>'),
  'xl/worksheets/sheet1.xml': enc.encode('<row r="1"><c r="A1" t="inlineStr"><is><t>华龙区</t></is></c></row>'.repeat(400)),
  'xl/empty.bin': new Uint8Array(0),
  'a.txt': enc.encode('x'),
});

describe('zipParts (the writer’s package)', () => {
  test('uses the native deflate in Node', () => expect(hostZlib?.crc32).toBeDefined());

  test('an independent unzip (fflate) gets every part back, in order, byte for byte', () => {
    const input = parts();
    const out = unzipSync(zipParts(input));
    expect(Object.keys(out)).toEqual(Object.keys(input));
    for (const [name, data] of Object.entries(input)) expect(out[name]).toEqual(data);
  });

  test('tiny parts are stored, big ones deflated; the same parts always give the same bytes', () => {
    const bytes = zipParts(parts());
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    // First local header: [Content_Types].xml, 8 bytes → stored (method 0).
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0);
    expect(bytes.length).toBeLessThan(2000);
    expect(zipParts(parts())).toEqual(bytes);
  });

  test('the same date as fflate writes for the fixed timestamp', () => {
    const ours = zipParts({ 'a.xml': enc.encode('<a/>'.repeat(50)) });
    const theirs = zipSync({ 'a.xml': enc.encode('<a/>'.repeat(50)) }, { mtime: new Date(Date.UTC(2021, 0, 1)) });
    const dosDate = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset).getUint16(12, true);
    expect(dosDate(ours)).toBe(dosDate(theirs));
  });
});
