/**
 * A recording, simulating stand-in for the Excel object model, for the host's write paths and
 * round-trip counts (office-addin-mock's property bags cannot rename sheets, resolve ranges by
 * address or fail half-way through a batch).
 *
 * Like Office.js, calls and property sets are only queued; `context.sync()` runs them in order
 * against a small workbook model (sheets with names, ids, visibility, protection, cells) and
 * fills what was loaded. A failure injected at one command leaves the commands before it
 * applied, as Excel does. Reading a property that was not loaded and synced throws.
 *
 * Cell writes are parsed like typing, as Excel does with `range.values`: a string starting with
 * = + - @ becomes a formula unless the cell's number format is text (`@`), so a writer that
 * forgets the text format is caught by the end state, not only by the log.
 *
 * Every command is also logged, e.g.
 *   call workbook.worksheets.add("汇总")
 *   set sheet[汇总].getRange("A1:B1").numberFormat = [["@","0.00"]]
 *   sync
 *
 * The real host's limits, each as documented (a kinder fake would let bugs through):
 *
 * - Payload per sync. Excel on the web refuses a request, or a response, over 5 MB
 *   (RichApi.Error RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded;
 *   learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins,
 *   the page the error message itself links to). The fake measures every sync's request (the
 *   JSON of the queued commands) and response (the JSON of what was loaded) and refuses either
 *   over `payloadLimitBytes`; `traffic()` reports both per sync (the bench reads it).
 * - Cell-edit mode. While the user is typing in a cell (IME composition included), Excel
 *   refuses every request with InvalidOperationInCellEditMode, unless the batch was started with
 *   `Excel.run({ delayForCellEdit: true }, …)`, which Excel holds until the edit ends
 *   (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit; Excel.RunOptions).
 *   `setCellEdit(true)` puts the fake in that state.
 * - Events that do not fire. Excel on the web raises no worksheet `onChanged` for a value picked
 *   from a data-validation dropdown (OfficeDev/office-js#3888, #4066; desktop builds had the
 *   same bug, #420): `pickFromDropdown` changes the cell and, with `platform: 'web'`, fires
 *   nothing; `select` fires `onSelectionChanged`, which does fire.
 * - Undo. With undo support (`undo: 'web' | 'desktop'`, ExcelApi 1.20, "Undo support with the
 *   Excel JavaScript API", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities)
 *   every sync that changes the workbook is one entry on the user's undo stack, or one entry per
 *   `Excel.run({ mergeUndoGroup: true }, …)`; an API without undo support (Worksheet.delete and
 *   protection everywhere; Worksheet.name, .visibility, .position on Windows and Mac) clears the
 *   stack, and inside a merged group it fails the batch with UndoNotSupported.
 */
import type { ExcelRunner } from '../../src/office/excelHost';

export interface FakeCell {
  value?: string | number | boolean;
  /** Formula text with its `=`. */
  formula?: string;
  numberFormat?: string;
  /** Written as a typed string (valuesAsJson). */
  typed?: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: string[];
}

export interface FakeSheetSpec {
  name: string;
  visibility?: FakeSheet['visibility'];
  protected?: boolean;
  cells?: Record<string, FakeCell | string | number | boolean>;
  merges?: string[];
}

export interface FakeExcelOptions {
  /** Sheets that already exist, in workbook order (names or full specs); default: one `Sheet1`. */
  sheets?: Array<string | FakeSheetSpec>;
  /** Shorthand for plain visible sheets. */
  existingSheets?: string[];
  /** Name of the active sheet (default: the first visible one). */
  activeSheet?: string;
  workbookProtected?: boolean;
  /** Workbook-level defined names that exist. */
  names?: string[];
  /** Refuse a whole request (nothing runs): return the error for sync `n` (1-based), or undefined. */
  refuse?: (n: number, lines: string[]) => unknown;
  /** Fail at one command (earlier commands of the batch stay applied): return the error, or undefined. */
  failAt?: (line: string, n: number) => unknown;
  /** Request and response cap per sync, in bytes (Excel on the web: 5 MB; Infinity for desktop). */
  payloadLimitBytes?: number;
  /** Which Excel this is, for behaviour that differs (dropdown picks, undo support). Default 'web'. */
  platform?: 'web' | 'desktop';
  /** Honour `delayForCellEdit` (ExcelApi 1.11 and later). Default true. */
  delayForCellEdit?: boolean;
  /** Keep an undo stack of add-in writes (ExcelApi 1.20): per platform, or false (default). */
  undo?: false | 'web' | 'desktop';
}

