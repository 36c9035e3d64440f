import type { Finding, InspectionRecord, LedgerHeader, LedgerRow, Localized, OfficeDecisionInput, RectificationRecheck, RectificationReport } from '@ledger-review/scoring';

/** How an input file was accounted for (文件清单). */
export type FileStatus = 'accepted' | 'accepted-with-warnings' | 'accepted-with-errors' | 'rejected' | 'superseded' | 'ignored';

/** How each file status reads, in both languages. */
export const FILE_STATUS_TEXT: Readonly<Record<FileStatus, Localized>> = {
  accepted: { zh: '已接收', en: 'accepted' },
  'accepted-with-warnings': { zh: '已接收（有警告）', en: 'accepted with warnings' },
  'accepted-with-errors': { zh: '已接收（有错误）', en: 'accepted with errors' },
  rejected: { zh: '已拒收', en: 'rejected' },
  superseded: { zh: '已被替换', en: 'superseded' },
  ignored: { zh: '已忽略', en: 'ignored' },
};

/** The Chinese labels, as the 文件清单 sheet shows them. */
export const FILE_STATUS_LABEL: Readonly<Record<FileStatus, string>> = Object.fromEntries(
  Object.entries(FILE_STATUS_TEXT).map(([k, v]) => [k, v.zh]),
) as Record<FileStatus, string>;

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
  /** What the unit reported on its 整改 items (its 整改情况 sheet), where it has any. */
  rectification?: RectificationReport[];
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
  /** 整改复查 results of the inspection workbooks (absent where none had any). */
  rechecks?: RectificationRecheck[];
  files: FileAccount[];
  /** Every finding of every file, with file name, sheet and cell. */
  findings: Finding[];
}

/** What the office typed by hand in an earlier review workbook, keyed so a rebuild keeps it. */
export interface HandTyped {
  /** 分析原因 / 会议备注 / 确认 per unit code, by column label. */
  byUnit: Record<string, Record<string, string>>;
  /**
   * 整改情况, 销号依据, 完成时间 of the 整改台账, per 问题编号 — and per `unit|period|indicator`
   * too (the key of workbooks without ids, and the way back to a row whose problem text, and so
   * whose id, changed since); each entry names its own 问题编号 where it had one.
   */
  byRectification: Record<string, Record<string, string>>;
  /** 收到日期 per received file (its name as listed in 文件清单). */
  receivedDates: Record<string, string>;
  /** 办公室调整 of 点评结果, in sheet order, with the sheet row each was typed on. */
  decisions?: OfficeDecisionInput[];
}

export const EMPTY_HAND_TYPED: HandTyped = { byUnit: {}, byRectification: {}, receivedDates: {} };
