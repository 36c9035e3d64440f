import {
  isRuleCode,
  makeFinding,
  renderFinding,
  bimonthMonths,
  quarterInspectionPeriods,
  quarterMonths,
  validateLedger,
  type Finding,
  type RawLedger,
  type IndicatorTemplate,
  type InspectionRecord,
  type InspectionTeam,
  type ScoringSettings,
  type Unit,
} from '@ledger-review/scoring';
import type { GridSheet } from '../sheet/grid';
import { readLedgerSheets } from '../ledger/reader';
import { INSPECTION_KIND } from '../inspection/layout';
import { META_KEYS } from '../ledger/layout';
import { readMeta } from '../sheet/meta';
import { readInspectionSheets } from '../inspection/reader';
import type { ConsolidatedLedger, Consolidation, FileAccount, HandTyped } from './types';

/** One received file: its name as the office saw it and its bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** Reads a workbook's sheets as grids; throws `{ code, params }` (a rule code) when it cannot. */
export type GridReader = (bytes: Uint8Array) => GridSheet[];

export interface ConsolidateContext {
  template: IndicatorTemplate;
  roster: Unit[];
  settings: ScoringSettings;
  readGrids: GridReader;
  /**
   * Only ledgers this quarter's review uses are kept: its months and the months of its inspection
   * periods (others are listed with a reason).
   */
  quarter?: string;
  team?: InspectionTeam;
  handTyped?: HandTyped;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Checked between files; consolidation stops cleanly (nothing half-done is returned). */
  signal?: { aborted: boolean };
}

export class ConsolidationCancelled extends Error {
  constructor() {
    super('汇总已取消');
    this.name = 'ConsolidationCancelled';
  }
}

/** The rule a reader failure maps to; anything unexpected is `file-read-failed` with its reason. */
function readErrorFinding(e: unknown, file: string): Finding {
  if (e && typeof e === 'object' && 'code' in e) {
    const err = e as { code: unknown; params?: Record<string, string | number> };
    if (typeof err.code === 'string' && isRuleCode(err.code)) return makeFinding(err.code, err.params ?? {}, { file });
  }
  // Errors from Node's fs are not `instanceof Error` inside some sandboxes (jest), and a host may
  // throw a plain `{ code }`: read the fields rather than print "[object Object]".
  const fields = e && typeof e === 'object' ? (e as { message?: unknown; code?: unknown }) : {};
  const reason = typeof fields.message === 'string' ? fields.message : typeof fields.code === 'string' ? fields.code : String(e);
  return makeFinding('file-read-failed', { reason }, { file });
}

/** A unit named in the file name (e.g. `华龙区2021年4月台账.xlsx`), when the workbook does not say. */
export function unitFromFileName(file: string, roster: Unit[]): Unit | null {
  return unitInFileName(file, namesLongestFirst(roster));
}

type RosterNames = Array<{ n: string; u: Unit }>;
const namesCache = new WeakMap<Unit[], RosterNames>();

/** Every name and alias of the roster, longest first: 濮阳县 before 濮阳 (built once per roster). */
function namesLongestFirst(roster: Unit[]): RosterNames {
  let names = namesCache.get(roster);
  if (!names) {
    names = roster.flatMap((u) => [u.name, ...u.aliases].map((n) => ({ n, u })));
    names.sort((a, b) => b.n.length - a.n.length);
    namesCache.set(roster, names);
  }
  return names;
}

/**
 * The last resort of identification (metadata, else the header, else the file name): a ledger
 * with no metadata and a blank 单位名称 takes the unit its file name names, with a notice.
 */
export function identifyByFileName(raw: RawLedger, file: string, roster: Unit[]): void {
  const headerName = raw.header.unitName?.value;
  if (raw.meta?.unitCode || !(headerName === null || headerName === undefined || String(headerName).trim() === '')) return;
  const guessed = file ? unitInFileName(file, namesLongestFirst(roster)) : null;
  if (!guessed) return;
  raw.header.unitName = { value: guessed.name, row: raw.header.unitName?.row ?? 2, column: raw.header.unitName?.column ?? 'B' };
  raw.preFindings = [...(raw.preFindings ?? []), makeFinding('unit-from-file-name', { unit: guessed.name }, { file, sheet: raw.sheet })];
}

