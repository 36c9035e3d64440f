import {
  bimonthLabel,
  quarterLabel,
  type QuarterReview,
  type UnitQuarterResult,
} from '@ledger-review/scoring';
import { address, columnLetter, sheetRef } from '../xlsx/a1';
import { formula, type CellPlan, type SheetPlan } from '../sheet/plan';
import { SETTINGS_SHEET, settingCell } from '../template/settings';
import type { HandTyped } from '../consolidate/types';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  NOTE_ROW,
  OFFICE_ADDED_MARK,
  PROPOSAL_MARK,
  RANKING_LEAD_COLUMNS,
  RANKING_TAIL_COLUMNS,
  REVIEW_SHEETS,
  TITLE_ROW,
  type ReviewColumn,
} from './layout';
import { REVIEW_TEXT } from './messages';
import { GridBuilder, formulaString, handCell, printLandscape, text } from './sheetKit';
import type { IndicatorScoreRefs, RankingRefs, SubmissionRefs } from './types';

export const TIED_TEXT = '并列';

/** Header of an inspection period's rate column, e.g. `得分率（2021年3—4月）`. */
export const periodRateLabel = (period: string) => `得分率（${bimonthLabel(period)}）`;

/** The 综合排名 columns for a quarter's inspection periods. */
export function rankingColumns(periods: readonly string[]): ReviewColumn[] {
  return [
    ...RANKING_LEAD_COLUMNS,
    ...periods.map((p) => ({ key: `rate:${p}`, label: periodRateLabel(p), width: 12 })),
    ...RANKING_TAIL_COLUMNS,
  ];
}

/**
 * The outcome labels shown in the ranking row (the confirmed lists); proposals are marked so
 * nobody reads them as decided, and the office's additions so everyone sees who decided.
 */
export function outcomeSummary(unit: UnitQuarterResult): string {
  return unit.outcomes
    .map((o) => (o.proposed ? `${o.label}（${PROPOSAL_MARK}）` : o.office?.action === 'add' ? `${o.label}（${OFFICE_ADDED_MARK}）` : o.label))
    .join('、');
}

const decimalsFormat = (decimals: number) => (decimals > 0 ? `0.${'0'.repeat(Math.min(decimals, 10))}` : '0');

/**
 * 综合排名: one row per unit in the library's display order, 县区 block then 市直 block. Every
 * number is a formula: period rates and the inspection rate over 指标得分, timeliness and
 * quality over 报送情况, the composite with the weights and decimals of 评分规则, and the rank
 * as RANK.EQ within the group's block — after recalculation they equal the library's numbers.
 */
