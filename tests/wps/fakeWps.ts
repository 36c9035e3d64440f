/**
 * A fake WPS 表格 object model (the WPS 加载项 JS API) for tests: jest runs the WPS host against
 * it directly, and tests/e2e/fakeWpsPage.ts injects it into Chromium as `window.Application`.
 * No imports at run time (it is transpiled to one classic script for the page).
 *
 * Written from Kingsoft's published API — the `wps-jsapi` declarations (1.0.5: src/lib.et.d.ts,
 * src/index.d.ts), the wpsjs 2.2.3 templates (packages/@wps-jsapi/et/js/ribbon.js) — and, where
 * those only name a member, from the Excel object model reference that WPS 表格's ET API
 * reproduces member for member (Microsoft Learn, "Excel VBA reference", learn.microsoft.com/
 * office/vba/api/overview/excel/object-model). It carries the real host's limits and quirks,
 * each marked QUIRK with its source, and not a kinder model:
 *
 * - QUIRK sync: every member access is a synchronous call into WPS; the fake counts them
 *   (`calls`) so tests can hold the host to whole-range reads (wps-jsapi: no promise anywhere).
 * - QUIRK wrappers: every property read returns a NEW wrapper object for the same sheet or range;
 *   `===` between two reads is false (COM objects through a scripting bridge; wpsjs ribbon.js
 *   re-reads `window.Application.ActiveWorkbook` each time rather than keeping it).
 * - QUIRK 1-based: `Cells.Item(r, c)`, `Worksheets.Item(i)` count from 1; 0 throws
 *   (lib.et.d.ts `Item(RowIndex, ColumnIndex)`; VBA Range.Item).
 * - QUIRK value2-shape: `Value2` of one cell is a bare value, of several cells rows of values;
 *   dates are serial numbers; empty cells `undefined` (VBA Range.Value2: "the only difference
 *   from Value is that Value2 doesn't use the Currency and Date data types").
 * - QUIRK cverr: error values read back as COM error numbers (CVErr, #N/A = −2146826246;
 *   VBA "Cell error values").
 * - QUIRK mixed: `NumberFormat` and `MergeCells` of a range are null when its cells differ
 *   (VBA Range.NumberFormat: "returns Null if all cells in the range don't have the same format";
 *   Range.MergeCells likewise).
 * - QUIRK protected: writing a locked cell of a protected sheet throws (VBA run-time error 1004,
 *   "The cell or chart you're trying to change is on a protected sheet"); adding, deleting or
 *   renaming sheets throws while the workbook structure is protected.
 * - QUIRK add-activates: `Worksheets.Add` makes the new sheet the active sheet (VBA Sheets.Add:
 *   "the new worksheet becomes the active sheet").
 * - QUIRK delete-prompts: `Worksheet.Delete` asks the user to confirm unless
 *   `Application.DisplayAlerts` is false; here the user cancels, and the sheet stays
 *   (VBA Worksheet.Delete remarks).
 * - QUIRK names: sheet names are unique ignoring case, ≤ 31 characters, none of \ / ? * [ ] :.
 * - QUIRK validation-add: `Validation.Add` on cells that already have a validation throws;
 *   `Delete` first (VBA Validation.Add, run-time error 1004).
 * - QUIRK cf-anchor: `FormatConditions.Add` reads relative references against the ACTIVE cell,
 *   not the range's first cell (VBA FormatConditions.Add: formulas are relative to the active
 *   cell); the fake records where each formula was anchored.
 * - QUIRK freeze: `FreezePanes` acts on the active window, i.e. the active sheet (VBA
 *   Window.FreezePanes).
 * - QUIRK events: `ApiEvent` handlers are application-wide; `SheetChange` is raised for the
 *   add-in's own writes as well as the user's (VBA Workbook.SheetChange is raised for changes
 *   by code), synchronously, inside the assignment; never for format changes; `SheetActivate`
 *   on activation. `Application.EnableEvents` exists in lib.et.d.ts but is not known to silence
 *   ApiEvent: the fake ignores it. `RemoveApiEventListener` is declared with the event name only
 *   (index.d.ts) while the wpsjs template passes the handler too: with a handler, that handler
 *   goes; with a name only, every handler of the event goes.
 * - QUIRK colours: `Color` is a BGR long (red + green·256 + blue·65536; VBA Color property).
 * - QUIRK task pane: `CreateTaskPane(url)` returns a pane with an `ID`; `GetTaskPane(id)` finds
 *   it again; `PluginStorage` keeps values across the add-in's pages (index.d.ts, ribbon.js).
 */