function unitInFileName(file: string, names: RosterNames): Unit | null {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const hit = names.find(({ n }) => n.length >= 2 && base.includes(n));
  return hit ? hit.u : null;
}

const accountFrom = (file: string, partial: Partial<FileAccount>): FileAccount => ({
  file,
  kind: 'unknown',
  status: 'rejected',
  unitCode: null,
  unitName: null,
  period: null,
  filledDate: null,
  receivedDate: null,
  errors: 0,
  warnings: 0,
  reason: '',
  reasonEn: '',
  ...partial,
});

/**
 * Consolidate received workbooks: every file is read, identified, validated and accounted for.
 * A broken file never stops the others; a later 填报日期 replaces an earlier ledger of the same
 * unit and month, visibly.
 */
export function consolidate(files: InputFile[], ctx: ConsolidateContext): Consolidation {
  const findings: Finding[] = [];
  const accounts: FileAccount[] = [];
  const candidates: Array<{ ledger: ConsolidatedLedger; account: FileAccount; index: number }> = [];
  const inspections: InspectionRecord[] = [];
  // The quarter's months, plus the earlier month of a bimonth that straddles quarters (B2 = Mar–Apr):
  // its ledger supplies the self-score fallback for that inspection period.
  const months = ctx.quarter
    ? new Set([...quarterMonths(ctx.quarter), ...quarterInspectionPeriods(ctx.quarter).flatMap((p) => bimonthMonths(p))])
    : null;

  files.forEach((input, index) => {
    if (ctx.signal?.aborted) throw new ConsolidationCancelled();
    ctx.onProgress?.(index, files.length, input.name);
    const file = input.name;
    let sheets: GridSheet[];
    try {
      sheets = ctx.readGrids(input.bytes);
    } catch (e) {
      const f = readErrorFinding(e, file);
      findings.push(f);
      accounts.push(accountFrom(file, { errors: 1, reason: f.message, reasonEn: renderFinding(f, 'en') }));
      return;
    }
    const meta = readMeta(sheets);
    if (meta?.[META_KEYS.kind] === INSPECTION_KIND) {
      const result = readInspectionSheets(sheets, file, ctx);
      findings.push(...result.findings);
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      const warnings = result.findings.filter((f) => f.severity === 'warning').length;
      inspections.push(...result.records);
      accounts.push(
        accountFrom(file, {
          kind: 'inspection',
          status: result.records.length === 0 ? 'rejected' : errors || warnings ? 'accepted-with-warnings' : 'accepted',
          period: result.period,
          errors,
          warnings,
          reason: result.records.length === 0 ? (result.findings[0]?.message ?? '没有可用的检查记录') : `${result.records.length} 条检查记录`,
          reasonEn: result.records.length === 0 ? 'no usable inspection records' : `${result.records.length} inspection records`,
        }),
      );
      return;
    }

    const read = readLedgerSheets(sheets, file);
    if (!read.raw) {
      findings.push(...read.findings);
      const first = read.findings[0];
      accounts.push(accountFrom(file, { errors: read.findings.length, reason: first?.message ?? '', reasonEn: first ? renderFinding(first, 'en') : '' }));
      return;
    }
    const raw = read.raw;
    // Identification: metadata, else the header, else the file name. The validator compares the
    // metadata with the header itself (metadata-mismatch: "以表头为准"); passing the metadata as
    // the expected unit and month as well added a contradicting error at the same cell.
    identifyByFileName(raw, file, ctx.roster);
    const validation = validateLedger(raw, {
      template: ctx.template,
      roster: ctx.roster,
      settings: ctx.settings,
      knownTemplateVersions: [ctx.template.version],
    });
    const report = validation.report;
    findings.push(...report.findings);
    const errors = report.stats.errors;
    const warnings = report.stats.warnings;
    if (!validation.facts || !validation.unit) {
      const first = report.errors[0];
      accounts.push(
        accountFrom(file, {
          kind: 'ledger',
          unitName: validation.header.unitName || null,
          period: validation.header.month,
          errors,
          warnings,
          reason: `无法确定报送单位或报告月份：${first?.message ?? ''}`,
          reasonEn: `unit or month could not be determined: ${first ? renderFinding(first, 'en') : ''}`,
        }),
      );
      return;
    }
    const { facts, unit } = validation;
    const key = `${unit.code}|${facts.month}`;
    const receivedDate = ctx.handTyped?.receivedDates[key] ?? null;
    const account = accountFrom(file, {
      kind: 'ledger',
      status: errors || warnings ? 'accepted-with-warnings' : 'accepted',
      unitCode: unit.code,
      unitName: unit.name,
      period: facts.month,
      filledDate: facts.filledDate,
      receivedDate,
      errors,
      warnings,
      reason: errors ? `${validation.invalidRows.length} 行有错误（计入填报质量），共 ${errors} 个错误` : warnings ? `${warnings} 个警告` : '通过校验',
      reasonEn: errors ? `${validation.invalidRows.length} rows with errors (${errors} errors)` : warnings ? `${warnings} warnings` : 'valid',
    });
    if (months && !months.has(facts.month)) {
      account.status = 'rejected';
      account.reason = `报告月份 ${facts.month} 不属于 ${ctx.quarter}，本次汇总未采用`;
      account.reasonEn = `month ${facts.month} is outside ${ctx.quarter}; not used`;
      accounts.push(account);
      return;
    }
    accounts.push(account);
    candidates.push({
      index,
      account,
      ledger: {
        file,
        unitCode: unit.code,
        unitName: unit.name,
        month: facts.month,
        header: validation.header,
        rows: validation.rows,
        invalidRows: validation.invalidRows,
        validRows: facts.validRows,
        applicableRows: facts.applicableRows,
        receivedDate,
        report,
      },
    });
  });
  ctx.onProgress?.(files.length, files.length, '');

  // One ledger per unit and month: the later submission date wins (then the later file).
  const byKey = new Map<string, (typeof candidates)[number]>();
  const submitted = (l: ConsolidatedLedger) => l.receivedDate ?? l.header.filledDate ?? '';
  for (const c of candidates) {
    const key = `${c.ledger.unitCode}|${c.ledger.month}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, c);
      continue;
    }
    const [winner, loser] = submitted(c.ledger) >= submitted(prev.ledger) ? [c, prev] : [prev, c];
    byKey.set(key, winner);
    loser.account.status = 'superseded';
    loser.account.reason = `同一单位同一月份另有台账“${winner.ledger.file}”（填报日期 ${submitted(winner.ledger) || '未填'}）较新，本文件被替换`;
    loser.account.reasonEn = `superseded by ${winner.ledger.file} (later date)`;
    const dates = { unit: winner.ledger.unitName, month: winner.ledger.month };
    findings.push(
      makeFinding(
        'duplicate-submission-superseded',
        { ...dates, date: submitted(loser.ledger) || '未填', other: winner.ledger.file, otherDate: submitted(winner.ledger) || '未填' },
        { file: loser.ledger.file },
      ),
      makeFinding(
        'duplicate-submission-kept',
        { ...dates, date: submitted(winner.ledger) || '未填', other: loser.ledger.file, otherDate: submitted(loser.ledger) || '未填' },
        { file: winner.ledger.file },
      ),
    );
    loser.account.warnings += 1;
    winner.account.warnings += 1;
    if (winner.account.status === 'accepted') winner.account.status = 'accepted-with-warnings';
  }
  const ledgers = [...byKey.values()].sort((a, b) => a.index - b.index).map((c) => c.ledger);
  return { ledgers, inspections, files: accounts, findings };
}