export function rankingSheet(
  review: QuarterReview,
  scores: IndicatorScoreRefs,
  submissions: SubmissionRefs,
  handTyped: HandTyped,
): { sheet: SheetPlan; refs: RankingRefs } {
  const columns = rankingColumns(review.inspectionPeriods);
  const col = (key: string) => {
    const i = columns.findIndex((c) => c.key === key);
    if (i < 0) throw new RangeError(`no column ${key}`);
    return i + 1;
  };
  const grid = new GridBuilder();
  const lastLetter = columnLetter(columns.length);
  grid.put(TITLE_ROW, 1, text(`${quarterLabel(review.quarter)}综合排名`, 'title'));
  grid.put(NOTE_ROW, 1, text(REVIEW_TEXT.rankingNote().zh, 'note', { wrap: true }));
  grid.putRow(
    HEADER_ROW,
    columns.map((c) => text(c.label, 'header')),
  );

  // Each group's rows are contiguous (the library returns 县区 then 市直), so RANK.EQ and
  // COUNTIF can use the block's range.
  const blocks = new Map<string, { first: number; last: number }>();
  review.units.forEach((u, i) => {
    const row = FIRST_DATA_ROW + i;
    const b = blocks.get(u.group);
    if (!b) blocks.set(u.group, { first: row, last: row });
    else if (b.last === row - 1) b.last = row;
    else throw new RangeError(`units of group ${u.group} are not contiguous`);
  });

  const setting = (key: string) => sheetRef(SETTINGS_SHEET, settingCell(key));
  const rowOf = new Map<string, number>();
  review.units.forEach((unit, i) => {
    const r = FIRST_DATA_ROW + i;
    rowOf.set(unit.unitCode, r);
    const code = address(r, col('unitCode'));
    const block = blocks.get(unit.group)!;
    const compositeLetter = columnLetter(col('composite'));
    const blockRange = `$${compositeLetter}$${block.first}:$${compositeLetter}$${block.last}`;
    const rateCells = review.inspectionPeriods.map((p) => address(r, col(`rate:${p}`)));
    const typed = handTyped.byUnit[unit.unitCode] ?? {};

    const cells: CellPlan[] = [
      text(unit.group, 'locked'),
      text(unit.unitCode, 'locked'),
      text(unit.unitName, 'locked'),
      ...review.inspectionPeriods.map((p, pi) => {
        const criteria = `${scores.unitCodes},${code},${scores.periods},${formulaString(p)}`;
        const available = `SUMIFS(${scores.points},${criteria})`;
        // Same order as the library: obtained / available, then × 100.
        return formula(
          `IF(${available}=0,0,SUMIFS(${scores.used},${criteria})/${available}*100)`,
          '0.00',
          'number',
          unit.periods.find((x) => x.period === p)?.rate ?? unit.periods[pi]?.rate ?? 0,
        );
      }),
      formula(rateCells.length ? `AVERAGE(${rateCells.join(',')})` : '0', '0.00', 'number', unit.inspectionRate),
      formula(
        `IF(COUNTIF(${submissions.unitCodes},${code})=0,0,SUMIFS(${submissions.onTime},${submissions.unitCodes},${code})/COUNTIF(${submissions.unitCodes},${code}))`,
        '0.0%',
        'number',
        unit.timeliness,
      ),
      formula(
        `IF(SUMIFS(${submissions.dueRows},${submissions.unitCodes},${code})=0,0,SUMIFS(${submissions.validRows},${submissions.unitCodes},${code})/SUMIFS(${submissions.dueRows},${submissions.unitCodes},${code}))`,
        '0.0%',
        'number',
        unit.quality,
      ),
      formula(
        `ROUND(${setting('weightInspection')}*${address(r, col('inspectionRate'))}+${setting('weightTimeliness')}*(${address(r, col('timeliness'))}*100)+${setting('weightQuality')}*(${address(r, col('quality'))}*100),${setting('compositeDecimals')})`,
        decimalsFormat(review.settings.compositeDecimals),
        'number',
        unit.composite,
      ),
      // The _xlfn. prefix is how RANK.EQ is stored in .xlsx; LibreOffice shows #NAME? without it.
      formula(`_xlfn.RANK.EQ(${address(r, col('composite'))},${blockRange},0)`, '0', 'number', unit.rank),
      formula(
        `IF(COUNTIF(${blockRange},${address(r, col('composite'))})>1,"${TIED_TEXT}","")`,
        undefined,
        'locked',
        unit.tied ? TIED_TEXT : '',
      ),
      text(outcomeSummary(unit), 'locked', { wrap: true }),
      handCell(typed['分析原因']),
      handCell(typed['会议备注']),
    ];
    grid.putRow(r, cells);
  });

  const lastRow = Math.max(HEADER_ROW, FIRST_DATA_ROW + review.units.length - 1);
  const sheet: SheetPlan = {
    name: REVIEW_SHEETS.ranking,
    rows: grid.rows,
    columns: columns.map((c) => ({ width: c.width })),
    merges: [`A${TITLE_ROW}:${lastLetter}${TITLE_ROW}`, `A${NOTE_ROW}:${lastLetter}${NOTE_ROW}`],
    freeze: { rows: HEADER_ROW, columns: RANKING_LEAD_COLUMNS.length },
    autoFilter: `A${HEADER_ROW}:${lastLetter}${lastRow}`,
    print: printLandscape(),
    conditionalFormats:
      review.units.length > 0
        ? [
            // Units tied with another are easy to miss in a long list.
            {
              range: `${columnLetter(col('tied'))}${FIRST_DATA_ROW}:${columnLetter(col('tied'))}${lastRow}`,
              formula: `${columnLetter(col('tied'))}${FIRST_DATA_ROW}="${TIED_TEXT}"`,
              style: 'warn',
            },
          ]
        : [],
  };
  return { sheet, refs: { rowOf, compositeColumn: col('composite'), rankColumn: col('rank') } };
}
