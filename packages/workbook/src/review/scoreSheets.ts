import { quarterLabel, type IndicatorTemplate, type QuarterReview } from '@ledger-review/scoring';
import { address, columnLetter, sheetRef } from '../xlsx/a1';
import { formula, type CellPlan, type SheetPlan } from '../sheet/plan';
import { settingCell, SETTINGS_SHEET } from '../template/settings';
import {
  AREA_SCORE_COLUMNS,
  FIRST_DATA_ROW,
  INDICATOR_SCORE_COLUMNS,
  REVIEW_SHEETS,
  columnOf,
} from './layout';
import { ROW_MARK, columnRange, numberCell, rowFormula, sharedNumber, sharedText, tableSheet, text } from './sheetKit';
import type { IndicatorScoreRefs } from './types';

export const SOURCE_TEXT = { inspection: '检查', self: '自评（未经检查）', none: '无' } as const;
export const SELF_HIGH_TEXT = '自评偏高';
export const TOTAL_TEXT = '合计';

/**
 * Mirrors the library's 自评偏高 tolerance: a difference equal to the threshold is not "more
 * than" it, whatever the last binary digit says.
 */
const SELF_HIGH_EPSILON = '0.000000001';

export function areaNameOf(template: IndicatorTemplate, area: number): string {
  return template.areas.find((a) => a.no === area)?.name ?? String(area);
}

/** {@link areaNameOf} as a look-up built once, for sheets that name an area on every row. */
export function areaNames(template: IndicatorTemplate): (area: number) => string {
  const byNo = new Map<number, string>();
  // The first area of a number wins, as with `find`.
  for (const a of template.areas) if (!byNo.has(a.no)) byNo.set(a.no, a.name);
  return (area) => byNo.get(area) ?? String(area);
}

const c = (key: (typeof INDICATOR_SCORE_COLUMNS)[number]['key']) => columnOf(INDICATOR_SCORE_COLUMNS, key);

/**
 * The rows of 指标得分, one per unit × period × indicator. A function of its own (like the row
 * loops of the other large sheets), so the optimising compiler compiles this loop alone.
 */
function indicatorScoreRows(review: QuarterReview, template: IndicatorTemplate): CellPlan[][] {
  const body: CellPlan[][] = [];
  const ratio = sheetRef(SETTINGS_SHEET, settingCell('selfHighRatio'));
  const selfHighRatio = review.settings.selfHighRatio;
  const insp = `${columnLetter(c('inspection'))}${ROW_MARK}`;
  const self = `${columnLetter(c('self'))}${ROW_MARK}`;
  const points = `${columnLetter(c('points'))}${ROW_MARK}`;
  const usedFormula = rowFormula(`IF(ISNUMBER(${insp}),${insp},IF(ISNUMBER(${self}),${self},0))`);
  const sourceFormula = rowFormula(
    `IF(ISNUMBER(${insp}),"${SOURCE_TEXT.inspection}",IF(ISNUMBER(${self}),"${SOURCE_TEXT.self}","${SOURCE_TEXT.none}"))`,
  );
  const selfHighFormula = rowFormula(
    `IF(AND(ISNUMBER(${insp}),ISNUMBER(${self})),IF(${self}-${insp}>${ratio}*${points}+${SELF_HIGH_EPSILON},"${SELF_HIGH_TEXT}",""),"")`,
  );
  const areaName = areaNames(template);
  // One row per unit × period × indicator: the repeated cells are shared (see sharedText).
  const locked = sharedText('locked');
  const areaCell = sharedNumber('0');
  const number = sharedNumber();
  for (const unit of review.units) {
    const unitCode = locked(unit.unitCode);
    const unitName = locked(unit.unitName);
    for (const period of unit.periods) {
      const periodCell = locked(period.period);
      for (const s of period.indicators) {
        const r = FIRST_DATA_ROW + body.length;
        body.push([
          unitCode,
          unitName,
          periodCell,
          locked(s.code),
          areaCell(s.area),
          locked(areaName(s.area)),
          number(s.points),
          number(s.inspectionScore),
          number(s.selfScore),
          formula(usedFormula(r), 'General', 'number', s.inspectionScore ?? s.selfScore ?? 0),
          formula(
            sourceFormula(r),
            undefined,
            'locked',
            s.inspectionScore !== null ? SOURCE_TEXT.inspection : s.selfScore !== null ? SOURCE_TEXT.self : SOURCE_TEXT.none,
          ),
          formula(
            selfHighFormula(r),
            undefined,
            'locked',
            s.inspectionScore !== null && s.selfScore !== null && s.selfScore - s.inspectionScore > selfHighRatio * s.points + 1e-9
              ? SELF_HIGH_TEXT
              : '',
          ),
        ]);
      }
    }
  }
  return body;
}

