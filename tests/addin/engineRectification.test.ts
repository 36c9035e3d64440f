/**
 * The task pane's downloads carry the 整改 loop (src/engine, as ReviewView calls it): after a
 * one-click review, the next month's ledger templates list each unit's open items in a 整改情况
 * sheet, and the round's inspection workbook lists them in 整改复查 — read back from real .xlsx.
 */
import { readGrids, renderWorkbook } from '@ledger-review/workbook';
import { buildSampleQuarter } from '@ledger-review/workbook/demo';
import {
  defaultReviewContext,
  inspectionWorkbook,
  ledgerTemplates,
  openItems,
  openRectifications,
  reviewPickedFiles,
} from '../../src/engine';
import { loadXlsx, sheetOf } from '../fixtures/excel';

const context = defaultReviewContext();

test('after the review, the next ledgers and the round’s workbook list the open items with their ids', async () => {
  const sample = buildSampleQuarter();
  const files = await Promise.all(
    [...sample.ledgers, ...sample.inspections].map(async (f) => ({
      name: f.path,
      sheets: readGrids(await renderWorkbook(f.plan)),
    })),
  );
  const result = reviewPickedFiles({ files, quarter: '2021Q2' });
  const open = openRectifications(result.run.rectification.rows, context.roster, '2021-07-01');
  expect(open.length).toBeGreaterThan(0);

  const templates = ledgerTemplates(context, '2021-07', result.run.consolidation.ledgers, openItems(open));
  const withItems = templates.find((f) => f.openItems > 0)!;
  const unitCode = open.find((o) => withItems.fileName.startsWith(`${o.unitName}_`))!.item.unitCode;
  const ws = sheetOf(await loadXlsx(await renderWorkbook(withItems.plan)), '整改情况');
  const ids: unknown[] = [];
  for (let r = 4; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value) ids.push(ws.getCell(r, 1).value);
  expect(ids.sort()).toEqual(
    open
      .filter((o) => o.item.unitCode === unitCode)
      .map((o) => o.item.id)
      .sort(),
  );
  expect(templates.reduce((n, f) => n + f.openItems, 0)).toBe(open.length);

  const round = inspectionWorkbook(context, '2021-B4', [], { items: open, asOf: '2021-09-07' });
  expect(round.recheckItems).toBe(open.length);
  const recheck = sheetOf(await loadXlsx(await renderWorkbook(round.plan)), '整改复查');
  expect(recheck.getCell(4, 3).value).toBe(open[0].item.id);
}, 120_000);
