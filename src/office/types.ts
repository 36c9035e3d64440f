/**
 * The contract between the task pane UI and whatever hosts it. Components receive a `HostOps`
 * as a prop and never touch the `Excel` or `Office` globals, so the same UI runs in Excel, in a
 * plain browser (no HostOps, files are uploaded instead) and in tests (a fake HostOps).
 *
 * Everything crossing this boundary is plain data: the workbook layer's `GridSheet`s going in,
 * its `WorkbookPlan`s coming out. No Office proxy object ever reaches React state (Script Lab's
 * rule), so a stale proxy cannot be used after its request context is gone.
 *
 * Addresses are A1 strings and rows are 1-based, as Excel shows them.
 */
import type { GridSheet, LedgerMarks, WorkbookPlan } from '@ledger-review/workbook';

export type { GridSheet, WorkbookPlan };

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/**
 * A sheet to read by its table columns only: the header rows (found by `keyLabel`, which every
 * table of the sheet has) and the columns whose header is one of `labels` or matches
 * `labelPattern`. Everything else reads as empty. `whole` reads the sheet entire (small sheets).
 * Plain data, so the engine can say what it needs without knowing Office.
 */
export interface TableRead {
  sheet: string;
  keyLabel?: string;
  labels?: readonly string[];
  /** A regular expression source matched against whole header texts, e.g. `^\d{4}Q[1-4]$`. */
  labelPattern?: string;
  whole?: boolean;
}

/** A cell change reported by the host. A hint only: re-read the sheet it names. */
export interface LedgerChange {
  sheetName: string;
  /** The changed range, A1 without the sheet name, e.g. `F7` or `F7:G20`. */
  address: string;
  /** Office's change type (`RangeEdited`, `RowInserted`, …) as a plain string. */
  changeType: string;
  /** `Local` for this user, `Remote` for a co-author. */
  source: string;
}

export type Unsubscribe = () => Promise<void>;

/** The marks of one validation run, as the workbook layer computes them (`ledgerMarks`). */
export type { CellMark, LedgerMarks } from '@ledger-review/workbook';

export interface WriteProgress {
  sheetName: string;
  /** 1-based index of the sheet being written, out of `sheetCount`. */
  sheetIndex: number;
  sheetCount: number;
  /** Cells of `sheetName` written so far, out of `cellsTotal`. */
  cellsWritten: number;
  cellsTotal: number;
}

/** A plan feature the host could not apply (an API set this Excel build lacks). */
export interface SkippedFeature {
  sheetName: string;
  feature: 'validations' | 'conditionalFormats' | 'freeze' | 'tabColor' | 'autoFilter' | 'print';
  /** The requirement that was missing, e.g. `ExcelApi 1.9`. */
  requirement: string;
}

export interface WriteResult {
  /** Sheets now in the workbook, in plan order. */
  sheetsWritten: string[];
  cellsWritten: number;
  skipped: SkippedFeature[];
  /**
   * Whether the write went in as one step of Excel's undo stack (ExcelApi 1.20 undo grouping,
   * only where every call it made supports undo). False: the host could not group it, and
   * replacing sheets clears Excel's undo history.
   */
  oneUndoStep?: boolean;
}

export interface WriteOptions {
  /** Called after every batch that reached Excel. */
  onProgress?: (progress: WriteProgress) => void;
  /**
   * Aborting stops before the next batch; the temporary sheets are removed and the promise
   * rejects with an `AbortError` (`HostError` code `aborted`). The workbook is as it was.
   */
  signal?: AbortSignal;
}

/**
 * Operations the Excel host offers the UI. Every method is one user action (one `Excel.run`);
 * failures reject with a `HostError` (src/office/errors.ts) whose code the UI translates.
 */
