/**
 * What a normaliser did to a cell value. Every kind is reported to the user (as a
 * `value-normalised` notice) so nothing is changed silently; the labels live in
 * `i18n/labels.ts`.
 */
export type NormalisationKind =
  /** Leading or trailing spaces removed. */
  | 'trimmed'
  /** Runs of spaces, tabs, line breaks, full-width spaces (U+3000) or NBSP made one space. */
  | 'whitespace-collapsed'
  /** Zero-width characters (U+200B–U+200D, U+2060, BOM) removed. */
  | 'zero-width-removed'
  /** Full-width digits, point, minus, percent, slash… (`８０．５`) read as half-width. */
  | 'full-width'
  /** A number, truth value or date read as text (e.g. an indicator code typed as 2.3). */
  | 'converted-to-text'
  /** Thousands separators removed (`1,234`). */
  | 'thousands-separator'
  /** A unit word after the number removed (`80分`, `3次`). */
  | 'unit-suffix'
  /** A percent sign removed (`80%` → 80). */
  | 'percent-sign'
  /** A fraction in a cell formatted as percent scaled to percent (0.8 → 80). */
  | 'percent-format'
  /** Chinese numerals read as a number (`百分之八十` → 80). */
  | 'chinese-numeral'
  /** A date or month written another way (`2021年2月3日`, `2021/2/3`) rewritten as ISO. */
  | 'date-reformatted'
  /** A number in a cell not formatted as a date read as an Excel serial date. */
  | 'excel-serial-date'
  /** A time of day after the date dropped. */
  | 'time-dropped'
  /** A full date given where a month was asked for: its month used. */
  | 'date-to-month'
  /** An unambiguous synonym of a status (`完成` → `已完成`). */
  | 'status-synonym'
  /** Country code +86 removed from a phone number. */
  | 'country-code-removed'
  /** The leading 0 of the Puyang area code 0393, lost when Excel stored the number, restored. */
  | 'leading-zero-restored'
  /** Separators of a phone number rewritten (`0393 666 6679` → `0393-6666679`). */
  | 'phone-reformatted';

export const NORMALISATION_KINDS: readonly NormalisationKind[] = [
  'trimmed',
  'whitespace-collapsed',
  'zero-width-removed',
  'full-width',
  'converted-to-text',
  'thousands-separator',
  'unit-suffix',
  'percent-sign',
  'percent-format',
  'chinese-numeral',
  'date-reformatted',
  'excel-serial-date',
  'time-dropped',
  'date-to-month',
  'status-synonym',
  'country-code-removed',
  'leading-zero-restored',
  'phone-reformatted',
];

/**
 * The outcome of normalising one cell. `ok: false` means the value could not be read without
 * guessing (then `value` is null); a blank cell is `ok: true` with a blank value, because
 * whether a blank is allowed is the validator's business, not the normaliser's.
 */
export interface Normalised<T> {
  value: T | null;
  ok: boolean;
  applied: NormalisationKind[];
  original: unknown;
}
