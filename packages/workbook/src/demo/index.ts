/**
 * `@ledger-review/workbook/demo` — the bundled sample quarter: realistic filled ledgers for every
 * sample unit, the bimonthly inspection workbooks, and the previous quarter for the review
 * history; and the second half of the sample year (2021Q3, 2021Q4) from the same cast. Pure plans; `demo/node.ts` writes them to disk (the CLI's `demo` command). A subpath of
 * its own because nothing but demonstrations and tests needs it.
 */
export {
  buildSampleQuarter,
  buildSampleSecondHalf,
  DEFAULT_SAMPLE_QUARTER,
  DEFAULT_SAMPLE_SEED,
  SAMPLE_FOLDERS,
  type SampleLaterQuarter,
} from './sampleQuarter';
export { describeScenario, type ScenarioTag } from './scenarioText';
export type { FileQuirk, InvalidKind } from './cast';
export type {
  SampleExpectations,
  SampleInspectionFile,
  SampleInvalidCell,
  SampleLedgerFile,
  SampleQuarter,
  SampleQuarterOptions,
  SampleSeverity,
} from './types';
