import { UNIT_GROUPS, quarterLabel, type QuarterReview, type UnitGroup } from '@ledger-review/scoring';
import { columnLetter, sheetRef } from '../xlsx/a1';
import { formula, type CellPlan, type ChartPlan, type ChartSeriesPlan, type SheetPlan } from '../sheet/plan';
import { SETTINGS_SHEET, settingCell } from '../template/settings';
import { NOTE_ROW, REVIEW_SHEETS, TITLE_ROW } from './layout';
import { GridBuilder, numberCell, text } from './sheetKit';
import type { RankingRefs, ReviewHistoryEntry } from './types';

export const CHART_SHEET = REVIEW_SHEETS.charts;
const GROUP_TITLE: Record<UnitGroup, string> = { 县区: '县（区）', 市直: '市直单位' };
/** Tables in columns A–F (rank or blank, unit, up to four numbers); charts from column H. */
const CHART_FIRST_COL = 8;
const CHART_LAST_COL = 21;
/** Line colours for many units: distinct hues first, then the same hues dashed. */
const PALETTE = ['2F5597', 'C00000', '548235', 'BF8F00', '7030A0', '00B0F0', 'ED7D31', '808080', 'FF66CC', '375623'];

const abs = (col: number, row: number) => `$${columnLetter(col)}$${row}`;
const chartRef = (from: string, to: string) => sheetRef(CHART_SHEET, `${from}:${to}`);

/**
 * 图表: what people would rather look at than read. Per group, the composites sorted from high
 * to low as columns with the 经验介绍 and 检查性发言 lines (评分规则's 90 and 80); and, when
 * earlier reviews recorded composites (历次点评), each unit's composite over the quarters. The
 * charts read this sheet's tables, whose cells refer to 综合排名 and 评分规则, so a corrected
 * score moves its bar (the order of the bars is the order when the workbook was built).
 */
