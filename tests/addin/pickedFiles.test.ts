import ExcelJS from 'exceljs';
import {
  MAX_FILE_BYTES,
  admitFiles,
  initialStatus,
  sniffContainer,
  totalSize,
  withStatus,
  type FileLike,
} from '../../src/browser/pickedFiles';
import { summariseWorkbook } from '../../src/browser/xlsxReader';
import { readPickedFile } from '../../src/taskpane/hooks/usePickedFiles';

const file = (name: string, size = 100, lastModified = 1): FileLike => ({ name, size, lastModified });

function ids() {
  let n = 0;
  return () => `id${++n}`;
}

describe('admitting picked files', () => {
  test('accepts .xlsx, lists non-xlsx, empty and huge files as rejected with the reason', () => {
    expect(initialStatus(file('华龙区.xlsx'))).toEqual({ kind: 'reading' });
    expect(initialStatus(file('HUALONG.XLSX '))).toEqual({ kind: 'reading' });
    expect(initialStatus(file('old.xls'))).toEqual({ kind: 'rejected', reason: 'not-xlsx' });
    expect(initialStatus(file('data.csv'))).toEqual({ kind: 'rejected', reason: 'not-xlsx' });
    expect(initialStatus(file('a.xlsx.exe'))).toEqual({ kind: 'rejected', reason: 'not-xlsx' });
    expect(initialStatus(file('empty.xlsx', 0))).toEqual({ kind: 'rejected', reason: 'empty' });
    expect(initialStatus(file('huge.xlsx', MAX_FILE_BYTES + 1))).toEqual({
      kind: 'rejected',
      reason: 'too-large',
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
      ['c.csv', 100, 'rejected'],
    ]);
    expect(second.files).toHaveLength(4);
    expect(totalSize(second.files)).toBe(500);
  });

  test('withStatus changes only the named file', () => {
    const { files } = admitFiles([], [file('a.xlsx'), file('b.xlsx')], ids());
    const updated = withStatus(files, 'id2', { kind: 'read', sheets: [] });
    expect(updated.map((f) => f.status.kind)).toEqual(['reading', 'read']);
    expect(files.map((f) => f.status.kind)).toEqual(['reading', 'reading']);
  });

  test('container sniffing', () => {
    expect(sniffContainer(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('zip');
    expect(sniffContainer(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]))).toBe('ole');
    expect(sniffContainer(new TextEncoder().encode('a,b,c'))).toBe('other');
    expect(sniffContainer(Uint8Array.from([0x50, 0x4b]))).toBe('other');
  });
});

async function ledgerBytes(): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('工作台账');
  sheet.addRow(['指标编号', '完成状态']);
  sheet.addRow(['1.1', '已完成']);
  sheet.getCell('B2').dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: ['"未启动,推进中,已完成"'],
  };
  const meta = workbook.addWorksheet('meta');
  meta.state = 'veryHidden';
  meta.getCell('A1').value = 'template-version';
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer).slice().buffer;
}

describe('reading a picked file', () => {
  test('summarises the sheets of a real workbook', async () => {
    await expect(summariseWorkbook(await ledgerBytes())).resolves.toEqual([
      { name: '工作台账', rows: 2, columns: 2, state: 'visible' },
      { name: 'meta', rows: 1, columns: 1, state: 'veryHidden' },
    ]);
  });

  test('readPickedFile: read, not a zip, OLE, corrupt zip', async () => {
    const ok = await readPickedFile(new Blob([await ledgerBytes()]));
    expect(ok.kind).toBe('read');
    expect(ok.kind === 'read' && ok.sheets.map((s) => s.name)).toEqual(['工作台账', 'meta']);

    await expect(readPickedFile(new Blob(['a,b\n1,2']))).resolves.toEqual({
      kind: 'unreadable',
      reason: 'not-zip',
    });
    await expect(
      readPickedFile(new Blob([Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4])])),
    ).resolves.toEqual({
      kind: 'unreadable',
      reason: 'encrypted-or-xls',
    });
    const corrupt = await readPickedFile(
      new Blob([Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9, 9, 9])]),
    );
    expect(corrupt.kind).toBe('unreadable');
    expect(corrupt.kind === 'unreadable' && corrupt.reason).toBe('corrupt');
    expect(corrupt.kind === 'unreadable' && corrupt.message).toBeTruthy();
  });
});
