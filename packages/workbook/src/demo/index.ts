/**
 * The bundled sample quarter (SPEC section 9): realistic filled ledgers for every sample unit,
 * the bimonthly inspection workbooks, and the previous quarter for the review history. Pure
 * plans; `demo/node.ts` writes them to disk.
 */
export {
  buildSampleQuarter,
  DEFAULT_SAMPLE_QUARTER,
  DEFAULT_SAMPLE_SEED,
  SAMPLE_FOLDERS,
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
