/**
 * A recording HostOps over an in-memory workbook of GridSheets, for the task pane's view tests:
 * it behaves as src/office/types.ts documents the Excel host (reads without names skip the
 * 校验标记 sheet; reads with names return those that exist, in the order given; writes report
 * progress and honour an abort signal) and lets a test edit cells and fire Office's events.
 */
import type { GridSheet, GridValue, WorkbookPlan } from '@ledger-review/workbook';
import { HostError } from '../../src/office/errors';
import type {
  HostOps,
  LedgerChange,
  LedgerMarks,
  TableRead,
  Unsubscribe,
  WriteOptions,
  WriteResult,
} from '../../src/office/types';

export interface FakeCall {
  op: 'read' | 'tables' | 'marks' | 'select' | 'write' | 'subscribe' | 'unsubscribe';
  args: unknown;
}

/** A sheet of the fake's open workbook: the test types into it as the user would. */
export type EditableSheet = Omit<GridSheet, 'grid'> & { grid: GridValue[][] };

export class FakeHost implements HostOps {
  readonly calls: FakeCall[] = [];
  missing: string[] = [];
  /** Makes the next call of that kind reject with this error. */
  failNext: Partial<Record<FakeCall['op'], unknown>> = {};
  /** Resolves writes only when the test says so (to test cancel and overlapping requests). */
  holdWrites = false;
  private releaseWrite: (() => void) | null = null;
  changeListener: ((change: LedgerChange) => void) | null = null;
  activatedListener: (() => void) | null = null;
  selectionListener: ((change: { sheetName: string; address: string }) => void) | null = null;

  readonly sheets: EditableSheet[];

  constructor(sheets: readonly GridSheet[]) {
    this.sheets = sheets.map((s) => ({ ...s, grid: s.grid.map((r) => [...r]) }));
  }

  count(op: FakeCall['op']): number {
    return this.calls.filter((c) => c.op === op).length;
  }

  private maybeFail(op: FakeCall['op']): void {
    if (op in this.failNext) {
      const err = this.failNext[op];
      delete this.failNext[op];
      throw err;
    }
  }

  async readWorkbookGrids(names?: string[]): Promise<GridSheet[]> {
    this.calls.push({ op: 'read', args: names ?? null });
    this.maybeFail('read');
    const copy = (s: GridSheet): GridSheet => ({ ...s, grid: s.grid.map((r) => [...r]) });
    if (!names) return this.sheets.filter((s) => s.name !== '校验标记').map(copy);
    return names.flatMap((n) => this.sheets.filter((s) => s.name === n)).map(copy);
  }

  async listSheetNames(): Promise<string[]> {
    this.calls.push({ op: 'read', args: 'list' });
    this.maybeFail('read');
    return this.sheets.map((s) => s.name);
  }

  /** As the Excel host does with a search: header rows and the asked-for columns, the rest empty. */
  async readTables(reads: readonly TableRead[]): Promise<GridSheet[]> {
    this.calls.push({ op: 'tables', args: reads.map((r) => r.sheet) });
    this.maybeFail('tables');
    const text = (v: GridValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());
    return reads.flatMap((read) => {
      const sheet = this.sheets.find((s) => s.name === read.sheet);
      if (!sheet) return [];
      if (read.whole || !read.keyLabel) return [{ ...sheet, grid: sheet.grid.map((r) => [...r]) }];
      const pattern = read.labelPattern ? new RegExp(read.labelPattern) : null;
      const wanted = (label: string) =>
        !!label && (label === read.keyLabel || !!read.labels?.includes(label) || !!pattern?.test(label));
      const grid: GridValue[][] = sheet.grid.map((r) => r.map(() => null));
      let columns: number[] = [];
      sheet.grid.forEach((row, r) => {
        if (row.some((v) => text(v) === read.keyLabel)) {
          grid[r] = [...row];
          columns = row.map((v, c) => (wanted(text(v)) ? c : -1)).filter((c) => c >= 0);
        } else for (const c of columns) grid[r][c] = row[c] ?? null;
      });
      return [{ ...sheet, grid }];
    });
  }