/** One sync's payload: the request's bytes and the response's bytes, as JSON. */
export interface SyncTraffic {
  requestBytes: number;
  responseBytes: number;
}

/** An entry of the user's undo stack: who made it and the commands it would undo. */
export interface UndoEntry {
  by: 'add-in' | 'user';
  changes: string[];
}

/** Excel on the web's cap on one request and on one response. */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

export interface FakeHandler {
  path: string;
  fire(event?: unknown): Promise<void>;
  removed: boolean;
  /** The worksheet whose event it is (once the add command ran); undefined for collection events. */
  sheetId?: string;
}

export interface FakeExcel {
  excel: ExcelRunner;
  log: string[];
  syncs(): number;
  /** `Excel.run` calls so far. */
  runs(): number;
  /** Log lines queued between the n-th and (n+1)-th sync (0: before the first). */
  batch(n: number): string[];
  sheetNames(): string[];
  sheet(name: string): FakeSheet | undefined;
  activeSheet(): string | undefined;
  definedNames(): Map<string, string>;
  handlers: FakeHandler[];
  /** Make the next requests fail or not (e.g. leave cell-edit mode). */
  setRefuse(refuse: FakeExcelOptions['refuse']): void;
  /** Request and response bytes of every sync so far. */
  traffic(): SyncTraffic[];
  /** The user starts (true) or finishes (false) typing in a cell. */
  setCellEdit(editing: boolean): void;
  /** The user picks `value` from the cell's dropdown (no onChanged on the web). */
  pickFromDropdown(sheet: string, address: string, value: string): Promise<void>;
  /** The user types `value` into a cell and presses Enter (onChanged fires, an undo entry). */
  typeInto(sheet: string, address: string, value: string | number): Promise<void>;
  /** The user selects a cell (onSelectionChanged fires). */
  select(sheet: string, address: string): Promise<void>;
  /** The user's undo stack, oldest first. */
  undoStack(): UndoEntry[];
}

const fmt = (v: unknown) => JSON.stringify(v);

/** 1-based rectangle. */
interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function colLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const addr = (row: number, col: number) => `${colLetters(col)}${row}`;

function parseRect(address: string): Rect {
  const a = address.replace(/\$/g, '').toUpperCase();
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a);
  if (m) {
    const r1 = Number(m[2]);
    const c1 = colNumber(m[1]);
    const r2 = m[4] ? Number(m[4]) : r1;
    const c2 = m[3] ? colNumber(m[3]) : c1;
    return {
      row: Math.min(r1, r2),
      col: Math.min(c1, c2),
      rows: Math.abs(r2 - r1) + 1,
      cols: Math.abs(c2 - c1) + 1,
    };
  }
  m = /^([A-Z]+):([A-Z]+)$/.exec(a);
  if (m) return { row: 1, col: colNumber(m[1]), rows: MAX_ROWS, cols: colNumber(m[2]) - colNumber(m[1]) + 1 };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { row: Number(m[1]), col: 1, rows: Number(m[2]) - Number(m[1]) + 1, cols: MAX_COLS };
  throw new FakeOfficeError('InvalidArgument', `bad address ${address}`);
}

const SCALARS = new Set([
  'name',
  'visibility',
  'id',
  'values',
  'formulas',
  'numberFormat',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'address',
  'protected',
  'items',
]);

type Kind =
  | 'workbook'
  | 'worksheets'
  | 'sheet'
  | 'range'
  | 'areas'
  | 'found'
  | 'names'
  | 'nameItem'
  | 'wbProtection'
  | 'sheetProtection'
  | 'other';

