/**
 * readWorkbook: cell values and the sheet facts we judge ledgers by, from untrusted .xlsx bytes.
 * Browser-safe (no Node APIs); inflates only the parts it needs, and each within a budget.
 */
import { WorkbookReadError, malformed } from './errors';
import { dirOf, parseRels, relsPathOf, type Relationship } from './parts/rels';
import { parseSharedStrings } from './parts/sharedStrings';
import { SheetScanner } from './parts/sheetScanner';
import { parseStyles, type CellNumFmt } from './parts/styles';
import { parseWorkbookXml } from './parts/workbookXml';
import { PartCache } from './partCache';
import { assertZipContainer } from './sniff';
import { binaryString } from './xml';
import { hostRawInflate } from '../hostZlib';
import {
  DEFAULT_READ_LIMITS,
  type LeanSheet,
  type ReadOptions,
  type ReadResult,
  type SheetEntry,
  type SheetState,
} from './types';
import {
  createBudget,
  inflateEntry,
  openZip,
  readEntryBytes,
  type InflateBudget,
  type ZipArchive,
  type ZipEntry,
} from './zip';

/** The package parts one template's files share byte for byte: parsed once per content, not per file. */
const sharedParts = new PartCache();

/** Forgets the parsed shared parts (for tests that count parses). */
export function clearSharedParts(): void {
  sharedParts.clear();
}

interface PlannedSheet {
  name: string;
  state: SheetState;
  part: string;
}

export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes;
  if (bytes.length > maxFileBytes)
    throw new WorkbookReadError('file-too-large', { bytes: bytes.length, limit: maxFileBytes });
  assertZipContainer(bytes);
  try {
    return readPackage(bytes, options);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    // Anything else (a RangeError on a lying offset, …) still means we could not understand the file.
    throw new WorkbookReadError(
      'xlsx-malformed',
      { part: '[unknown]', detail: String((e as Error)?.message ?? e) },
      e,
    );
  }
}

function readPackage(bytes: Uint8Array, options: ReadOptions): ReadResult {
  const zip = openZip(bytes, options.rawInflate === undefined ? hostRawInflate : (options.rawInflate ?? undefined));
  const budget = createBudget(options.maxUncompressedBytes ?? DEFAULT_READ_LIMITS.maxUncompressedBytes);
  const read = (part: string): Uint8Array | undefined => {
    const entry = zip.get(part);
    return entry ? readEntryBytes(zip, entry, budget) : undefined;
  };

  /**
   * A small part every file of a template has alike, through the cache. The key holds all its
   * parse depends on besides the bytes: what kind of part, the name asked for, the folder its
   * relationship targets resolve against.
   */
  const shared = <T>(kind: string, part: string, parse: (bytes: Uint8Array) => T, dir = ''): T | undefined => {
    const entry = zip.get(part);
    return entry ? sharedParts.read(zip, entry, budget, `${kind}\u0000${part}\u0000${dir}`, parse) : undefined;
  };

  const rootRels = shared('rels', '_rels/.rels', (b) => parseRels(b, '')) ?? [];
  const workbookPart = findWorkbookPart(zip, rootRels);
  const workbook = shared('workbook', workbookPart, parseWorkbookXml)!;
  const relsPart = relsPathOf(workbookPart);
  const workbookDir = dirOf(workbookPart);
  const relList = shared('rels', relsPart, (b) => parseRels(b, workbookDir), workbookDir);
  if (!relList) throw malformed(relsPart, 'missing');
  const rels = new Map<string, Relationship>();
  for (const r of relList) rels.set(r.id, r);

  const planned: PlannedSheet[] = [];
  for (const sheet of workbook.sheets) {
    const rel = rels.get(sheet.relId);
    if (!rel) throw malformed(workbookPart, `sheet "${sheet.name}" has no relationship ${sheet.relId}`);
    // Chart sheets and dialog sheets hold no cells.
    if (rel.kind !== 'worksheet' || rel.external) continue;
    planned.push({ name: sheet.name, state: sheet.state, part: rel.target });
  }
  if (planned.length === 0) throw new WorkbookReadError('workbook-empty');

  const wanted = options.sheets ? new Set(options.sheets) : undefined;
  const toRead: PlannedSheet[] = [];
  for (const s of planned) if (!wanted || wanted.has(s.name)) toRead.push(s);

  let sharedStrings: string[] = [];
  let numFmts: readonly CellNumFmt[] = [];
  if (toRead.length) {
    const ssPart = relTarget(rels, 'sharedStrings');
    const ssBytes = ssPart ? read(ssPart) : undefined;
    if (ssBytes) sharedStrings = parseSharedStrings(ssBytes);
    const stylesPart = relTarget(rels, 'styles');
    if (stylesPart) numFmts = shared('styles', stylesPart, parseStyles) ?? [];
  }

  let kept: ZipArchive | undefined;
  const maxRows = options.maxRows ?? DEFAULT_READ_LIMITS.maxRows;
  const maxCells = options.maxCells ?? DEFAULT_READ_LIMITS.maxCells;
  // Arrays the callers iterate file after file are built by push, not by map or filter: an array
  // that `map` makes has one elements kind before this function is optimised and another after,
  // and every consumer's optimised code is thrown away when the second kind first reaches it.
  const sheets: LeanSheet[] = [];
  for (const plan of toRead) {
    const entry = zip.get(plan.part);
    if (!entry) throw malformed(plan.part, `part of sheet "${plan.name}" is missing`);
    const scanner = new SheetScanner({
      sheetName: plan.name,
      partName: plan.part,
      sharedStrings,
      numFmts,
      date1904: workbook.date1904,
      maxRows,
      maxCells,
      valuesOnly: options.valuesOnly === true,
      cellDetails: options.cellDetails !== false,
      // Formula text is read from the part inflated again, out of a copy of the file (made once,
      // for the first sheet with a formula) and within the limit it fitted in the first time.
      keepPart: () => {
        const archive = (kept ??= zip.copy());
        return () => readEntryBytes(archive, entry, createBudget(budget.limit));
      },
    });
    let bytesRead = 0;
    try {
      streamText(
        zip,
        entry,
        budget,
        (bytes) => (bytesRead += bytes),
        (text, binary) => scanner.push(text, binary),
      );
      sheets.push({ name: plan.name, state: plan.state, ...scanner.finish() });
    } catch (e) {
      // How far we got before stopping: evidence that an oversized sheet was not read to the end.
      if (e instanceof WorkbookReadError && e.code === 'sheet-too-large') e.params.bytesRead = bytesRead;
      throw e;
    }
  }

  const loaded = new Set(toRead.map((s) => s.name));
  const sheetList: SheetEntry[] = planned.map((s) => ({
    name: s.name,
    state: s.state,
    loaded: loaded.has(s.name),
  }));
  return { sheets, sheetList, date1904: workbook.date1904 };
}

