import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readFolder } from '../node/folder';
import { readReceivedFile } from '../files/received';
import { runReview } from '../pipeline';
import {
  INSPECTION_FIRST_DATA_ROW,
  INSPECTION_SHEET,
  inspectionColumn,
} from '../inspection/layout';
import { LEDGER_SHEET } from '../ledger/layout';
import { renderWorkbook } from '../xlsx/writer';
import { consolidate } from '../consolidate/consolidate';
import { buildSampleQuarter } from './index';
import { writeSampleQuarter } from './node';
import { expectPromisesKept, planFiles, planGrids, statementUnits } from './testing/support';
import { META_SHEET } from '../sheet/meta';

const sample = buildSampleQuarter();
const context = {
  template: sample.template,
  roster: sample.roster,
  settings: sample.settings,
  team: sample.team,
};

async function openWithExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('rendered sample workbooks', () => {
  // The files with something unusual in them, plus two ordinary ones.
  const special = sample.ledgers.filter(
    (l) => l.scenario.some((t) => t !== 'on-time') || l.unitCode === 'XQ01',
  );

  it('are valid .xlsx files that ExcelJS opens, with the planted cells as typed', async () => {
    const cells = sample.expectations.invalidCells;
    for (const c of cells) {
      const file = sample.ledgers.find((l) => l.fileName === c.file)!;
      const bytes = await renderWorkbook(file.plan);
      expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK": a zip container
      const wb = await openWithExcelJS(bytes);
      const value = wb.getWorksheet(LEDGER_SHEET)!.getCell(c.cell).value;
      // Typed text stays text (no formula object for "=…", no number for "８０％").
      // An empty text cell is written as no cell at all.
      expect(value === null && c.value === '' ? '' : value).toBe(c.value);
    }
    const noMeta = sample.expectations.identification.find((i) => i.quirk === 'no-metadata')!;
    const wb = await openWithExcelJS(
      await renderWorkbook(sample.ledgers.find((l) => l.fileName === noMeta.file)!.plan),
    );
    expect(wb.getWorksheet(META_SHEET)).toBeUndefined();
    expect(wb.getWorksheet(LEDGER_SHEET)!.getCell('B2').value).toBe(
      sample.roster.find((u) => u.code === noMeta.unitCode)!.name,
    );
  });

  it('render an inspection workbook with the team’s scores', async () => {
    const inspection = sample.inspections[0];
    const bytes = await renderWorkbook(inspection.plan);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const sheet = (await openWithExcelJS(bytes)).getWorksheet(INSPECTION_SHEET)!;
    const first = inspection.records[0];
    const row = sheet.getRow(INSPECTION_FIRST_DATA_ROW);
    expect(row.getCell(inspectionColumn('unitCode')).value).toBe(first.unitCode);
    expect(row.getCell(inspectionColumn('score')).value).toBe(first.score);
    const deducted = inspection.records.findIndex((r) => r.deadline !== null);
    const deadline = sheet.getRow(INSPECTION_FIRST_DATA_ROW + deducted).getCell(inspectionColumn('deadline'))
      .value as Date;
    expect(deadline.toISOString().slice(0, 10)).toBe(inspection.records[deducted].deadline);
  });

  it('read back through the .xlsx reader to the same consolidation as their plans', async () => {
    const items = [...special, sample.inspections[1]];
    const rendered = await Promise.all(
      items.map(async (item) => readReceivedFile(item.fileName, await renderWorkbook(item.plan))),
    );
    const ctx = { ...context, quarter: sample.quarter };
    const fromFiles = consolidate(rendered, ctx);
    const fromPlans = consolidate(planFiles(items), ctx);
    expect(fromFiles.files).toEqual(fromPlans.files);
    expect(fromFiles.ledgers).toEqual(fromPlans.ledgers);
    expect(fromFiles.inspections).toEqual(fromPlans.inspections);
    const codes = (fs: typeof fromFiles.findings) =>
      fs.map((f) => `${f.file}|${f.code}|${f.column ?? ''}${f.row ?? ''}`).sort();
    expect(codes(fromFiles.findings)).toEqual(codes(fromPlans.findings));
  });
});

describe('writeSampleQuarter', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ledger-demo-'));
  });
  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes every file where the sample says, and the real pipeline keeps every promise', async () => {
    const written = await writeSampleQuarter(dir);
    const all = [
      ...sample.ledgers,
      ...sample.inspections,
      ...sample.previous.ledgers,
      ...sample.previous.inspections,
    ];
    expect(written.files.map((f) => path.relative(dir, f).split(path.sep).join('/')).sort()).toEqual(
      all.map((f) => f.path).sort(),
    );
    expect(await fs.readdir(path.join(dir, '台账'))).toEqual(['2021年4月', '2021年5月', '2021年6月']);

    const previous = runReview({
      received: await readFolder(written.previousDirs),
      quarter: written.previousQuarter,
      context,
    });
    // The history as the office keeps it: the previous review workbook's 检查性发言.
    const current = runReview({
      received: await readFolder(written.currentDirs),
      quarter: written.quarter,
      context,
      previousReviews: [planGrids(previous.plan)],
    });
    expect(current.consolidation.files.filter((f) => f.status === 'rejected')).toEqual([]);
    expect(current.history).toEqual([
      {
        quarter: written.previousQuarter,
        statementUnitCodes: expect.arrayContaining(statementUnits(previous.review)),
        // Composites and ranks travel with the history (the cached results of 历次点评's formulas).
        results: Object.fromEntries(
          previous.review.units.map((u) => [u.unitCode, { composite: u.composite, rank: u.rank }]),
        ),
      },
    ]);
    expectPromisesKept(sample, previous.review, current.review);
  }, 60_000);
});
