/**
 * A minimal zip reader over fflate's streaming Inflate. We parse the central directory ourselves
 * so that only the parts we need are ever inflated, and so that every inflated byte is counted
 * against a budget *while* it is produced: declared sizes in zip headers are attacker-controlled,
 * and a lying header must not be able to make us allocate or spin past the limit.
 */
import { Inflate, inflateSync } from 'fflate';
import { WorkbookReadError, malformed } from './errors';

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  /** As declared by the central directory; only a hint, never trusted for safety. */
  size: number;
  localHeaderOffset: number;
}

/**
 * A one-shot raw-DEFLATE inflater the host may offer instead of fflate's (in Node: the native
 * zlib, ~4× faster; see ../hostZlib.ts). It must never produce more than `maxBytes`: it returns `'too-large'`
 * when the stream would, so a lying size header still ends in a refusal.
 */
export type RawInflate = (data: Uint8Array, maxBytes: number) => Uint8Array | 'too-large';

export interface InflateBudget {
  /** Bytes that may still be inflated across all parts of this read. */
  remaining: number;
  readonly limit: number;
}

/** Compressed bytes handed to the inflater at a time: bounds one push's output to ~1 MB × 16. */
const PUSH_BYTES = 16 * 1024;
/** DEFLATE cannot beat ~1032:1; real worksheets stay far below this. Checked once output is large. */
const MAX_RATIO = 400;
const RATIO_CHECK_FROM_BYTES = 8 * 1024 * 1024;
/**
 * Entries up to this compressed size are inflated in one call into a buffer of the declared size
 * plus one byte (a stream longer than declared fills that extra byte and is rejected). Worst
 * case for a lying header: ~1032 × 128 KB of decoding into a bounded buffer, then an error.
 */
const ONE_SHOT_MAX_COMPRESSED = 128 * 1024;
/** …and whose declared size is modest, so a header claiming a huge size cannot make us pre-allocate it. */
const ONE_SHOT_MAX_DECLARED = 8 * 1024 * 1024;

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();

  constructor(
    readonly bytes: Uint8Array,
    private readonly entries: ZipEntry[],
    /** The host's one-shot inflater, if it offers one (see `RawInflate`). */
    readonly rawInflate?: RawInflate,
  ) {
    for (const e of entries) {
      const key = normalizePartName(e.name);
      // Two entries with one name let two readers see two different files: never legitimate.
      if (this.byName.has(key)) throw malformed('[zip]', `duplicate entry ${key}`);
      this.byName.set(key, e);
      if (!this.byLowerName.has(key.toLowerCase())) this.byLowerName.set(key.toLowerCase(), e);
    }
  }

  /** OPC part names are case-insensitive; producers disagree on case, so fall back to a folded lookup. */
  get(partName: string): ZipEntry | undefined {
    const key = normalizePartName(partName);
    return this.byName.get(key) ?? this.byLowerName.get(key.toLowerCase());
  }

  /** The same archive over a copy of its bytes: what it reads later cannot change if the caller reuses theirs. */
  copy(): ZipArchive {
    return new ZipArchive(this.bytes.slice(), this.entries, this.rawInflate);
  }

  get size(): number {
    return this.byName.size;
  }
}

export function normalizePartName(name: string): string {
  let n = name.replace(/\\/g, '/');
  while (n.startsWith('/')) n = n.slice(1);
  return n;
}

export function openZip(bytes: Uint8Array, rawInflate?: RawInflate): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw malformed('[zip]', 'no end of central directory (truncated file?)');

  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator >= 0 && view.getUint32(locator, true) === SIG_EOCD64_LOCATOR) {
      const eocd64 = readUint64(view, locator + 8);
      if (eocd64 + 56 > bytes.length || view.getUint32(eocd64, true) !== SIG_EOCD64)
        throw malformed('[zip]', 'bad zip64 end record');
      count = readUint64(view, eocd64 + 32);
      cdSize = readUint64(view, eocd64 + 40);
      cdOffset = readUint64(view, eocd64 + 48);
    }
  }
  if (cdOffset + cdSize > bytes.length) throw malformed('[zip]', 'central directory outside the file');

  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL)
      throw malformed('[zip]', 'bad central directory entry');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > bytes.length)
      throw malformed('[zip]', 'central directory entry outside the file');
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // Zip64 extended information: the 64-bit values follow in this fixed order, present only when the 32-bit field is saturated.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = view.getUint16(x, true);
      const len = view.getUint16(x + 2, true);
      if (id === 0x0001) {
        let q = x + 4;
        const fieldEnd = x + 4 + len;
        if (size === 0xffffffff && q + 8 <= fieldEnd) {
          size = readUint64(view, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= fieldEnd) {
          compressedSize = readUint64(view, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff && q + 8 <= fieldEnd) localHeaderOffset = readUint64(view, q);
      }
      x += 4 + len;
    }
    entries.push({ name, flags, method, compressedSize, size, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return new ZipArchive(bytes, entries, rawInflate);
}

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === SIG_EOCD) return i;
  }
  return -1;
}

