import type { Finding, InspectionRecord, LedgerHeader, LedgerRow } from '@ledger-review/scoring';

/** How an input file was accounted for (文件清单). */
export type FileStatus = 'accepted' | 'accepted-with-warnings' | 'accepted-with-errors' | 'rejected' | 'superseded' | 'ignored';

export const FILE_STATUS_LABEL: Record<FileStatus, string> = {
  accepted: '已接收',
  'accepted-with-warnings': '已接收（有警告）',
  'accepted-with-errors': '已接收（有错误）',
  rejected: '已拒收',
  superseded: '已被替换',
  ignored: '已忽略',
};

/** One accepted ledger after validation: the facts the review needs plus every row as sent. */
export interface ConsolidatedLedger {
  file: string;
  unitCode: string;
  unitName: string;
  month: string;
  header: LedgerHeader;
  rows: LedgerRow[];
  /** Sheet rows (1-based) with at least one error-severity finding. */
  invalidRows: number[];
  validRows: number;
  applicableRows: number;
  /** Self-score per applicable indicator (null where missing or unusable), as scoring takes them. */
  selfScores: Record<string, number | null>;
  /** 收到日期 the office recorded (kept across re-consolidations), ISO. */
  receivedDate: string | null;
}

export interface FileAccount {
  file: string;
  kind: 'ledger' | 'inspection' | 'unknown';
  status: FileStatus;
  unitCode: string | null;
  unitName: string | null;
  /** Month (ledgers) or bimonth (inspections). */
  period: string | null;
  filledDate: string | null;
  receivedDate: string | null;
  errors: number;
  warnings: number;
  /**
   * Why the file was accounted for so, as a finding of the registry: the problem that stopped it,
   * or an `account-…` reason (valid, rows with errors, superseded, outside the quarter …).
   */
  reason: Finding;
}

/** Everything received for a quarter, accounted for. */
export interface Consolidation {
  /** Accepted ledgers, one per unit and month (a later 填报日期 replaces an earlier one). */
  ledgers: ConsolidatedLedger[];
  inspections: InspectionRecord[];
  files: FileAccount[];
  /** Every finding of every file, with file name, sheet and cell. */
  findings: Finding[];
}

/** What the office typed by hand in an earlier review workbook, keyed so a rebuild keeps it. */
export interface HandTyped {
  /** 分析原因 / 会议备注 / 确认 per unit code, by column label. */
  byUnit: Record<string, Record<string, string>>;
  /** 整改情况 etc. per rectification key `unit|period|indicator`. */
  byRectification: Record<string, Record<string, string>>;
  /** 收到日期 per `unit|month`. */
  receivedDates: Record<string, string>;
}

export const EMPTY_HAND_TYPED: HandTyped = { byUnit: {}, byRectification: {}, receivedDates: {} };
