/**
 * Parsed small parts that many files share byte for byte. A folder of ledgers filled from one
 * template carries the same styles, workbook and relationship parts a thousand times; parsing them
 * once per distinct content (not once per file) is a fifth of reading a ledger.
 *
 * A hit needs the very same stored bytes (compared in full, not by checksum: a crafted file could
 * match a CRC-32), the same compression method and sizes, and the same key — what else the parse
 * depends on (the part's name, the folder its relative targets resolve against). Identical input
 * gives the identical parse, so a hit changes nothing but the time. The parse must not depend on
 * anything else, and its result is frozen: one file can never alter what another reads. A hit
 * still counts the part's inflated size against the file's budget, with the same refusals.
 */
import { chargeEntry, entryData, readEntryBytes, type InflateBudget, type ZipArchive, type ZipEntry } from './zip';

interface Cached {
  key: string;
  method: number;
  size: number;
  /** A copy of the stored bytes (the file's own buffer is never kept). */
  data: Uint8Array;
  /** How many bytes the part inflated to. */
  inflated: number;
  value: unknown;
}

export class PartCache {
  /** Most recently used first. */
  private readonly items: Cached[] = [];

  constructor(
    /** Distinct parts kept: a few templates' worth. */
    private readonly capacity = 32,
    /** Larger stored parts are parsed every time (comparing them would cost more than it saves). */
    private readonly maxStoredBytes = 64 * 1024,
  ) {}

  /** The part's parse, from the cache when this content was parsed before, else `parse` of its inflated bytes. */
  read<T>(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget, key: string, parse: (bytes: Uint8Array) => T): T {
    const data = entryData(zip, entry);
    const i = this.items.findIndex((c) => c.key === key && c.method === entry.method && c.size === entry.size && sameBytes(c.data, data));
    if (i >= 0) {
      const hit = this.items[i];
      chargeEntry(entry, budget, hit.inflated);
      if (i > 0) {
        this.items.splice(i, 1);
        this.items.unshift(hit);
      }
      return hit.value as T;
    }
    const before = budget.remaining;
    const bytes = readEntryBytes(zip, entry, budget);
    const value = deepFreeze(parse(bytes));
    if (data.length <= this.maxStoredBytes) {
      this.items.unshift({ key, method: entry.method, size: entry.size, data: data.slice(), inflated: before - budget.remaining, value });
      if (this.items.length > this.capacity) this.items.length = this.capacity;
    }
    return value;
  }

  /** Forgets every part (tests). */
  clear(): void {
    this.items.length = 0;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
