import { isoDate } from '@ledger-review/scoring';
import type { Engine } from '../../engine/load';
import type { LedgerCheck } from '@ledger-review/workbook';
import { isHostError } from '../../office/errors';
import type { HostOps, LedgerChange, LedgerMarks, Unsubscribe } from '../../office/types';

/**
 * Live validation of the unit's ledger inside Excel, kept out of React so its timing rules are
 * testable with a fake host and fake timers:
 *
 * - a check re-reads the workbook and re-validates the whole ledger (validation of a 300-row
 *   ledger takes about a millisecond, so a fresh full read beats patching earlier results);
 * - edits (`onLedgerChanged`, a hint only) are debounced; one edit costs at most two host round
 *   trips: one read of the ledger and metadata sheets, one write of the marks;
 * - checks never overlap: a request during a check runs once more after it (coalesced);
 * - the marks are written as a full set, but only when they differ from what the workbook's
 *   校验标记 sheet already holds (read on every full check): an Office.js write either clears
 *   Excel's undo history or, from ExcelApi 1.20, lands on the user's undo stack, so opening the
 *   pane on a ledger whose marks are right writes nothing, and typing through cells that stay
 *   valid writes nothing either;
 * - Excel holds a check while the unit is typing in a cell (delayForCellEdit), and where it
 *   refuses instead, the check is tried again quietly: typing is normal, not an error;
 * - Excel on the web raises no onChanged for a value picked from a dropdown (完成状态), so
 *   leaving a cell of a dropdown column is treated as a possible edit too.
 */

export type LiveState = 'off' | 'on' | 'unavailable' | 'failed';

export interface WatcherState {
  checking: boolean;
  check: LedgerCheck | null;
  /** Why the last check failed (a HostError or anything else), or null. */
  error: unknown;
  /** Why writing the highlight marks failed, or null. */
  marksError: unknown;
  /** Why live validation could not be switched on (kept apart: checks clear `error`). */
  liveError: unknown;
  live: LiveState;
  lastChange: LedgerChange | null;
  /** Completed checks so far. */
  checks: number;
  /** A check is waiting for the unit to finish typing in a cell (not an error). */
  waiting?: boolean;
}

export const INITIAL_WATCHER_STATE: WatcherState = {
  checking: false,
  check: null,
  error: null,
  marksError: null,
  liveError: null,
  live: 'off',
  lastChange: null,
  checks: 0,
};

/** Header labels of the ledger columns that have an in-cell dropdown (data-validation lists). */
export const DROPDOWN_LABELS: readonly string[] = ['完成状态'];

/** The marked cells of a marks grid or plan, as one comparable string (the region size aside). */
export function markedCells(cells: ReadonlyArray<{ row: number; col: number; mark: string }>): string {
  return [...cells]
    .filter((c) => c.mark === 'E' || c.mark === 'W')
    .map((c) => `${c.row},${c.col}${c.mark}`)
    .sort()
    .join(';');
}

function gridMarks(grid: ReadonlyArray<readonly unknown[]>): string {
  const cells: Array<{ row: number; col: number; mark: string }> = [];
  grid.forEach((line, r) =>
    line?.forEach((v, c) => cells.push({ row: r + 1, col: c + 1, mark: String(v ?? '') })),
  );
  return markedCells(cells);
}

/** 1-based column numbers whose header (in the first rows) is one of `labels`. */
function columnsLabelled(grid: ReadonlyArray<readonly unknown[]>, labels: readonly string[]): Set<number> {
  const out = new Set<number>();
  grid.slice(0, 12).forEach((line) =>
    line?.forEach((v, c) => {
      if (typeof v === 'string' && labels.includes(v.trim())) out.add(c + 1);
    }),
  );
  return out;
}