/**
 * 指标得分: the data every score formula reads. The raw 检查得分 and the 自评分 the library used
 * are values; 采用得分, 来源 and 自评偏高 are formulas over them, so a corrected score in this
 * sheet flows into 得分明细 and 综合排名.
 */
export function indicatorScoreSheet(
  review: QuarterReview,
  template: IndicatorTemplate,
): { sheet: SheetPlan; refs: IndicatorScoreRefs } {
  const body = indicatorScoreRows(review, template);
  const last = FIRST_DATA_ROW + body.length - 1;
  const range = (key: Parameters<typeof c>[0]) =>
    sheetRef(REVIEW_SHEETS.indicatorScores, columnRange(c(key), FIRST_DATA_ROW, last));
  const sheet = tableSheet({
    name: REVIEW_SHEETS.indicatorScores,
    title: `${quarterLabel(review.quarter)}指标得分`,
    note:
      '每个单位、每个检查期间、每项适用指标一行（按指标体系顺序）。检查得分、自评分为数据；采用得分 = 有检查得分用检查得分，否则用期内最新台账的自评分（未经检查），都没有计 0；' +
      '自评分高于检查得分超过“评分规则”中自评偏高阈值×分值的，标记自评偏高。',
    columns: INDICATOR_SCORE_COLUMNS,
    body,
    freezeColumns: 4,
  });
  return {
    sheet,
    refs: {
      unitCodes: range('unitCode'),
      periods: range('period'),
      areas: range('area'),
      points: range('points'),
      used: range('used'),
    },
  };
}

const a = (key: (typeof AREA_SCORE_COLUMNS)[number]['key']) => columnOf(AREA_SCORE_COLUMNS, key);

/**
 * 得分明细: per unit, inspection period and area (only areas with indicators that apply to the
 * unit), then the period's 合计 — all SUMIFS over 指标得分, so they re-add themselves when a
 * score there is corrected.
 */
export function areaScoreSheet(
  review: QuarterReview,
  template: IndicatorTemplate,
  refs: IndicatorScoreRefs,
): SheetPlan {
  const body: (CellPlan | null)[][] = [];
  const areaName = areaNames(template);
  for (const unit of review.units) {
    for (const period of unit.periods) {
      const rowsOfPeriod = [...period.areas.filter((x) => x.available > 0).map((x) => x.area), null];
      for (const area of rowsOfPeriod) {
        const totals = area === null ? period : period.areas.find((x) => x.area === area)!;
        const r = FIRST_DATA_ROW + body.length;
        const code = address(r, a('unitCode'));
        const per = address(r, a('period'));
        const criteria =
          `${refs.unitCodes},${code},${refs.periods},${per}` +
          (area === null ? '' : `,${refs.areas},${address(r, a('area'))}`);
        const got = address(r, a('obtained'));
        const avail = address(r, a('available'));
        const style = area === null ? 'label' : 'number';
        body.push([
          text(unit.unitCode, 'locked'),
          text(unit.unitName, 'locked'),
          text(unit.group, 'locked'),
          text(period.period, 'locked'),
          area === null ? null : numberCell(area, '0'),
          text(area === null ? TOTAL_TEXT : areaName(area), area === null ? 'label' : 'locked'),
          formula(`SUMIFS(${refs.used},${criteria})`, 'General', style, totals.obtained),
          formula(`SUMIFS(${refs.points},${criteria})`, 'General', style, totals.available),
          // A period without any applicable indicator rates 0, as in the library; an area without one is not listed.
          formula(
            `IF(${avail}=0,${area === null ? '0' : '""'},${got}/${avail}*100)`,
            '0.00',
            style,
            totals.available === 0 ? 0 : (totals.obtained / totals.available) * 100,
          ),
        ]);
      }
    }
  }
  return tableSheet({
    name: REVIEW_SHEETS.areaScores,
    title: `${quarterLabel(review.quarter)}得分明细（按检查内容）`,
    note: '得分、应得分按“指标得分”汇总（SUMIFS），得分率 = 得分 / 应得分 × 100；只列出适用于该单位的检查内容。每个检查期间的“合计”即综合排名中该期的得分率。',
    columns: AREA_SCORE_COLUMNS,
    body,
    freezeColumns: 4,
  });
}
