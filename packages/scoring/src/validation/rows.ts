import { LEDGER_FIELD_LABELS } from '../i18n/labels';
import { formatNumber } from '../i18n/format';
import { LEDGER_STATUSES, type Indicator, type LedgerField, type LedgerRow, type LedgerStatus, type Unit } from '../model/types';
import { isBlank } from '../normalize/cell';
import { normaliseIndicatorCode } from '../normalize/code';
import { normaliseNumber } from '../normalize/number';
import { normalisePercent } from '../normalize/percent';
import { normaliseStatus } from '../normalize/status';
import { normaliseText } from '../normalize/text';
import type { ScoringSettings } from '../settings/settings';
import { dueMonthNumbers, formatMonthList } from '../template/frequency';
import { monthLabel } from '../periods/periods';
import { earlierPeriodMentions } from './staleText';
import { UNREADABLE, displayValue, type FindingSink } from './sink';
import type { TemplateIndex } from './templateIndex';
import type { RawLedger } from './types';

export interface RowsResult {
  rows: LedgerRow[];
  /** Non-blank table rows read. */
  rowCount: number;
  /** Sheet rows of the table (non-blank), to tell table errors from header errors. */
  tableRows: number[];
  /** First row of each template indicator found (code → sheet row). */
  firstRowOf: Map<string, number>;
}

const BLANK: { zh: string; en: string } = { zh: '（空白）', en: '(blank)' };
const ALLOWED_STATUSES = LEDGER_STATUSES.slice();
const MULTILINE = { multiline: true } as const;

type RawRow = RawLedger['rows'][number];

function rowIsBlank(cells: RawRow['cells']): boolean {
  for (const key in cells) {
    if (!isBlank(cells[key as LedgerField])) return false;
  }
  return true;
}

/**
 * Checks the table rows (台账行) against the template and the unit: code known, applicable,
 * not repeated; locked columns unchanged; status, progress, evidence, self-score and actual
 * value consistent. One finding per cell at most; cross-field rules only on readable values.
 */
export class RowChecker {
  private readonly cols: RawLedger['columns'];
  private readonly formats: NonNullable<RawLedger['columnFormats']>;
  /** The carried-forward 本月工作完成情况 by sheet row. */
  private readonly carriedWork: Map<number, string> | null;

  constructor(
    private readonly raw: RawLedger,
    private readonly index: TemplateIndex,
    private readonly templateVersion: string,
    private readonly unit: Unit | null,
    private readonly month: string | null,
    private readonly settings: ScoringSettings,
    private readonly sink: FindingSink,
  ) {
    this.cols = raw.columns;
    this.formats = raw.columnFormats ?? {};
    this.carriedWork = null;
    if (raw.carried?.length) {
      this.carriedWork = new Map();
      for (const r of raw.carried) {
        const t = normaliseText(r.cells.workDone, MULTILINE);
        if (t.ok && t.value) this.carriedWork.set(r.row, t.value);
      }
    }
  }

  run(): RowsResult {
    const applicable = this.unit ? new Set(this.index.applicable(this.unit).map((i) => i.code)) : null;
    const due = this.unit && this.month ? new Set(this.index.due(this.unit, this.month, this.settings).map((i) => i.code)) : null;
    const firstRowOf = new Map<string, number>();
    const rows: LedgerRow[] = [];
    const tableRows: number[] = [];
    let rowCount = 0;
    for (const r of this.raw.rows) {
      const cells = r.cells;
      const codeRaw = cells.code;
      // A row counts only when something is in it; blank rows (e.g. after the table) are ignored.
      if (isBlank(codeRaw) && rowIsBlank(cells)) continue;
      rowCount++;
      tableRows.push(r.row);
      const indicator = this.identify(r, codeRaw, applicable, due, firstRowOf);
      if (!indicator) continue;
      firstRowOf.set(indicator.code, r.row);
      rows.push(this.checkRow(r, indicator));
    }
    return { rows, rowCount, tableRows, firstRowOf };
  }

