import {
  ledgerDueDate,
  validateLedger,
  type Finding,
  type IndicatorTemplate,
  type LedgerFacts,
  type LedgerHeader,
  type LedgerRow,
  type RectificationReport,
  type ScoringSettings,
  type Severity,
  type Unit,
  type ValidationReport,
} from '@ledger-review/scoring';
import type { GridSheet } from '../sheet/grid';
import { columnNumber } from '../xlsx/a1';
import { LEDGER_COLUMNS, MARKS_SHEET, MARK_ERROR, MARK_WARNING } from './layout';
import { checkFileName, identifyByFileName } from './identify';
import { readLedgerSheets } from './reader';
import { readRectificationReports } from '../rectification/ledgerSheet';

/**
 * One ledger workbook checked the one way every surface checks it — the CLI's `validate`, the
 * office's consolidation and the unit's task pane — so "可以报送" in the task pane means the office
 * accepts the file. The result is plain data (it goes into React state, across worker threads and
 * into tests unchanged).
 */

/** What a ledger check needs besides the sheets: the template, roster and settings in force. */
export interface LedgerCheckContext {
  template: IndicatorTemplate;
  roster: readonly Unit[];
  settings: ScoringSettings;
  /** The day of the check (ISO; a 填报日期 after it is an error). Hosts pass today. */
  asOf?: string;
}

/** What the workbook's hidden metadata says about the template it was issued from. */
export type TemplateState = 'current' | 'outdated' | 'unknown' | 'no-metadata';

/** One validation mark: `E` (error) or `W` (warning) for the ledger cell at (row, col), 1-based. */
export interface CellMark {
  row: number;
  col: number;
  mark: 'E' | 'W';
}

/**
 * The marks of one validation run for the hidden 校验标记 sheet. `rows` × `cols` is the ledger
 * region the marks sheet mirrors from A1 (every cell of it is rewritten: unmarked cells are cleared).
 */
export interface LedgerMarks {
  rows: number;
  cols: number;
  cells: CellMark[];
}

export interface LedgerCheck {
  /** False when the workbook holds no readable ledger; `findings` then say why. */
  isLedger: boolean;
  /** The sheet the ledger was found on (工作台账, or a renamed sheet found by its labels). */
  sheet: string | null;
  /** The unit's roster name when resolved, else what the header says. */
  unitName: string;
  unitCode: string | null;
  month: string | null;
  /** 报送截止 of the month, ISO; null when the month is unknown. */
  dueDate: string | null;
  templateVersion: string | null;
  currentTemplateVersion: string;
  templateState: TemplateState;
  /** Every finding, in sheet order (row, then column). */
  findings: Finding[];
  errors: number;
  warnings: number;
  notices: number;
  /** Findings were capped (counts still include the dropped ones). */
  partial: boolean;
  validRows: number;
  applicableRows: number;
  /** A ledger with no error-severity finding whose unit and month are known: the office will accept it (可以报送). */
  canSubmit: boolean;
  /** The full set of highlight marks for the 校验标记 sheet; null when not a ledger. */
  marks: LedgerMarks | null;
  /** The workbook has the hidden 校验标记 sheet its conditional formats read. */
  hasMarksSheet: boolean;
  /** The normalised header; null when not a ledger. */
  header: LedgerHeader | null;
  /** The template's rows as normalised (what consolidation keeps and carry-forward copies). */
  rows: LedgerRow[];
  /** Sheet rows (1-based) with at least one error-severity finding. */
  invalidRows: number[];
  /** What scoring needs; null when the unit or the month is unknown. */
  facts: LedgerFacts | null;
  /** The validator's report; null when not a ledger. */
  report: ValidationReport | null;
  /**
   * What the unit reported on its 整改 items (the 整改情况 sheet); their problems are among
   * `findings` as warnings (they do not touch the ledger's scores, rows or marks).
   */
  rectification?: RectificationReport[];
}

function templateState(findings: readonly Finding[]): TemplateState {
  if (findings.some((f) => f.code === 'template-version-outdated')) return 'outdated';
  if (findings.some((f) => f.code === 'template-version-unknown')) return 'unknown';
  if (findings.some((f) => f.code === 'metadata-missing')) return 'no-metadata';
  return 'current';
}

const MARK_OF: Partial<Record<Severity, CellMark['mark']>> = {
  error: MARK_ERROR as 'E',
  warning: MARK_WARNING as 'W',
};

