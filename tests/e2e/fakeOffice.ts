/**
 * Office.js inside Excel, simulated in the page: the task pane's real host code (detectHost,
 * excelHostContext, createExcelHost and everything under src/office/excel/) runs against the
 * recording Excel object model of tests/addin/fakeExcel.ts, transpiled and injected before the
 * page loads. So the Excel path — reads, live validation, marks, atomic writes — is exercised
 * end to end in Chromium without Excel.
 */
import fs from 'fs';
import path from 'path';
import ts from 'typescript';
import type { Page } from 'playwright-core';
import type { GridSheet } from '@ledger-review/workbook';
import type { FakeSheetSpec } from '../addin/fakeExcel';
import { cellsByAddress } from '../wps/fakeWps';

export interface FakeOfficeSetup {
  platform: string;
  /** Highest ExcelApi minor version the fake Excel claims (7 → ExcelApi 1.7). */
  excelApiMinor: number;
  sheets: FakeSheetSpec[];
}

let fakeExcelScript: string | undefined;

/** tests/addin/fakeExcel.ts as a classic script defining `window.__createFakeExcel`. */
function fakeExcelSource(): string {
  if (fakeExcelScript) return fakeExcelScript;
  const source = fs.readFileSync(path.resolve(__dirname, '../addin/fakeExcel.ts'), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  fakeExcelScript = `(() => { const exports = {}; const module = { exports }; ${js}
    window.__createFakeExcel = exports.createFakeExcel; })();`;
  return fakeExcelScript;
}

/** A workbook as the fake's sheet specs (values and number formats, visibility). */
export function fakeSheetsOf(sheets: readonly GridSheet[]): FakeSheetSpec[] {
  return sheets.map((s) => ({
    name: s.name,
    visibility: s.state === 'veryHidden' ? 'VeryHidden' : s.state === 'hidden' ? 'Hidden' : 'Visible',
    cells: cellsByAddress(s, { keepEmptyText: false }),
  }));
}

/** Runs in the page before any of its scripts: the Office and Excel globals over the fake. */
function install(setup: FakeOfficeSetup): void {
  const w = window as unknown as Record<string, unknown> & {
    __createFakeExcel: (options: unknown) => { excel: unknown };
  };
  const web = setup.platform === 'OfficeOnline';
  const fake = w.__createFakeExcel({
    sheets: setup.sheets,
    activeSheet: setup.sheets[0]?.name,
    platform: web ? 'web' : 'desktop',
    // Excel on the web caps each request and response at 5 MB; desktop Excel has no such cap.
    payloadLimitBytes: web ? 5 * 1024 * 1024 : Infinity,
    delayForCellEdit: setup.excelApiMinor >= 11,
    undo: setup.excelApiMinor >= 20 ? (web ? 'web' : 'desktop') : false,
  });
  // What office.js does when it loads (office.debug.js, end of _OfficeAppFactory; office-js#429).
  window.history.replaceState = null as unknown as History['replaceState'];
  window.history.pushState = null as unknown as History['pushState'];
  w.__fake = fake;
  w.Office = {
    onReady: async () => ({ host: 'Excel', platform: setup.platform }),
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === 'ExcelApi' && Number(String(version ?? '1.1').split('.')[1]) <= setup.excelApiMinor,
      },
    },
  };
  w.Excel = fake.excel;
}

/** Installs the fake Excel in `page` (call before navigating). */
export async function installFakeOffice(page: Page, setup: FakeOfficeSetup): Promise<void> {
  await page.addInitScript({ content: fakeExcelSource() });
  await page.addInitScript(install, setup);
}