function columnOfAddress(address: string): number {
  const m = /^(?:.*!)?\$?([A-Za-z]+)/.exec(address);
  if (!m) return 0;
  return [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** The engine functions the watcher uses (the real engine, or the same module in tests). */
export type WatcherEngine = Pick<
  Engine,
  'checkLedgerWorkbook' | 'defaultReviewContext' | 'META_SHEET' | 'MARKS_SHEET' | 'CARRY_SHEET'
>;

export interface WatcherDeps {
  ops: HostOps;
  engine: () => Promise<WatcherEngine>;
  /** The host supports `onLedgerChanged` (ExcelApi 1.7). */
  liveSupported: boolean;
  onState: (state: WatcherState) => void;
  /** Wait after the last edit before checking; 400 ms lets a paste or fill settle. */
  debounceMs?: number;
}

type Request = 'none' | 'partial' | 'full' | 'full-write';
const RANK: Record<Request, number> = { none: 0, partial: 1, full: 2, 'full-write': 3 };

export const LIVE_DEBOUNCE_MS = 400;

/** The local calendar day of `d`, ISO (the day a 填报日期 must not be after). */
const localIsoDate = (d: Date) => isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());

export function marksSignature(sheet: string, marks: LedgerMarks): string {
  return `${sheet}\u0000${marks.rows}x${marks.cols}\u0000${marks.cells.map((c) => `${c.row},${c.col}${c.mark}`).join(';')}`;
}

export class LedgerWatcher {
  private state: WatcherState = INITIAL_WATCHER_STATE;
  private readonly debounceMs: number;
  private context: ReturnType<WatcherEngine['defaultReviewContext']> | undefined;
  /** From the last full read: where the ledger is and which helper sheets exist. */
  private ledgerSheet: string | null = null;
  private metaPresent = false;
  private carryPresent = false;
  private marksSheetPresent = false;
  private lastMarks: string | null = null;
  /** The marked cells the workbook's 校验标记 sheet holds, as far as known (null: unknown). */
  private workbookMarks: string | null = null;
  /** Columns of the ledger with a dropdown, and the cell the unit last selected. */
  private dropdownColumns = new Set<number>();
  private lastSelected: string | null = null;
  private selectionOff: Unsubscribe | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private pending: Request = 'none';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private changeOff: Unsubscribe | null = null;
  private activatedOff: Unsubscribe | null = null;
  private disposed = false;
  /** 校验标记 and 元数据, known once the engine is loaded (the first check loads it). */
  private helperSheets = new Set<string>();

  constructor(private readonly deps: WatcherDeps) {
    this.debounceMs = deps.debounceMs ?? LIVE_DEBOUNCE_MS;
    if (!deps.liveSupported) this.state = { ...this.state, live: 'unavailable' };
  }

  get current(): WatcherState {
    return this.state;
  }

  /** First check, live validation on (where supported), re-check whenever the sheet is activated. */
  async start(): Promise<void> {
    const first = this.validateNow();
    const live = this.deps.liveSupported ? this.setLive(true) : Promise.resolve();
    const selection = this.deps.liveSupported
      ? this.deps.ops
          .onLedgerSelection((change) => this.handleSelection(change.address))
          .then((off) => {
            if (this.disposed) void off().catch(() => undefined);
            else this.selectionOff = off;
          })
          // Without selection events, dropdown picks on the web wait for the next edit or the button.
          .catch(() => undefined)
      : Promise.resolve();
    const activated = this.deps.ops
      // The ledger and its metadata, not the whole workbook, on every sheet switch (a full read
      // only if the ledger sheet is gone).
      .onActivated(() => void this.request('partial'))
      .then((off) => {
        if (this.disposed) void off().catch(() => undefined);
        else this.activatedOff = off;
      })
      // Without activation events the unit still has live edits and the 校验台账 button.
      .catch(() => undefined);
    await Promise.all([first, live, activated, selection]);
  }

  /** 校验台账: a full read, a check, and the marks written even if unchanged. */
  validateNow(): Promise<void> {
    return this.request('full-write');
  }

  async setLive(on: boolean): Promise<void> {
    if (!this.deps.liveSupported || this.disposed) return;
    if (!on) {
      const off = this.changeOff;
      this.changeOff = null;
      clearTimeout(this.timer);
      this.emit({ live: 'off' });
      if (off) await off().catch(() => undefined);
      return;
    }
    if (this.changeOff) return;
    try {
      const off = await this.deps.ops.onLedgerChanged((change) => this.handleChange(change));
      if (this.disposed) {
        await off().catch(() => undefined);
        return;
      }
      this.changeOff = off;
      this.emit({ live: 'on', liveError: null });
    } catch (err) {
      this.emit({ live: 'failed', liveError: err });
    }
  }

  /** Activate the finding's cell in Excel. */
  async select(sheet: string, address: string): Promise<void> {
    try {
      await this.deps.ops.selectCell(sheet, address);
    } catch (err) {
      this.emit({ error: err });
    }
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    clearTimeout(this.timer);
    clearTimeout(this.retryTimer);
    const offs = [this.changeOff, this.activatedOff, this.selectionOff];
    this.changeOff = this.activatedOff = this.selectionOff = null;
    await Promise.all(offs.map((off) => (off ? off().catch(() => undefined) : undefined)));
  }

  private handleChange(change: LedgerChange): void {
    if (this.disposed) return;
    // Our own writes to the hidden sheets must not start another round.
    if (this.helperSheets.has(change.sheetName)) return;
    this.emit({ lastChange: change });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.request('partial'), this.debounceMs);
  }

  /** Leaving a cell of a dropdown column may follow a dropdown pick Excel did not report. */
  private handleSelection(address: string): void {
    if (this.disposed || !this.changeOff) return;
    const left = this.lastSelected;
    this.lastSelected = address;
    if (left === null || left === address || !this.dropdownColumns.has(columnOfAddress(left))) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.request('partial'), this.debounceMs);
  }

  private request(kind: Request): Promise<void> {
    if (RANK[kind] > RANK[this.pending]) this.pending = kind;
    this.running ??= this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    while (this.pending !== 'none' && !this.disposed) {
      const kind = this.pending;
      this.pending = 'none';
      await this.checkOnce(kind);
    }
  }

  private async checkOnce(kind: Request): Promise<void> {
    this.emit({ checking: true });
    try {
      const engine = await this.deps.engine();
      this.context ??= engine.defaultReviewContext();
      this.helperSheets = new Set([engine.MARKS_SHEET, engine.META_SHEET]);
      const full = kind !== 'partial' || !this.ledgerSheet;
      const sheets = await this.read(engine, full);
      if (this.disposed) return;
      const check = engine.checkLedgerWorkbook(sheets, '', {
        ...this.context,
        asOf: localIsoDate(new Date()),
      });
      if (full || !sheets.some((s) => s.name === this.ledgerSheet)) {
        this.ledgerSheet = check.sheet;
        this.metaPresent = sheets.some((s) => s.name === engine.META_SHEET);
        this.carryPresent = sheets.some((s) => s.name === engine.CARRY_SHEET);
        this.marksSheetPresent = check.hasMarksSheet;
        const ledger = sheets.find((s) => s.name === check.sheet);
        this.dropdownColumns = ledger ? columnsLabelled(ledger.grid, DROPDOWN_LABELS) : new Set();
      }
      if (full && check.isLedger) await this.readWorkbookMarks(engine);
      const shown: LedgerCheck = { ...check, hasMarksSheet: this.marksSheetPresent };
      this.emit({
        checking: false,
        waiting: false,
        check: shown,
        error: null,
        checks: this.state.checks + 1,
      });
      await this.writeMarks(shown, kind === 'full-write');
    } catch (err) {
      if (isHostError(err) && err.code === 'cell-edit-mode' && kind !== 'full-write' && !this.disposed) {
        // The unit is still typing (Excel refused even after waiting): try again, quietly.
        this.emit({ checking: false, waiting: true });
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => void this.request(kind), this.debounceMs * 2);
        return;
      }
      this.emit({ checking: false, waiting: false, error: err });
    }
  }

  /** What the 校验标记 sheet holds now (a full check's second, small read). */
  private async readWorkbookMarks(engine: WatcherEngine): Promise<void> {
    try {
      const [marks] = await this.deps.ops.readWorkbookGrids([engine.MARKS_SHEET]);
      this.workbookMarks = marks ? gridMarks(marks.grid) : null;
      if (marks) this.marksSheetPresent = true;
    } catch {
      this.workbookMarks = null; // unknown: the next write goes ahead
    }
  }

  /** A live re-read asks for the ledger and metadata sheets only; a vanished sheet means a full read. */
  private async read(engine: WatcherEngine, full: boolean) {
    const { ops } = this.deps;
    if (full || !this.ledgerSheet) return ops.readWorkbookGrids();
    // 沿用上月: the carried values, so a live edit still tells a rewritten cell from a carried one.
    const names = [
      this.ledgerSheet,
      ...(this.metaPresent ? [engine.META_SHEET] : []),
      ...(this.carryPresent ? [engine.CARRY_SHEET] : []),
    ];
    try {
      const sheets = await ops.readWorkbookGrids(names);
      if (sheets.some((s) => s.name === this.ledgerSheet)) return sheets;
    } catch (err) {
      if (!(isHostError(err) && err.code === 'sheet-not-found')) throw err;
    }
    return ops.readWorkbookGrids();
  }

  private async writeMarks(check: LedgerCheck, force: boolean): Promise<void> {
    // Only workbooks made from the template have the conditional formats that show the marks;
    // adding a hidden sheet to any other workbook would change it for nothing.
    if (!check.isLedger || !check.marks || !check.sheet) return;
    if (!check.hasMarksSheet && check.templateState === 'no-metadata') return;
    const signature = marksSignature(check.sheet, check.marks);
    const cells = markedCells(check.marks.cells);
    // Nothing to change in the workbook: write nothing (no undo entry, undo history kept).
    if (this.workbookMarks !== null ? cells === this.workbookMarks : !force && signature === this.lastMarks)
      return;
    try {
      await this.deps.ops.writeMarks(check.marks);
      this.lastMarks = signature;
      this.workbookMarks = cells;
      if (this.state.marksError !== null) this.emit({ marksError: null });
    } catch (err) {
      this.lastMarks = null;
      this.workbookMarks = null;
      this.emit({ marksError: err });
    }
  }

  private emit(patch: Partial<WatcherState>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    this.deps.onState(this.state);
  }
}
