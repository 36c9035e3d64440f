import { makeFinding, type Finding, type LedgerField, type RawCell, type RawLedger, type RawLedgerRow } from '@ledger-review/scoring';
import { address, columnLetter, columnNumber, parseAddress } from '../xlsx/a1';
import { cellAt, type GridSheet, type GridValue } from '../sheet/grid';
import { CARRY_SHEET, LEDGER_COLUMNS, LEDGER_HEADER, LEDGER_SHEET } from './layout';
import { readMeta, LEDGER_KIND, META_KEYS, REVIEW_KIND, TEMPLATE_KIND } from '../sheet/meta';
import { findHeaderRow, normaliseLabel, rowIsBlank } from '../sheet/table';

export interface LedgerReadResult {
  /** The ledger as host-neutral raw cells, or null when the workbook is not a readable ledger. */
  raw: RawLedger | null;
  meta: Record<string, string> | null;
  /** Structural findings (also carried in raw.preFindings when raw is not null). */
  findings: Finding[];
}

const LABELS = LEDGER_COLUMNS.map((c) => c.label);

const HEADER_FIELD_BY_LABEL = new Map(LEDGER_HEADER.map((h) => [normaliseLabel(h.label), h.field]));

/** Where a header value is: the cell right of its label, found by text in the rows above the table. */
function findHeaderCells(sheet: GridSheet, lastRow: number): RawLedger['header'] {
  const header: RawLedger['header'] = {};
  const byLabel = HEADER_FIELD_BY_LABEL;
  for (let r = 1; r <= lastRow; r++) {
    const row = sheet.grid[r - 1] ?? [];
    for (let c = 1; c <= row.length; c++) {
      const field = byLabel.get(normaliseLabel(row[c - 1]));
      if (field && !header[field]) {
        const cell: RawCell = { value: cellAt(sheet, r, c + 1), row: r, column: columnLetter(c + 1) };
        // The number format tells a real Excel date from a number that only looks like a serial.
        const numberFormat = sheet.formats?.get(address(r, c + 1));
        if (numberFormat) cell.numberFormat = numberFormat;
        header[field] = cell;
      }
    }
  }
  return header;
}

function mergedOverData(sheet: GridSheet, firstDataRow: number, headerCells: RawLedger['header']): string[] {
  const out: string[] = [];
  for (const m of sheet.merges ?? []) {
    const [a, b] = m.split(':');
    const from = parseAddress(a);
    const to = parseAddress(b ?? a);
    if (to.row >= firstDataRow || coversHeaderValue(headerCells, from, to)) out.push(m);
  }
  return out;
}

/** Whether the range from `from` to `to` holds the cell of a header value. */
function coversHeaderValue(headerCells: RawLedger['header'], from: { row: number; col: number }, to: { row: number; col: number }): boolean {
  for (const cell of Object.values(headerCells)) {
    if (!cell || cell.row < from.row || cell.row > to.row) continue;
    const col = columnNumber(cell.column);
    if (col >= from.col && col <= to.col) return true;
  }
  return false;
}

/** A table column as the reader uses it: its field, 1-based number and whether the unit fills it. */
interface ReadColumn {
  field: LedgerField;
  col: number;
  locked: boolean;
}

/**
 * The number format of each table column, as most of its filled numeric cells carry it: a
 * percent format on 完成进度(%) means a stored 0.8 is 80 (what Excel stores when "80%" is typed).
 */
function columnFormats(
  sheet: GridSheet,
  rows: RawLedger['rows'],
  columns: readonly ReadColumn[],
): NonNullable<RawLedger['columnFormats']> {
  const out: NonNullable<RawLedger['columnFormats']> = {};
  const formats = sheet.formats;
  if (!formats?.size) return out;
  for (const { field, col } of columns) {
    const best = columnFormat(sheet, formats, rows, col);
    if (best) out[field] = best;
  }
  return out;
}

