/**
 * Reads a PNG strictly enough to call it valid: signature, chunk CRCs, IHDR first, IEND last,
 * and IDAT data that inflates to exactly the scanlines IHDR promises.
 */
import zlib from 'zlib';

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Samples per pixel by colour type (0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function readPng(bytes: Buffer): PngInfo {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG signature');
  let offset = 8;
  let info: PngInfo | undefined;
  const idat: Buffer[] = [];
  let sawEnd = false;
  while (offset < bytes.length) {
    if (offset + 12 > bytes.length) throw new Error('truncated chunk header');
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const dataEnd = offset + 8 + length;
    if (dataEnd + 4 > bytes.length) throw new Error(`truncated ${type} chunk`);
    const crc = bytes.readUInt32BE(dataEnd);
    if (zlib.crc32(bytes.subarray(offset + 4, dataEnd)) !== crc) throw new Error(`bad CRC in ${type} chunk`);
    const data = bytes.subarray(offset + 8, dataEnd);
    if (!info && type !== 'IHDR') throw new Error('first chunk is not IHDR');
    if (type === 'IHDR') {
      info = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        bitDepth: data[8],
        colorType: data[9],
      };
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      sawEnd = true;
      offset = dataEnd + 4;
      break;
    }
    offset = dataEnd + 4;
  }
  if (!info) throw new Error('no IHDR');
  if (!sawEnd || offset !== bytes.length) throw new Error('IEND missing or not last');
  const channels = CHANNELS[info.colorType];
  if (!channels) throw new Error(`unknown colour type ${info.colorType}`);
  const rowBytes = Math.ceil((info.width * channels * info.bitDepth) / 8);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  if (raw.length !== info.height * (rowBytes + 1)) {
    throw new Error(`image data is ${raw.length} bytes, expected ${info.height * (rowBytes + 1)}`);
  }
  return info;
}
