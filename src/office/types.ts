/**
 * The contract between the task pane UI and whatever hosts it. Components receive a `HostOps`
 * as a prop and never touch the `Excel` or `Office` globals, so the same UI runs in Excel, in a
 * plain browser (no HostOps, files are uploaded instead) and in tests (a fake HostOps).
 *
 * Everything crossing this boundary is plain data: grids of cell values and sheet plans. No
 * Office proxy object ever reaches React state (Script Lab's rule), so a stale proxy cannot be
 * used after its request context is gone.
 *
 * Addresses are A1 strings and rows are 1-based, as Excel shows them.
 */

/**
 * A sheet's cell values, dense from A1: `grid[r][c]` is the cell in Excel row `r + 1` and
 * column `c + 1`. Values are what the host reports (string, number, boolean, or null/'' for
 * empty); dates arrive as Excel serial numbers. The workbook layer turns grids into records.
 */
export type Grid = unknown[][];

/** A sheet read from the host. */
export interface SheetGrid {
  sheetName: string;
  grid: Grid;
  /**
   * Cells that hold a formula, A1 address → formula text with its leading `=`. Unit ledgers
   * should hold plain values; a formula where a value is expected is itself a finding.
   */
  formulas: Record<string, string>;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
}

/** A cell change reported by the host. A hint only: re-read the rows it names. */
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

/** A colour as `#RRGGBB`. */
export type HexColor = string;

/** Explicit formatting of one cell; each host maps it to its own calls. */
export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: HexColor;
  fill?: HexColor;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  /** Thin grey border on all four edges. */
  border?: boolean;
  /** `false` unlocks the cell for input on a protected sheet. */
  locked?: boolean;
}

/** One cell to write. */
export interface CellWrite {
  /** A1 address on the plan's sheet, e.g. `B7`. */
  address: string;
  /**
   * A literal value. Strings are ALWAYS written as text (number format `@`), because a string
   * assigned to a range is parsed like typing: `=…` would become a formula, `1/2` a date,
   * `00123` a number. Unit-supplied text must survive unchanged.
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
  /** For numbers, dates and text lengths. Numbers or formulas (with `=`). */
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

/**
 * Everything needed to (re)build one output sheet. Hosts build output on new or dedicated
 * sheets only: writing clears Excel's undo history, so a plan never edits the user's own cells.
 */
export interface SheetPlan {
  name: string;
  /**
   * `replace` (default): if the sheet exists, clear its contents, formats, validations and
   * conditional formats first. `keep`: write over the existing sheet, leaving other cells as
   * they are (used to update a few cells of an output sheet).
   */
  mode?: 'replace' | 'keep';
  cells: CellWrite[];
  /** Column widths in characters, as Excel's column-width dialog shows them. */
  columnWidths?: Array<{ column: string; width: number }>;
  /** A1 ranges to merge, e.g. `A1:N1`. */
  merges?: string[];
  /** Freeze the first `rows` rows and `columns` columns. */
  freeze?: { rows: number; columns: number };
  validations?: DataValidationWrite[];
  conditionalFormats?: ConditionalFormatWrite[];
  /** Protect the sheet after writing (cells with `style.locked === false` stay editable). */
  protect?: boolean;
  visibility?: SheetVisibility;
  tabColor?: HexColor;
  /** Make this the active sheet when done. */
  activate?: boolean;
}

export interface WriteProgress {
  sheetName: string;
  /** 1-based index of the sheet being written, out of `sheetCount`. */
  sheetIndex: number;
  sheetCount: number;
  cellsWritten: number;
  cellsTotal: number;
}

/** A plan feature the host could not apply (e.g. an API set the Excel build lacks). */
export interface SkippedFeature {
  sheetName: string;
  feature: 'validations' | 'conditionalFormats' | 'freeze' | 'tabColor' | 'protect';
  /** The requirement that was missing, e.g. `ExcelApi 1.8`. */
  requirement: string;
}

export interface WriteResult {
  sheetsWritten: string[];
  cellsWritten: number;
  skipped: SkippedFeature[];
}

/** Operations the Excel host offers the UI. Every method is one user action (one Excel.run). */
export interface HostOps {
  /** The active worksheet, which for a unit is its 工作台账 (ledger) sheet. */
  readActiveLedger(): Promise<SheetGrid>;
  /** A named sheet (e.g. the hidden metadata sheet of a ledger workbook). */
  readSheet(name: string): Promise<SheetGrid>;
  listSheets(): Promise<SheetInfo[]>;
  /** Activate `sheet` and select `address` (click-to-select in the issue list). */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Write the plans in order, reporting progress after each batch. Aborting stops before the
   * next batch and rejects with an `AbortError`; sheets finished so far stay written.
   */
  writeSheets(
    plans: SheetPlan[],
    onProgress?: (progress: WriteProgress) => void,
    signal?: AbortSignal,
  ): Promise<WriteResult>;
  /**
   * Watch the sheet that is active now for edits. Resolves to an unsubscribe function.
   * Rejects with a `RequirementError` when the host lacks ExcelApi 1.7.
   */
  onLedgerChanged(callback: (change: LedgerChange) => void): Promise<Unsubscribe>;
}

/** How the page is hosted, decided once before the first render. */
export type HostContext =
  | { kind: 'excel'; platform: string; ops: HostOps; missing: MissingRequirement[] }
  | { kind: 'browser'; reason: BrowserReason; hostName?: string };

/** Why the task pane runs in browser mode. */
export type BrowserReason =
  /** office.js did not load (offline, blocked, or a plain web server without it). */
  | 'office-js-missing'
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
  'liveValidation' | 'conditionalFormats' | 'dataValidation' | 'freezePanes' | 'tabColor';
