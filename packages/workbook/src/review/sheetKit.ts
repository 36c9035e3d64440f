import { isIsoDate } from '@ledger-review/scoring';
import { columnLetter } from '../plan/a1';
import { excelSerial } from '../plan/excelDate';
import { text, type CellPlan, type CellStyle, type SheetPlan } from '../plan/types';
import { FIRST_DATA_ROW, HEADER_ROW, NOTE_ROW, TITLE_ROW, type ReviewColumn } from './layout';

/** Row-by-row construction of a sheet's dense grid (1-based rows and columns). */
export class GridBuilder {
  readonly rows: (CellPlan | null)[][] = [];

  put(row: number, col: number, cell: CellPlan | null): void {
    while (this.rows.length < row) this.rows.push([]);
    const r = this.rows[row - 1];
    while (r.length < col) r.push(null);
    r[col - 1] = cell;
  }

  /** Writes cells from column 1 of the given row. */
  putRow(row: number, cells: readonly (CellPlan | null)[]): void {
    cells.forEach((c, i) => this.put(row, i + 1, c));
  }

  get rowCount(): number {
    return this.rows.length;
  }
}

export const headerCells = (columns: readonly ReviewColumn[]): CellPlan[] =>
  columns.map((c) => text(c.label, 'header'));

/** A date the library or the office gave as ISO, written as a real Excel date; anything else stays text. */
export function dateCell(
  value: string | null | undefined,
  style: CellStyle = 'number',
  extra: Partial<CellPlan> = {},
): CellPlan {
  if (value && isIsoDate(value)) return { value: excelSerial(value), numFmt: 'yyyy-mm-dd', style, ...extra };
  return text(value ?? '', style, extra);
}

export const numberCell = (
  value: number | null | undefined,
  numFmt = 'General',
  style: CellStyle = 'number',
): CellPlan => ({
  value: value ?? null,
  numFmt,
  style,
});

/** A column the office types in: unlocked, white, written as text (never as a formula). */
export const handCell = (value: string | undefined, extra: Partial<CellPlan> = {}): CellPlan =>
  text(value ?? '', 'input', { unlocked: true, wrap: true, ...extra });

export interface TableSheetArgs {
  name: string;
  title: string;
  note: string;
  columns: readonly ReviewColumn[];
  /** Data rows, written from {@link FIRST_DATA_ROW}. */
  body: readonly (readonly (CellPlan | null)[])[];
  freezeColumns?: number;
  tabColor?: string;
}

/**
 * The common shape of the review's table sheets: title, note, one header row, data, autoFilter
 * over the table, header frozen, A4 landscape with the header repeated on every page.
 */
export function tableSheet(args: TableSheetArgs): SheetPlan {
  const grid = new GridBuilder();
  const last = columnLetter(args.columns.length);
  grid.put(TITLE_ROW, 1, text(args.title, 'title'));
  grid.put(NOTE_ROW, 1, text(args.note, 'note', { wrap: true }));
  grid.putRow(HEADER_ROW, headerCells(args.columns));
  args.body.forEach((cells, i) => grid.putRow(FIRST_DATA_ROW + i, cells));
  const lastRow = Math.max(HEADER_ROW, FIRST_DATA_ROW + args.body.length - 1);
  return {
    name: args.name,
    rows: grid.rows,
    columns: args.columns.map((c) => ({ width: c.width })),
    merges: [`A${TITLE_ROW}:${last}${TITLE_ROW}`, `A${NOTE_ROW}:${last}${NOTE_ROW}`],
    freeze: { rows: HEADER_ROW, columns: args.freezeColumns ?? 0 },
    autoFilter: `A${HEADER_ROW}:${last}${lastRow}`,
    print: printLandscape(),
    tabColor: args.tabColor,
  };
}

export const printLandscape = () => ({
  landscape: true,
  titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
  fitToWidth: true,
});

/** An absolute column range of data rows, e.g. `$J$4:$J$120` (at least one row, so formulas stay valid). */
export function columnRange(col: number, firstRow: number, lastRow: number): string {
  const letter = columnLetter(col);
  return `$${letter}$${firstRow}:$${letter}$${Math.max(firstRow, lastRow)}`;
}

/** A quoted string literal for a formula: `"a""b"`. */
export const formulaString = (s: string) => `"${s.replace(/"/g, '""')}"`;
