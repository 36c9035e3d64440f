/**
 * The package (zip) of a written workbook: parts in the order given, deflated, with a fixed
 * timestamp (2021-01-01 00:00) so the same plan always gives the same bytes. In Node the parts
 * are deflated by the native zlib (see hostZlib.ts); elsewhere by fflate.
 */
import { zipSync } from 'fflate';
import { hostZlib } from './hostZlib';

/** DOS date and time of 2021-01-01 00:00 (what fflate writes for the same fixed mtime). */
const DOS_DATE = ((2021 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** fflate level 3: faster and smaller than 1 on these sheets, ~40% faster than 6 for ~10% larger files. */
const FFLATE_LEVEL = 3;
/** zlib level 6 (its default): native deflate at 6 is still faster than fflate at 3, and smaller. */
const NATIVE_LEVEL = 6;

export function zipParts(parts: Record<string, Uint8Array>): Uint8Array {
  const zlib = hostZlib;
  if (!zlib?.crc32) return zipSync(parts, { level: FFLATE_LEVEL, mtime: new Date(Date.UTC(2021, 0, 1)) });
  const enc = new TextEncoder();
  const entries = Object.entries(parts).map(([name, data]) => {
    const deflated = zlib.deflateRawSync(data, { level: NATIVE_LEVEL });
    // Tiny parts can grow when deflated: store those as they are.
    const stored = deflated.length >= data.length;
    return { name: enc.encode(name), data, body: stored ? data : deflated, method: stored ? 0 : 8, crc: zlib.crc32!(data) >>> 0 };
  });
  let size = 22;
  for (const e of entries) size += 30 + e.name.length + e.body.length + 46 + e.name.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  const header = (at: number, e: (typeof entries)[number], central: boolean) => {
    let q = at;
    view.setUint32(q, central ? 0x02014b50 : 0x04034b50, true);
    q += 4;
    if (central) {
      view.setUint16(q, 20, true); // version made by
      q += 2;
    }
    view.setUint16(q, 20, true); // version needed: 2.0 (deflate)
    view.setUint16(q + 2, 0, true); // flags
    view.setUint16(q + 4, e.method, true);
    view.setUint16(q + 6, DOS_TIME, true);
    view.setUint16(q + 8, DOS_DATE, true);
    view.setUint32(q + 10, e.crc, true);
    view.setUint32(q + 14, e.body.length, true);
    view.setUint32(q + 18, e.data.length, true);
    view.setUint16(q + 22, e.name.length, true);
    view.setUint16(q + 24, 0, true); // extra field length
    q += 26;
    return q;
  };
  for (const e of entries) {
    offsets.push(p);
    p = header(p, e, false);
    out.set(e.name, p);
    p += e.name.length;
    out.set(e.body, p);
    p += e.body.length;
  }
  const centralStart = p;
  entries.forEach((e, i) => {
    p = header(p, e, true);
    view.setUint16(p, 0, true); // comment length
    view.setUint16(p + 2, 0, true); // disk number
    view.setUint16(p + 4, 0, true); // internal attributes
    view.setUint32(p + 6, 0, true); // external attributes
    view.setUint32(p + 10, offsets[i], true);
    p += 14;
    out.set(e.name, p);
    p += e.name.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 4, 0, true);
  view.setUint16(p + 6, 0, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - centralStart, true);
  view.setUint32(p + 16, centralStart, true);
  view.setUint16(p + 20, 0, true);
  return out;
}
