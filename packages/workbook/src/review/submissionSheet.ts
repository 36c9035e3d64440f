import {
  excelSerial,
  dueIndicators,
  isIsoDate,
  monthLabel,
  quarterLabel,
  type IndicatorTemplate,
  type QuarterReview,
  type Unit,
} from '@ledger-review/scoring';
import { address, columnLetter, sheetRef } from '../xlsx/a1';
import { formula, type CellStyle, type SheetPlan } from '../sheet/plan';
import type { Consolidation } from '../consolidate/types';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  NOTE_ROW,
  REVIEW_SHEETS,
  SUBMISSION_COLUMNS,
  SUBMISSION_DETAIL_TITLE,
  TITLE_ROW,
  columnOf,
} from './layout';
import { REVIEW_TEXT } from './messages';
import { GridBuilder, columnRange, dateCell, headerCells, numberCell, printLandscape, text } from './sheetKit';
import type { SubmissionRefs } from './types';

const STATE_STYLE: Record<string, CellStyle> = { 'on-time': 'good', late: 'warn', missing: 'bad', 'not-due': 'locked' };

/** Columns of the status matrix at the top of 报送情况 (months in between). */
export const MATRIX_LEAD = ['分组', '单位编码', '单位名称'] as const;
export const MATRIX_TAIL = ['按时', '逾期', '未报送'] as const;

/** Thrown when the consolidation does not hold the ledgers the review was computed from. */
export class ReviewInputMismatchError extends Error {
  constructor(
    public readonly zh: string,
    public readonly en: string,
  ) {
    super(zh);
    this.name = 'ReviewInputMismatchError';
  }
}

const s = (key: (typeof SUBMISSION_COLUMNS)[number]['key']) => columnOf(SUBMISSION_COLUMNS, key);

/**
 * 报送情况: the status matrix (units × the quarter's months) the meeting reads, and below it the
 * 报送明细 table the ranking's timeliness and quality formulas sum over. 按时 and 逾期天数 are
 * formulas over the dates; 有效行数 is the ledger's rows without an error (capped at the
 * applicable rows, as the library caps it).
 */
