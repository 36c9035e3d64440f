import type {
  IndicatorTemplate,
  LedgerFacts,
  LedgerField,
  LedgerHeader,
  LedgerHeaderField,
  LedgerRow,
  Unit,
} from '../model/types';
import type { ScoringSettings } from '../settings/settings';
import type { Finding } from '../problems/finding';
import type { ValidationReport } from './report';

/** One header cell as a host read it. */
export interface RawCell {
  value: unknown;
  /** 1-based sheet row. */
  row: number;
  /** A1 column letter. */
  column: string;
  /** The cell's number format, when the host knows it (tells serial dates and percents apart). */
  numberFormat?: string;
}

/**
 * A ledger sheet as any host read it (the Office JavaScript API, an .xlsx reader, the browser), before any judgement.
 * Cell values are passed as the host has them (see `normalize/cell.ts` for accepted shapes).
 */
/** One table row as the host read it: sheet row number and the raw cells by field. */
export interface RawLedgerRow {
  row: number;
  cells: Partial<Record<LedgerField, unknown>>;
}

export interface RawLedger {
  file?: string;
  /** Normally 工作台账. */
  sheet: string;
  header: Partial<Record<LedgerHeaderField, RawCell>>;
  /** The hidden metadata of a generated ledger; absent when the workbook has none. */
  meta?: { templateVersion?: string; unitCode?: string; month?: string; fingerprint?: string };
  /** A1 column letter where each table column was found. */
  columns: Partial<Record<LedgerField, string>>;
  /**
   * Number format of each table column's data cells, when the host knows it; a percent format
   * on 完成进度(%) makes a stored 0.8 mean 80.
   */
  columnFormats?: Partial<Record<LedgerField, string>>;
  rows: readonly RawLedgerRow[];
  /**
   * Carry-forward (沿用上月): what the issued ledger pre-filled from last month's, by sheet row
   * (read from its hidden copy). A cell still equal to it was not edited this month.
   */
  carried?: readonly RawLedgerRow[];
  /** Structural findings the host already made (kept in the report). */
  preFindings?: readonly Finding[];
  /** The workbook uses the 1904 date system. */
  date1904?: boolean;
}

export interface LedgerContext {
  template: IndicatorTemplate;
  roster: readonly Unit[];
  settings: ScoringSettings;
  /** The unit this file should belong to (e.g. the unit the template was issued to). */
  expectedUnitCode?: string;
  /** The month this file should report. */
  expectedMonth?: string;
  /** Template versions the office has issued; defaults to the current template's version only. */
  knownTemplateVersions?: readonly string[];
  /** Findings kept in the report (default 1000). */
  errorCap?: number;
  /** The day the check is made (ISO): a 填报日期 after it is an error. */
  asOf?: string;
}

export interface LedgerValidation {
  header: LedgerHeader;
  /** The unit resolved from the header (or, failing that, the metadata); null when unknown. */
  unit: Unit | null;
  /** Rows of template indicators (first occurrence; applicable ones when the unit is known), normalised. */
  rows: LedgerRow[];
  report: ValidationReport;
  /** Null when the unit or the month cannot be resolved. */
  facts: LedgerFacts | null;
  /** Sheet rows with at least one error-severity finding, ascending. */
  invalidRows: number[];
}
