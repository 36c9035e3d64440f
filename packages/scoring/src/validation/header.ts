import { LEDGER_HEADER_LABELS } from '../i18n/labels';
import type { LedgerHeader, LedgerHeaderField, Unit } from '../model/types';
import { normaliseDate } from '../normalize/date';
import { normaliseMonth } from '../normalize/month';
import { normalisePhone } from '../normalize/phone';
import { normaliseText } from '../normalize/text';
import { isMonth, monthEnd } from '../periods/periods';
import { buildUnitIndex, resolveUnit } from '../roster/resolveUnit';
import { UNREADABLE, displayValue, type FindingSink } from './sink';
import type { LedgerContext, RawCell, RawLedger } from './types';

export interface HeaderResult {
  header: LedgerHeader;
  unit: Unit | null;
  month: string | null;
}

function at(cell: RawCell | undefined): [number | undefined, string | undefined] {
  return cell ? [cell.row, cell.column] : [undefined, undefined];
}

/** Reads one header cell, reporting formulas and error values; UNREADABLE when unusable. */
function read(sink: FindingSink, cell: RawCell | undefined): unknown {
  if (!cell) return undefined;
  return sink.readCell(cell.value, cell.row, cell.column);
}

function readText(sink: FindingSink, raw: RawLedger, field: LedgerHeaderField): { text: string; readable: boolean } {
  const cell = raw.header[field];
  const value = read(sink, cell);
  if (value === UNREADABLE) return { text: '', readable: false };
  const r = normaliseText(value);
  const [row, column] = at(cell);
  if (!r.ok) return { text: '', readable: false };
  const text = r.value ?? '';
  if (field !== 'unitName') sink.noteNormalised(LEDGER_HEADER_LABELS[field], r, text, row, column);
  return { text, readable: true };
}

function unitByCode(code: string | undefined, roster: readonly Unit[]): Unit | null {
  if (!code) return null;
  return buildUnitIndex(roster).get(code) ?? null;
}

/**
 * The header (表头): unit against the roster (aliases, "did you mean"), month, 填报日期 after
 * the month, 填报人, 联系电话; plus the hidden metadata (template version, unit, month). When
 * the header does not identify the unit or month, the metadata does (the errors stay).
 */