  /** The row's indicator, or null (with its finding) when the row belongs to none of the unit's. */
  private identify(r: RawRow, codeRaw: unknown, applicable: Set<string> | null, due: Set<string> | null, firstRowOf: Map<string, number>): Indicator | null {
    const col = this.cols.code;
    const value = this.sink.readCell(codeRaw, r.row, col);
    if (value === UNREADABLE) return null;
    const code = normaliseIndicatorCode(value);
    if (!code.ok || !code.value) {
      this.sink.emit('indicator-code-missing', {}, r.row, col);
      return null;
    }
    const indicator = this.index.byCode.get(code.value);
    if (!indicator) {
      this.sink.emit('indicator-unknown', { code: code.value, version: this.templateVersion }, r.row, col);
      return null;
    }
    this.sink.noteNormalised(LEDGER_FIELD_LABELS.code, code, code.value, r.row, col);
    if (applicable && !applicable.has(indicator.code)) {
      this.sink.emit('indicator-not-applicable', { code: indicator.code, unit: (this.unit as Unit).name }, r.row, col);
      return null;
    }
    const first = firstRowOf.get(indicator.code);
    if (first !== undefined) {
      this.sink.emit('indicator-duplicate', { code: indicator.code, firstRow: first }, r.row, col);
      return null;
    }
    if (due && !due.has(indicator.code)) {
      // A row the month does not ask for (an older template, or copied in): told, not judged, not counted.
      const months = indicator.frequency === '每月' ? '' : formatMonthList(dueMonthNumbers(indicator.frequency, this.settings));
      this.sink.emit('indicator-not-due', { code: indicator.code, frequency: indicator.frequency, months, month: this.month ?? '' }, r.row, col);
      firstRowOf.set(indicator.code, r.row);
      return null;
    }
    return indicator;
  }

  // Cells are passed by value, read with named properties (r.cells.status): a keyed read
  // (r.cells[field]) at one shared site sees every field name and stays slow on every row.
  private read(value: unknown, row: number, column: string | undefined): unknown {
    return this.sink.readCell(value, row, column);
  }

  private text(value: unknown, row: number, column: string | undefined): string {
    const v = this.read(value, row, column);
    if (v === UNREADABLE) return '';
    return normaliseText(v, MULTILINE).value ?? '';
  }

  private checkRow(r: RawRow, indicator: Indicator): LedgerRow {
    const row = r.row;
    const cols = this.cols;
    const sink = this.sink;

    // Locked, pre-filled columns: edits are warned about; the template is what counts.
    if (cols.text !== undefined) {
      const rawText = r.cells.text;
      if (rawText !== indicator.text) {
        const found = this.read(rawText, row, cols.text);
        if (found !== UNREADABLE) {
          const t = normaliseText(found).value ?? '';
          if (t !== this.index.cleanText.get(indicator.code)) sink.emit('indicator-text-edited', { code: indicator.code, expected: indicator.text, found: t || BLANK }, row, cols.text);
        }
      }
    }
    if (cols.points !== undefined) {
      const rawPoints = r.cells.points;
      if (rawPoints !== indicator.points) {
        const found = this.read(rawPoints, row, cols.points);
        if (found !== UNREADABLE) {
          const p = normaliseNumber(found);
          if (!p.ok || p.value !== indicator.points) {
            sink.emit('indicator-points-edited', { code: indicator.code, expected: indicator.points, found: p.ok && p.value !== null ? p.value : isBlank(found) ? BLANK : displayValue(found) }, row, cols.points);
          }
        }
      }
    }

    const cells = r.cells;
    const workDone = this.text(cells.workDone, row, cols.workDone);
    const evidence = this.text(cells.evidence, row, cols.evidence);
    const problems = this.text(cells.problems, row, cols.problems);
    const nextSteps = this.text(cells.nextSteps, row, cols.nextSteps);
    const remarks = this.text(cells.remarks, row, cols.remarks);

    // 完成状态
    let status: LedgerStatus | null = null;
    let statusReadable = false;
    const statusValue = this.read(cells.status, row, cols.status);
    if (statusValue !== UNREADABLE) {
      const s = normaliseStatus(statusValue);
      if (!s.ok) sink.emit('status-invalid', { value: displayValue(statusValue), allowed: ALLOWED_STATUSES }, row, cols.status);
      else if (s.value === null) sink.emit('status-missing', {}, row, cols.status);
      else {
        status = s.value;
        statusReadable = true;
        sink.noteNormalised(LEDGER_FIELD_LABELS.status, s, s.value, row, cols.status);
      }
    }

    // 完成进度(%)
    let progress: number | null = null;
    let progressReadable = false;
    const progressValue = this.read(cells.progress, row, cols.progress);
    if (progressValue !== UNREADABLE) {
      const p = normalisePercent(progressValue, { numberFormat: this.formats.progress });
      if (!p.ok) sink.emit('progress-not-number', { value: displayValue(progressValue) }, row, cols.progress);
      else if (p.value !== null && (p.value < 0 || p.value > 100)) sink.emit('progress-out-of-range', { value: p.value }, row, cols.progress);
      else {
        progress = p.value;
        progressReadable = true;
        if (p.value !== null) {
          const shown = p.value;
          sink.noteNormalised(LEDGER_FIELD_LABELS.progress, p, () => formatNumber(shown), row, cols.progress);
        }
      }
    }

    if (statusReadable) {
      switch (status) {
        case '不适用':
          if (!indicator.allowNotApplicable) sink.emit('status-na-not-allowed', { code: indicator.code }, row, cols.status);
          else if (remarks === '') sink.emit('status-na-without-remark', {}, row, cols.remarks ?? cols.status);
          break;
        case '已完成':
          if (evidence === '') sink.emit('completed-without-evidence', {}, row, cols.evidence);
          if (progressReadable && progress !== null && progress < 100) sink.emit('completed-progress-below-100', { progress }, row, cols.progress);
          break;
        case '未启动':
          if (progressReadable && progress !== null && progress > 0) sink.emit('not-started-with-progress', { progress }, row, cols.progress);
          break;
      }
      // 未启动 has nothing to report yet, and 不适用 is explained in 备注 instead.
      if (status !== '未启动' && status !== '不适用' && workDone === '') sink.emit('work-done-missing', { status: status as string }, row, cols.workDone);
    }

    // Carried forward and not edited: last month's facts sent again as this month's?
    if (workDone !== '' && this.month && this.carriedWork?.get(row) === workDone) {
      const found = earlierPeriodMentions(workDone, this.month);
      if (found.length) sink.emit('work-done-carried-stale', { found, month: monthLabel(this.month) }, row, cols.workDone);
    }

    const selfScore = this.selfScore(r, indicator);
    const actual = this.actual(r, indicator);

    return { row, code: indicator.code, workDone, status, progress, actual, evidence, selfScore, problems, nextSteps, remarks };
  }

