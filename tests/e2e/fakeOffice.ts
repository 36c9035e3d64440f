/**
 * An in-page stand-in for office.js inside Excel, installed with `page.addInitScript` before
 * the task pane loads. The task pane's real host code (detectHost, excelHostContext,
 * createExcelHost) then runs against it, so the Excel path is exercised end to end in Chromium
 * without Excel. The function must be self-contained: Playwright serialises it into the page.
 */
export interface FakeOfficeOptions {
  platform: string;
  /** Highest ExcelApi minor version the fake Excel claims (7 → ExcelApi 1.7). */
  excelApiMinor: number;
  sheetName: string;
  /** The used range's values, starting at A1. */
  values: unknown[][];
  formulas: unknown[][];
}

export interface FakeOfficeProbe {
  reads: number;
  removed: boolean;
  fire?: (event: unknown) => Promise<void>;
}

export function installFakeOffice(options: FakeOfficeOptions): void {
  const probe: FakeOfficeProbe = { reads: 0, removed: false };
  (window as unknown as { __fakeOffice: FakeOfficeProbe }).__fakeOffice = probe;
  const noop = () => undefined;
  const rows = options.values.length;
  const columns = options.values[0]?.length ?? 0;
  const context = {
    sync: async () => undefined,
    workbook: {
      worksheets: {
        getActiveWorksheet: () => sheet,
      },
    },
  };
  const sheet = {
    name: options.sheetName,
    load: noop,
    getUsedRangeOrNullObject: () => {
      probe.reads++;
      return {
        isNullObject: rows === 0,
        rowIndex: 0,
        columnIndex: 0,
        rowCount: rows,
        columnCount: columns,
        load: noop,
      };
    },
    getRangeByIndexes: (row: number, _column: number, rowCount: number) => ({
      load: noop,
      values: options.values.slice(row, row + rowCount),
      formulas: options.formulas.slice(row, row + rowCount),
    }),
    onChanged: {
      add: (handler: (event: unknown) => Promise<void>) => {
        probe.fire = handler;
        return { context, remove: () => void (probe.removed = true) };
      },
    },
  };
  const w = window as unknown as Record<string, unknown>;
  w.Office = {
    onReady: async () => ({ host: 'Excel', platform: options.platform }),
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'ExcelApi' && Number(String(version).split('.')[1]) <= options.excelApiMinor,
      },
    },
  };
  w.Excel = {
    run: async (a: unknown, b?: unknown) =>
      ((typeof a === 'function' ? a : b) as (c: unknown) => Promise<unknown>)(context),
  };
}