export function chartSheet(review: QuarterReview, ranking: RankingRefs, history: readonly ReviewHistoryEntry[]): SheetPlan {
  const grid = new GridBuilder();
  const charts: ChartPlan[] = [];
  const decimals = review.settings.compositeDecimals;
  const fmt = decimals > 0 ? `0.${'0'.repeat(Math.min(decimals, 10))}` : '0';
  const experience = sheetRef(SETTINGS_SHEET, settingCell('experienceMin'));
  const statement = sheetRef(SETTINGS_SHEET, settingCell('statementBelow'));
  const rankingCell = (code: string, col: number) => sheetRef(REVIEW_SHEETS.ranking, abs(col, ranking.rowOf.get(code)!));
  const low = Math.min(review.settings.statementBelow, ...review.units.map((u) => u.composite));
  const axisMin = Math.max(0, Math.floor((low - 5) / 10) * 10);

  grid.put(TITLE_ROW, 1, text(`${quarterLabel(review.quarter)}图表`, 'title'));
  grid.put(
    NOTE_ROW,
    1,
    text(
      `综合得分按分组从高到低排列；虚线为经验介绍线（不低于 ${review.settings.experienceMin} 分）和检查性发言线（低于 ${review.settings.statementBelow} 分），取自“评分规则”。` +
        '图表引用本表数据，本表数据引用“综合排名”。',
      // Not the wrapping note style: its row would be sized for column A alone.
      undefined,
    ),
  );
  let row = NOTE_ROW + 2;
  for (const group of UNIT_GROUPS) {
    const units = review.units.filter((u) => u.group === group);
    if (!units.length) continue;
    const title = `${GROUP_TITLE[group]}综合得分`;
    grid.put(row, 1, text(`${title}（从高到低）`, 'subtitle'));
    grid.putRow(row + 1, ['排名', '单位名称', '综合得分', '经验介绍线', '检查性发言线'].map((h) => text(h, 'header')));
    const first = row + 2;
    units.forEach((u, i) => {
      grid.putRow(first + i, [
        formula(rankingCell(u.unitCode, ranking.rankColumn), '0', 'number', u.rank),
        text(u.unitName, 'locked'),
        formula(rankingCell(u.unitCode, ranking.compositeColumn), fmt, 'number', u.composite),
        formula(experience, 'General', 'number', review.settings.experienceMin),
        formula(statement, 'General', 'number', review.settings.statementBelow),
      ] satisfies CellPlan[]);
    });
    const last = first + units.length - 1;
    const column = (col: number) => chartRef(abs(col, first), abs(col, last));
    const constant = (v: number) => units.map(() => v);
    const height = Math.max(18, Math.ceil(units.length * 0.8) + 10);
    charts.push({
      title,
      anchor: { from: { col: CHART_FIRST_COL, row }, to: { col: CHART_LAST_COL, row: row + height } },
      categories: { ref: column(2), cache: units.map((u) => u.unitName) },
      series: [
        { name: '综合得分', type: 'bar', ref: column(3), cache: units.map((u) => u.composite), color: '2F5597', labels: true },
        { name: `经验介绍线（${review.settings.experienceMin}分）`, type: 'line', ref: column(4), cache: constant(review.settings.experienceMin), color: '548235', dash: 'dash', width: 1.5 },
        { name: `检查性发言线（${review.settings.statementBelow}分）`, type: 'line', ref: column(5), cache: constant(review.settings.statementBelow), color: 'C00000', dash: 'dash', width: 1.5 },
      ],
      valueFormat: fmt,
      valueAxis: { min: axisMin, max: 100, majorUnit: 10, title: '综合得分', format: '0' },
      categoryLabelRotation: -45,
    });
    row = Math.max(last, row + height) + 3;
  }

  // The trend over the quarters, where 历次点评 recorded earlier composites.
  // The last four quarters: the table stays left of the charts (columns A–F).
  const quarters = history.filter((h) => h.results && Object.keys(h.results).length > 0).map((h) => h.quarter).slice(-4);
  if (quarters.length >= 2) {
    for (const group of UNIT_GROUPS) {
      const units = review.units.filter((u) => u.group === group);
      if (!units.length) continue;
      const title = `${GROUP_TITLE[group]}综合得分变化`;
      grid.put(row, 1, text(`${title}（各季度）`, 'subtitle'));
      const headerRow = row + 1;
      grid.putRow(headerRow, [text('排名', 'header'), text('单位名称', 'header'), ...quarters.map((q) => text(quarterLabel(q), 'header'))]);
      const series: ChartSeriesPlan[] = [];
      units.forEach((u, i) => {
        const r = headerRow + 1 + i;
        const values = quarters.map((q) => (q === review.quarter ? u.composite : (history.find((h) => h.quarter === q)?.results?.[u.unitCode]?.composite ?? null)));
        grid.putRow(r, [
          formula(rankingCell(u.unitCode, ranking.rankColumn), '0', 'number', u.rank),
          text(u.unitName, 'locked'),
          ...quarters.map((q, k) =>
            q === review.quarter ? formula(rankingCell(u.unitCode, ranking.compositeColumn), fmt, 'number', u.composite) : values[k] === null ? text('', 'locked') : numberCell(values[k], fmt),
          ),
        ]);
        series.push({
          name: u.unitName,
          type: 'line',
          ref: chartRef(abs(3, r), abs(2 + quarters.length, r)),
          cache: values,
          color: PALETTE[i % PALETTE.length],
          dash: i >= PALETTE.length ? 'sysDash' : undefined,
          width: 1.75,
          marker: true,
        });
      });
      const height = Math.max(20, units.length + 6);
      charts.push({
        title,
        anchor: { from: { col: CHART_FIRST_COL, row }, to: { col: CHART_LAST_COL, row: row + height } },
        categories: { ref: chartRef(abs(3, headerRow), abs(2 + quarters.length, headerRow)), cache: quarters.map(quarterLabel) },
        series,
        valueFormat: fmt,
        valueAxis: { min: axisMin, max: 100, majorUnit: 10, title: '综合得分', format: '0' },
      });
      row = Math.max(headerRow + units.length, row + height) + 3;
    }
  }

  const width = CHART_LAST_COL;
  return {
    name: CHART_SHEET,
    rows: grid.rows,
    columns: [{ width: 8 }, { width: 26 }, ...Array.from({ length: 4 }, () => ({ width: 13 })), { width: 3 }, ...Array.from({ length: width - 7 }, () => ({ width: 9 }))],
    merges: [`A${TITLE_ROW}:${columnLetter(width)}${TITLE_ROW}`, `A${NOTE_ROW}:${columnLetter(width)}${NOTE_ROW}`],
    print: { landscape: true, fitToWidth: true },
    charts,
  };
}