import type { GridSheet } from '@ledger-review/workbook';

export type FakeValue = string | number | boolean | undefined;

export interface FakeCell {
  value?: FakeValue;
  /** A formula with `=`; `value` is its result (the fake has no calculation engine: a formula
   * the host writes reads back without one). */
  formula?: string;
  /** An error value the cell shows (`#N/A`), read back as its CVErr number. */
  error?: string;
  numberFormat?: string;
  /** Locked unless false (the default of every cell, as in WPS and Excel). */
  locked?: boolean;
  fill?: number;
  fontColor?: number;
  bold?: boolean;
  wrap?: boolean;
}

export interface FakeSheetSpec {
  name: string;
  /** −1 visible, 0 hidden, 2 very hidden. */
  visible?: number;
  cells?: Record<string, FakeValue | FakeCell>;
  protected?: boolean;
  merges?: string[];
}

export interface FakeWpsOptions {
  sheets: FakeSheetSpec[];
  activeSheet?: string;
  protectStructure?: boolean;
  /** No workbook open (`ActiveWorkbook` is null). */
  noWorkbook?: boolean;
}

export interface FakeValidation {
  range: string;
  type: number;
  operator?: number;
  formula1?: string;
  formula2?: string;
  errorMessage?: string;
}

export interface FakeCondition {
  range: string;
  formula: string;
  /** The active cell when it was added: what its relative references are relative to. */
  anchor: string;
  fill?: number;
  fontColor?: number;
}

export interface FakeSheet {
  name: string;
  visible: number;
  cells: Map<string, FakeCell>;
  protected: boolean;
  merges: string[];
  validations: FakeValidation[];
  conditions: FakeCondition[];
  columnWidths: Map<number, number>;
  frozen: { rows: number; columns: number } | null;
  selection: string;
  autoFilter: string | null;
  tabColor: number | null;
  page: { orientation: number; titleRows: string; fitToWidth: boolean };
}

export const CVERR: Readonly<Record<string, number>> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const a1 = (row: number, col: number) => `${colLetters(col)}${row}`;
const MAX_ROW = 1048576;
const MAX_COL = 16384;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `A1`, `A1:C3`, `$A$1`, `A:C`, `5:7` → a box (1-based, inclusive). */
function parseBox(address: string): Box {
  const clean = address.replace(/\$/g, '').toUpperCase();
  const [a, b = a] = clean.split(':');
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new Error(`无效的区域引用：${address}`);
    return { col: m[1] ? colNumber(m[1]) : 0, row: m[2] ? Number(m[2]) : 0 };
  };
  const p = part(a);
  const q = part(b);
  return {
    top: p.row || 1,
    left: p.col || 1,
    bottom: q.row || (p.row ? q.row : MAX_ROW),
    right: q.col || (p.col ? q.col : MAX_COL),
  };
}

const boxAddress = (b: Box, abs = true) => {
  const d = abs ? '$' : '';
  const one = `${d}${colLetters(b.left)}${d}${b.top}`;
  return b.top === b.bottom && b.left === b.right ? one : `${one}:${d}${colLetters(b.right)}${d}${b.bottom}`;
};

const INVALID_NAME = /[\\/?*[\]:]/;

export interface FakeWps {
  /** The `Application` object the host is given. */
  app: unknown;
  sheets: FakeSheet[];
  sheet(name: string): FakeSheet | undefined;
  sheetNames(): string[];
  activeSheetName(): string | null;
  /** Every member access, in order (`Range.Value2=`, `Worksheets.Add` …). */
  log: string[];
  calls: number;
  /** Confirmations WPS would have asked the user (the fake's user said no). */
  prompts: string[];
  handlers: Array<{ name: string; fn: (...args: unknown[]) => void; removed: boolean }>;
  taskPanes: Array<{
    ID: number;
    url: string;
    Visible: boolean;
    Width: number;
    DockPosition: number;
    navigations: string[];
  }>;
  storage: Map<string, unknown>;
  /** The unit types into a cell (WPS raises SheetChange, as after any edit). */
  userEdit(sheet: string, address: string, value: FakeValue): void;
  /** The unit activates a sheet (SheetActivate). */
  userActivate(sheet: string): void;
  /** Makes the next write to `sheet` fail with WPS's error (a failure in the middle of a write). */
  failNextWrite(sheet: string | RegExp, message?: string): void;
  setProtectStructure(on: boolean): void;
}

