/// <reference types="wps-jsapi" />
/**
 * The part of WPS 表格's object model (the WPS 加载项 JS API, `Application` in the add-in's pages)
 * that the WPS host uses, with the shapes it really has.
 *
 * The names are Kingsoft's own declarations (npm `wps-jsapi`, lib.et.d.ts: `Et.EtApplication`,
 * `Et.EtWorksheet`, `Et.EtRange`…, and index.d.ts for `ApiEvent`, `CreateTaskPane`,
 * `PluginStorage`); the checks at the end of this file fail to compile if one of them is not
 * declared there. Those declarations are generated from the COM type library and say `void` for
 * every method with a result (the result is the trailing `RHS` parameter) and `number` for
 * `Value2` and `UsedRange`; the types below say what the calls return when run, as the VBA-style
 * reference documents them and as the wpsjs templates use them (`Application.Range("A1")`,
 * `ActiveSheet.Cells.Item(r, c)`, `tskpane.ID`).
 *
 * Every call is synchronous (a COM call into WPS, no batching, no `sync()`), rows and columns
 * are 1-based, and a multi-cell range's `Value2`/`Formula` is an array of rows while a single
 * cell's is a plain value.
 */

/** A cell value as WPS hands it out: dates are serial numbers in `Value2`, errors are numbers (CVErr codes). */
export type WpsScalar = string | number | boolean | null | undefined;
/** `Value2` of a range: a scalar for one cell, rows of scalars for more. */
export type WpsValues = WpsScalar | WpsScalar[][];

/** `XlSheetVisibility`: visible −1, hidden 0, very hidden 2. */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;

/** `XlDVType`, `XlDVAlertStyle`, `XlFormatConditionOperator` and `XlFormatConditionType` values used. */
export const XL = {
  validateWholeNumber: 1,
  validateDecimal: 2,
  validateList: 3,
  validateDate: 4,
  validateTextLength: 6,
  alertStop: 1,
  between: 1,
  greaterEqual: 7,
  lessEqual: 8,
  cellValue: 1,
  expression: 2,
  // XlHAlign / XlVAlign
  hLeft: -4131,
  hCenter: -4108,
  hRight: -4152,
  vTop: -4160,
  vCenter: -4108,
  vBottom: -4107,
  // XlDirection for End(): up
  up: -4162,
} as const;

export interface WpsFont {
  Name: string;
  Size: number;
  Bold: boolean;
  Italic: boolean;
  /** BGR as a long: red + green·256 + blue·65536. */
  Color: number;
}

export interface WpsInterior {
  /** BGR as a long, as `Font.Color`. */
  Color: number;
}

export interface WpsValidation {
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string, Formula2?: string): void;
  Delete(): void;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
  InputTitle: string;
  InputMessage: string;
  ShowError: boolean;
  ShowInput: boolean;
}

export interface WpsFormatCondition {
  readonly Interior: WpsInterior;
  readonly Font: WpsFont;
}

export interface WpsFormatConditions {
  readonly Count: number;
  Add(Type: number, Operator?: number, Formula1?: string, Formula2?: string): WpsFormatCondition;
  Delete(): void;
}

export interface WpsBorders {
  /** `XlLineStyle`: 1 continuous. */
  LineStyle: number;
  /** BGR as a long. */
  Color: number;
}

export interface WpsRange {
  readonly Row: number;
  readonly Column: number;
  readonly Rows: WpsRange;
  readonly Columns: WpsRange;
  readonly Count: number;
  readonly Worksheet: WpsWorksheet;
  readonly Cells: WpsRange;
  Item(row: number, column?: number): WpsRange;
  /** A range relative to this one's first cell (`used.Range("A1")` is used's first cell). */
  Range(cell1: string, cell2?: string): WpsRange;
  Resize(rows: number, columns: number): WpsRange;
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Value2: WpsValues;
  /** Formulas in A1 style with `=`; constants as their text. */
  Formula: WpsValues;
  /** The format code; null when the cells of the range have different formats. */
  NumberFormat: string | null;
  /** True, false, or null when the range is partly merged. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: WpsRange;
  Merge(Across?: boolean): void;
  Locked: boolean | null;
  WrapText: boolean | null;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  ColumnWidth: number;
  Hidden: boolean;
  readonly Font: WpsFont;
  readonly Interior: WpsInterior;
  readonly Borders: WpsBorders;
  readonly Validation: WpsValidation;
  readonly FormatConditions: WpsFormatConditions;
  ClearContents(): void;
  Select(): void;
  Activate(): void;
  /** Switches the sheet's filter buttons on for this range's table. */
  AutoFilter(): void;
}

export interface WpsPageSetup {
  /** `XlPageOrientation`: portrait 1, landscape 2. */
  Orientation: number;
  /** Rows repeated on every printed page, `$5:$5`. */
  PrintTitleRows: string;
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
}

export interface WpsWorksheet {
  Name: string;
  /** `XlSheetVisibility` (−1, 0, 2). */
  Visible: number;
  readonly Index: number;
  readonly UsedRange: WpsRange;
  readonly Cells: WpsRange;
  readonly Columns: WpsRange;
  /** True while the sheet's cells are protected. */
  readonly ProtectContents: boolean;
  readonly PageSetup: WpsPageSetup;
  readonly Tab: { Color: number };
  Range(cell1: string, cell2?: string): WpsRange;
  Activate(): void;
  Delete(): void;
  Protect(Password?: string, DrawingObjects?: boolean, Contents?: boolean): void;
  Unprotect(Password?: string): void;
}