export function checkHeader(raw: RawLedger, ctx: LedgerContext, sink: FindingSink): HeaderResult {
  const { header: cells, meta } = raw;

  // 单位名称
  const unitCell = cells.unitName;
  const [unitRow, unitCol] = at(unitCell);
  const unitText = readText(sink, raw, 'unitName');
  let unit: Unit | null = null;
  if (unitText.readable && unitText.text === '') sink.emit('unit-missing', {}, unitRow, unitCol);
  else if (unitText.readable) {
    const resolved = resolveUnit(unitText.text, ctx.roster);
    if (resolved.unit) {
      unit = resolved.unit;
      if (resolved.via !== 'name') sink.emit('unit-alias-used', { value: unitText.text, unit: unit.name }, unitRow, unitCol);
    } else {
      sink.emit('unit-unknown', { value: unitText.text, candidates: resolved.candidates.map((u) => u.name) }, unitRow, unitCol);
    }
  }

  // 报告月份
  const monthCell = cells.month;
  const [monthRow, monthCol] = at(monthCell);
  const monthValue = read(sink, monthCell);
  let month: string | null = null;
  if (monthValue !== UNREADABLE) {
    const r = normaliseMonth(monthValue, { numberFormat: monthCell?.numberFormat, date1904: raw.date1904 });
    if (!r.ok) sink.emit('month-invalid', { value: displayValue(monthValue) }, monthRow, monthCol);
    else if (r.value === null) sink.emit('month-missing', {}, monthRow, monthCol);
    else {
      month = r.value;
      sink.noteNormalised(LEDGER_HEADER_LABELS.month, r, r.value, monthRow, monthCol);
    }
  }

  // 填报人
  const filler = readText(sink, raw, 'filler');
  if (filler.readable && filler.text === '') sink.emit('filler-missing', {}, ...at(cells.filler));

  // 联系电话
  const phoneCell = cells.phone;
  const [phoneRow, phoneCol] = at(phoneCell);
  const phoneValue = read(sink, phoneCell);
  let phone = '';
  if (phoneValue !== UNREADABLE) {
    const r = normalisePhone(phoneValue);
    if (!r.ok) {
      phone = normaliseText(phoneValue).value ?? '';
      sink.emit('phone-invalid', { value: displayValue(phoneValue) }, phoneRow, phoneCol);
    } else if (r.value === null) sink.emit('phone-missing', {}, phoneRow, phoneCol);
    else {
      phone = r.value;
      sink.noteNormalised(LEDGER_HEADER_LABELS.phone, r, r.value, phoneRow, phoneCol);
    }
  }

  // 填报日期
  const dateCell = cells.filledDate;
  const [dateRow, dateCol] = at(dateCell);
  const dateValue = read(sink, dateCell);
  let filledDate: string | null = null;
  if (dateValue !== UNREADABLE) {
    const r = normaliseDate(dateValue, { numberFormat: dateCell?.numberFormat, date1904: raw.date1904 });
    if (!r.ok) sink.emit('filled-date-invalid', { value: displayValue(dateValue) }, dateRow, dateCol);
    else if (r.value === null) sink.emit('filled-date-missing', {}, dateRow, dateCol);
    else {
      filledDate = r.value;
      sink.noteNormalised(LEDGER_HEADER_LABELS.filledDate, r, r.value, dateRow, dateCol);
    }
  }

  const reviewer = readText(sink, raw, 'reviewer');

  // Hidden metadata: template version, and the unit and month the template was issued for.
  const hasMeta = !!meta && !!(meta.templateVersion || meta.unitCode || meta.month || meta.fingerprint);
  if (!hasMeta) sink.emit('metadata-missing', {});
  const version = meta?.templateVersion;
  if (version && version !== ctx.template.version) {
    const known = ctx.knownTemplateVersions ?? [ctx.template.version];
    if (known.includes(version)) sink.emit('template-version-outdated', { version, current: ctx.template.version });
    else sink.emit('template-version-unknown', { version, current: ctx.template.version });
  }
  const metaUnit = unitByCode(meta?.unitCode, ctx.roster);
  // A header that contradicts the metadata of the template it was written in (another unit's
  // file with the name changed) cannot be attributed: it must never replace that unit's ledger.
  let contradicted = false;
  if (meta?.unitCode && unit && meta.unitCode !== unit.code) {
    sink.emit('metadata-mismatch', { field: LEDGER_HEADER_LABELS.unitName, meta: metaUnit?.name ?? meta.unitCode, header: unit.name }, unitRow, unitCol);
    contradicted = true;
  }
  const metaMonth = meta?.month && isMonth(meta.month) ? meta.month : null;
  if (metaMonth && month && metaMonth !== month) {
    sink.emit('metadata-mismatch', { field: LEDGER_HEADER_LABELS.month, meta: metaMonth, header: month }, monthRow, monthCol);
    contradicted = true;
  }
  // The metadata fills in what the header lacks; where they disagree, nothing is attributed.
  unit = contradicted ? null : (unit ?? metaUnit);
  const resolvedMonth = contradicted ? null : (month ?? metaMonth);

  if (unit && ctx.expectedUnitCode && unit.code !== ctx.expectedUnitCode) {
    const expected = unitByCode(ctx.expectedUnitCode, ctx.roster);
    sink.emit('unit-unexpected', { value: unit.name, expected: expected?.name ?? ctx.expectedUnitCode }, unitRow, unitCol);
  }
  if (resolvedMonth && ctx.expectedMonth && resolvedMonth !== ctx.expectedMonth) {
    sink.emit('month-unexpected', { value: resolvedMonth, expected: ctx.expectedMonth }, monthRow, monthCol);
  }
  if (filledDate && resolvedMonth) {
    const end = monthEnd(resolvedMonth);
    if (filledDate < end) sink.emit('filled-date-early', { value: filledDate, monthEnd: end }, dateRow, dateCol);
  }
  if (filledDate && ctx.asOf && filledDate > ctx.asOf) sink.emit('filled-date-future', { value: filledDate, asOf: ctx.asOf }, dateRow, dateCol);

  return {
    header: {
      unitName: unitText.text,
      unitCode: unit?.code ?? null,
      month: resolvedMonth,
      filler: filler.text,
      phone,
      filledDate,
      reviewer: reviewer.text,
    },
    unit,
    month: resolvedMonth,
  };
}