function readUint64(view: DataView, offset: number): number {
  const lo = view.getUint32(offset, true);
  const hi = view.getUint32(offset + 4, true);
  if (hi >= 0x200000) throw malformed('[zip]', '64-bit value out of range');
  return hi * 0x100000000 + lo;
}

export function createBudget(limit: number): InflateBudget {
  return { remaining: limit, limit };
}

function zipBomb(entry: ZipEntry, budget: InflateBudget, reason: string): WorkbookReadError {
  return new WorkbookReadError('zip-bomb', { entry: entry.name, limit: budget.limit, reason });
}

/**
 * Inflates one entry, handing decoded chunks to `onChunk` as they are produced. The consumer
 * may throw to stop early (e.g. a sheet that is already known to be too large); nothing more is
 * inflated after that.
 */
/**
 * An entry's stored bytes (compressed or not), after the checks every read of it needs: not
 * encrypted, its local header where the central directory says, its data inside the file.
 */
export function entryData(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  const { bytes } = archive;
  // Traditional zip encryption (bit 0) or strong encryption (bit 6): we cannot and will not decrypt.
  if (entry.flags & 0x41) throw new WorkbookReadError('file-encrypted', { entry: entry.name });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lh = entry.localHeaderOffset;
  if (lh + 30 > bytes.length || view.getUint32(lh, true) !== SIG_LOCAL)
    throw malformed(entry.name, 'bad local header');
  const start = lh + 30 + view.getUint16(lh + 26, true) + view.getUint16(lh + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw malformed(entry.name, 'entry data outside the file');
  return bytes.subarray(start, end);
}

/**
 * Counts against the budget an entry whose inflated bytes (`inflated` of them) are known without
 * inflating it again (see partCache.ts): the same refusals as `inflateEntry` would give.
 */
export function chargeEntry(entry: ZipEntry, budget: InflateBudget, inflated: number): void {
  if (entry.size > budget.remaining) throw zipBomb(entry, budget, 'declared-size');
  if (inflated > budget.remaining) throw zipBomb(entry, budget, 'size');
  budget.remaining -= inflated;
}

/**
 * Inflates one entry, handing decoded chunks to `onChunk` as they are produced. The consumer
 * may throw to stop early (e.g. a sheet that is already known to be too large); nothing more is
 * inflated after that.
 */
export function inflateEntry(
  archive: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const data = entryData(archive, entry);
  // Declared sizes can only make us refuse earlier, never accept more.
  if (entry.size > budget.remaining) throw zipBomb(entry, budget, 'declared-size');

  if (entry.method === 0) {
    if (data.length > budget.remaining) throw zipBomb(entry, budget, 'size');
    budget.remaining -= data.length;
    if (data.length) onChunk(data);
    return;
  }
  if (entry.method !== 8) throw malformed(entry.name, `unsupported compression method ${entry.method}`);

  if (data.length <= ONE_SHOT_MAX_COMPRESSED && entry.size <= ONE_SHOT_MAX_DECLARED) {
    let out: Uint8Array | 'too-large';
    try {
      // The host's inflater (Node's zlib, one output chunk of the declared size) is about twice
      // fflate's speed even on the small parts (rels, styles, 1–4 KB sheets).
      out = archive.rawInflate ? archive.rawInflate(data, entry.size + 1) : inflateSync(data, { out: new Uint8Array(entry.size + 1) });
    } catch (e) {
      throw malformed(entry.name, `cannot inflate: ${(e as Error).message}`);
    }
    if (out === 'too-large') throw zipBomb(entry, budget, 'size-mismatch');
    if (out.length > entry.size) throw zipBomb(entry, budget, 'size-mismatch');
    budget.remaining -= out.length;
    if (out.length) onChunk(out);
    return;
  }

  let produced = 0;
  let consumed = 0;
  const inflater = new Inflate((chunk) => {
    if (!chunk.length) return;
    produced += chunk.length;
    if (chunk.length > budget.remaining) throw zipBomb(entry, budget, 'size');
    budget.remaining -= chunk.length;
    if (produced > RATIO_CHECK_FROM_BYTES && produced > consumed * MAX_RATIO)
      throw new WorkbookReadError('zip-ratio', { entry: entry.name, ratio: MAX_RATIO });
    onChunk(chunk);
  });
  try {
    if (data.length === 0) {
      inflater.push(new Uint8Array(0), true);
      return;
    }
    for (let off = 0; off < data.length; off += PUSH_BYTES) {
      const piece = data.subarray(off, Math.min(off + PUSH_BYTES, data.length));
      consumed += piece.length;
      inflater.push(piece, off + PUSH_BYTES >= data.length);
    }
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw malformed(entry.name, `cannot inflate: ${(e as Error).message}`);
  }
}

/** Whole entry as one buffer (for the small parts: workbook, rels, styles, properties). */
export function readEntryBytes(archive: ZipArchive, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  inflateEntry(archive, entry, budget, (c) => {
    chunks.push(c);
    total += c.length;
  });
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