export interface WpsSheets {
  readonly Count: number;
  /** By 1-based position or by name; throws when there is none. */
  Item(index: number | string): WpsWorksheet;
  /** A new sheet; with `After`, right of that sheet. */
  Add(Before?: WpsWorksheet, After?: WpsWorksheet): WpsWorksheet;
}

export interface WpsWorkbook {
  readonly Name: string;
  readonly Worksheets: WpsSheets;
  readonly ActiveSheet: WpsWorksheet;
  /** True while the workbook's structure (adding, deleting, renaming sheets) is protected. */
  readonly ProtectStructure: boolean;
}

export interface WpsWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

export interface WpsCustomTaskPane {
  readonly ID: number | string;
  Visible: boolean;
  Width: number;
  DockPosition: number;
  Navigate(url: string): void;
}

export interface WpsPluginStorage {
  setItem(key: string, value: string | number | boolean): void;
  getItem(key: string): string | number | boolean | null | undefined;
}

export type WpsSheetChangeHandler = (sheet: WpsWorksheet, target: WpsRange) => void;
export type WpsSheetActivateHandler = (sheet: WpsWorksheet) => void;

export interface WpsApiEvent {
  AddApiEventListener(name: 'SheetChange', handler: WpsSheetChangeHandler): void;
  AddApiEventListener(name: 'SheetActivate', handler: WpsSheetActivateHandler): void;
  AddApiEventListener(name: 'WindowActivate', handler: (workbook: WpsWorkbook, window: unknown) => void): void;
  AddApiEventListener(name: 'SheetSelectionChange', handler: WpsSheetChangeHandler): void;
  RemoveApiEventListener(name: string, handler?: (...args: never[]) => void): void;
}

/** `Application` of WPS 表格 (`Et.EtApplication`) and the add-in's extensions on it. */
export interface WpsApplication {
  /** `ET` for WPS 表格, `WPS` for 文字, `WPP` for 演示 (what the host checks first). */
  readonly Name?: string;
  readonly Build?: string;
  /** Null when no workbook is open. */
  readonly ActiveWorkbook: WpsWorkbook | null;
  readonly ActiveWindow: WpsWindow | null;
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
  readonly ApiEvent: WpsApiEvent;
  readonly PluginStorage: WpsPluginStorage;
  CreateTaskPane(url: string, title?: string): WpsCustomTaskPane;
  GetTaskPane(id: number | string): WpsCustomTaskPane | null;
  ribbonUI?: { Invalidate(): void; InvalidateControl(id: string): void };
}

// Compile-time check: every member used above is declared by Kingsoft's wps-jsapi.
type Declared<T, K extends keyof T> = K;
export type WpsApiMembersChecked = [
  Declared<Et.EtApplication, 'ActiveWorkbook' | 'ActiveWindow' | 'DisplayAlerts' | 'ScreenUpdating' | 'Name' | 'Build'>,
  Declared<Et.EtWorkbook, 'Name' | 'Worksheets' | 'ActiveSheet' | 'ProtectStructure'>,
  Declared<Et.EtSheets, 'Count' | 'Item' | 'Add'>,
  Declared<
    Et.EtWorksheet,
    'Name' | 'Visible' | 'Index' | 'UsedRange' | 'Cells' | 'Columns' | 'ProtectContents' | 'PageSetup' | 'Tab' | 'Range' | 'Activate' | 'Delete' | 'Protect' | 'Unprotect'
  >,
  Declared<
    Et.EtRange,
    | 'Row'
    | 'Column'
    | 'Rows'
    | 'Columns'
    | 'Count'
    | 'Worksheet'
    | 'Cells'
    | 'Item'
    | 'Range'
    | 'Resize'
    | 'Address'
    | 'Value2'
    | 'Formula'
    | 'NumberFormat'
    | 'MergeCells'
    | 'MergeArea'
    | 'Merge'
    | 'Locked'
    | 'WrapText'
    | 'HorizontalAlignment'
    | 'VerticalAlignment'
    | 'ColumnWidth'
    | 'Hidden'
    | 'Font'
    | 'Interior'
    | 'Borders'
    | 'Validation'
    | 'FormatConditions'
    | 'ClearContents'
    | 'Select'
    | 'Activate'
    | 'AutoFilter'
  >,
  Declared<Et.EtPageSetup, 'Orientation' | 'PrintTitleRows' | 'Zoom' | 'FitToPagesWide' | 'FitToPagesTall'>,
  Declared<Et.EtTab, 'Color'>,
  Declared<Et.EtWindow, 'SplitRow' | 'SplitColumn' | 'FreezePanes'>,
  Declared<Et.EtFont, 'Name' | 'Size' | 'Bold' | 'Italic' | 'Color'>,
  Declared<Et.EtInterior, 'Color'>,
  Declared<Et.EtBorders, 'LineStyle' | 'Color'>,
  Declared<
    Et.EtValidation,
    'Add' | 'Delete' | 'IgnoreBlank' | 'InCellDropdown' | 'ErrorTitle' | 'ErrorMessage' | 'InputTitle' | 'InputMessage' | 'ShowError' | 'ShowInput'
  >,
  Declared<Et.EtFormatConditions, 'Count' | 'Add' | 'Delete'>,
  Declared<Et.EtFormatCondition, 'Interior' | 'Font'>,
  Declared<typeof wps, 'ApiEvent' | 'CreateTaskPane' | 'GetTaskPane' | 'PluginStorage'>,
  Declared<wps.CustomTaskpane, 'ID' | 'Visible' | 'Width' | 'DockPosition' | 'Navigate'>,
  Declared<typeof wps.ApiEvent, 'AddApiEventListener' | 'RemoveApiEventListener'>,
];
