/**
 * One number-format table for the reader and the writer: whatever format the writer writes, the
 * reader sees the same code and classifies it as the same kind; ExcelJS, an independent reader,
 * sees the same code too.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { WorkbookPlan } from '../sheet/plan';
import { address } from './a1';
import { BUILTIN_NUM_FMTS, builtinKind, classifyNumFmt, portableBuiltinId } from './numFmt';
import { leanCell, readWorkbook } from './reader';
import { parseStyles } from './reader/parts/styles';
import { renderWorkbookSync } from './writer';

/** Codes the workbook plans write (ledger, inspection, template and review sheets). */
const PLAN_CODES = ['General', '0', '0.0', '0.00', '0%', '0.0%', '@', 'yyyy-mm-dd', 'yyyy"年"m"月"d"日"'];
const OTHER_CODES = ['[h]:mm:ss', '#,##0.00"元"', 'yyyy"年"m"月"', '[$-804]aaaa', '0.00%;[Red]-0.00%'];
const CODES = [...new Set([...PLAN_CODES, ...Object.values(BUILTIN_NUM_FMTS), ...OTHER_CODES])];

function render(): Uint8Array {
  const plan: WorkbookPlan = {
    sheets: [{ name: 'S', rows: CODES.map((numFmt) => [{ value: numFmt === '@' ? '文本' : 45366.5, numFmt }]) }],
  };
  return renderWorkbookSync(plan);
}

test('the table agrees with itself: each built-in id has the kind its code reads as', () => {
  for (const [id, code] of Object.entries(BUILTIN_NUM_FMTS)) {
    expect([id, code, builtinKind(Number(id))]).toEqual([id, code, classifyNumFmt(code)]);
  }
});

test('every format the writer writes comes back from the reader as the same code and kind', () => {
  const bytes = render();
  const parts = unzipSync(bytes);
  const formats = parseStyles(parts['xl/styles.xml']);
  const styleOf = new Map(
    [...strFromU8(parts['xl/worksheets/sheet1.xml']).matchAll(/<c r="A(\d+)" s="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]),
  );
  const sheet = readWorkbook(bytes).sheets[0];
  CODES.forEach((code, i) => {
    const kind = classifyNumFmt(code);
    const read = formats[styleOf.get(i + 1)!];
    expect([code, read.kind, read.code ?? 'General']).toEqual([code, kind, code]);
    const cell = leanCell(sheet, address(i + 1, 1));
    expect([code, cell.t === 'd', cell.fmt ?? 'General']).toEqual([code, kind === 'date', code]);
  });
});

test('the writer refers by id only to formats that look the same in every locale', () => {
  const styles = strFromU8(unzipSync(render())['xl/styles.xml']);
  const written = [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) =>
    m[2].replace(/&quot;/g, '"'),
  );
  for (const code of CODES) {
    const id = portableBuiltinId(code);
    expect([code, written.includes(code)]).toEqual([code, id === undefined && code !== 'General']);
  }
  // Locale-dependent ids (14 is the system's short date, 31 a date only in East Asian installations)
  // are spelled out, never referred to by id.
  expect(portableBuiltinId(BUILTIN_NUM_FMTS[14])).toBeUndefined();
  expect(portableBuiltinId(BUILTIN_NUM_FMTS[31])).toBeUndefined();
  expect(styles).not.toMatch(/numFmtId="(14|31)"/);
});

test('ExcelJS reads the same codes from the written file', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(render()) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('S')!;
  const read = CODES.map((_, i) => ws.getCell(i + 1, 1).numFmt ?? 'General');
  expect(read).toEqual(CODES);
});
