/** The annual roll-up (年度汇总): the year's quarterly reviews combined per unit (SPEC §10). */
export {
  buildAnnualRollup,
  streaksOf,
  statementQuarters,
  YEAR_QUARTERS,
  type AnnualInput,
  type AnnualProposal,
  type AnnualQuarter,
  type AnnualRollup,
  type AnnualStreaks,
  type AnnualUnit,
  type AnnualUnitQuarter,
} from './rollup';
export {
  buildAnnualPlan,
  ANNUAL_KIND,
  ANNUAL_META_KEYS,
  ANNUAL_ROWS,
  ANNUAL_SHEETS,
  DATA_QUARTER_COLUMNS,
  PROPOSAL_COLUMNS,
  SUMMARY_QUARTER_COLUMNS,
  SUMMARY_YEAR_COLUMNS,
  type AnnualHandTyped,
} from './annualPlan';
export { readAnnualHandTyped } from './readBack';
export { selectAnnualReviews, type AnnualSelection, type AnnualSkipped } from './select';
