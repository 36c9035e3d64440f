/**
 * The cache of parts many files share (styles, workbook, rels): a hit only when the stored bytes
 * are the same, the same refusals as a fresh read, and nothing one file can change for another.
 */
import { MAIN_NS, buildXlsx, worksheet } from '../../../../../tests/fixtures/bad/xlsxParts';
import { PartCache } from './partCache';
import { clearSharedParts } from './readWorkbook';
import { WorkbookReadError, readWorkbook } from './index';
import { createBudget, openZip } from './zip';

/** A styles part whose second cell format is `code` (cells with s="1" show through it). */
const styles = (code: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="${code}"/></numFmts>` +
  `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;

const book = (code: string): Uint8Array =>
  buildXlsx({ sheets: [{ name: 'S', xml: worksheet('<row r="1"><c r="A1" s="1"><v>45387</v></c></row>') }], styles: styles(code) });

beforeEach(() => clearSharedParts());

describe('PartCache', () => {
  const partOf = (bytes: Uint8Array) => {
    const zip = openZip(bytes);
    return { zip, entry: zip.get('xl/styles.xml')! };
  };

  test('parses a content once, and again when a byte differs', () => {
    const cache = new PartCache();
    let parses = 0;
    const parse = (b: Uint8Array) => {
      parses++;
      return { length: b.length };
    };
    const read = (bytes: Uint8Array) => {
      const { zip, entry } = partOf(bytes);
      return cache.read(zip, entry, createBudget(1e6), 'styles', parse);
    };
    const a = read(book('yyyy-mm-dd'));
    expect(read(book('yyyy-mm-dd'))).toBe(a);
    expect(parses).toBe(1);
    // Same length, one character apart: a different part.
    read(book('yyyy-mm-de'));
    expect(parses).toBe(2);
    // Another key (another name or folder) is another parse even for the same bytes.
    const { zip, entry } = partOf(book('yyyy-mm-dd'));
    cache.read(zip, entry, createBudget(1e6), 'styles\u0000other', parse);
    expect(parses).toBe(3);
  });

  test('a hit still counts against the budget, with the refusal a fresh read gives', () => {
    const cache = new PartCache();
    const { zip, entry } = partOf(book('yyyy-mm-dd'));
    const budget = createBudget(1e6);
    cache.read(zip, entry, budget, 'k', () => 1);
    const charged = 1e6 - budget.remaining;
    expect(charged).toBe(entry.size);
    const second = createBudget(1e6);
    cache.read(zip, entry, second, 'k', () => 2);
    expect(second.remaining).toBe(1e6 - charged);
    let refused: unknown;
    try {
      cache.read(zip, entry, createBudget(entry.size - 1), 'k', () => 3);
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(WorkbookReadError);
    expect((refused as WorkbookReadError).code).toBe('zip-bomb');
    expect((refused as WorkbookReadError).params.reason).toBe('declared-size');
  });

  test('what it hands out is frozen', () => {
    const cache = new PartCache();
    const { zip, entry } = partOf(book('yyyy-mm-dd'));
    const value = cache.read(zip, entry, createBudget(1e6), 'k', () => ({ list: [{ code: 'x' }] }));
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.list[0])).toBe(true);
  });

  test('keeps at most its capacity, the most recently used', () => {
    const cache = new PartCache(2);
    let parses = 0;
    const read = (code: string) => {
      const { zip, entry } = partOf(book(code));
      cache.read(zip, entry, createBudget(1e6), 'k', () => ++parses);
    };
    read('0.0');
    read('0.00');
    read('0.0'); // hit, now first
    read('0.000'); // evicts 0.00
    expect(parses).toBe(3);
    read('0.0');
    expect(parses).toBe(3);
    read('0.00');
    expect(parses).toBe(4);
  });
});

describe('readWorkbook with shared parts', () => {
  test('files sharing a styles part read as they would alone; a different one is not mistaken for it', () => {
    const date = readWorkbook(book('yyyy-mm-dd')).sheets[0];
    const again = readWorkbook(book('yyyy-mm-dd')).sheets[0];
    const percent = readWorkbook(book('0.00%')).sheets[0];
    expect(date.cells.get('A1')).toMatchObject({ t: 'd', fmt: 'yyyy-mm-dd' });
    expect(again.cells.get('A1')).toMatchObject({ t: 'd', fmt: 'yyyy-mm-dd' });
    expect(percent.cells.get('A1')).toMatchObject({ t: 'n', fmt: '0.00%' });
    clearSharedParts();
    expect(readWorkbook(book('0.00%')).sheets[0].cells.get('A1')).toEqual(percent.cells.get('A1'));
  });

  test('the budget refuses a file whose parts came from the cache as it refuses a fresh one', () => {
    const bytes = book('yyyy-mm-dd');
    const fresh = (): string => {
      try {
        readWorkbook(bytes, { maxUncompressedBytes: 600 });
        return 'read';
      } catch (e) {
        return (e as WorkbookReadError).code;
      }
    };
    const first = fresh();
    expect(first).toBe('zip-bomb');
    readWorkbook(bytes); // fills the cache
    expect(fresh()).toBe(first);
  });
});
