/**
 * @ledger-review/scoring — the pure domain of 台账点评: indicator template, units, periods,
 * cell normalisation, ledger validation, scoring, ranking and quarterly review outcomes.
 * No I/O, no Excel, no Office: every host converts its cells to these records.
 */
export * from './model/types';
export * from './settings/settings';
export * from './periods/periods';
export * from './periods/serial';
export * from './template/applicability';
export * from './roster';
export * from './scoring';
export * from './status';
export * from './template';
export * from './normalize';
export * from './problems';
export * from './validation';
export * from './i18n';
export * from './rectification';
export * from './round';