interface NodeState {
  path: string;
  kind: Kind;
  /** For sheets: the bound sheet id (null: a null object) once the creating command ran. */
  sheetId?: string | null;
  /** For ranges and sheet children: the sheet node. */
  sheetNode?: NodeState;
  /** For ranges. */
  spec?: { address?: string; indexes?: number[]; used?: boolean; whole?: boolean };
  /** For name items. */
  key?: string;
  /** For `findAllOrNullObject`: the text sought, whole-cell and case-sensitive as asked. */
  find?: { text: string; completeMatch: boolean; matchCase: boolean };
  loaded: Record<string, unknown>;
  isNull?: boolean;
  synced: boolean;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const log: string[] = [];
  let syncCount = 0;
  let runCount = 0;
  let nextId = 1;
  let refuse = options.refuse;
  const sheets: FakeSheet[] = [];
  const definedNames = new Map<string, string>((options.names ?? []).map((n) => [n.toUpperCase(), '']));
  const handlers: FakeHandler[] = [];
  const given: Array<string | FakeSheetSpec> = [...(options.sheets ?? []), ...(options.existingSheets ?? [])];
  // Excel never has a workbook without a visible sheet: a new one has Sheet1.
  const specs = given.length ? given : ['Sheet1'];
  for (const spec of specs) {
    const s = typeof spec === 'string' ? { name: spec } : spec;
    const cells = new Map<string, FakeCell>();
    for (const [a, c] of Object.entries(s.cells ?? {}))
      cells.set(a, typeof c === 'object' ? { ...c } : { value: c });
    sheets.push({
      id: `{${nextId++}}`,
      name: s.name,
      visibility: s.visibility ?? 'Visible',
      protected: s.protected ?? false,
      cells,
      merges: [...(s.merges ?? [])],
    });
  }
  let activeId = (
    options.activeSheet
      ? sheets.find((s) => s.name === options.activeSheet)
      : sheets.find((s) => s.visibility === 'Visible')
  )?.id;
  const workbookProtected = options.workbookProtected ?? false;