/**
 * Marks for every error and warning placed on the ledger sheet. A finding about a whole row
 * (no column) marks the row's 指标编号 cell, so the row still shows up. Errors win over
 * warnings in the same cell. The block covers the sheet's used range, so marks of problems
 * fixed since the last write are cleared.
 */
export function ledgerMarks(
  findings: readonly Finding[],
  sheetName: string,
  grid: ReadonlyArray<readonly unknown[]>,
  codeColumn: string | undefined,
): LedgerMarks {
  const byCell = new Map<string, CellMark>();
  for (const f of findings) {
    const mark = MARK_OF[f.severity];
    if (!mark || f.row === undefined || f.row < 1) continue;
    if (f.sheet !== undefined && f.sheet !== sheetName) continue;
    const letters = f.column ?? codeColumn;
    if (!letters) continue;
    const col = columnNumber(letters);
    const key = `${f.row}:${col}`;
    const existing = byCell.get(key);
    if (!existing || (existing.mark === 'W' && mark === 'E')) byCell.set(key, { row: f.row, col, mark });
  }
  const cells = [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const widest = grid.reduce((max, row) => Math.max(max, row.length), 0);
  return {
    rows: Math.max(grid.length, ...cells.map((c) => c.row), 1),
    cols: Math.max(widest, LEDGER_COLUMNS.length, ...cells.map((c) => c.col)),
    cells,
  };
}

const count = (findings: readonly Finding[], severity: Severity) => findings.filter((f) => f.severity === severity).length;

/**
 * Checks the ledger in `sheets` (a received file, an uploaded file, or the workbook open in
 * Excel): finds the ledger table, identifies the unit (metadata, else the header, else the file
 * name), validates every row and says which cells to mark.
 */
export function checkLedgerWorkbook(sheets: readonly GridSheet[], file: string, context: LedgerCheckContext): LedgerCheck {
  const hasMarksSheet = sheets.some((s) => s.name === MARKS_SHEET);
  const read = readLedgerSheets(sheets, file);
  const current = context.template.version;
  if (!read.raw) {
    const findings = read.findings;
    return {
      isLedger: false,
      sheet: null,
      unitName: '',
      unitCode: null,
      month: null,
      dueDate: null,
      templateVersion: null,
      currentTemplateVersion: current,
      templateState: 'no-metadata',
      findings,
      errors: count(findings, 'error'),
      warnings: count(findings, 'warning'),
      notices: count(findings, 'info'),
      partial: false,
      validRows: 0,
      applicableRows: 0,
      canSubmit: false,
      marks: null,
      hasMarksSheet,
      header: null,
      rows: [],
      invalidRows: [],
      facts: null,
      report: null,
    };
  }
  const raw = read.raw;
  identifyByFileName(raw, file, context.roster);
  checkFileName(raw, file, context.roster);
  const validation = validateLedger(raw, {
    template: context.template,
    roster: context.roster,
    settings: context.settings,
    knownTemplateVersions: [current],
    asOf: context.asOf,
  });
  const { report, header, unit, facts } = validation;
  const month = facts?.month ?? header.month;
  const sheet = sheets.find((s) => s.name === raw.sheet);
  const unitCode = unit?.code ?? null;
  const reports = unitCode && month ? readRectificationReports(sheets, file, unitCode, month) : { reports: [], findings: [] };
  const findings = reports.findings.length ? [...report.findings, ...reports.findings] : report.findings;
  return {
    isLedger: true,
    sheet: raw.sheet,
    unitName: unit?.name ?? header.unitName,
    unitCode: unit?.code ?? null,
    month,
    dueDate: month ? ledgerDueDate(month, context.settings) : null,
    templateVersion: raw.meta?.templateVersion ?? null,
    currentTemplateVersion: current,
    templateState: templateState(report.findings),
    findings,
    errors: report.stats.errors,
    warnings: report.stats.warnings + reports.findings.length,
    notices: report.stats.notices,
    partial: report.partial,
    validRows: report.stats.validRows,
    applicableRows: report.stats.applicableRows,
    canSubmit: report.stats.errors === 0 && facts !== null,
    marks: ledgerMarks(report.findings, raw.sheet, sheet?.grid ?? [], raw.columns.code),
    hasMarksSheet,
    header,
    rows: validation.rows,
    invalidRows: validation.invalidRows,
    facts,
    report,
    rectification: reports.reports,
  };
}
