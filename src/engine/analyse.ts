import {
  INSPECTION_KIND,
  META_KEYS,
  REVIEW_KIND,
  TEMPLATE_KIND,
  checkLedgerWorkbook,
  readGrids,
  readMeta,
  type GridSheet,
  type LedgerCheck,
  type ReviewContext,
} from '@ledger-review/workbook';

/**
 * What a picked workbook is, found from its hidden metadata (so a renamed file is still
 * recognised), and for ledgers the full check. Plain data for React state.
 */
export type WorkbookSummary =
  | { kind: 'ledger'; check: LedgerCheck }
  | { kind: 'inspection'; period: string | null }
  | { kind: 'review'; quarter: string | null }
  | { kind: 'template' };

export interface AnalysedWorkbook {
  sheets: GridSheet[];
  summary: WorkbookSummary;
}

/** Reads an untrusted .xlsx with the .xlsx reader; throws a finding-shaped error when it cannot. */
export function readWorkbook(bytes: Uint8Array): GridSheet[] {
  return readGrids(bytes);
}

/** Classifies already-read sheets; ledgers (and anything unidentified) get the full check. */
export function summariseSheets(sheets: GridSheet[], file: string, context: ReviewContext & { asOf?: string }): WorkbookSummary {
  const meta = readMeta(sheets);
  const kind = meta?.[META_KEYS.kind];
  if (kind === INSPECTION_KIND) return { kind: 'inspection', period: meta?.[META_KEYS.period] || null };
  if (kind === REVIEW_KIND) return { kind: 'review', quarter: meta?.[META_KEYS.quarter] || null };
  if (kind === TEMPLATE_KIND) return { kind: 'template' };
  return { kind: 'ledger', check: checkLedgerWorkbook(sheets, file, context) };
}

/** Reads and classifies one picked file. Throws (see `readFailure`) when it is not readable. */
export function analyseWorkbook(file: string, bytes: Uint8Array, context: ReviewContext & { asOf?: string }): AnalysedWorkbook {
  const sheets = readWorkbook(bytes);
  return { sheets, summary: summariseSheets(sheets, file, context) };
}
