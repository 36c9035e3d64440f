import { excelSerial, isIsoDate } from '@ledger-review/scoring';
import { columnLetter } from '../xlsx/a1';
import type { CellPlan, CellStyle, SheetPlan } from '../sheet/plan';
import { FIRST_DATA_ROW, HEADER_ROW, NOTE_ROW, TITLE_ROW, type ReviewColumn } from './layout';

/**
 * The same cell as plan/types' `text()`, built without an object spread when there is nothing
 * extra: a review writes several hundred thousand text cells, and the spread's generic property
 * copy was the plan builder's single largest cost.
 */
export function text(value: string | null | undefined, style?: CellStyle, extra?: Partial<CellPlan>): CellPlan {
  const cell: CellPlan = { value: value ?? '', numFmt: '@', style };
  return extra ? Object.assign(cell, extra) : cell;
}

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
    for (let i = 0; i < cells.length; i++) this.put(row, i + 1, cells[i]);
  }

  /**
   * Rows from `firstRow` on, each from column 1, as `putRow` would write them. A row that starts a
   * new line of the grid is taken as it is, not copied: the table sheets write tens of thousands
   * of rows, and every copy is memory the garbage collector has to move.
   */
  putRows(firstRow: number, body: (CellPlan | null)[][]): void {
    if (body.length === 0) return;
    while (this.rows.length < firstRow - 1) this.rows.push([]);
    for (let i = 0; i < body.length; i++) {
      const at = firstRow - 1 + i;
      if (at < this.rows.length) this.putRow(at + 1, body[i]);
      else this.rows.push(body[i]);
    }
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
  extra?: Partial<CellPlan>,
): CellPlan {
  if (value && isIsoDate(value)) {
    const cell: CellPlan = { value: excelSerial(value), numFmt: 'yyyy-mm-dd', style };
    return extra ? Object.assign(cell, extra) : cell;
  }
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

/**
 * Identical cells shared within a sheet: the unit, period, indicator and area columns repeat on
 * every row of 指标得分 and 台账汇总 (tens of thousands of rows), and building a review was spent
 * mostly in the garbage collector moving those copies. Shared cells are frozen, so a host that
 * tried to edit one in place (rather than replace it, as demo/planEdits does) fails loudly
 * instead of changing every row at once.
 *
 * One cache per column style, each a single map look-up: the row loops call these at many
 * places, and the optimising compiler copies each call's code into the loop.
 */

/** `text(value, style)` (with `wrap: true` when `wrap` is set), shared by value. */
export function sharedText(style?: CellStyle, wrap = false): (value: string | null | undefined) => CellPlan {
  const cells = new Map<string, CellPlan>();
  return (value) => {
    const v = value ?? '';
    let cell = cells.get(v);
    if (!cell) {
      cell = Object.freeze(wrap ? text(v, style, { wrap: true }) : text(v, style));
      cells.set(v, cell);
    }
    return cell;
  };
}

/**
 * The same cells for text people typed (mostly different on every row): only the blank cell
 * is shared, so the cache does not hold every text of the table.
 */
export function sharedBlankText(style?: CellStyle, wrap = false): (value: string | null | undefined) => CellPlan {
  const blank = sharedText(style, wrap)('');
  return (value) => (!value ? blank : wrap ? text(value, style, { wrap: true }) : text(value, style));
}

/** `numberCell(value, numFmt, style)`, shared by value. */
export function sharedNumber(numFmt = 'General', style: CellStyle = 'number'): (value: number | null | undefined) => CellPlan {
  const cells = new Map<number | null, CellPlan>();
  return (value) => {
    const v = value ?? null;
    // A map treats -0 as 0; keep the sign by not sharing it.
    if (v !== null && Object.is(v, -0)) return numberCell(v, numFmt, style);
    let cell = cells.get(v);
    if (!cell) {
      cell = Object.freeze(numberCell(v, numFmt, style));
      cells.set(v, cell);
    }
    return cell;
  };
}

/**
 * A formula that differs from row to row only by its row number, e.g. `IF(ISNUMBER(H{r}),H{r},0)`:
 * the text is split once and joined around each row number, giving one flat string per cell
 * instead of a chain of concatenations kept alive in the plan.
 */
export function rowFormula(template: string): (row: number) => string {
  const parts = template.split(ROW_MARK);
  if (parts.length === 1) return () => template;
  return (row) => parts.join(String(row));
}

/** The row placeholder of {@link rowFormula}. */
export const ROW_MARK = '{r}';

/** A column the office types in: unlocked, white, written as text (never as a formula). */
export const handCell = (value: string | undefined, extra: Partial<CellPlan> = {}): CellPlan =>
  text(value ?? '', 'input', { unlocked: true, wrap: true, ...extra });

export interface TableSheetArgs {
  name: string;
  title: string;
  note: string;
  columns: readonly ReviewColumn[];
  /** Data rows, written from {@link FIRST_DATA_ROW}; the arrays become the sheet's rows (not copied). */
  body: (CellPlan | null)[][];
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
  grid.putRows(FIRST_DATA_ROW, args.body);
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