export interface HostOps {
  /**
   * The sheets of the open workbook as GridSheets (values, formulas with `cached: true` since
   * Excel always has results, non-General number formats, merges where the host can list them),
   * in workbook order. Without `names`: every sheet except the 校验标记 marks sheet (the reader
   * finds a renamed 工作台账 by its labels, and needs the hidden 元数据). With `names`: those
   * sheets that exist, in the order given. ≤ 1 `context.sync()` after the initial sheet listing
   * (≤ 2 total); with `names` and a listing already known to the host, 1.
   */
  readWorkbookGrids(names?: string[]): Promise<GridSheet[]>;
  /**
   * Opens `bytes` (an .xlsx) as a new workbook in Excel (ExcelApi 1.8 `Excel.createWorkbook`), the
   * way to hand a generated workbook to the user where the pane cannot download (Excel for Mac
   * ignores `<a download>`). Undefined when this Excel cannot.
   */
  openWorkbook?(bytes: Uint8Array): Promise<void>;
  /** Names of every worksheet, in workbook order (1 sync). */
  listSheetNames(): Promise<string[]>;
  /**
   * Read only what `reads` asks for (sheets that do not exist are left out): header rows and
   * the named columns of each table, in syncs kept under the response budget. Where the host
   * cannot search a sheet (ExcelApi 1.9 `findAllOrNullObject`), whole sheets are read, chunked.
   */
  readTables(reads: readonly TableRead[]): Promise<GridSheet[]>;
  /**
   * Write the validation marks (校验标记 sheet) for the given ledger region; creates the sheet
   * veryHidden if missing (older ledgers). The ledger's own cells are never touched. ≤ 1 sync.
   */
  writeMarks(marks: LedgerMarks): Promise<void>;
  /** Activate `sheet` and select `address` (click-to-select in the issue list). 1 sync. */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Render a workbook-layer plan into the open workbook atomically: write to temporary sheets,
   * then delete old sheets of the same names and rename; on error or abort remove the
   * temporaries (no half-written sheets). Chunked and batched; progress callback; abort signal.
   * Syncs: 1 (listing) + one per payload-sized batch + 1 (swap), whatever the sheet sizes.
   */
  writeWorkbookPlan(plan: WorkbookPlan, options?: WriteOptions): Promise<WriteResult>;
  /**
   * Live edits of the ledger sheet (typing, paste, fill, undo), debounced by the caller. Watches
   * 工作台账, or the active sheet when the workbook has none (a renamed ledger). Rejects with
   * `requirement-missing` without ExcelApi 1.7.
   */
  onLedgerChanged(callback: (change: LedgerChange) => void): Promise<Unsubscribe>;
  /** Worksheet activation / workbook re-focus, to re-validate when onChanged may have been missed. */
  onActivated(callback: () => void): Promise<Unsubscribe>;
  /**
   * Selection changes on the watched ledger sheet (ExcelApi 1.7), with the newly selected
   * address. Excel on the web raises no onChanged for a value picked from a dropdown, so
   * leaving a dropdown cell is the next sign of such an edit.
   */
  onLedgerSelection(callback: (change: { sheetName: string; address: string }) => void): Promise<Unsubscribe>;
  /**
   * Requirement sets missing for optional features (for the UI to explain): the
   * `RequirementFeature` names of `HostContext.missing`, e.g. `['dataValidation']`.
   */
  missing: string[];
}

// ---------------------------------------------------------------------------------------------
// Host format: what the Office.js writer renders. `fromWorkbookPlan` produces it from the
// workbook layer's plans, so the UI never builds these by hand.
// ---------------------------------------------------------------------------------------------

/** A colour as `#RRGGBB`. */
export type HexColor = string;

/** Explicit formatting of one cell; each host maps it to its own calls. */
export interface CellFormat {
  fontName?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: HexColor;
  fill?: HexColor;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  /** Thin grey border on every edge of every cell. */
  border?: boolean;
  /** `false` unlocks the cell for input on a protected sheet. */
  locked?: boolean;
}

/** One cell to write. */
export interface CellWrite {
  /** A1 address on the plan's sheet, e.g. `B7`. */
  address: string;
  /**
   * A literal value. Strings are ALWAYS written as text (number format `@`, and typed as a
   * string where the host can), because a string assigned to a range is parsed like typing:
   * `=…` would become a formula, `1/2` a date, `00123` a number. Unit text must survive unchanged.
   */
  value?: string | number | boolean | null;
  /** A formula without the leading `=`, e.g. `ROUND(E5*0.8,2)`. Takes precedence over `value`. */
  formula?: string;
  /** Number format code (`0.00`, `0%`, `yyyy-mm-dd`). Ignored for string values (always `@`). */
  numFmt?: string;
  style?: CellFormat;
}