  /** 自评分: a number, not negative, not above the template's points, a multiple of the step. */
  private selfScore(r: RawRow, indicator: Indicator): number | null {
    const col = this.cols.selfScore;
    const value = this.read(r.cells.selfScore, r.row, col);
    if (value === UNREADABLE) return null;
    const s = normaliseNumber(value);
    if (!s.ok) {
      this.sink.emit('self-score-not-number', { value: displayValue(value) }, r.row, col);
      return null;
    }
    const n = s.value;
    if (n === null) return null;
    if (n < 0) {
      this.sink.emit('self-score-negative', { value: n }, r.row, col);
      return null;
    }
    if (n > indicator.points) {
      this.sink.emit('self-score-above-points', { value: n, max: indicator.points }, r.row, col);
      return null;
    }
    const step = this.settings.selfScoreStep;
    const q = n / step;
    if (Math.abs(q - Math.round(q)) > 1e-9) {
      this.sink.emit('self-score-step', { value: n, step }, r.row, col);
      return null;
    }
    this.sink.noteNormalised(LEDGER_FIELD_LABELS.selfScore, s, () => formatNumber(n), r.row, col);
    return n;
  }

  /** 实际值: a number (with the target's unit allowed); below the target is a warning. */
  private actual(r: RawRow, indicator: Indicator): number | null {
    const col = this.cols.actual;
    const value = this.read(r.cells.actual, r.row, col);
    if (value === UNREADABLE) return null;
    const target = indicator.target;
    const a =
      target?.unit === '%'
        ? normalisePercent(value, { numberFormat: this.formats.actual })
        : normaliseNumber(value, { suffixes: this.index.actualSuffixes.get(indicator.code) });
    if (!a.ok) {
      this.sink.emit('actual-not-number', { value: displayValue(value) }, r.row, col);
      return null;
    }
    const n = a.value;
    if (n === null) return null;
    this.sink.noteNormalised(LEDGER_FIELD_LABELS.actual, a, () => formatNumber(n), r.row, col);
    if (target && n < target.value) this.sink.emit('actual-below-target', { value: n, target: target.value, unit: target.unit }, r.row, col);
    return n;
  }
}
