import type { CellStyle } from './plan';

/**
 * How each named style looks, in host-neutral terms (ARGB colours). The .xlsx writer and the
 * Office.js host both read this one table, so a sheet looks the same wherever it was written.
 */
export interface StyleLook {
  font: { size: number; bold?: boolean; italic?: boolean; color?: string };
  fill?: string;
  border?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
}

export const FONT_NAME = '宋体';
export const BORDER_COLOR = 'FFBFBFBF';

export const STYLE_LOOKS: Readonly<Record<CellStyle, StyleLook>> = {
  title: { font: { size: 16, bold: true }, horizontal: 'center', vertical: 'center' },
  subtitle: { font: { size: 12, bold: true } },
  label: { font: { size: 11, bold: true }, fill: 'FFF2F2F2', border: true, vertical: 'center' },
  header: { font: { size: 11, bold: true, color: 'FFFFFFFF' }, fill: 'FF2F5597', border: true, horizontal: 'center', vertical: 'center', wrap: true },
  locked: { font: { size: 10 }, fill: 'FFEDEDED', border: true, vertical: 'top', wrap: true },
  input: { font: { size: 10 }, border: true, vertical: 'top', wrap: true },
  number: { font: { size: 10 }, border: true, horizontal: 'right', vertical: 'top' },
  note: { font: { size: 9, italic: true, color: 'FF595959' }, vertical: 'top', wrap: true },
  good: { font: { size: 10, color: 'FF006100' }, fill: 'FFC6EFCE', border: true },
  bad: { font: { size: 10, color: 'FF9C0006' }, fill: 'FFFFC7CE', border: true },
  warn: { font: { size: 10, color: 'FF9C5700' }, fill: 'FFFFEB9C', border: true },
};

/** Conditional-format highlight colours (fill, font). */
export const HIGHLIGHT_LOOKS: Readonly<Record<'bad' | 'warn' | 'good' | 'carried', { fill: string; font: string }>> = {
  bad: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  warn: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  good: { fill: 'FFC6EFCE', font: 'FF006100' },
  /** 沿用上月: a cell still holding what was carried from last month (light blue until edited). */
  carried: { fill: 'FFDDEBF7', font: 'FF1F3864' },
};