function findWorkbookPart(zip: ZipArchive, rootRels: Relationship[]): string {
  const declared = relTarget(rootRels, 'officeDocument');
  if (declared && zip.get(declared)) {
    if (/\.bin$/i.test(declared)) throw malformed(declared, 'binary workbook (.xlsb) is not supported');
    return declared;
  }
  if (zip.get('xl/workbook.xml')) return 'xl/workbook.xml';
  if (zip.get('xl/workbook.bin'))
    throw malformed('xl/workbook.bin', 'binary workbook (.xlsb) is not supported');
  throw malformed('xl/workbook.xml', 'missing: not a spreadsheet package');
}

function relTarget(
  rels: Iterable<Relationship> | Map<string, Relationship>,
  kind: string,
): string | undefined {
  const list = rels instanceof Map ? rels.values() : rels;
  for (const r of list) if (r.kind === kind && !r.external) return r.target;
  return undefined;
}

/** Bytes of a part turned into one string at a time (see `streamText`). */
const TEXT_PIECE_BYTES = 64 * 1024;

/**
 * Inflate an entry and hand its text to `sink` chunk by chunk: a UTF-8 part as binary strings
 * (one char per byte; `binary` true: the sink decodes the text it keeps), a part starting with a
 * UTF-16 byte-order mark as decoded text.
 */
function streamText(
  zip: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
  onBytes: (n: number) => void,
  sink: (text: string, binary: boolean) => void,
): void {
  let decoder: InstanceType<typeof TextDecoder> | null | undefined;
  inflateEntry(zip, entry, budget, (chunk) => {
    onBytes(chunk.length);
    if (decoder === undefined) {
      const utf16 =
        chunk.length >= 2 &&
        ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff));
      decoder = utf16 ? new TextDecoder(chunk[0] === 0xff ? 'utf-16le' : 'utf-16be') : null;
    }
    // Pieces below V8's large-object size: a string past ~128 KB is allocated outside the young
    // generation, some fifty times slower (a 360 KB sheet took 3 ms to become a string, 60 µs in
    // pieces). A binary string never splits a character, and neither do UTF-16 decoders that stream.
    for (let at = 0; at < chunk.length; at += TEXT_PIECE_BYTES) {
      const piece = chunk.length <= TEXT_PIECE_BYTES ? chunk : chunk.subarray(at, Math.min(chunk.length, at + TEXT_PIECE_BYTES));
      sink(decoder ? decoder.decode(piece, { stream: true }) : binaryString(piece), !decoder);
    }
  });
  if (decoder) sink(decoder.decode(), false);
}