  /** As the Excel host does: the 校验标记 sheet's contents become the marks (created if missing). */
  async writeMarks(marks: LedgerMarks): Promise<void> {
    this.calls.push({ op: 'marks', args: marks });
    this.maybeFail('marks');
    let sheet = this.sheets.find((s) => s.name === '校验标记');
    if (!sheet) this.sheets.push((sheet = { name: '校验标记', state: 'veryHidden', grid: [] }));
    sheet.grid = Array.from({ length: marks.rows }, () => new Array<GridValue>(marks.cols).fill(null));
    for (const c of marks.cells)
      if (sheet.grid[c.row - 1][c.col - 1] !== 'E') sheet.grid[c.row - 1][c.col - 1] = c.mark;
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.calls.push({ op: 'select', args: { sheet, address } });
    this.maybeFail('select');
  }

  async writeWorkbookPlan(plan: WorkbookPlan, options: WriteOptions = {}): Promise<WriteResult> {
    this.calls.push({ op: 'write', args: plan });
    this.maybeFail('write');
    let cells = 0;
    for (const [i, sheet] of plan.sheets.entries()) {
      if (options.signal?.aborted) throw new HostError('aborted');
      if (this.holdWrites) await new Promise<void>((resolve) => (this.releaseWrite = resolve));
      if (options.signal?.aborted) throw new HostError('aborted');
      const total = sheet.rows.reduce((n, r) => n + r.filter(Boolean).length, 0);
      cells += total;
      options.onProgress?.({
        sheetName: sheet.name,
        sheetIndex: i + 1,
        sheetCount: plan.sheets.length,
        cellsWritten: total,
        cellsTotal: total,
      });
    }
    return { sheetsWritten: plan.sheets.map((s) => s.name), cellsWritten: cells, skipped: [] };
  }

  /** Lets a held write go on to its next sheet. */
  release(): void {
    const r = this.releaseWrite;
    this.releaseWrite = null;
    r?.();
  }

  async onLedgerChanged(callback: (change: LedgerChange) => void): Promise<Unsubscribe> {
    this.calls.push({ op: 'subscribe', args: 'changed' });
    this.maybeFail('subscribe');
    this.changeListener = callback;
    return async () => {
      this.calls.push({ op: 'unsubscribe', args: 'changed' });
      this.changeListener = null;
    };
  }

  async onActivated(callback: () => void): Promise<Unsubscribe> {
    this.calls.push({ op: 'subscribe', args: 'activated' });
    this.activatedListener = callback;
    return async () => {
      this.calls.push({ op: 'unsubscribe', args: 'activated' });
      this.activatedListener = null;
    };
  }

  async onLedgerSelection(
    callback: (change: { sheetName: string; address: string }) => void,
  ): Promise<Unsubscribe> {
    this.calls.push({ op: 'subscribe', args: 'selection' });
    this.selectionListener = callback;
    return async () => {
      this.calls.push({ op: 'unsubscribe', args: 'selection' });
      this.selectionListener = null;
    };
  }

  fireSelection(address: string): void {
    this.selectionListener?.({ sheetName: '工作台账', address });
  }

  /** Types a value into a cell, as the unit would (1-based row, column letter(s)). */
  edit(sheetName: string, a1: string, value: GridValue): void {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!m) throw new Error(a1);
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    const sheet = this.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(sheetName);
    while (sheet.grid.length < row) sheet.grid.push([]);
    const r = sheet.grid[row - 1];
    while (r.length < col) r.push(null);
    r[col - 1] = value;
  }

  fireChange(change: Partial<LedgerChange> & { address: string }): void {
    this.changeListener?.({ sheetName: '工作台账', changeType: 'RangeEdited', source: 'Local', ...change });
  }

  fireActivated(): void {
    this.activatedListener?.();
  }
}
