/**
 * A recording stand-in for the Excel object model, for write paths that office-addin-mock's
 * property bags cannot express (ranges by arbitrary address, nested format objects). Every
 * property set, method call and `context.sync()` is appended to one ordered log, e.g.
 *
 *   call sheet[汇总].getRange("A1:B1")
 *   set sheet[汇总].getRange("A1:B1").numberFormat = [["@","0.00"]]
 *   sync
 *
 * so tests assert what Excel would have been asked to do, and in which order.
 */
import type { ExcelRunner } from '../../src/office/excelHost';

export interface FakeExcelOptions {
  /** Sheets that already exist (getItemOrNullObject finds them). */
  existingSheets?: string[];
  /** Throw from this sync number (1-based), to test error wrapping. */
  failOnSync?: { n: number; error: unknown };
}

export interface FakeExcel {
  excel: ExcelRunner;
  log: string[];
  syncs(): number;
  /** Log lines written between the n-th and (n+1)-th sync (0: before the first). */
  batch(n: number): string[];
}

function fmt(value: unknown): string {
  return JSON.stringify(value);
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const log: string[] = [];
  const existing = new Set(options.existingSheets ?? []);
  let syncCount = 0;

  const sheetPath = (name: string) => `sheet[${name}]`;

  function node(path: string, extra: Record<string, unknown> = {}): unknown {
    const target = function () {
      /* callable so methods can be recorded */
    };
    return new Proxy(target, {
      get(_t, prop) {
        if (typeof prop === 'symbol') return undefined;
        if (prop === 'then') return undefined; // not a thenable
        if (prop in extra) return extra[prop];
        // Ranges passed as arguments (freezeAt(range)) print as the call that made them.
        if (prop === 'toJSON') return () => `<${path}>`;
        return node(`${path}.${prop}`);
      },
      set(_t, prop, value) {
        log.push(`set ${path}.${String(prop)} = ${fmt(value)}`);
        return true;
      },
      apply(_t, _this, args: unknown[]) {
        const call = `${path}(${args.map(fmt).join(',')})`;
        log.push(`call ${call}`);
        const method =
          path === 'workbook.worksheets.getItemOrNullObject' || path === 'workbook.worksheets.add'
            ? path.slice(20)
            : '';
        if (method === 'getItemOrNullObject' || method === 'add') {
          const name = String(args[0]);
          const isNull = method === 'getItemOrNullObject' && !existing.has(name);
          if (method === 'add') existing.add(name);
          return node(sheetPath(name), { isNullObject: isNull, name });
        }
        return node(call);
      },
    });
  }

  const context = {
    workbook: node('workbook'),
    sync: async () => {
      syncCount++;
      log.push('sync');
      if (options.failOnSync && options.failOnSync.n === syncCount) throw options.failOnSync.error;
    },
  };

  const excel = {
    run: async (a: unknown, b?: unknown) => {
      const batch = (typeof a === 'function' ? a : b) as (c: unknown) => Promise<unknown>;
      return batch(context);
    },
  } as unknown as ExcelRunner;

  return {
    excel,
    log,
    syncs: () => syncCount,
    batch(n: number) {
      const out: string[][] = [[]];
      for (const line of log) {
        if (line === 'sync') out.push([]);
        else out[out.length - 1].push(line);
      }
      return out[n] ?? [];
    },
  };
}
