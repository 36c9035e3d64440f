import { isDateFormat } from '@ledger-review/scoring';
import type { GridSheet } from '../sheet/grid';
import { parseAddress } from './a1';
import { readWorkbook } from './reader';
import type { ReadOptions } from './reader/types';

/** Days from 1899-12-30 (the 1900 date system's day 0) to 1904-01-01 (the 1904 system's). */
const DAYS_1900_TO_1904 = 1462;

/**
 * Read an untrusted .xlsx into host-neutral grids with the .xlsx reader (bounded sizes, nothing
 * evaluated). Throws WorkbookReadError, whose `code` is a validation rule code.
 *
 * Dates come in the 1900 date system whatever the workbook uses: a workbook saved with the 1904
 * system (Excel for Mac of old, some WPS files) counts its serials from 1904-01-01, and read as
 * they are its 填报日期 would be four years early. Cells shown as dates are moved to the 1900
 * system, so everything downstream reads one calendar.
 */
export function readGrids(bytes: Uint8Array, options?: ReadOptions): GridSheet[] {
  // A GridSheet carries formulas and formats, not the reader's LeanCell per cell.
  const book = readWorkbook(bytes, { cellDetails: false, ...options });
  if (book.date1904) {
    for (const sheet of book.sheets) {
      for (const [ref, format] of sheet.formats) {
        if (!isDateFormat(format)) continue;
        const { row, col } = parseAddress(ref);
        const value = sheet.grid[row - 1]?.[col - 1];
        if (typeof value !== 'number') continue;
        sheet.grid[row - 1][col - 1] = value + DAYS_1900_TO_1904;
        const cell = sheet.cells.get(ref);
        if (cell) cell.v = value + DAYS_1900_TO_1904;
      }
    }
  }
  return book.sheets;
}
