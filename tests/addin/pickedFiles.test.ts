import { renderWorkbook } from '@ledger-review/workbook';
import * as engine from '../../src/engine';
import {
  MAX_FILE_BYTES,
  admitFiles,
  initialStatus,
  ledgerMonths,
  stillReading,
  totalSize,
  withStatus,
  type FileLike,
} from '../../src/browser/pickedFiles';
import { readPickedFile } from '../../src/taskpane/hooks/usePickedFiles';
import { filledLedgerBytes } from '../fixtures/ledgers';

/** A Blob of bytes (copied into a plain ArrayBuffer, as the DOM's typings want). */
const blob = (bytes: Uint8Array | string) => new Blob([typeof bytes === 'string' ? bytes : bytes.slice()]);

const file = (name: string, size = 100, lastModified = 1): FileLike => ({ name, size, lastModified });

function ids() {
  let n = 0;
  return () => `id${++n}`;
}

describe('admitting picked files', () => {
  test('every file is read by content; only a file above the reader’s limit is refused up front', () => {
    expect(initialStatus(file('华龙区.xlsx'))).toEqual({ kind: 'reading' });
    expect(initialStatus(file('old.xls'))).toEqual({ kind: 'reading' }); // the reader says it is .xls
    const huge = initialStatus(file('huge.xlsx', MAX_FILE_BYTES + 1));
    expect(huge.kind === 'unreadable' && huge.finding).toMatchObject({
      code: 'file-too-large',
      file: 'huge.xlsx',
      params: { bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES },
    });
  });

  test('drops exact duplicates, keeps same-named files that differ, keeps order', () => {
    const next = ids();
    const first = admitFiles([], [file('a.xlsx'), file('b.xlsx')], next);
    expect(first.files.map((f) => [f.id, f.name])).toEqual([
      ['id1', 'a.xlsx'],
      ['id2', 'b.xlsx'],
    ]);
    const second = admitFiles(
      first.files,
      [file('a.xlsx'), file('a.xlsx', 200), file('c.csv'), file('c.csv')],
      next,
    );
    expect(second.duplicates).toEqual(['a.xlsx', 'c.csv']);
    expect(second.added.map((f) => [f.name, f.size, f.status.kind])).toEqual([
      ['a.xlsx', 200, 'reading'],
      ['c.csv', 100, 'reading'],
    ]);
    expect(second.files).toHaveLength(4);
    expect(totalSize(second.files)).toBe(500);
    expect(stillReading(second.files)).toBe(4);
  });

  test('withStatus changes only the named file', () => {
    const { files } = admitFiles([], [file('a.xlsx'), file('b.xlsx')], ids());
    const updated = withStatus(files, 'id2', { kind: 'read', summary: { kind: 'template' } });
    expect(updated.map((f) => f.status.kind)).toEqual(['reading', 'read']);
    expect(files.map((f) => f.status.kind)).toEqual(['reading', 'reading']);
  });
});

describe('reading a picked file (.xlsx reader, lazily loaded engine)', () => {
  test('a ledger: identified and checked, grids kept for the review', async () => {
    const { status, entry } = await readPickedFile(blob(await filledLedgerBytes()), '华龙区.xlsx', engine);
    expect(status.kind).toBe('read');
    if (status.kind !== 'read' || status.summary.kind !== 'ledger') throw new Error('not a ledger');
    expect(status.summary.check).toMatchObject({ unitName: '华龙区', month: '2021-04', canSubmit: true });
    expect('sheets' in entry && entry.sheets.map((s) => s.name)).toContain('工作台账');
    expect('failure' in entry).toBe(false);
    expect(ledgerMonths([{ id: 'x', file: file('a'), name: 'a', size: 1, status }])).toEqual(['2021-04']);
  });

  test('an inspection workbook is recognised by its metadata, whatever its name', async () => {
    const plan = engine.inspectionWorkbook(engine.defaultReviewContext(), '2021-B2').plan;
    const { status } = await readPickedFile(blob(await renderWorkbook(plan)), 'scan001.xlsx', engine);
    expect(status).toEqual({ kind: 'read', summary: { kind: 'inspection', period: '2021-B2' } });
  });

  test('not a workbook, an old .xls or encrypted file, a damaged zip: the registry’s reason', async () => {
    const code = async (bytes: Uint8Array | string) => {
      const { status, entry } = await readPickedFile(blob(bytes), 'x.xlsx', engine);
      expect('sheets' in entry).toBe(false);
      return status.kind === 'unreadable' ? status.finding.code : status.kind;
    };
    await expect(code('a,b\n1,2\n')).resolves.toBe('file-is-csv');
    // An OLE compound file without the encryption streams: a legacy .xls renamed.
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    await expect(code(ole)).resolves.toBe('file-is-xls');
    await expect(code(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9, 9, 9]))).resolves.toBe(
      'xlsx-malformed',
    );
    await expect(code(new Uint8Array(0))).resolves.toBe('file-not-zip');
  });
});
