/**
 * The host contract as the task pane uses it. The Excel side (src/office/) is being rewritten to
 * this interface; until `src/office/types.ts` exports it, this module is the single local copy,
 * and every component imports the contract from here, so switching is a one-file change.
 *
 * Everything crossing the boundary is plain data: grids in (`GridSheet`, the workbook layer's
 * host-neutral shape), sheet plans out (`WorkbookPlan`). No Office proxy reaches React state.
 */
import type { GridSheet, WorkbookPlan } from '@ledger-review/workbook';
import type {
  BrowserReason,
  LedgerChange,
  MissingRequirement,
  Unsubscribe,
  WriteProgress,
  WriteResult,
} from '../office/types';

export type { BrowserReason, LedgerChange, MissingRequirement, Unsubscribe, WriteProgress, WriteResult };

/** One highlighted cell of the ledger (1-based row and column, as on the 工作台账 sheet). */
export interface CellMark {
  row: number;
  col: number;
  mark: 'E' | 'W';
}

/**
 * The full set of marks for the hidden 校验标记 sheet: `rows` × `cols` is the block the host
 * clears first, so a mark that is no longer in `cells` disappears.
 */
export interface MarksWrite {
  rows: number;
  cols: number;
  cells: CellMark[];
}

export interface HostOps {
  /** The open workbook's sheets as grids; only the named ones when `names` is given. */
  readWorkbookGrids(names?: string[]): Promise<GridSheet[]>;
  /** Highlight bad cells through the hidden 校验标记 sheet (the unit's cells are never touched). */
  writeMarks(marks: MarksWrite): Promise<void>;
  /** Activate `sheet` and select `address` (click-to-select in the issue list). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Write a workbook plan into the open workbook: atomic, chunked, with progress, abortable. */
  writeWorkbookPlan(
    plan: WorkbookPlan,
    options?: { onProgress?: (p: WriteProgress) => void; signal?: AbortSignal },
  ): Promise<WriteResult>;
  /** Edits of the ledger (typing, paste, fill, undo) — a hint to re-read, not a guarantee. */
  onLedgerChanged(cb: (change: LedgerChange) => void): Promise<Unsubscribe>;
  /** The worksheet or workbook became active again (the unit may have edited meanwhile). */
  onActivated(cb: () => void): Promise<Unsubscribe>;
  /** Features this Excel cannot provide. */
  missing: string[];
}

/** How the page is hosted, decided once before the first render. */
export type HostContext =
  | { kind: 'excel'; platform: string; ops: HostOps; missing: MissingRequirement[] }
  | { kind: 'browser'; reason: BrowserReason; hostName?: string };
