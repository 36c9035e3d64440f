/**
 * The quick workbook read behind the picked-file list. This module (and ExcelJS with it) is
 * only ever loaded through `loadXlsxReader()`, a dynamic import that webpack emits as a separate
 * chunk, so the task pane's first paint does not pay for the xlsx library.
 */
import ExcelJS from 'exceljs';
import type { SheetSummary } from './pickedFiles';

/** Sheet names and sizes of an .xlsx file. Rejects when the bytes are not a readable workbook. */
export async function summariseWorkbook(data: ArrayBuffer): Promise<SheetSummary[]> {
  const workbook = new ExcelJS.Workbook();
  // Data validations are expanded cell by cell on read (TOOLCHAIN.md); the summary needs none.
  // ExcelJS types `load` as taking its Buffer type; its browser build (JSZip) takes an ArrayBuffer.
  const bytes = data as unknown as Parameters<ExcelJS.Xlsx['load']>[0];
  await workbook.xlsx.load(bytes, { ignoreNodes: ['dataValidations'] });
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.actualRowCount,
    columns: sheet.actualColumnCount,
    state: sheet.state === 'hidden' ? 'hidden' : sheet.state === 'veryHidden' ? 'veryHidden' : 'visible',
  }));
}