  /**
   * How a command bears on the user's undo stack: `read` (loads, lookups, selection), `write`
   * (changes the workbook, undoable), `no-undo` (changes it with an API that has no undo support).
   */
  type UndoKind = 'read' | 'write' | 'no-undo';
  let pending: Array<{ line: string; exec: () => void; kind: UndoKind }> = [];
  const queue = (line: string, exec: () => void = () => undefined, kind: UndoKind = 'write') => {
    log.push(line);
    pending.push({ line, exec, kind });
  };
  const limit = options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT_BYTES;
  const platform = options.platform ?? 'web';
  const undoMode = options.undo ?? false;
  const traffic: SyncTraffic[] = [];
  const undo: UndoEntry[] = [];
  /** Options of the Excel.run in progress (the fake has one request context, like one pane). */
  let runOptions: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } = {};
  let mergedEntry: UndoEntry | null = null;
  let cellEdit = false;
  let editWaiters: Array<() => void> = [];
  /** Nodes whose load ran in the current sync, with the properties asked for (the response). */
  const loadedNow = new Map<NodeState, string[] | null>();
  /** What the response carries for one load: only the properties asked for (`items/name` too). */
  const weigh = (node: NodeState, props: string[] | null): number => {
    if (!props) return utf8(JSON.stringify(node.loaded));
    let bytes = 2;
    for (const prop of props) {
      const [top, sub] = prop.split('/');
      const value = node.loaded[top];
      const part =
        sub && Array.isArray(value) ? value.map((item) => (item as Record<string, unknown>)[sub]) : value;
      bytes += utf8(JSON.stringify(part ?? null)) + prop.length + 4;
    }
    return bytes;
  };
  // TextEncoder, not Buffer: this file also runs in the page (tests/e2e/fakeOffice.ts).
  const encoder = new TextEncoder();
  const utf8 = (text: string) => encoder.encode(text).length;

  const byKey = (key: string) =>
    sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase());
  const sheetOf = (node: NodeState): FakeSheet => {
    const holder = node.kind === 'sheet' ? node : node.sheetNode!;
    if (holder.sheetId === null) throw new FakeOfficeError('ItemNotFound', `null object ${holder.path}`);
    const sheet = sheets.find((s) => s.id === holder.sheetId);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `gone: ${holder.path}`);
    return sheet;
  };
  const usedRect = (sheet: FakeSheet): Rect | null => {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = 0;
    let c2 = 0;
    for (const [a, cell] of sheet.cells) {
      if (cell.value === undefined && cell.formula === undefined) continue;
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      const r = Number(m[2]);
      const c = colNumber(m[1]);
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return r2 === 0 ? null : { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  };
  const rectOf = (node: NodeState): Rect | null => {
    const spec = node.spec!;
    if (spec.used) return usedRect(sheetOf(node));
    if (spec.whole) return { row: 1, col: 1, rows: MAX_ROWS, cols: MAX_COLS };
    if (spec.indexes) {
      const [r, c, rc, cc] = spec.indexes;
      return { row: r + 1, col: c + 1, rows: rc, cols: cc };
    }
    return parseRect(spec.address!);
  };
  /** What Excel does to formulas when a sheet is renamed (follow it) or deleted (#REF!). */
  const retarget = (oldName: string, replacement: string | null) => {
    const quoted = `'${oldName.replace(/'/g, "''")}'!`;
    for (const sheet of sheets) {
      for (const cell of sheet.cells.values()) {
        if (!cell.formula) continue;
        cell.formula = cell.formula
          .split(quoted)
          .join(replacement === null ? '#REF!' : `'${replacement.replace(/'/g, "''")}'!`);
      }
    }
  };
  const visibleCount = () => sheets.filter((s) => s.visibility === 'Visible').length;
  const requireStructure = () => {
    if (workbookProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
  };

  function writeCells(node: NodeState, prop: string, value: unknown): void {
    const sheet = sheetOf(node);
    const rect = rectOf(node)!;
    if (sheet.protected) throw new FakeOfficeError('AccessDenied', `sheet ${sheet.name} is protected`);
    const grid = value as unknown[][];
    const scalar = !Array.isArray(value);
    if (!scalar && (grid.length !== rect.rows || grid.some((row) => row.length !== rect.cols))) {
      throw new FakeOfficeError('InvalidArgument', `${prop} dimensions do not match ${node.path}`);
    }
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.cols; j++) {
        const a = addr(rect.row + i, rect.col + j);
        const v = scalar ? value : grid[i][j];
        const cell = sheet.cells.get(a) ?? {};
        if (prop === 'numberFormat') cell.numberFormat = String(v);
        else if (prop === 'valuesAsJson') {
          const typed = v as { type: string; basicValue: string };
          cell.value = typed.basicValue;
          cell.formula = undefined;
          cell.typed = typed.type === 'String';
        } else if (typeof v === 'string' && v === '') {
          cell.value = undefined;
          cell.formula = undefined;
        } else if (typeof v === 'string' && /^[=+\-@]/.test(v) && cell.numberFormat !== '@') {
          // Parsed like typing: a formula unless the cell is text-formatted.
          cell.formula = v.startsWith('=') ? v : `=${v}`;
          cell.value = 0;
        } else if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) && cell.numberFormat !== '@') {
          // "00123" typed into a General cell is the number 123.
          cell.value = Number(v);
          cell.formula = undefined;
        } else {
          cell.value = v as string | number | boolean;
          cell.formula = undefined;
        }
        sheet.cells.set(a, cell);
      }
    }
  }

  function loadRange(node: NodeState): void {
    const sheet = sheetOf(node);
    const rect = rectOf(node);
    node.isNull = rect === null;
    if (!rect) return;
    const grid = (f: (cell: FakeCell | undefined) => unknown) =>
      Array.from({ length: rect.rows }, (_, i) =>
        Array.from({ length: rect.cols }, (_, j) => f(sheet.cells.get(addr(rect.row + i, rect.col + j)))),
      );
    Object.assign(node.loaded, {
      rowIndex: rect.row - 1,
      columnIndex: rect.col - 1,
      rowCount: rect.rows,
      columnCount: rect.cols,
      address: `${sheet.name}!${addr(rect.row, rect.col)}:${addr(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`,
      values: grid((c) => c?.value ?? ''),
      formulas: grid((c) => c?.formula ?? c?.value ?? ''),
      numberFormat: grid((c) => c?.numberFormat ?? 'General'),
    });
  }

  const context: { workbook: unknown; sync: () => Promise<void> } = {
    workbook: undefined,
    sync: async () => {
      syncCount++;
      log.push('sync');
      const batch = pending;
      pending = [];
      const requestBytes = utf8(batch.map((c) => c.line).join('\n'));
      const record = { requestBytes, responseBytes: 0 };
      traffic.push(record);
      if (cellEdit) {
        // delayForCellEdit: Excel holds the batch until the user leaves the cell.
        if (runOptions.delayForCellEdit && (options.delayForCellEdit ?? true)) {
          await new Promise<void>((resolve) => editWaiters.push(resolve));
        } else {
          throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
        }
      }
      const refusal = refuse?.(
        syncCount,
        batch.map((c) => c.line),
      );
      if (refusal) throw refusal;
      if (requestBytes > limit) {
        throw new FakeOfficeError(
          'RequestPayloadSizeLimitExceeded',
          `request of ${requestBytes} bytes over ${limit}`,
        );
      }
      const merging = undoMode !== false && runOptions.mergeUndoGroup === true;
      if (merging) {
        const unsupported = batch.find((c) => c.kind === 'no-undo');
        if (unsupported)
          throw new FakeOfficeError('UndoNotSupported', `no undo support: ${unsupported.line}`);
      }
      loadedNow.clear();
      const changes: string[] = [];
      for (const command of batch) {
        const injected = options.failAt?.(command.line, syncCount);
        if (injected) throw injected;
        command.exec();
        if (undoMode === false) continue;
        if (command.kind === 'no-undo') {
          // "The user's undo stack is cleared starting from that API call."
          undo.length = 0;
          mergedEntry = null;
          changes.length = 0;
        } else if (command.kind === 'write') changes.push(command.line);
      }
      for (const [node, props] of loadedNow) record.responseBytes += weigh(node, props) + 16;
      if (record.responseBytes > limit) {
        // Not delivered: what was loaded stays unreadable (this batch's writes, if any, ran).
        touched.clear();
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `response of ${record.responseBytes} bytes over ${limit}`,
        );
      }
      if (changes.length) {
        if (merging && mergedEntry) mergedEntry.changes.push(...changes);
        else {
          const entry: UndoEntry = { by: 'add-in', changes };
          undo.push(entry);
          if (merging) mergedEntry = entry;
        }
      }
      for (const node of touched) node.synced = true;
      touched.clear();
    },
  };
  const touched = new Set<NodeState>();

  function child(parent: NodeState, prop: string): NodeState {
    const kind: Kind =
      parent.kind === 'workbook' && prop === 'worksheets'
        ? 'worksheets'
        : parent.kind === 'workbook' && prop === 'names'
          ? 'names'
          : parent.kind === 'workbook' && prop === 'protection'
            ? 'wbProtection'
            : parent.kind === 'sheet' && prop === 'protection'
              ? 'sheetProtection'
              : 'other';
    return {
      path: `${parent.path}.${prop}`,
      kind,
      sheetNode: parent.kind === 'sheet' ? parent : parent.sheetNode,
      loaded: {},
      synced: false,
    };
  }

  function call(node: NodeState, method: string, args: unknown[]): unknown {
    const line = `call ${node.path}.${method}(${args.map(fmt).join(',')})`;
    const at = (p: string) => `${node.path}.${method}(${args.map(fmt).join(',')})${p}`;
    const mk = (state: Omit<NodeState, 'loaded' | 'synced'>) => {
      const n: NodeState = { ...state, loaded: {}, synced: false };
      touched.add(n);
      return n;
    };
    if (method === 'load') {
      queue(
        line,
        () => {
          loadedNow.set(
            node,
            typeof args[0] === 'string'
              ? args[0]
                  .split(',')
                  .map((x) => x.trim())
                  .filter(Boolean)
              : null,
          );
          if (node.kind === 'worksheets') {
            node.loaded.items = sheets.map((s) => ({ name: s.name, id: s.id, visibility: s.visibility }));
          } else if (node.kind === 'sheet') {
            const sheet = node.sheetId === null ? undefined : sheetOf(node);
            if (sheet)
              Object.assign(node.loaded, { name: sheet.name, id: sheet.id, visibility: sheet.visibility });
          } else if (node.kind === 'range') {
            loadRange(node);
          } else if (node.kind === 'found') {
            // Worksheet.findAllOrNullObject (ExcelApi 1.9): every cell whose value matches.
            const sheet = sheetOf(node);
            const f = node.find!;
            const norm = (t: string) => (f.matchCase ? t : t.toLowerCase());
            const rowOf = (a: string) => Number(/\d+$/.exec(a)![0]);
            const hits = [...sheet.cells.entries()]
              .filter(([, c]) => c.value !== undefined && c.value !== '')
              .filter(([, c]) =>
                f.completeMatch
                  ? norm(String(c.value)) === norm(f.text)
                  : norm(String(c.value)).includes(norm(f.text)),
              )
              .map(([a]) => a)
              .sort((a, b) => rowOf(a) - rowOf(b) || a.localeCompare(b));
            node.isNull = hits.length === 0;
            node.loaded.address = hits.map((a) => `'${sheet.name}'!${a}`).join(', ');
          } else if (node.kind === 'areas') {
            const sheet = sheetOf(node);
            node.isNull = sheet.merges.length === 0;
            node.loaded.address = sheet.merges.map((m) => `'${sheet.name}'!${m}`).join(', ');
          } else if (node.kind === 'wbProtection') {
            node.loaded.protected = workbookProtected;
          } else if (node.kind === 'names') {
            node.loaded.items = [...definedNames.keys()].map((name) => ({ name }));
          }
        },
        'read',
      );
      touched.add(node);
      return node.kind === 'other' ? undefined : proxy(node);
    }
    if (node.kind === 'worksheets') {
      const key = String(args[0] ?? '');
      if (
        method === 'getItem' ||
        method === 'getItemOrNullObject' ||
        method === 'add' ||
        method === 'getActiveWorksheet'
      ) {
        const sheetNode = mk({
          path: method === 'getActiveWorksheet' ? 'sheet[active]' : `sheet[${key}]`,
          kind: 'sheet',
        });
        queue(
          line,
          () => {
            if (method === 'add') {
              requireStructure();
              if (byKey(key)) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${key} exists`);
              const sheet: FakeSheet = {
                id: `{${nextId++}}`,
                name: key,
                visibility: 'Visible',
                protected: false,
                cells: new Map(),
                merges: [],
              };
              sheets.push(sheet);
              sheetNode.sheetId = sheet.id;
            } else if (method === 'getActiveWorksheet') {
              sheetNode.sheetId = activeId ?? null;
            } else {
              const sheet = byKey(key);
              if (!sheet && method === 'getItem')
                throw new FakeOfficeError('ItemNotFound', `no sheet ${key}`);
              sheetNode.sheetId = sheet?.id ?? null;
            }
            sheetNode.isNull = sheetNode.sheetId === null;
          },
          method === 'add' ? 'write' : 'read',
        );
        return proxy(sheetNode);
      }
    }
    if (node.kind === 'sheet') {
      if (method === 'getRange' || method === 'getRangeByIndexes' || method === 'getUsedRangeOrNullObject') {
        const spec =
          method === 'getRange'
            ? args.length
              ? { address: String(args[0]) }
              : { whole: true }
            : method === 'getRangeByIndexes'
              ? { indexes: args as number[] }
              : { used: true };
        const range = mk({
          path: `${node.path}.${method}(${args.map(fmt).join(',')})`,
          kind: 'range',
          sheetNode: node,
          spec,
        });
        log.push(line);
        pending.push({ line, exec: () => void sheetOf(node), kind: 'read' });
        return proxy(range);
      }
      if (method === 'findAllOrNullObject') {
        const criteria = (args[1] ?? {}) as { completeMatch?: boolean; matchCase?: boolean };
        const found = mk({
          path: at(''),
          kind: 'found',
          sheetNode: node,
          find: {
            text: String(args[0]),
            completeMatch: !!criteria.completeMatch,
            matchCase: !!criteria.matchCase,
          },
        });
        queue(line, () => void sheetOf(node), 'read');
        return proxy(found);
      }
      if (method === 'delete') {
        queue(
          line,
          () => {
            requireStructure();
            const sheet = sheetOf(node);
            if (sheet.visibility === 'Visible' && visibleCount() === 1)
              throw new FakeOfficeError('InvalidOperation', 'last visible sheet');
            sheets.splice(sheets.indexOf(sheet), 1);
            retarget(sheet.name, null);
            if (activeId === sheet.id) activeId = sheets.find((s) => s.visibility === 'Visible')?.id;
          },
          'no-undo',
        );
        return undefined;
      }
      if (method === 'activate') {
        queue(
          line,
          () => {
            const sheet = sheetOf(node);
            if (sheet.visibility !== 'Visible')
              throw new FakeOfficeError('InvalidOperation', 'cannot activate a hidden sheet');
            activeId = sheet.id;
          },
          'read',
        );
        return undefined;
      }
    }
    if (node.kind === 'sheetProtection' && (method === 'protect' || method === 'unprotect')) {
      queue(line, () => (sheetOf(node).protected = method === 'protect'), 'no-undo');
      return undefined;
    }
    if (node.kind === 'range') {
      if (method === 'clear') {
        queue(line, () => {
          const sheet = sheetOf(node);
          if (sheet.protected) throw new FakeOfficeError('AccessDenied', `sheet ${sheet.name} is protected`);
          const rect = rectOf(node);
          if (!rect) return;
          for (const [a, cell] of sheet.cells) {
            const m = /^([A-Z]+)(\d+)$/.exec(a)!;
            const r = Number(m[2]);
            const c = colNumber(m[1]);
            if (r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols) {
              cell.value = undefined;
              cell.formula = undefined;
            }
          }
        });
        return undefined;
      }
      if (method === 'merge') {
        queue(line, () => sheetOf(node).merges.push(node.spec!.address!));
        return undefined;
      }
      if (method === 'getMergedAreasOrNullObject') {
        queue(line, undefined, 'read');
        return proxy(mk({ path: at(''), kind: 'areas', sheetNode: node.sheetNode }));
      }
    }
    if (node.kind === 'names') {
      if (method === 'add') {
        queue(line, () => {
          const key = String(args[0]).toUpperCase();
          if (definedNames.has(key)) throw new FakeOfficeError('ItemAlreadyExists', `name ${args[0]} exists`);
          definedNames.set(key, String(args[1]));
        });
        return undefined;
      }
      if (method === 'getItem') {
        queue(line, undefined, 'read');
        return proxy(mk({ path: at(''), kind: 'nameItem', key: String(args[0]).toUpperCase() }));
      }
    }
    if (node.kind === 'nameItem' && method === 'delete') {
      queue(line, () => {
        if (!definedNames.delete(node.key!)) throw new FakeOfficeError('ItemNotFound', `no name ${node.key}`);
      });
      return undefined;
    }
    if (
      method === 'add' &&
      (node.path.endsWith('.onChanged') ||
        node.path.endsWith('.onActivated') ||
        node.path.endsWith('.onSelectionChanged'))
    ) {
      const handler: FakeHandler = {
        path: node.path,
        removed: false,
        fire: async (event?: unknown) => {
          if (!handler.removed) await (args[0] as (e: unknown) => Promise<void>)(event ?? {});
        },
      };
      queue(
        line,
        () => {
          const holder = node.sheetNode;
          if (holder && holder.sheetId) handler.sheetId = holder.sheetId;
        },
        'read',
      );
      handlers.push(handler);
      return {
        context,
        remove: () => {
          queue(`call ${node.path}.remove()`, () => (handler.removed = true), 'read');
        },
      };
    }
    // Selecting is not an edit; everything else called on a range or sheet changes it.
    queue(line, undefined, method === 'select' ? 'read' : 'write');
    return proxy(mk({ path: at(''), kind: 'other', sheetNode: node.sheetNode }));
  }

  /** Worksheet.name, .visibility and .position have undo support on the web only. */
  const sheetPropertyUndo: UndoKind = platform === 'desktop' ? 'no-undo' : 'write';

  /** What setting each of those does to the sheet, when the batch syncs. */
  const sheetSetters = new Map<string, (node: NodeState, value: unknown) => void>([
    [
      'name',
      (node, value) => {
        requireStructure();
        const sheet = sheetOf(node);
        const other = byKey(String(value));
        if (other && other !== sheet) throw new FakeOfficeError('ItemAlreadyExists', `sheet ${value} exists`);
        retarget(sheet.name, String(value));
        sheet.name = String(value);
      },
    ],
    [
      'visibility',
      (node, value) => {
        const sheet = sheetOf(node);
        if (sheet.visibility === 'Visible' && value !== 'Visible' && visibleCount() === 1) {
          throw new FakeOfficeError('InvalidOperation', 'last visible sheet');
        }
        sheet.visibility = value as FakeSheet['visibility'];
      },
    ],
    [
      'position',
      (node, value) => {
        const sheet = sheetOf(node);
        sheets.splice(sheets.indexOf(sheet), 1);
        sheets.splice(Number(value), 0, sheet);
      },
    ],
  ]);

  function set(node: NodeState, prop: string, value: unknown): void {
    const line = `set ${node.path}.${prop} = ${fmt(value)}`;
    const setSheet = node.kind === 'sheet' ? sheetSetters.get(prop) : undefined;
    if (setSheet) {
      queue(line, () => setSheet(node, value), sheetPropertyUndo);
    } else if (
      node.kind === 'range' &&
      ['values', 'formulas', 'numberFormat', 'valuesAsJson'].includes(prop)
    ) {
      queue(line, () =>
        writeCells(node, prop, prop === 'valuesAsJson' ? (value as unknown[][]).map((r) => r) : value),
      );
    } else {
      queue(line);
    }
  }

  function proxy(node: NodeState): unknown {
    const target = function () {
      /* callable so methods can be recorded */
    };
    return new Proxy(target, {
      get(_t, prop) {
        if (typeof prop === 'symbol' || prop === 'then') return undefined;
        if (prop === 'toJSON') return () => `<${node.path}>`;
        if (prop === 'isNullObject') {
          if (!node.synced) throw new Error(`isNullObject read before sync: ${node.path}`);
          return node.isNull ?? false;
        }
        if (prop in node.loaded) {
          if (!node.synced) throw new Error(`PropertyNotLoaded (not synced): ${node.path}.${prop}`);
          return node.loaded[prop];
        }
        if (prop === 'context') return context;
        if (SCALARS.has(prop) && node.kind !== 'other' && node.kind !== 'workbook') {
          throw new Error(`PropertyNotLoaded: ${node.path}.${prop}`);
        }
        const c = child(node, prop);
        return new Proxy(target, {
          get: (_t2, p2) => (proxy(c) as Record<string | symbol, unknown>)[p2],
          set: (_t2, p2, v) => {
            (proxy(c) as Record<string | symbol, unknown>)[p2] = v;
            return true;
          },
          apply: (_t2, _this, args: unknown[]) => call(node, prop, args),
        });
      },
      set(_t, prop, value) {
        set(node, String(prop), value);
        return true;
      },
    });
  }

  const workbookNode: NodeState = { path: 'workbook', kind: 'workbook', loaded: {}, synced: true };
  context.workbook = proxy(workbookNode);

  const excel = {
    run: async (a: unknown, b?: unknown) => {
      runCount++;
      pending = [];
      const batch = (typeof a === 'function' ? a : b) as (c: unknown) => Promise<unknown>;
      // Excel.run(options, batch): RunOptions; Excel.run(object, batch): an earlier context.
      const given = typeof a === 'object' && a !== null && !('workbook' in a) ? (a as typeof runOptions) : {};
      runOptions = { delayForCellEdit: given.delayForCellEdit, mergeUndoGroup: given.mergeUndoGroup };
      mergedEntry = null;
      try {
        return await batch(context);
      } finally {
        runOptions = {};
        mergedEntry = null;
      }
    },
  } as unknown as ExcelRunner;

  const sheetByName = (name: string) => {
    const sheet = sheets.find((x) => x.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  };
  const fireFor = async (suffix: string, sheet: FakeSheet, event: Record<string, unknown>) => {
    for (const h of handlers.filter(
      (x) => x.path.endsWith(suffix) && !x.removed && (!x.sheetId || x.sheetId === sheet.id),
    ))
      await h.fire({ worksheetId: sheet.id, ...event });
  };
  const userSets = (sheet: FakeSheet, address: string, value: string | number) => {
    const cell = sheet.cells.get(address) ?? {};
    cell.value = value;
    cell.formula = undefined;
    sheet.cells.set(address, cell);
    if (undoMode !== false) undo.push({ by: 'user', changes: [`${sheet.name}!${address} = ${fmt(value)}`] });
  };

  return {
    excel,
    log,
    handlers,
    syncs: () => syncCount,
    runs: () => runCount,
    batch(n: number) {
      const out: string[][] = [[]];
      for (const line of log) {
        if (line === 'sync') out.push([]);
        else out[out.length - 1].push(line);
      }
      return out[n] ?? [];
    },
    sheetNames: () => sheets.map((s) => s.name),
    sheet: (name: string) => sheets.find((s) => s.name === name),
    activeSheet: () => sheets.find((s) => s.id === activeId)?.name,
    definedNames: () => definedNames,
    setRefuse(r) {
      refuse = r;
    },
    traffic: () => traffic.map((t) => ({ ...t })),
    setCellEdit(editing) {
      cellEdit = editing;
      if (!editing) {
        const waiting = editWaiters;
        editWaiters = [];
        for (const resume of waiting) resume();
      }
    },
    async typeInto(sheetName, address, value) {
      const sheet = sheetByName(sheetName);
      userSets(sheet, address, value);
      await fireFor('.onChanged', sheet, { address, changeType: 'RangeEdited', source: 'Local' });
    },
    async pickFromDropdown(sheetName, address, value) {
      const sheet = sheetByName(sheetName);
      userSets(sheet, address, value);
      // Excel on the web raises no onChanged for a dropdown pick (office-js#3888, #4066).
      if (platform === 'desktop')
        await fireFor('.onChanged', sheet, { address, changeType: 'RangeEdited', source: 'Local' });
    },
    async select(sheetName, address) {
      const sheet = sheetByName(sheetName);
      await fireFor('.onSelectionChanged', sheet, { address });
    },
    undoStack: () => undo.map((e) => ({ by: e.by, changes: [...e.changes] })),
  };
}
