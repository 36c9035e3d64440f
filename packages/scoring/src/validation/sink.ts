import { formatNumber, type MessageParams } from '../i18n/format';
import { NORMALISATION_LABELS } from '../i18n/labels';
import type { Localized } from '../i18n/lang';
import { isExcelError } from '../normalize/cell';
import { dateToIso } from '../normalize/text';
import type { NormalisationKind, Normalised } from '../normalize/types';
import { makeFinding } from '../problems/finding';
import type { ReportBuilder } from './report';
import type { RuleCode } from '../problems';

/** Returned by {@link FindingSink.readCell} for a cell whose value cannot be used at all. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

const MAX_SHOWN = 60;
const SILENT_KINDS: ReadonlySet<NormalisationKind> = new Set<NormalisationKind>(['percent-format']);

/** A raw value as the user would recognise it in a message (long text is shortened). */
export function displayValue(raw: unknown): string {
  let s: string;
  if (raw === null || raw === undefined) s = '';
  else if (typeof raw === 'number') s = formatNumber(raw);
  else if (typeof raw === 'boolean') s = raw ? 'TRUE' : 'FALSE';
  else if (raw instanceof Date) s = Number.isNaN(raw.getTime()) ? 'Invalid Date' : dateToIso(raw);
  else s = String(raw);
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 1)}…` : s;
}

/**
 * Where the validator's findings go: builds each finding at its sheet and cell, remembers which
 * rows got an error (a row's validity must not depend on whether its finding fit under the
 * cap), and turns normalisations into `value-normalised` notices.
 */
export class FindingSink {
  readonly errorRows = new Set<number>();

  constructor(
    private readonly builder: ReportBuilder,
    readonly sheet: string,
    readonly file: string | undefined,
  ) {}

  emit(code: RuleCode, params: MessageParams, row?: number, column?: string): void {
    const finding = makeFinding(code, params, { file: this.file, sheet: this.sheet, row, column });
    if (finding.severity === 'error' && row !== undefined) this.errorRows.add(row);
    this.builder.add(finding);
  }

  /**
   * Reports an Excel error value (formula cells are reported by the host that reads them).
   * Returns the value to normalise, or {@link UNREADABLE} when the cell has nothing usable (its
   * one finding is already made).
   */
  readCell(raw: unknown, row: number | undefined, column: string | undefined): unknown {
    if (isExcelError(raw)) {
      this.emit('cell-error-value', { value: raw }, row, column);
      return UNREADABLE;
    }
    return raw;
  }

  /**
   * A `value-normalised` notice when the normaliser changed what the user sees. Not noticed:
   * a fraction in a percent-formatted cell
   * (0.8 shown as 80 % is simply how Excel stores what the user typed). `shown` may be given as a
   * function: it is then formatted only when a notice is made (almost never, on most cells).
   */
  noteNormalised(
    field: Localized,
    result: Normalised<unknown>,
    shown: string | (() => string),
    row: number | undefined,
    column: string | undefined,
  ): void {
    const applied = result.applied;
    if (!result.ok || applied.length === 0) return;
    let kinds: Localized[] | null = null;
    for (const k of applied as NormalisationKind[]) {
      if (SILENT_KINDS.has(k)) continue;
      (kinds ??= []).push(NORMALISATION_LABELS[k]);
    }
    if (!kinds) return;
    const normalised = typeof shown === 'function' ? shown() : shown;
    this.emit('value-normalised', { field, value: displayValue(result.original), normalised, kinds }, row, column);
  }
}