// The per-cell loops below are small functions of their own: the optimising compiler then
// compiles them alone, quickly, instead of all of readLedgerSheets with them inlined (on a cold
// start, compiling was a large part of reading 100 ledgers). A single pass over the formats map
// instead of these look-ups ran faster once compiled, but cost more to compile than it saved.
function columnFormat(sheet: GridSheet, formats: ReadonlyMap<string, string>, rows: RawLedger['rows'], col: number): string | undefined {
  const counts = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i].row;
    if (typeof cellAt(sheet, row, col) !== 'number') continue;
    const f = formats.get(address(row, col));
    if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [f, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = f;
  return best;
}

type FormulaReader = (row: number, col: number, value: GridValue) => unknown;

/** The table's non-blank rows as raw cells; `formulaValue` is null when the sheet has no formula. */
function readTableRows(
  sheet: GridSheet,
  firstRow: number,
  columns: readonly ReadColumn[],
  formulaValue: FormulaReader | null,
): RawLedgerRow[] {
  const rows: RawLedgerRow[] = [];
  const dataCols: number[] = [];
  for (const c of columns) dataCols.push(c.col);
  for (let r = firstRow; r <= sheet.grid.length; r++) {
    // Blank rows (after the table, or between its parts) are not rows of it.
    if (rowIsBlank(sheet, r, dataCols)) continue;
    const cells: RawLedger['rows'][number]['cells'] = {};
    for (let i = 0; i < columns.length; i++) {
      const { field, col, locked } = columns[i];
      const v = cellAt(sheet, r, col);
      cells[field] = locked || !formulaValue ? v : formulaValue(r, col, v);
    }
    rows.push({ row: r, cells });
  }
  return rows;
}

/**
 * Read the 工作台账 sheet of any workbook (ours, or saved by Excel/WPS/LibreOffice) into raw
 * cells for the validator. Labels are found by text; structural problems become findings.
 */
