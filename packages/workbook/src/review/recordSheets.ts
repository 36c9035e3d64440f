import { quarterLabel, type IndicatorTemplate, type QuarterReview } from '@ledger-review/scoring';
import type { CellPlan, SheetPlan } from '../sheet/plan';
import { FILE_STATUS_LABEL, type Consolidation, type HandTyped } from '../consolidate/types';
import {
  FILE_COLUMNS,
  FILE_KIND_LABEL,
  FINDING_COLUMNS,
  LEDGER_ROW_COLUMNS,
  REVIEW_SHEETS,
  ROW_INVALID,
  ROW_VALID,
  SEVERITY_LABEL,
} from './layout';
import { REVIEW_TEXT } from './messages';
import { areaNames } from './scoreSheets';
import { dateCell, numberCell, sharedBlankText, sharedNumber, sharedText, tableSheet, text } from './sheetKit';
import type { FindingLike } from './types';

/** The rows of 台账汇总 (a function of its own, so its loop is compiled alone). */
function ledgerRows(review: QuarterReview, consolidation: Consolidation, template: IndicatorTemplate): CellPlan[][] {
  const unitIndex = new Map(review.units.map((u, i) => [u.unitCode, i]));
  const indicatorByCode = new Map(template.indicators.map((i) => [i.code, i]));
  const areaName = areaNames(template);
  const big = Number.MAX_SAFE_INTEGER;
  const ledgers = [...consolidation.ledgers].sort(
    (a, b) =>
      (unitIndex.get(a.unitCode) ?? big) - (unitIndex.get(b.unitCode) ?? big) ||
      (a.month < b.month ? -1 : a.month > b.month ? 1 : 0),
  );
  const body: CellPlan[][] = [];
  // Unit, month, indicator, status and file repeat on every row: shared (see sharedText).
  const locked = sharedText('locked');
  const lockedWrapped = sharedText('locked', true);
  const typed = sharedBlankText('locked', true);
  const rowNumber = sharedNumber('0');
  const number = sharedNumber();
  const valid = sharedText('good')(ROW_VALID);
  const invalid = sharedText('bad')(ROW_INVALID);
  for (const ledger of ledgers) {
    const invalidRows = new Set(ledger.invalidRows);
    const unitCode = locked(ledger.unitCode);
    const unitName = locked(ledger.unitName);
    const month = locked(ledger.month);
    const file = locked(ledger.file);
    for (const row of ledger.rows) {
      const indicator = indicatorByCode.get(row.code);
      body.push([
        unitCode,
        unitName,
        month,
        rowNumber(row.row || null),
        locked(row.code),
        locked(indicator ? areaName(indicator.area) : ''),
        lockedWrapped(indicator?.text ?? ''),
        typed(row.workDone),
        locked(row.status ?? ''),
        number(row.progress),
        number(row.actual),
        typed(row.evidence),
        number(row.selfScore),
        typed(row.problems),
        typed(row.nextSteps),
        typed(row.remarks),
        invalidRows.has(row.row) ? invalid : valid,
        file,
      ]);
    }
  }
  return body;
}

/**
 * 台账汇总: every row of every accepted ledger as the unit sent it (after normalisation), units in
 * display order then by month, with 校验结果 有效 / 有错误. Every unit-supplied text goes through
 * text(), so a 完成情况 that starts with `=` stays text.
 */
export function ledgerRowSheet(
  review: QuarterReview,
  consolidation: Consolidation,
  template: IndicatorTemplate,
): SheetPlan {
  const body = ledgerRows(review, consolidation, template);
  return tableSheet({
    name: REVIEW_SHEETS.ledgerRows,
    title: `${quarterLabel(review.quarter)}台账汇总`,
    note: REVIEW_TEXT.ledgerRowsNote().zh,
    columns: LEDGER_ROW_COLUMNS,
    body,
    freezeColumns: 5,
  });
}

/**
 * 文件清单: every input file and what became of it. 收到日期 is the office's column (the date a
 * ledger actually arrived, which wins over its 填报日期): restored by `unit|month` on a rebuild.
 */
export function fileSheet(
  review: QuarterReview,
  consolidation: Consolidation,
  handTyped: HandTyped,
): SheetPlan {
  const body = consolidation.files.map((f, i): CellPlan[] => {
    const received = (f.kind === 'ledger' ? handTyped.receivedDates[f.file] : undefined) ?? f.receivedDate;
    const styleOfStatus =
      f.status === 'rejected' || f.status === 'accepted-with-errors'
        ? 'bad'
        : f.status === 'accepted-with-warnings' || f.status === 'superseded' || f.status === 'ignored'
          ? 'warn'
          : 'good';
    return [
      numberCell(i + 1, '0'),
      text(f.file, 'locked'),
      text(FILE_KIND_LABEL[f.kind], 'locked'),
      text(FILE_STATUS_LABEL[f.status], styleOfStatus),
      text(f.unitCode ?? '', 'locked'),
      text(f.unitName ?? '', 'locked'),
      text(f.period ?? '', 'locked'),
      dateCell(f.filledDate, 'locked'),
      // A 收到日期 is typed per ledger file (kept across re-runs by the file's name).
      f.kind === 'ledger' ? dateCell(received, 'input', { unlocked: true }) : text('', 'locked'),
      numberCell(f.errors, '0'),
      numberCell(f.warnings, '0'),
      text(f.reason.message, 'locked', { wrap: true }),
    ];
  });
  return tableSheet({
    name: REVIEW_SHEETS.files,
    title: `${quarterLabel(review.quarter)}文件清单`,
    note: REVIEW_TEXT.fileNote().zh,
    columns: FILE_COLUMNS,
    body,
    freezeColumns: 2,
  });
}

/** A finding's cell as A1 (`F12`), or its row alone when it has no column. */
export function findingCell(f: FindingLike): string {
  if (f.address) return f.address;
  if (f.row && f.column) return `${f.column}${f.row}`;
  if (f.row) return String(f.row);
  return f.column ?? '';
}

/** 问题清单: every finding of every file, errors first within a file, in the consolidation's file order. */
export function findingSheet(review: QuarterReview, consolidation: Consolidation): SheetPlan {
  const findings = consolidation.findings as FindingLike[];
  const fileOrder = new Map(consolidation.files.map((f, i) => [f.file, i]));
  const rank = (s: string) => (s === 'error' ? 0 : s === 'warning' ? 1 : 2);
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (fileOrder.get(a.f.file ?? '') ?? Number.MAX_SAFE_INTEGER) -
          (fileOrder.get(b.f.file ?? '') ?? Number.MAX_SAFE_INTEGER) ||
        rank(a.f.severity) - rank(b.f.severity) ||
        a.i - b.i,
    );
  const body = sorted.map(({ f }, i): CellPlan[] => [
    numberCell(i + 1, '0'),
    text(f.file ?? '', 'locked'),
    text(f.sheet ?? '', 'locked'),
    text(findingCell(f), 'locked'),
    text(
      SEVERITY_LABEL[f.severity] ?? f.severity,
      f.severity === 'error' ? 'bad' : f.severity === 'warning' ? 'warn' : 'locked',
    ),
    text(f.code, 'locked'),
    text(f.message, 'locked', { wrap: true }),
  ]);
  return tableSheet({
    name: REVIEW_SHEETS.findings,
    title: `${quarterLabel(review.quarter)}问题清单`,
    note: REVIEW_TEXT.findingNote().zh,
    columns: FINDING_COLUMNS,
    body,
    freezeColumns: 2,
  });
}
