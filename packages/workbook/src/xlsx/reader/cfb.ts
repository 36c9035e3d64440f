/**
 * Just enough of the Compound File Binary format (the OLE2 container of .xls, and also of
 * password-protected .xlsx files, which Office wraps as an `EncryptionInfo` + `EncryptedPackage`
 * pair of streams) to list the directory entry names. We never read stream contents.
 */

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const MAX_REGULAR_SECTOR = 0xfffffffa;

export function hasCfbSignature(bytes: Uint8Array): boolean {
  if (bytes.length < CFB_SIGNATURE.length) return false;
  for (let i = 0; i < CFB_SIGNATURE.length; i++) if (bytes[i] !== CFB_SIGNATURE[i]) return false;
  return true;
}

/**
 * Names of all directory entries, or null when the container is too damaged to walk.
 * Every loop is bounded by the number of sectors in the file, so a hostile FAT cannot hang us.
 */
export function cfbEntryNames(bytes: Uint8Array): string[] | null {
  if (!hasCfbSignature(bytes) || bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const sectorOffset = (n: number): number => (n + 1) * sectorSize;
  const readable = (n: number): boolean =>
    n <= MAX_REGULAR_SECTOR && sectorOffset(n) + sectorSize <= bytes.length;

  // FAT sector numbers: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  const fatCount = view.getUint32(0x2c, true);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) {
    const s = view.getUint32(0x4c + i * 4, true);
    if (s === FREE_SECTOR) break;
    fatSectors.push(s);
  }
  let difat = view.getUint32(0x44, true);
  for (
    let guard = 0;
    fatSectors.length < fatCount && difat !== END_OF_CHAIN && guard < sectorCount;
    guard++
  ) {
    if (!readable(difat)) return null;
    const base = sectorOffset(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector && fatSectors.length < fatCount; i++)
      fatSectors.push(view.getUint32(base + i * 4, true));
    difat = view.getUint32(base + perSector * 4, true);
  }

  const fat: number[] = [];
  for (const s of fatSectors) {
    if (!readable(s)) return null;
    const base = sectorOffset(s);
    for (let i = 0; i < sectorSize / 4; i++) fat.push(view.getUint32(base + i * 4, true));
  }

  const names: string[] = [];
  let dir = view.getUint32(0x30, true);
  for (let guard = 0; dir !== END_OF_CHAIN; guard++) {
    if (guard > sectorCount || !readable(dir)) return null;
    const base = sectorOffset(dir);
    for (let e = 0; e < sectorSize / 128; e++) {
      const entry = base + e * 128;
      const nameBytes = view.getUint16(entry + 0x40, true);
      const type = bytes[entry + 0x42];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(view.getUint16(entry + i, true));
      names.push(name);
    }
    dir = dir < fat.length ? fat[dir] : END_OF_CHAIN;
  }
  return names;
}

/** True for Office's encrypted OOXML package (ECMA-376 agile or standard encryption). */
export function isEncryptedOfficePackage(bytes: Uint8Array): boolean {
  const names = cfbEntryNames(bytes);
  if (names) return names.includes('EncryptionInfo') || names.includes('EncryptedPackage');
  // A damaged directory: fall back to looking for the stream name as UTF-16LE anywhere.
  return containsUtf16le(bytes, 'EncryptionInfo');
}

function containsUtf16le(bytes: Uint8Array, text: string): boolean {
  const n = text.length * 2;
  outer: for (let i = 0; i + n <= bytes.length; i++) {
    for (let j = 0; j < text.length; j++) {
      if (bytes[i + 2 * j] !== text.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
