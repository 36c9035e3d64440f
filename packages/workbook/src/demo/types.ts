import type {
  IndicatorTemplate,
  InspectionRecord,
  InspectionTeam,
  LedgerFacts,
  ScoringSettings,
  Unit,
} from '@ledger-review/scoring';
import type { WorkbookPlan } from '../sheet/plan';
import type { FileQuirk, InvalidKind } from './cast';

/** Finding severity, as in the validation rule registry. */
export type SampleSeverity = 'error' | 'warning' | 'info';

export interface SampleQuarterOptions {
  /** The quarter to stage, e.g. `2021Q2` (default). Its previous quarter is staged too. */
  quarter?: string;
  /** PRNG seed: changes names, numbers and wording, never the guaranteed outcomes (default 2021). */
  seed?: number;
}

/** One unit ledger workbook of the sample, as a unit sent it. */
export interface SampleLedgerFile {
  /** File name as received, e.g. `华龙区_2021年4月_工作台账.xlsx`. */
  fileName: string;
  /** Where {@link writeSampleQuarter} puts it, relative to the output folder, `/`-separated. */
  path: string;
  plan: WorkbookPlan;
  unitCode: string;
  /** `YYYY-MM` */
  month: string;
  /** Scenario tags (see `describeScenario`): `on-time`, `late:7`, `no-metadata`, `invalid:…`. */
  scenario: string[];
  /** The facts a correct validation derives from this file (unit, month, dates, self-scores, valid rows). */
  facts: LedgerFacts;
  /** A later corrected file of the same unit and month replaces this one. */
  superseded: boolean;
}

/** One bimonthly inspection workbook (双月检查评分表) as the team filled it. */
export interface SampleInspectionFile {
  fileName: string;
  path: string;
  plan: WorkbookPlan;
  /** Bimonth, e.g. `2021-B2`. */
  period: string;
  /** The records a reader derives from the filled grid (score null = not inspected). */
  records: InspectionRecord[];
}

export interface SampleInvalidCell {
  /** File name (see {@link SampleLedgerFile.fileName}) and its path in the output folder. */
  file: string;
  path: string;
  /** Sheet 工作台账, A1 address. */
  cell: string;
  kind: InvalidKind;
  /**
   * The validation rule code the cell must raise, with its severity; null when the cell must
   * raise nothing and read back verbatim (text starting with `=` stays text).
   */
  rule: string | null;
  severity: SampleSeverity | null;
  /** The value as written in the file. */
  value: string | number;
}

/** What the sample guarantees; the tests check every item against the real review. */
export interface SampleExpectations {
  /** Units with at least one late ledger in the sample quarter. */
  lateUnits: string[];
  late: Array<{ unitCode: string; month: string; daysLate: number }>;
  /** Ledgers never received in the sample quarter. */
  missing: Array<{ unitCode: string; month: string }>;
  /** The unit making its second consecutive 检查性发言 (通报批评 + 约谈). */
  secondStatementUnit: string;
  /** Groups of units with exactly equal composites (并列), each inside one ranking group. */
  tiedUnits: string[][];
  /** Invalid or unusual cells of the files that count (superseded files excluded). */
  invalidCells: SampleInvalidCell[];
  /** 经验介绍 in the sample quarter. */
  experienceUnits: string[];
  /** 检查性发言 in the sample quarter and in the previous one. */
  statementUnits: string[];
  previousStatementUnits: string[];
  /** A 文明单位 with the severe proposals 取消评先资格 + 建议取消文明单位称号. */
  severeCivilizedUnit: string;
  /** The corrected resubmission: the later file replaces the earlier. */
  resubmission: { unitCode: string; month: string; superseded: string; kept: string };
  /** Files that must be identified some other way than their metadata and header. */
  identification: Array<{ file: string; path: string; unitCode: string; month: string; quirk: FileQuirk }>;
}

export interface SampleQuarter {
  quarter: string;
  previousQuarter: string;
  seed: number;
  template: IndicatorTemplate;
  roster: Unit[];
  settings: ScoringSettings;
  /** The 双月检查组 with names (the sample's 检查组 sheet). */
  team: InspectionTeam;
  ledgers: SampleLedgerFile[];
  inspections: SampleInspectionFile[];
  /** The previous quarter's ledgers and inspections, so its review — the history — is built for real. */
  previous: { ledgers: SampleLedgerFile[]; inspections: SampleInspectionFile[] };
  expectations: SampleExpectations;
}