export function submissionSheet(
  review: QuarterReview,
  consolidation: Consolidation,
  template: IndicatorTemplate,
  roster: readonly Unit[],
): { sheet: SheetPlan; refs: SubmissionRefs } {
  const grid = new GridBuilder();
  const unitByCode = new Map(roster.map((u) => [u.code, u]));
  const ledgerByKey = new Map(consolidation.ledgers.map((l) => [`${l.unitCode}|${l.month}`, l]));
  const months = review.months;
  const matrixWidth = MATRIX_LEAD.length + months.length + MATRIX_TAIL.length;
  const width = Math.max(matrixWidth, SUBMISSION_COLUMNS.length);
  const last = columnLetter(width);

  grid.put(TITLE_ROW, 1, text(`${quarterLabel(review.quarter)}台账报送情况`, 'title'));
  grid.put(
    NOTE_ROW,
    1,
    text(REVIEW_TEXT.submissionNote(review.settings.ledgerDueDay).zh, 'note', { wrap: true }),
  );
  grid.putRow(
    HEADER_ROW,
    [...MATRIX_LEAD, ...months.map(monthLabel), ...MATRIX_TAIL].map((h) => text(h, 'header')),
  );
  review.units.forEach((unit, i) => {
    const count = (state: string) => unit.ledgers.filter((l) => l.state === state).length;
    grid.putRow(FIRST_DATA_ROW + i, [
      text(unit.group, 'locked'),
      text(unit.unitCode, 'locked'),
      text(unit.unitName, 'locked'),
      ...unit.ledgers.map((l) => text(l.label, STATE_STYLE[l.state])),
      numberCell(count('on-time'), '0'),
      numberCell(count('late'), '0'),
      numberCell(count('missing'), '0'),
    ]);
  });

  // 报送明细 two rows below the matrix: a title row, then its header.
  const detailTitleRow = FIRST_DATA_ROW + review.units.length + 1;
  const detailHeaderRow = detailTitleRow + 1;
  const detailFirst = detailHeaderRow + 1;
  grid.put(
    detailTitleRow,
    1,
    text(`${SUBMISSION_DETAIL_TITLE}（综合排名的报送及时率、填报质量按此表计算）`, 'subtitle'),
  );
  grid.putRow(detailHeaderRow, headerCells(SUBMISSION_COLUMNS));
  let r = detailFirst;
  for (const unit of review.units) {
    const rosterUnit = unitByCode.get(unit.unitCode);
    let validSum = 0;
    let dueSum = 0;
    // Months not yet due (as of the review's day) are shown in the matrix but not counted: the
    // ranking's formulas sum over these rows, as the library counts only the months due.
    const counted = unit.ledgers.filter((c) => c.state !== 'not-due');
    for (const cell of counted) {
      const ledger = cell.state === 'missing' ? undefined : ledgerByKey.get(`${unit.unitCode}|${cell.month}`);
      if (cell.state !== 'missing' && !ledger) {
        throw new ReviewInputMismatchError(
          REVIEW_TEXT.ledgerNotConsolidated(unit.unitName, cell.month).zh,
          REVIEW_TEXT.ledgerNotConsolidated(unit.unitName, cell.month).en,
        );
      }
      // 填报频次: the rows due that month (quarterly, half-yearly and yearly indicators only in their months).
      const applicable = rosterUnit ? dueIndicators(template, rosterUnit, cell.month, review.settings).length : 0;
      const valid = ledger ? Math.max(0, Math.min(ledger.validRows, applicable)) : 0;
      validSum += valid;
      dueSum += applicable;
      // The cached results of the two formulas below, from the cells as written (dateCell).
      const sentDay = cell.submittedOn && isIsoDate(cell.submittedOn) ? excelSerial(cell.submittedOn) : null;
      const dueDay = isIsoDate(cell.dueDate) ? excelSerial(cell.dueDate) : 0;
      const due = address(r, s('dueDate'));
      const sent = address(r, s('submittedOn'));
      grid.putRow(r, [
        text(unit.unitCode, 'locked'),
        text(unit.unitName, 'locked'),
        text(cell.month, 'locked'),
        dateCell(cell.dueDate),
        dateCell(cell.submittedOn),
        text(cell.label, STATE_STYLE[cell.state]),
        formula(`IF(ISNUMBER(${sent}),MAX(0,${sent}-${due}),0)`, '0', 'number', sentDay === null ? 0 : Math.max(0, sentDay - dueDay)),
        formula(`IF(ISNUMBER(${sent}),IF(${sent}<=${due},1,0),0)`, '0', 'number', sentDay === null ? 0 : sentDay <= dueDay ? 1 : 0),
        numberCell(valid, '0'),
        numberCell(applicable, '0'),
      ]);
      r++;
    }
    // The sheet's quality must be the library's: a different ledger here would silently change it.
    const quality = dueSum > 0 ? validSum / dueSum : 0;
    if (Math.abs(quality - unit.quality) > 1e-12) {
      const t = REVIEW_TEXT.qualityMismatch(unit.unitName, unit.quality, quality);
      throw new ReviewInputMismatchError(t.zh, t.en);
    }
  }
  const detailLast = r - 1;
  const range = (key: Parameters<typeof s>[0]) =>
    sheetRef(REVIEW_SHEETS.submissions, columnRange(s(key), detailFirst, detailLast));

  const columnWidths = Array.from({ length: width }, (_, i) => {
    const detail = SUBMISSION_COLUMNS[i]?.width ?? 8;
    const matrix = i < MATRIX_LEAD.length ? [7, 10, 24][i] : 12;
    return { width: Math.max(detail, matrix) };
  });
  const sheet: SheetPlan = {
    name: REVIEW_SHEETS.submissions,
    rows: grid.rows,
    columns: columnWidths,
    merges: [`A${TITLE_ROW}:${last}${TITLE_ROW}`, `A${NOTE_ROW}:${last}${NOTE_ROW}`],
    freeze: { rows: HEADER_ROW, columns: 0 },
    autoFilter: `A${detailHeaderRow}:${columnLetter(SUBMISSION_COLUMNS.length)}${Math.max(detailHeaderRow, detailLast)}`,
    print: printLandscape(),
  };
  return {
    sheet,
    refs: {
      unitCodes: range('unitCode'),
      onTime: range('onTime'),
      validRows: range('validRows'),
      dueRows: range('dueRows'),
    },
  };
}

/** Where 报送明细 starts for a review of `unitCount` units (documented in README.md). */
export function submissionDetailHeaderRow(unitCount: number): number {
  return FIRST_DATA_ROW + unitCount + 2;
}
