/**
 * Test-side reading of .xlsx files with ExcelJS: GridSheets as any host reader produces them
 * (dates as Excel serial numbers, formulas as their cached results), plus direct cell access.
 */
import ExcelJS from 'exceljs';
import type { GridSheet, GridValue } from '@ledger-review/workbook';

export async function loadWorkbook(bytes: Uint8Array | string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof bytes === 'string') await wb.xlsx.readFile(bytes);
  else await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A cell's value as a grid holds it. */
export function gridValue(value: ExcelJS.CellValue): GridValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Math.round((value.getTime() - EXCEL_EPOCH_MS) / 86_400_000);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return gridValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
    if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return null;
}

export function toGridSheets(wb: ExcelJS.Workbook): GridSheet[] {
  return wb.worksheets.map((ws) => {
    const grid: GridValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: GridValue[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells[c - 1] = gridValue(
          cell.type === ExcelJS.ValueType.Formula ? (cell.result as ExcelJS.CellValue) : cell.value,
        );
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      grid[r - 1] = cells;
    });
    for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = [];
    return { name: ws.name, state: ws.state, grid };
  });
}

/** Header label → 1-based column, from the given header row. */
export function columnsOf(ws: ExcelJS.Worksheet, headerRow: number): Map<string, number> {
  const out = new Map<string, number>();
  ws.getRow(headerRow).eachCell((cell, c) => {
    // LibreOffice saves some text as rich text runs (e.g. around an em dash).
    const v = gridValue(cell.value);
    if (typeof v === 'string') out.set(v, c);
  });
  return out;
}

/** The cached result of a formula cell (what a spreadsheet engine computed), or the plain value. */
export function resultOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  // `cell.value` drops falsy results (0, ""): ExcelJS copies only truthy fields; `cell.result` keeps them.
  if (v && typeof v === 'object' && 'formula' in v) return cell.result;
  return v;
}

export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const v = cell.value;
  return v && typeof v === 'object' && 'formula' in v ? (v as ExcelJS.CellFormulaValue).formula : undefined;
}