export function createFakeWps(options: FakeWpsOptions): FakeWps {
  const log: string[] = [];
  const prompts: string[] = [];
  const handlers: FakeWps['handlers'] = [];
  const taskPanes: FakeWps['taskPanes'] = [];
  const storage = new Map<string, unknown>();
  let protectStructure = !!options.protectStructure;
  let displayAlerts = true;
  let screenUpdating = true;
  let failNext: { sheet: string | RegExp; message: string } | null = null;
  let calls = 0;
  const call = (what: string) => {
    calls++;
    log.push(what);
  };

  /** A sheet as WPS adds it: visible, empty, unprotected, nothing set up, A1 selected. */
  const newSheet = (name: string): FakeSheet => ({
    name,
    visible: -1,
    cells: new Map(),
    protected: false,
    merges: [],
    validations: [],
    conditions: [],
    columnWidths: new Map(),
    frozen: null,
    selection: 'A1',
    autoFilter: null,
    tabColor: null,
    page: { orientation: 1, titleRows: '', fitToWidth: false },
  });

  const sheets: FakeSheet[] = options.sheets.map((spec) => {
    const cells = new Map<string, FakeCell>();
    for (const [address, v] of Object.entries(spec.cells ?? {})) {
      cells.set(address, typeof v === 'object' && v !== null ? { ...v } : { value: v });
    }
    return {
      ...newSheet(spec.name),
      visible: spec.visible ?? -1,
      cells,
      protected: !!spec.protected,
      merges: [...(spec.merges ?? [])],
    };
  });
  let active: FakeSheet | null = sheets.find((s) => s.name === options.activeSheet) ?? sheets[0] ?? null;

  const byName = (name: string) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

  function raise(name: string, ...args: unknown[]) {
    for (const h of handlers.filter((x) => x.name === name && !x.removed)) h.fn(...args);
  }

  function checkName(name: string, self: FakeSheet | null) {
    if (!name || name.length > 31 || INVALID_NAME.test(name)) throw new Error(`工作表名称无效：${name}`);
    const other = byName(name);
    if (other && other !== self) throw new Error(`工作表名称“${name}”已被使用`);
  }

  /**
   * QUIRK rename-follows: renaming a sheet rewrites the formulas that refer to it, in every sheet
   * (as Excel does; what lets a host build formulas against temporary sheets and rename them).
   */
  function renameRefs(from: string, to: string) {
    const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const quoted = `'${to.replace(/'/g, "''")}'!`;
    const re = new RegExp(`'${esc(from.replace(/'/g, "''"))}'!|(?<![\\w.\u00C0-\uFFFF'])${esc(from)}!`, 'g');
    for (const s of sheets)
      for (const cell of s.cells.values()) if (cell.formula) cell.formula = cell.formula.replace(re, quoted);
  }

  function writable(sheet: FakeSheet, box: Box) {
    if (
      failNext &&
      (typeof failNext.sheet === 'string' ? failNext.sheet === sheet.name : failNext.sheet.test(sheet.name))
    ) {
      const message = failNext.message;
      failNext = null;
      throw new Error(message);
    }
    if (!sheet.protected) return;
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) {
        if (sheet.cells.get(a1(r, c))?.locked !== false)
          throw new Error('您试图更改的单元格或图表受保护，因而是只读的。');
      }
  }

  function cellAt(sheet: FakeSheet, r: number, c: number): FakeCell {
    let cell = sheet.cells.get(a1(r, c));
    if (!cell) sheet.cells.set(a1(r, c), (cell = {}));
    return cell;
  }

  function readValue(cell: FakeCell | undefined): FakeValue {
    if (!cell) return undefined;
    if (cell.error) return CVERR[cell.error];
    const v = cell.value;
    return v === '' ? undefined : v;
  }

  /** The used range: from the first to the last cell holding something (A1 when empty). */
  function usedBox(sheet: FakeSheet): Box {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [address, cell] of sheet.cells) {
      if (cell.value === undefined && cell.formula === undefined && cell.error === undefined) continue;
      const b = parseBox(address);
      top = Math.min(top, b.top);
      left = Math.min(left, b.left);
      bottom = Math.max(bottom, b.top);
      right = Math.max(right, b.left);
    }
    return bottom === 0 ? { top: 1, left: 1, bottom: 1, right: 1 } : { top, left, bottom, right };
  }

  function mergedAreaOf(sheet: FakeSheet, r: number, c: number): Box | null {
    for (const m of sheet.merges) {
      const b = parseBox(m);
      if (r >= b.top && r <= b.bottom && c >= b.left && c <= b.right) return b;
    }
    return null;
  }

  /** What CreateTaskPane and GetTaskPane return: a new wrapper over the pane each time. */
  function taskPaneObject(pane: FakeWps['taskPanes'][number]) {
    return {
      get ID() {
        return pane.ID;
      },
      set Visible(v: boolean) {
        pane.Visible = v;
      },
      get Visible() {
        return pane.Visible;
      },
      set Width(v: number) {
        pane.Width = v;
      },
      set DockPosition(v: number) {
        pane.DockPosition = v;
      },
      Navigate(u: string) {
        pane.url = u;
        pane.navigations.push(u);
      },
    };
  }

  function rangeObject(sheet: FakeSheet, box: Box): unknown {
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    const single = rows === 1 && cols === 1;
    const each = (fn: (cell: FakeCell, r: number, c: number) => void) => {
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) fn(cellAt(sheet, r, c), r, c);
    };
    const uniform = <T>(read: (cell: FakeCell | undefined) => T): T | null => {
      let first: T | undefined;
      let seen = false;
      for (let r = box.top; r <= Math.min(box.bottom, box.top + 2000); r++)
        for (let c = box.left; c <= Math.min(box.right, box.left + 200); c++) {
          const v = read(sheet.cells.get(a1(r, c)));
          if (!seen) {
            first = v;
            seen = true;
          } else if (v !== first) return null;
        }
      return first as T;
    };
    const grid = (read: (cell: FakeCell | undefined) => FakeValue) => {
      if (single) return read(sheet.cells.get(a1(box.top, box.left)));
      const out: FakeValue[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const line: FakeValue[] = [];
        for (let c = box.left; c <= box.right; c++) line.push(read(sheet.cells.get(a1(r, c))));
        out.push(line);
      }
      return out;
    };
    // Value2 and Formula take the same input: `=…` becomes a formula unless the cell is text (`@`).
    const assign = (value: unknown) => {
      writable(sheet, box);
      const at = (i: number, j: number): unknown =>
        Array.isArray(value) ? (value as unknown[][])[i]?.[j] : value;
      each((cell, r, c) => {
        const v = at(r - box.top, c - box.left);
        const text = cell.numberFormat === '@';
        delete cell.error;
        if (typeof v === 'string' && v.startsWith('=') && !text) {
          cell.formula = v;
          cell.value = undefined;
        } else {
          delete cell.formula;
          cell.value = v === null || v === '' ? undefined : (v as FakeValue);
        }
      });
      raise('SheetChange', sheetObject(sheet), rangeObject(sheet, box));
    };
    /** Range.Rows or Range.Columns: how many, and `Item(i)` the i-th of them (1-based). */
    const lines = (count: number, nth: (offset: number) => Box) => ({
      get Count() {
        return count;
      },
      Item: (i: number) => {
        if (i < 1) throw new Error('下标越界');
        return rangeObject(sheet, nth(i - 1));
      },
    });
    const font = {
      set Name(_v: string) {
        call('Font.Name=');
      },
      set Size(_v: number) {
        call('Font.Size=');
      },
      set Bold(v: boolean) {
        call('Font.Bold=');
        each((cell) => (cell.bold = v));
      },
      set Italic(_v: boolean) {
        call('Font.Italic=');
      },
      set Color(v: number) {
        call('Font.Color=');
        each((cell) => (cell.fontColor = v));
      },
    };
    const range = {
      get Row() {
        call('Range.Row');
        return box.top;
      },
      get Column() {
        call('Range.Column');
        return box.left;
      },
      get Rows() {
        call('Range.Rows');
        return lines(rows, (k) => ({ ...box, top: box.top + k, bottom: box.top + k }));
      },
      get Columns() {
        call('Range.Columns');
        return lines(cols, (k) => ({ ...box, left: box.left + k, right: box.left + k }));
      },
      get Count() {
        return rows * cols;
      },
      Item(r: number, c = 1) {
        call('Range.Item');
        if (r < 1 || c < 1) throw new Error('下标越界');
        return rangeObject(sheet, {
          top: box.top + r - 1,
          left: box.left + c - 1,
          bottom: box.top + r - 1,
          right: box.left + c - 1,
        });
      },
      Range(cell1: string, cell2?: string) {
        call(`Range.Range(${cell1})`);
        // Relative to this range's first cell (VBA Range.Range).
        const b = parseBox(cell2 ? `${cell1}:${cell2}` : cell1);
        return rangeObject(sheet, {
          top: box.top + b.top - 1,
          left: box.left + b.left - 1,
          bottom: box.top + b.bottom - 1,
          right: box.left + b.right - 1,
        });
      },
      Address(rowAbs = true, colAbs = true) {
        call('Range.Address');
        return boxAddress(box, rowAbs && colAbs);
      },
      get Value2() {
        call(`Range(${boxAddress(box, false)}).Value2`);
        return grid(readValue);
      },
      set Value2(v: unknown) {
        call(`Range(${boxAddress(box, false)}).Value2=`);
        assign(v);
      },
      get Formula() {
        call(`Range(${boxAddress(box, false)}).Formula`);
        return grid(
          (cell) => cell?.formula ?? cell?.error ?? (cell?.value === undefined ? '' : String(cell.value)),
        );
      },
      set Formula(v: unknown) {
        call(`Range(${boxAddress(box, false)}).Formula=`);
        assign(v);
      },
      get NumberFormat() {
        call(`Range(${boxAddress(box, false)}).NumberFormat`);
        return uniform((cell) => cell?.numberFormat ?? 'General');
      },
      set NumberFormat(v: string | null) {
        call(`Range(${boxAddress(box, false)}).NumberFormat=`);
        each((cell) => (cell.numberFormat = v ?? 'General'));
      },
      get MergeCells() {
        call('Range.MergeCells');
        let any = false;
        let all = true;
        for (let r = box.top; r <= box.bottom; r++)
          for (let c = box.left; c <= box.right; c++) {
            if (mergedAreaOf(sheet, r, c)) any = true;
            else all = false;
          }
        return all ? true : any ? null : false;
      },
      get MergeArea() {
        call('Range.MergeArea');
        return rangeObject(sheet, mergedAreaOf(sheet, box.top, box.left) ?? box);
      },
      Merge() {
        call(`Range(${boxAddress(box, false)}).Merge`);
        sheet.merges.push(boxAddress(box, false));
      },
      get Locked() {
        return uniform((cell) => cell?.locked !== false);
      },
      set Locked(v: boolean | null) {
        call('Range.Locked=');
        if (sheet.protected) throw new Error('不能设置受保护工作表上的 Locked 属性。');
        each((cell) => (cell.locked = !!v));
      },
      set WrapText(v: boolean | null) {
        call('Range.WrapText=');
        each((cell) => (cell.wrap = !!v));
      },
      set HorizontalAlignment(_v: number) {
        call('Range.HorizontalAlignment=');
      },
      set VerticalAlignment(_v: number) {
        call('Range.VerticalAlignment=');
      },
      set ColumnWidth(v: number) {
        call(`Range(${boxAddress(box, false)}).ColumnWidth=`);
        for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, v);
      },
      set Hidden(_v: boolean) {
        call('Range.Hidden=');
      },
      get Font() {
        return font;
      },
      get Interior() {
        return {
          set Color(v: number) {
            call('Interior.Color=');
            each((cell) => (cell.fill = v));
          },
        };
      },
      get Borders() {
        return {
          set LineStyle(_v: number) {
            call('Borders.LineStyle=');
          },
          set Color(_v: number) {
            call('Borders.Color=');
          },
        };
      },
      get Validation() {
        const address = boxAddress(box, false);
        const existing = () => sheet.validations.find((v) => v.range === address);
        return {
          Add(type: number, _alert?: number, operator?: number, formula1?: string, formula2?: string) {
            call(`Validation.Add(${address})`);
            if (existing()) throw new Error('应用程序定义或对象定义错误（1004）：该区域已有数据有效性。');
            sheet.validations.push({ range: address, type, operator, formula1, formula2 });
          },
          Delete() {
            call(`Validation.Delete(${address})`);
            sheet.validations = sheet.validations.filter((v) => v.range !== address);
          },
          set IgnoreBlank(_v: boolean) {},
          set InCellDropdown(_v: boolean) {},
          set ErrorTitle(_v: string) {},
          set ErrorMessage(v: string) {
            const x = existing();
            if (x) x.errorMessage = v;
          },
          set InputTitle(_v: string) {},
          set InputMessage(_v: string) {},
          set ShowError(_v: boolean) {},
          set ShowInput(_v: boolean) {},
        };
      },
      get FormatConditions() {
        return {
          get Count() {
            return sheet.conditions.filter((c) => c.range === boxAddress(box, false)).length;
          },
          Add(type: number, _operator?: number, formula1?: string) {
            call(`FormatConditions.Add(${boxAddress(box, false)})`);
            if (type !== 2) throw new Error('fake: only xlExpression conditions are modelled');
            const anchor = active === sheet ? sheet.selection.split(':')[0] : 'A1';
            const condition: FakeCondition = {
              range: boxAddress(box, false),
              formula: String(formula1 ?? ''),
              anchor,
            };
            sheet.conditions.push(condition);
            return {
              Interior: {
                set Color(v: number) {
                  condition.fill = v;
                },
              },
              Font: {
                set Color(v: number) {
                  condition.fontColor = v;
                },
              },
            };
          },
          Delete() {
            sheet.conditions = sheet.conditions.filter((c) => c.range !== boxAddress(box, false));
          },
        };
      },
      ClearContents() {
        call(`Range(${boxAddress(box, false)}).ClearContents`);
        writable(sheet, box);
        each((cell) => {
          delete cell.formula;
          cell.value = undefined;
        });
        raise('SheetChange', sheetObject(sheet), rangeObject(sheet, box));
      },
      Select() {
        call(`Range(${boxAddress(box, false)}).Select`);
        if (active !== sheet) throw new Error('Range 类的 Select 方法无效：工作表未激活。');
        sheet.selection = boxAddress(box, false);
      },
      Activate() {
        call('Range.Activate');
        if (active !== sheet) throw new Error('Range 类的 Activate 方法无效：工作表未激活。');
        sheet.selection = a1(box.top, box.left);
      },
      AutoFilter() {
        call(`Range(${boxAddress(box, false)}).AutoFilter`);
        sheet.autoFilter = boxAddress(box, false);
      },
      get Worksheet() {
        return sheetObject(sheet);
      },
    };
    return range;
  }

  function sheetObject(sheet: FakeSheet): unknown {
    const live = () => {
      if (!sheets.includes(sheet)) throw new Error('对象已被删除。');
      return sheet;
    };
    return {
      get Name() {
        call('Worksheet.Name');
        return live().name;
      },
      set Name(v: string) {
        call('Worksheet.Name=');
        if (protectStructure) throw new Error('工作簿受保护，不能重命名工作表。');
        checkName(v, live());
        renameRefs(sheet.name, v);
        sheet.name = v;
      },
      get Visible() {
        call('Worksheet.Visible');
        return live().visible;
      },
      set Visible(v: number) {
        call('Worksheet.Visible=');
        if (v !== -1 && !sheets.some((s) => s !== sheet && s.visible === -1))
          throw new Error('不能隐藏唯一的可见工作表。');
        live().visible = v;
      },
      get Index() {
        return sheets.indexOf(live()) + 1;
      },
      get UsedRange() {
        call('Worksheet.UsedRange');
        return rangeObject(live(), usedBox(sheet));
      },
      get Cells() {
        return rangeObject(live(), { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL });
      },
      get Columns() {
        return rangeObject(live(), { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL });
      },
      get ProtectContents() {
        call('Worksheet.ProtectContents');
        return live().protected;
      },
      get PageSetup() {
        call('Worksheet.PageSetup');
        const page = live().page;
        return {
          set Orientation(v: number) {
            page.orientation = v;
          },
          set PrintTitleRows(v: string) {
            if (!/^\$\d+:\$\d+$/.test(v)) throw new Error(`PrintTitleRows 无效：${v}`);
            page.titleRows = v;
          },
          set Zoom(_v: number | false) {},
          set FitToPagesWide(v: number | false) {
            page.fitToWidth = v === 1;
          },
          set FitToPagesTall(_v: number | false) {},
        };
      },
      get Tab() {
        return {
          set Color(v: number) {
            live().tabColor = v;
          },
        };
      },
      Range(cell1: string, cell2?: string) {
        call(`Worksheet.Range(${cell1})`);
        const b = parseBox(cell2 ? `${cell1}:${cell2}` : cell1);
        return rangeObject(live(), b);
      },
      Activate() {
        call(`Worksheet(${sheet.name}).Activate`);
        if (live().visible !== -1) throw new Error('不能激活隐藏的工作表。');
        if (active !== sheet) {
          active = sheet;
          raise('SheetActivate', sheetObject(sheet));
        }
      },
      Delete() {
        call(`Worksheet(${sheet.name}).Delete`);
        if (protectStructure) throw new Error('工作簿受保护，不能删除工作表。');
        if (displayAlerts) {
          // WPS asks "确定要删除此工作表吗？"; the fake's user answers no.
          prompts.push(`删除工作表“${sheet.name}”`);
          return;
        }
        if (!sheets.some((s) => s !== sheet && s.visible === -1))
          throw new Error('工作簿至少要有一个可见工作表。');
        sheets.splice(sheets.indexOf(live()), 1);
        if (active === sheet) active = sheets.find((s) => s.visible === -1) ?? null;
      },
      Protect() {
        call(`Worksheet(${sheet.name}).Protect`);
        live().protected = true;
      },
      Unprotect() {
        call(`Worksheet(${sheet.name}).Unprotect`);
        live().protected = false;
      },
    };
  }

  const worksheets = {
    get Count() {
      call('Worksheets.Count');
      return sheets.length;
    },
    Item(index: number | string) {
      call(`Worksheets.Item(${index})`);
      const sheet = typeof index === 'number' ? sheets[index - 1] : byName(index);
      if (!sheet) throw new Error(`下标越界：${index}`);
      return sheetObject(sheet);
    },
    Add(_before?: unknown, after?: { Name: string }) {
      call('Worksheets.Add');
      if (protectStructure) throw new Error('工作簿受保护，不能添加工作表。');
      let n = sheets.length + 1;
      while (byName(`Sheet${n}`)) n++;
      const sheet = newSheet(`Sheet${n}`);
      const afterSheet = after ? byName(after.Name) : undefined;
      sheets.splice(afterSheet ? sheets.indexOf(afterSheet) + 1 : sheets.length, 0, sheet);
      active = sheet;
      raise('SheetActivate', sheetObject(sheet));
      return sheetObject(sheet);
    },
  };

  const workbook = () =>
    options.noWorkbook
      ? null
      : {
          get Name() {
            return '工作簿1.xlsx';
          },
          get Worksheets() {
            call('Workbook.Worksheets');
            return worksheets;
          },
          get ActiveSheet() {
            call('Workbook.ActiveSheet');
            return active ? sheetObject(active) : null;
          },
          get ProtectStructure() {
            call('Workbook.ProtectStructure');
            return protectStructure;
          },
        };

  const app = {
    Name: 'ET',
    Build: '12.1.0.fake',
    get ActiveWorkbook() {
      call('Application.ActiveWorkbook');
      return workbook();
    },
    get ActiveWindow() {
      call('Application.ActiveWindow');
      const frozen = { rows: 0, columns: 0 };
      return {
        set SplitRow(v: number) {
          frozen.rows = v;
        },
        set SplitColumn(v: number) {
          frozen.columns = v;
        },
        set FreezePanes(v: boolean) {
          if (active) active.frozen = v ? { ...frozen } : null;
        },
      };
    },
    get DisplayAlerts() {
      return displayAlerts;
    },
    set DisplayAlerts(v: boolean) {
      call('Application.DisplayAlerts=');
      displayAlerts = v;
    },
    get ScreenUpdating() {
      return screenUpdating;
    },
    set ScreenUpdating(v: boolean) {
      screenUpdating = v;
    },
    EnableEvents: true,
    ApiEvent: {
      AddApiEventListener(name: string, fn: (...args: unknown[]) => void) {
        call(`ApiEvent.Add(${name})`);
        handlers.push({ name, fn, removed: false });
      },
      RemoveApiEventListener(name: string, fn?: (...args: unknown[]) => void) {
        call(`ApiEvent.Remove(${name})`);
        for (const h of handlers) if (h.name === name && (!fn || h.fn === fn)) h.removed = true;
      },
    },
    PluginStorage: {
      setItem(key: string, value: unknown) {
        storage.set(key, value);
      },
      getItem(key: string) {
        return storage.has(key) ? storage.get(key) : null;
      },
    },
    CreateTaskPane(url: string) {
      call('CreateTaskPane');
      const pane = {
        ID: 1000 + taskPanes.length,
        url,
        Visible: false,
        Width: 0,
        DockPosition: 0,
        navigations: [] as string[],
      };
      taskPanes.push(pane);
      return taskPaneObject(pane);
    },
    GetTaskPane(id: number | string) {
      call('GetTaskPane');
      const pane = taskPanes.find((p) => String(p.ID) === String(id));
      return pane ? taskPaneObject(pane) : null;
    },
  };

  return {
    app,
    sheets,
    sheet: (name) => byName(name),
    sheetNames: () => sheets.map((s) => s.name),
    activeSheetName: () => active?.name ?? null,
    log,
    get calls() {
      return calls;
    },
    prompts,
    handlers,
    taskPanes,
    storage,
    userEdit(name, address, value) {
      const sheet = byName(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      const box = parseBox(address);
      writable(sheet, box);
      const cell = cellAt(sheet, box.top, box.left);
      delete cell.formula;
      delete cell.error;
      cell.value = value;
      raise('SheetChange', sheetObject(sheet), rangeObject(sheet, box));
    },
    userActivate(name) {
      const sheet = byName(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      active = sheet;
      raise('SheetActivate', sheetObject(sheet));
    },
    failNextWrite(sheet, message = '自动化错误：RPC 服务器不可用。') {
      failNext = { sheet, message };
    },
    setProtectStructure(on) {
      protectStructure = on;
    },
  } as FakeWps;
}

/**
 * A sheet's filled cells by A1 address: the value, and the number format where it has one. Empty
 * cells (null, and '' unless `keepEmptyText`) are left out. Written here without imports, so the
 * fake stays one script for the page; tests/e2e/fakeOffice.ts builds the fake Excel's cells with it too.
 */
export function cellsByAddress(
  sheet: GridSheet,
  { keepEmptyText }: { keepEmptyText: boolean },
): Record<string, { value: string | number | boolean; numberFormat?: string }> {
  const cells: Record<string, { value: string | number | boolean; numberFormat?: string }> = {};
  sheet.grid.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || (value === '' && !keepEmptyText)) return;
      let letters = '';
      for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      const a1 = `${letters}${r + 1}`;
      const numberFormat = sheet.formats?.get(a1);
      cells[a1] = numberFormat ? { value, numberFormat } : { value };
    }),
  );
  return cells;
}

/** A workbook's sheets as the fake's specs: values, number formats, merges, visibility. */
export function wpsSheetsOf(sheets: readonly GridSheet[]): FakeSheetSpec[] {
  return sheets.map((s) => {
    const cells = cellsByAddress(s, { keepEmptyText: true });
    return {
      name: s.name,
      visible: s.state === 'veryHidden' ? 2 : s.state === 'hidden' ? 0 : -1,
      cells,
      merges: s.merges ? [...s.merges] : undefined,
    };
  });
}