export type ValidationKind = 'list' | 'decimal' | 'whole' | 'date' | 'textLength';

/** A native Excel data validation, so the sheet stays checked without the add-in. */
export interface DataValidationWrite {
  /** Bounded A1 range, e.g. `G6:G45` (never a whole column). */
  range: string;
  kind: ValidationKind;
  /** For `list`: the allowed values, written inline. */
  list?: string[];
  /** For `list`: a range formula such as `=$A$2:$A$6` instead of inline values. */
  listSource?: string;
  /**
   * Bounds for numbers, dates and text lengths: numbers, or formulas with `=` (relative
   * references are relative to the range's top-left cell). Date bounds are Excel serials.
   */
  operator?: 'between' | 'greaterThanOrEqual' | 'lessThanOrEqual';
  min?: number | string;
  max?: number | string;
  allowBlank: boolean;
  errorTitle: string;
  errorMessage: string;
  promptTitle?: string;
  promptMessage?: string;
}

/** A conditional format driven by a formula relative to the range's top-left cell. */
export interface ConditionalFormatWrite {
  range: string;
  /** Without the leading `=`, e.g. `AND($G6="已完成",$H6<100)`. */
  formula: string;
  fill?: HexColor;
  fontColor?: HexColor;
}

export interface ColumnWidthWrite {
  column: string;
  /** Characters, as Excel's column-width dialog shows them. */
  width: number;
  hidden?: boolean;
}

export interface PrintWrite {
  landscape: boolean;
  /** Rows repeated on every printed page, e.g. `3:3`. */
  titleRows?: string;
  /** Fit all columns on one page wide. */
  fitToWidth?: boolean;
}

/**
 * Everything needed to build one output sheet. `writeWorkbookPlan` always builds it on a new
 * (temporary) sheet: writing clears Excel's undo history, so a plan never edits the user's cells.
 */
export interface SheetPlan {
  name: string;
  cells: CellWrite[];
  columnWidths?: ColumnWidthWrite[];
  /** A1 ranges to merge, e.g. `A1:N1`. */
  merges?: string[];
  /** Freeze the first `rows` rows and `columns` columns. */
  freeze?: { rows: number; columns: number };
  validations?: DataValidationWrite[];
  conditionalFormats?: ConditionalFormatWrite[];
  autoFilter?: string;
  print?: PrintWrite;
  /** Protect the sheet after writing (cells with `style.locked === false` stay editable). */
  protect?: boolean;
  visibility?: SheetVisibility;
  tabColor?: HexColor;
  /** Make this the active sheet when done. */
  activate?: boolean;
}

// ---------------------------------------------------------------------------------------------
// How the page is hosted.
// ---------------------------------------------------------------------------------------------

/** How the page is hosted, decided once before the first render. */
export type HostContext =
  | { kind: 'excel'; platform: string; ops: HostOps; missing: MissingRequirement[] }
  /** WPS 表格, through the WPS 加载项 host of src/wps/ (platform: Windows, Linux, Mac). */
  | { kind: 'wps'; platform: string; ops: HostOps; missing: MissingRequirement[] }
  | { kind: 'browser'; reason: BrowserReason; hostName?: string; hostPlatform?: string };

/** Why the task pane runs in browser mode. */
export type BrowserReason =
  /** office.js did not load (offline, blocked, or a plain web server without it). */
  | 'office-js-missing'
  /**
   * Opened by Excel (Office added its host information to the pane's address) but office.js
   * did not load or did not answer: the pane cannot touch the workbook, and must say so
   * instead of quietly offering uploads.
   */
  | 'office-js-failed'
  /** office.js loaded, but the page is not inside an Office application. */
  | 'not-in-office'
  /** Office did not answer in time. */
  | 'office-timeout'
  /** Opened inside an Office application other than Excel. */
  | 'unsupported-host'
  /** Asked for with `?host=browser`. */
  | 'forced';

/** A feature of the add-in the running Excel cannot provide. */
export interface MissingRequirement {
  feature: RequirementFeature;
  set: 'ExcelApi';
  version: string;
}

export type RequirementFeature =
  | 'liveValidation'
  | 'conditionalFormats'
  | 'dataValidation'
  | 'freezePanes'
  | 'tabColor'
  | 'autoFilter'
  | 'printSetup';
