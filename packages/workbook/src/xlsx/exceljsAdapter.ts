/**
 * The one module that imports ExcelJS. It renders sheet plans to .xlsx bytes; reading goes
 * through the lean reader (xlsx/lean), which is faster and bounded for untrusted input.
 * Replacing ExcelJS means rewriting this file only.
 */
import ExcelJS from 'exceljs';
import type { CellPlan, CellStyle, SheetPlan, WorkbookPlan } from '../plan/types';
import { address } from '../plan/a1';

type Fill = ExcelJS.Fill;

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};
const FONT = '宋体';

interface StyleSpec {
  font?: Partial<ExcelJS.Font>;
  fill?: Fill;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
}

/** How each named style looks in a file (the Office host has its own equivalent table). */
const STYLES: Record<CellStyle, StyleSpec> = {
  title: { font: { name: FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  subtitle: { font: { name: FONT, size: 12, bold: true } },
  label: { font: { name: FONT, size: 11, bold: true }, fill: solid('FFF2F2F2'), border: thin, alignment: { vertical: 'middle' } },
  header: {
    font: { name: FONT, size: 11, bold: true, color: { argb: 'FFFFFFFF' } },
    fill: solid('FF2F5597'),
    border: thin,
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  },
  locked: { font: { name: FONT, size: 10 }, fill: solid('FFEDEDED'), border: thin, alignment: { vertical: 'top', wrapText: true } },
  input: { font: { name: FONT, size: 10 }, border: thin, alignment: { vertical: 'top', wrapText: true } },
  number: { font: { name: FONT, size: 10 }, border: thin, alignment: { horizontal: 'right', vertical: 'top' } },
  note: { font: { name: FONT, size: 9, italic: true, color: { argb: 'FF595959' } }, alignment: { wrapText: true, vertical: 'top' } },
  good: { font: { name: FONT, size: 10, color: { argb: 'FF006100' } }, fill: solid('FFC6EFCE'), border: thin },
  bad: { font: { name: FONT, size: 10, color: { argb: 'FF9C0006' } }, fill: solid('FFFFC7CE'), border: thin },
  warn: { font: { name: FONT, size: 10, color: { argb: 'FF9C5700' } }, fill: solid('FFFFEB9C'), border: thin },
};

const CF_STYLES: Record<'bad' | 'warn' | 'good', Partial<ExcelJS.Style>> = {
  bad: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } }, font: { color: { argb: 'FF9C0006' } } },
  warn: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFEB9C' } }, font: { color: { argb: 'FF9C5700' } } },
  good: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } }, font: { color: { argb: 'FF006100' } } },
};

function writeCell(cell: ExcelJS.Cell, plan: CellPlan): void {
  if (plan.formula !== undefined) {
    cell.value = { formula: plan.formula } as ExcelJS.CellFormulaValue;
  } else if (plan.value !== undefined && plan.value !== null) {
    // ExcelJS stores a JS string as a shared string: text stays text even when it starts with '='.
    cell.value = plan.value;
  }
  const spec = plan.style ? STYLES[plan.style] : undefined;
  if (spec?.font) cell.font = spec.font;
  if (spec?.fill) cell.fill = spec.fill;
  if (spec?.border) cell.border = spec.border;
  const alignment = { ...(spec?.alignment ?? {}), ...(plan.wrap ? { wrapText: true } : {}) };
  if (Object.keys(alignment).length) cell.alignment = alignment;
  if (plan.numFmt) cell.numFmt = plan.numFmt;
  if (plan.unlocked) cell.protection = { locked: false };
}

function validationModel(v: NonNullable<SheetPlan['validations']>[number]): ExcelJS.DataValidation {
  const base = {
    allowBlank: v.allowBlank,
    showErrorMessage: true,
    errorTitle: v.errorTitle,
    error: v.error,
    showInputMessage: !!v.prompt,
    promptTitle: v.promptTitle,
    prompt: v.prompt,
  };
  if (v.kind === 'list') {
    const formula = v.listFormula ?? `"${(v.list ?? []).join(',')}"`;
    return { ...base, type: 'list', formulae: [formula] };
  }
  // ExcelJS writes a date rule's number as JS milliseconds (44316 became 1970-01-01 00:00:44, so
  // "填报日期 ≥ 月末" accepted any date); plans hold Excel serials, so hand it the Date they mean.
  const bound = (b: number | string | undefined) =>
    b === undefined ? undefined : v.kind === 'date' && typeof b === 'number' ? new Date(Date.UTC(1899, 11, 30) + b * 86_400_000) : b;
  const formulae = [bound(v.min), bound(v.max)].filter((b) => b !== undefined) as (number | string | Date)[];
  return { ...base, type: v.kind, operator: v.operator ?? 'between', formulae } as ExcelJS.DataValidation;
}

async function renderSheet(wb: ExcelJS.Workbook, plan: SheetPlan): Promise<void> {
  const ws = wb.addWorksheet(plan.name, {
    state: plan.state ?? 'visible',
    properties: plan.tabColor ? { tabColor: { argb: plan.tabColor } } : undefined,
    views: plan.freeze ? [{ state: 'frozen', xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }] : undefined,
    pageSetup: plan.print
      ? {
          paperSize: 9, // A4
          orientation: plan.print.landscape ? 'landscape' : 'portrait',
          fitToPage: !!plan.print.fitToWidth,
          fitToWidth: plan.print.fitToWidth ? 1 : undefined,
          fitToHeight: plan.print.fitToWidth ? 0 : undefined,
          printTitlesRow: plan.print.titleRows,
        }
      : undefined,
  });
  plan.columns?.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  plan.rows.forEach((cells, r) => {
    cells.forEach((cellPlan, c) => {
      if (cellPlan) writeCell(ws.getCell(address(r + 1, c + 1)), cellPlan);
    });
  });
  for (const m of plan.merges ?? []) ws.mergeCells(m);
  // ExcelJS's typings omit dataValidations; a bounded range key is written as one sqref.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const v of plan.validations ?? []) validations.add(v.range, validationModel(v));
  for (const cf of plan.conditionalFormats ?? []) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: 'expression', priority: 1, formulae: [cf.formula], style: CF_STYLES[cf.style] }],
    });
  }
  if (plan.autoFilter) ws.autoFilter = plan.autoFilter;
  if (plan.protect) {
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: false,
    });
  }
}

/** Render a workbook plan to .xlsx bytes. */
export async function renderWorkbook(plan: WorkbookPlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '台账点评 Ledger Review';
  wb.created = new Date(0);
  wb.modified = new Date(0);
  if (plan.title) wb.title = plan.title;
  for (const sheet of plan.sheets) await renderSheet(wb, sheet);
  for (const dn of plan.definedNames ?? []) wb.definedNames.add(dn.ref, dn.name);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
