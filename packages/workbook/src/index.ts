/**
 * @ledger-review/workbook — the sheet layouts (grid ⇄ records), the .xlsx core (xlsx/: reader,
 * writer, A1 references, number formats), the template / ledger / inspection / review workbook
 * plans, consolidation and the review pipeline. Host-neutral: nothing here touches the file
 * system (see `node/` and `cli/` for that), so the add-in and the browser mode import this same
 * surface. Subpaths: `@ledger-review/workbook/node` (folders and files), `…/demo` (the bundled
 * sample quarter), `…/xlsx/a1` and `…/sheet/styles` (what the add-in's Office host shares).
 */
export * from './sheet/plan';
export * from './xlsx/a1';
export * from './sheet/grid';
export * from './sheet/styles';
export * from './ledger/layout';
export * from './ledger/plan';
export * from './ledger/reader';
export * from './ledger/selfCheck';
export * from './inspection/layout';
export * from './inspection/plan';
export * from './inspection/reader';
export * from './template/settings';
export * from './template/workbook';
export * from './sheet/meta';
export * from './sheet/table';
export * from './sheet/records';
export * from './ledger/check';
export * from './ledger/identify';
export * from './files/received';
export * from './files/limits';
export * from './consolidate/types';
export * from './consolidate/examine';
export * from './consolidate/consolidate';
export * from './pipeline';
export * from './issuing';
export * from './reviewContext';
export * from './review';
export * from './round';
export { openRectifications, openItems } from './rectification/open';
export { readRegister, buildRegister, type Register, type RegisterRow } from './rectification/register';
export type { OpenRectification } from './rectification/types';
export { RECTIFICATION_REPORT_SHEET, readRectificationReports } from './rectification/ledgerSheet';
export { RECHECK_SHEET } from './rectification/recheckSheet';
export { readGrids } from './xlsx/readGrids';
export { renderWorkbook } from './xlsx/writer';
export * from './annual';
export * from './status';
