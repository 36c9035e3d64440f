import type { Indicator, LedgerFacts, LedgerRow } from '../model/types';
import { checkHeader } from './header';
import { ReportBuilder, DEFAULT_ERROR_CAP } from './report';
import { RowChecker } from './rows';
import { FindingSink } from './sink';
import { templateIndex } from './templateIndex';
import type { LedgerContext, LedgerValidation, RawLedger } from './types';

/**
 * Validates one ledger sheet (工作台账) as read by any host: header, metadata and every row,
 * against the indicator template, the roster and the scoring settings (SPEC section 6).
 * Pure and synchronous; the same input always gives the same report.
 */
export function validateLedger(raw: RawLedger, ctx: LedgerContext): LedgerValidation {
  const builder = new ReportBuilder(ctx.errorCap ?? DEFAULT_ERROR_CAP);
  if (raw.preFindings) builder.addAll(raw.preFindings);
  const sink = new FindingSink(builder, raw.sheet, raw.file);
  // An error the host already found in a table cell (e.g. a formula without a result) makes
  // that row invalid just like one found here.
  for (const f of raw.preFindings ?? []) {
    if (f.severity === 'error' && f.row !== undefined && (f.sheet === undefined || f.sheet === raw.sheet)) sink.errorRows.add(f.row);
  }

  const { header, unit, month } = checkHeader(raw, ctx, sink);

  const index = templateIndex(ctx.template);
  const checked = new RowChecker(raw, index, ctx.template.version, unit, month, ctx.settings, sink).run();

  let validRows = 0;
  let applicableRows = 0;
  const selfScores: Record<string, number | null> = {};
  if (unit) {
    // The rows the unit had to fill: its indicators due this month (all of them when the month is unknown).
    const due = month ? index.due(unit, month, ctx.settings) : index.applicable(unit);
    applicableRows = due.length;
    validRows = collectSelfScores(due, checked.rows, sink, selfScores);
  }

  const invalidRows = checked.tableRows.filter((r) => sink.errorRows.has(r)).sort((a, b) => a - b);
  const report = builder.build({ rows: checked.rowCount, validRows, applicableRows });
  const facts: LedgerFacts | null =
    unit && month
      ? { unitCode: unit.code, month, filledDate: header.filledDate, receivedDate: null, selfScores, validRows, applicableRows }
      : null;
  return { header, unit, rows: checked.rows, report, facts, invalidRows };
}

/**
 * Each applicable indicator's self-score (null when its row is missing, with the finding) and the
 * number of applicable rows without an error. A function of its own so that its per-indicator
 * loop is compiled alone, not with the whole of validateLedger inlined around it.
 */
function collectSelfScores(
  applicable: readonly Indicator[],
  rows: readonly LedgerRow[],
  sink: FindingSink,
  selfScores: Record<string, number | null>,
): number {
  let validRows = 0;
  const byCode = new Map(rows.map((r) => [r.code, r]));
  for (const indicator of applicable) {
    const row = byCode.get(indicator.code);
    if (!row) {
      sink.emit('indicator-missing', { code: indicator.code, text: indicator.text });
      selfScores[indicator.code] = null;
      continue;
    }
    selfScores[indicator.code] = row.selfScore;
    if (!sink.errorRows.has(row.row)) validRows++;
  }
  return validRows;
}