export function readLedgerSheets(sheets: readonly GridSheet[], file: string): LedgerReadResult {
  const findings: Finding[] = [];
  const meta = readMeta(sheets);
  if (meta && meta[META_KEYS.kind] && meta[META_KEYS.kind] !== LEDGER_KIND) {
    const kind = meta[META_KEYS.kind];
    findings.push(
      kind === REVIEW_KIND
        ? makeFinding('workbook-is-review', { quarter: meta[META_KEYS.quarter] ?? '' }, { file })
        : kind === TEMPLATE_KIND
          ? makeFinding('workbook-is-template', {}, { file })
          : makeFinding('workbook-not-ledger', { kind }, { file }),
    );
    return { raw: null, meta, findings };
  }
  let sheet = sheets.find((s) => s.name === LEDGER_SHEET);
  let match = sheet ? findHeaderRow(sheet, LABELS, { minMatches: 3 }) : null;
  if (!sheet || !match) {
    // A renamed sheet still holds the table: find it by its labels.
    for (const s of sheets) {
      if (s.state === 'veryHidden') continue;
      const m = findHeaderRow(s, LABELS, { minMatches: Math.ceil(LABELS.length / 2) });
      if (m) {
        if (s.name !== LEDGER_SHEET) {
          findings.push(makeFinding('sheet-renamed', { expected: LEDGER_SHEET, found: s.name }, { file, sheet: s.name }));
        }
        sheet = s;
        match = m;
        break;
      }
    }
  }
  if (!sheet || !match) {
    // A workbook of blank sheets (a new file saved unfilled) is empty, not some other document.
    const blank = !meta && sheets.every((s) => s.grid.every((row) => row.every((v) => v === null || String(v).trim() === '')));
    findings.push(
      blank
        ? makeFinding('workbook-empty', {}, { file })
        : sheets.some((s) => s.name === LEDGER_SHEET)
          ? // The sheet is there, its table is not (cleared, or the header rows deleted).
            makeFinding('ledger-table-missing', { sheet: LEDGER_SHEET }, { file, sheet: LEDGER_SHEET })
          : meta
            ? makeFinding('sheet-missing', { sheet: LEDGER_SHEET }, { file, sheet: LEDGER_SHEET })
            : makeFinding('workbook-not-ledger', { kind: '' }, { file }),
    );
    return { raw: null, meta, findings };
  }
  const sheetName = sheet.name;
  const headerRow = match.row;
  for (const label of match.missing) {
    const expectedCol = LEDGER_COLUMNS.findIndex((c) => c.label === label) + 1;
    findings.push(
      makeFinding(
        'column-missing',
        { label, expectedColumn: columnLetter(expectedCol), found: String(cellAt(sheet, headerRow, expectedCol) ?? '') },
        { file, sheet: sheetName, row: headerRow, column: columnLetter(expectedCol) },
      ),
    );
  }
  if (!match.inOrder) {
    // Name the first column found away from its template position, so the office knows what moved.
    const moved = LEDGER_COLUMNS.map((c, i) => ({ label: c.label, expected: i + 1, found: match!.columns.get(c.label) })).find(
      (c) => c.found !== undefined && c.found !== c.expected,
    );
    const params = moved ? { label: moved.label, expectedColumn: columnLetter(moved.expected), foundColumn: columnLetter(moved.found as number) } : {};
    const column = moved ? columnLetter(moved.found as number) : 'A';
    findings.push(makeFinding('column-reordered', params, { file, sheet: sheetName, row: headerRow, column }));
  }
  const columns: RawLedger['columns'] = {};
  const colOf = new Map<LedgerField, number>();
  for (const c of LEDGER_COLUMNS) {
    const n = match.columns.get(c.label);
    if (n) {
      columns[c.field] = columnLetter(n);
      colOf.set(c.field, n);
    }
  }
  const header = findHeaderCells(sheet, headerRow - 1);
  for (const m of mergedOverData(sheet, headerRow + 1, header)) {
    const from = parseAddress(m.split(':')[0]);
    findings.push(makeFinding('merged-cells', { range: m }, { file, sheet: sheetName, row: from.row, column: columnLetter(from.col) }));
  }

  // Formulas in cells the unit fills: a cached value is used (warning), none means no value (error).
  const formulaValue = (row: number, col: number, value: unknown): unknown => {
    const f = sheet!.formulas?.get(address(row, col));
    if (!f) return value;
    const loc = { file, sheet: sheetName, row, column: columnLetter(col) };
    if (f.cached) {
      findings.push(makeFinding('formula-cached-result', { formula: f.formula, value: String(value ?? '') }, loc));
      return value;
    }
    findings.push(makeFinding('formula-no-result', { formula: f.formula }, loc));
    return null;
  };
  for (const cell of Object.values(header)) {
    if (cell) cell.value = formulaValue(cell.row, columnNumber(cell.column), cell.value);
  }

  const readColumns: ReadColumn[] = [];
  for (const [field, col] of colOf) readColumns.push({ field, col, locked: !!LEDGER_COLUMNS.find((d) => d.field === field)?.locked });
  // Most sheets have no formula at all: then no cell needs an address looked up.
  const rows = readTableRows(sheet, headerRow + 1, readColumns, sheet.formulas?.size ? formulaValue : null);

  // 沿用上月: what the issued ledger pre-filled, at the positions the writer used (plain values only).
  const carrySheet = sheets.find((s) => s.name === CARRY_SHEET);
  const carryColumns: ReadColumn[] = [];
  LEDGER_COLUMNS.forEach((c, i) => c.locked || carryColumns.push({ field: c.field, col: i + 1, locked: false }));
  const carried = carrySheet ? readTableRows(carrySheet, headerRow + 1, carryColumns, null) : [];

  const raw: RawLedger = {
    file,
    sheet: sheetName,
    ...(carried.length ? { carried } : {}),
    header,
    columnFormats: columnFormats(sheet, rows, readColumns),
    meta: meta
      ? {
          templateVersion: meta[META_KEYS.templateVersion] || undefined,
          unitCode: meta[META_KEYS.unitCode] || undefined,
          month: meta[META_KEYS.month] || undefined,
          fingerprint: meta[META_KEYS.fingerprint] || undefined,
        }
      : undefined,
    columns,
    rows,
    preFindings: findings,
  };
  return { raw, meta, findings };
}
