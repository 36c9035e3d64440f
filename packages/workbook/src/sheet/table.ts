import type { GridSheet, GridValue } from './grid';

// Any character the replacements below touch; most cells have none and are returned as they are.
const LABEL_NOISE_RE = /[\s（）％:：*＊]/;

/** Label text as people retype it: spaces, full-width brackets and colons do not matter. */
export function normaliseLabel(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  if (!LABEL_NOISE_RE.test(s)) return s;
  return s
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/％/g, '%')
    .replace(/[:：*＊]+$/g, '');
}

export interface HeaderMatch {
  /** 1-based row of the header. */
  row: number;
  /** label → 1-based column. */
  columns: Map<string, number>;
  missing: string[];
  /** Whether the found labels appear in the expected order. */
  inOrder: boolean;
  /** Labels found in the row that are not expected (ignored). */
  extra: Array<{ label: string; col: number }>;
}

/**
 * Find the table header row: the first row among the first `maxScan` rows containing at least
 * `minMatches` of the expected labels. Columns are then mapped by label, so a reordered table
 * still reads.
 */
export function findHeaderRow(
  sheet: GridSheet,
  labels: readonly string[],
  options: { maxScan?: number; minMatches?: number } = {},
): HeaderMatch | null {
  const wanted = new Map(labels.map((l) => [normaliseLabel(l), l]));
  const maxScan = Math.min(options.maxScan ?? 30, sheet.grid.length);
  const minMatches = options.minMatches ?? Math.max(2, Math.ceil(labels.length / 2));
  for (let r = 0; r < maxScan; r++) {
    const row = sheet.grid[r] ?? [];
    const columns = new Map<string, number>();
    const extra: Array<{ label: string; col: number }> = [];
    row.forEach((v, c) => {
      const key = normaliseLabel(v);
      if (!key) return;
      const label = wanted.get(key);
      if (label && !columns.has(label)) columns.set(label, c + 1);
      else if (!label) extra.push({ label: String(v), col: c + 1 });
    });
    if (columns.size >= minMatches) {
      // In order: the labels found stand left to right as listed (loops, not array chains: see
      // the reader's note on elements kinds).
      let inOrder = true;
      let last = 0;
      const missing: string[] = [];
      for (const l of labels) {
        const c = columns.get(l);
        if (c === undefined) missing.push(l);
        else {
          if (c <= last) inOrder = false;
          last = c;
        }
      }
      return { row: r + 1, columns, missing, inOrder, extra };
    }
  }
  return null;
}

/** Whether every cell of a row (at the given columns) is empty. */
export function rowIsBlank(sheet: GridSheet, row: number, cols: Iterable<number>): boolean {
  const r = sheet.grid[row - 1];
  if (!r) return true;
  for (const c of cols) {
    const v = r[c - 1];
    if (v !== null && v !== undefined && String(v).trim() !== '') return false;
  }
  return true;
}

/**
 * A cell of a workbook read back, as text: a number as the spreadsheet shows it (15 significant
 * digits, so 0.1+0.2 is `0.3`), a boolean as TRUE/FALSE, text trimmed, an empty cell as ''.
 */
export function cellText(v: GridValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v.trim();
}

/** A header row found by its labels: the row and each label's column (both 1-based). */
export interface LabelledHeader {
  row: number;
  cols: Map<string, number>;
}

/**
 * Every row whose cells hold all the labels, in sheet order (a sheet may hold several tables, as
 * 点评结果 does). Written labels are matched exactly, after trimming: these are the tool's own
 * workbooks read back, whose columns the office may move but not rename.
 */
export function findHeaders(sheet: GridSheet, required: readonly string[]): LabelledHeader[] {
  const out: LabelledHeader[] = [];
  sheet.grid.forEach((cells, i) => {
    if (!cells) return;
    const cols = new Map<string, number>();
    cells.forEach((v, c) => {
      const t = cellText(v);
      if (t && !cols.has(t)) cols.set(t, c + 1);
    });
    if (required.every((l) => cols.has(l))) out.push({ row: i + 1, cols });
  });
  return out;
}

/** A sheet by name; a name the office padded with spaces still finds it. */
export function sheetNamed(sheets: readonly GridSheet[], name: string): GridSheet | undefined {
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.trim() === name);
}
