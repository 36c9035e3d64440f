/**
 * @ledger-review/workbook — the sheet layouts (grid ⇄ records), .xlsx through one adapter module,
 * the template / ledger / inspection / review workbook plans, consolidation and the review
 * pipeline. Host-neutral: nothing here touches the file system (see `node/` and `cli/` for that),
 * so the add-in and the browser mode import this same surface.
 */
export * from './plan/types';
export * from './plan/a1';
export * from './plan/grid';
export * from './plan/excelDate';
export * from './plan/styles';
export * from './layouts/ledgerLayout';
export * from './layouts/ledgerPlan';
export * from './layouts/ledgerReader';
export * from './layouts/inspectionLayout';
export * from './layouts/inspectionPlan';
export * from './layouts/inspectionReader';
export * from './layouts/settingsLayout';
export * from './layouts/templateWorkbook';
export * from './layouts/meta';
export * from './layouts/tableReader';
export * from './layouts/recordSheet';
export * from './consolidate/types';
export * from './consolidate/consolidate';
export * from './pipeline';
export * from './issue';
export * from './review';
export * from './demo';
export { readGrids } from './xlsx/readGrids';
export { renderWorkbook } from './xlsx/xlsxWriter';
