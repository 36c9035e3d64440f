/** Ledger validation (SPEC section 6): reports and the ledger validator; findings come from ../problems. */
// Re-exported for hosts formatting size params (same binding as i18n's, so both barrels may be star-exported).
export { formatBytes } from '../i18n/format';
export type { ValidationReport, ValidationStats, FlattenOptions } from './report';
export { ReportBuilder, DEFAULT_ERROR_CAP, flatten, compareFindings } from './report';
export type { RawCell, RawLedger, RawLedgerRow, LedgerContext, LedgerValidation } from './types';
export { validateLedger } from './ledger';
export { displayValue } from './sink';
export { earlierPeriodMentions } from './staleText';
