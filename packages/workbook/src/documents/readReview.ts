import { OUTCOME_LABELS, UNIT_GROUPS, isQuarter, type OutcomeKind, type UnitGroup } from '@ledger-review/scoring';
import type { GridSheet, GridValue } from '../sheet/grid';
import { readMeta, META_KEYS, REVIEW_KIND } from '../sheet/meta';
import { address } from '../xlsx/a1';
import { cellText, findHeaders, sheetNamed, type LabelledHeader } from '../sheet/table';
import { readHistory, typedDate } from '../review/readBack';
import { REVIEW_SHEETS, CONFIRM_LABEL, OFFICE_ADDED_MARK, OFFICE_REMOVED_MARK, PROPOSAL_MARK } from '../review/layout';
import { pendingDecisionsFinding } from '../review/decisions';
import { REVIEW_META_KEYS } from '../review/buildReviewPlan';
import { SETTINGS_SHEET, readSettingsSheet } from '../template/settings';
import { TOTAL_TEXT } from '../review/scoreSheets';
import { TIED_TEXT } from '../review/rankingSheet';
import { ReviewWorkbookError, reviewWorkbookError } from './messages';
import { DOCUMENT_SETTINGS_SHEET } from './settings';
import type {
  DocAreaScore,
  DocIndicatorScore,
  DocLedgerMonth,
  DocOutcome,
  DocProblem,
  DocRectification,
  DocUnit,
  ReviewDocumentModel,
} from './model';

/**
 * Reading a quarterly review workbook (grids from any reader) into the documents' model. Tables
 * are found by header labels and rows keyed by unit code, as the other readers of the workbook
 * do. Numbers are the cells' values — for formulas, the results the workbook carries (written by
 * the product, or by Excel, WPS or LibreOffice on saving); a formula without a result is an error,
 * never a silent zero.
 */

interface Table extends LabelledHeader {
  sheet: GridSheet;
}


function sheetOf(sheets: readonly GridSheet[], name: string): GridSheet {
  const s = sheetNamed(sheets, name);
  if (!s) throw reviewWorkbookError('review-workbook-sheet-missing', { sheet: name });
  return s;
}

/** The header rows holding every label, in sheet order (a sheet may hold several tables). */
function tables(sheet: GridSheet, labels: readonly string[]): Table[] {
  return findHeaders(sheet, labels).map((h) => ({ sheet, ...h }));
}

function table(sheet: GridSheet, labels: readonly string[]): Table {
  const found = tables(sheet, labels);
  if (!found.length) throw reviewWorkbookError('review-workbook-header-missing', { sheet: sheet.name, labels: labels.join('、') });
  return found[0];
}

/** Rows under a table's header until the sheet ends or `until` (exclusive); rows without `key` are skipped. */
function* rowsOf(t: Table, key: string, until = t.sheet.grid.length + 1): Generator<{ row: number; get: (label: string) => GridValue }> {
  const keyCol = t.cols.get(key)!;
  for (let r = t.row + 1; r < until; r++) {
    const cells = t.sheet.grid[r - 1];
    if (!cells || !cellText(cells[keyCol - 1])) continue;
    yield {
      row: r,
      get: (label) => {
        const c = t.cols.get(label);
        return c ? (cells[c - 1] ?? null) : null;
      },
    };
  }
}

/** A number from a cell; a formula that carries no result, or text, is an error naming the cell. */
function numberAt(t: Table, row: number, label: string): number {
  const col = t.cols.get(label);
  if (!col) throw reviewWorkbookError('review-workbook-header-missing', { sheet: t.sheet.name, labels: label });
  const v = t.sheet.grid[row - 1]?.[col - 1] ?? null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const ref = address(row, col);
  const f = t.sheet.formulas?.get(ref);
  if (f && !f.cached) throw reviewWorkbookError('review-workbook-no-result', { sheet: t.sheet.name, cell: ref });
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v.trim()))) return Number(v.trim());
  throw reviewWorkbookError('review-workbook-not-number', { sheet: t.sheet.name, cell: ref, value: cellText(v) });
}

const optionalNumber = (v: GridValue): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null;

const OUTCOME_BY_LABEL = new Map<string, OutcomeKind>(
  (Object.entries(OUTCOME_LABELS) as [OutcomeKind, { zh: string }][]).map(([k, l]) => [l.zh, k]),
);

/**
 * The review workbook's sheets the documents read: pass as `readGrids(bytes, { sheets })` so the
 * large data sheets (台账汇总, 问题清单 …) are never inflated.
 */
export const DOCUMENT_SOURCE_SHEETS: readonly string[] = [
  REVIEW_SHEETS.ranking,
  REVIEW_SHEETS.areaScores,
  REVIEW_SHEETS.indicatorScores,
  REVIEW_SHEETS.submissions,
  REVIEW_SHEETS.outcomes,
  REVIEW_SHEETS.problems,
  REVIEW_SHEETS.rectification,
  REVIEW_SHEETS.settings,
  REVIEW_SHEETS.history,
  REVIEW_SHEETS.meta,
  DOCUMENT_SETTINGS_SHEET,
];

/** Read the model of a review workbook; throws ReviewWorkbookError (zh + en) when it is not one. */
export function readReviewDocumentModel(sheets: readonly GridSheet[]): ReviewDocumentModel {
  const meta = readMeta(sheets);
  if (!meta || meta[META_KEYS.kind] !== REVIEW_KIND) {
    // A workbook without our metadata may still be a review the office copied; the sheets decide.
    sheetOf(sheets, REVIEW_SHEETS.ranking);
    sheetOf(sheets, REVIEW_SHEETS.outcomes);
  }
  // Decisions typed since the review was built are not in its lists yet: documents from it would
  // contradict the office.
  const pending = pendingDecisionsFinding(sheets);
  if (pending) throw new ReviewWorkbookError(pending);
  const rankingSheet = sheetOf(sheets, REVIEW_SHEETS.ranking);
  const ranking = table(rankingSheet, ['分组', '单位编码', '单位名称', '综合得分', '排名']);
  const periodCols = [...ranking.cols.entries()]
    .map(([label]) => /^得分率（(\d{4})年(\d{1,2})—(\d{1,2})月）$/.exec(label))
    .filter((m): m is RegExpExecArray => !!m);
  const periods = periodCols.map((m) => `${m[1]}-B${Math.ceil(Number(m[3]) / 2)}`);

  const historyEntries = readHistory(sheets);
  let quarter = meta?.[META_KEYS.quarter] ?? '';
  if (!isQuarter(quarter)) quarter = historyEntries.at(-1)?.quarter ?? '';
  if (!isQuarter(quarter)) throw reviewWorkbookError('review-workbook-no-quarter');
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  const months = [1, 2, 3].map((i) => `${year}-${String((q - 1) * 3 + i).padStart(2, '0')}`);

  const settingsSheet = sheets.find((s) => s.name === SETTINGS_SHEET);
  const settings = settingsSheet ? readSettingsSheet(settingsSheet).settings : null;
  const compositeDecimals = settings?.compositeDecimals ?? 2;
  const reviewDate = meta?.[REVIEW_META_KEYS.reviewDate] || `${year + (q === 4 ? 1 : 0)}-${String((q % 4) * 3 + 1).padStart(2, '0')}-${String(settings?.reviewDay ?? 15).padStart(2, '0')}`;

  // 得分明细: per unit and area, summed over the quarter's periods (the 合计 rows are skipped).
  const areaSheet = sheets.find((s) => s.name === REVIEW_SHEETS.areaScores);
  const areasByUnit = new Map<string, Map<number, DocAreaScore>>();
  if (areaSheet) {
    const t = table(areaSheet, ['单位编码', '方面', '检查内容', '得分', '应得分']);
    for (const r of rowsOf(t, '单位编码')) {
      if (cellText(r.get('检查内容')) === TOTAL_TEXT) continue;
      const area = optionalNumber(r.get('方面'));
      if (area === null) continue;
      const code = cellText(r.get('单位编码'));
      const byArea = areasByUnit.get(code) ?? new Map<number, DocAreaScore>();
      const entry = byArea.get(area) ?? { area, name: cellText(r.get('检查内容')), obtained: 0, available: 0 };
      entry.obtained += numberAt(t, r.row, '得分');
      entry.available += numberAt(t, r.row, '应得分');
      byArea.set(area, entry);
      areasByUnit.set(code, byArea);
    }
  }

  // 报送明细 (the long table under the matrix): one row per unit and month.
  const ledgersByUnit = new Map<string, DocLedgerMonth[]>();
  const submissions = sheets.find((s) => s.name === REVIEW_SHEETS.submissions);
  if (submissions) {
    // Only the detail table (报送明细) has these labels; the matrix above it has one column per month.
    const t = tables(submissions, ['单位编码', '月份', '状态', '按时'])[0];
    if (t) {
      for (const r of rowsOf(t, '单位编码')) {
        const code = cellText(r.get('单位编码'));
        const list = ledgersByUnit.get(code) ?? [];
        list.push({ month: cellText(r.get('月份')), label: cellText(r.get('状态')), onTime: numberAt(t, r.row, '按时') === 1 });
        ledgersByUnit.set(code, list);
      }
    }
  }

  const trendOf = (code: string) =>
    historyEntries.flatMap((h) => {
      const res = h.results?.[code];
      return res ? [{ quarter: h.quarter, composite: res.composite, rank: res.rank }] : [];
    });

  const units: DocUnit[] = [];
  for (const r of rowsOf(ranking, '单位编码')) {
    const group = cellText(r.get('分组')) as UnitGroup;
    if (!UNIT_GROUPS.includes(group)) continue;
    const code = cellText(r.get('单位编码'));
    const periodRates: Record<string, number> = {};
    periodCols.forEach((m, i) => (periodRates[periods[i]] = numberAt(ranking, r.row, m[0])));
    const trend = trendOf(code).filter((x) => x.quarter <= quarter);
    const earlier = trend.filter((x) => x.quarter < quarter);
    units.push({
      code,
      name: cellText(r.get('单位名称')),
      group,
      groupSize: 0,
      periodRates,
      inspectionRate: numberAt(ranking, r.row, '检查得分率'),
      timeliness: numberAt(ranking, r.row, '报送及时率'),
      quality: numberAt(ranking, r.row, '填报质量'),
      composite: numberAt(ranking, r.row, '综合得分'),
      rank: numberAt(ranking, r.row, '排名'),
      tied: cellText(r.get('并列')) === TIED_TEXT,
      analysis: cellText(r.get('分析原因')),
      remarks: cellText(r.get('会议备注')),
      areas: [...(areasByUnit.get(code)?.values() ?? [])].sort((a, b) => a.area - b.area),
      ledgers: ledgersByUnit.get(code) ?? [],
      previous: earlier.at(-1) ?? null,
      trend,
    });
  }
  if (!units.length) throw reviewWorkbookError('review-workbook-no-units');
  // 县区 block then 市直 block, each in the sheet's order (the office may have sorted or filtered).
  units.sort((a, b) => UNIT_GROUPS.indexOf(a.group) - UNIT_GROUPS.indexOf(b.group));
  for (const u of units) u.groupSize = units.filter((x) => x.group === u.group).length;

  const outcomes: DocOutcome[] = [];
  const outcomeSheet = sheetOf(sheets, REVIEW_SHEETS.outcomes);
  for (const t of tables(outcomeSheet, ['点评结果', '单位编码', '原因'])) {
    for (const r of rowsOf(t, '单位编码')) {
      const label = cellText(r.get('点评结果'));
      const kind = OUTCOME_BY_LABEL.get(label);
      if (!kind) continue;
      const nature = cellText(r.get('性质'));
      const proposed = nature === PROPOSAL_MARK;
      const confirmation = cellText(r.get(CONFIRM_LABEL));
      const office = nature === OFFICE_ADDED_MARK ? 'add' : nature === OFFICE_REMOVED_MARK ? 'remove' : null;
      outcomes.push({
        kind,
        label,
        unitCode: cellText(r.get('单位编码')),
        reason: cellText(r.get('原因')),
        proposed,
        confirmation,
        office,
        decided: office !== 'remove' && confirmation !== '不同意' && (!proposed || confirmation === '同意'),
      });
    }
  }
  // Several header rows in one sheet make rowsOf read each block's rows more than once.
  const seen = new Set<string>();
  const uniqueOutcomes = outcomes.filter((o) => {
    const k = `${o.kind}|${o.unitCode}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });

  const problems: DocProblem[] = [];
  const problemSheet = sheets.find((s) => s.name === REVIEW_SHEETS.problems);
  if (problemSheet) {
    const t = table(problemSheet, ['单位编码', '来源', '问题']);
    for (const r of rowsOf(t, '单位编码')) {
      problems.push({
        unitCode: cellText(r.get('单位编码')),
        source: cellText(r.get('来源')),
        period: cellText(r.get('期间')),
        indicatorCode: cellText(r.get('指标编号')),
        problem: cellText(r.get('问题')),
        detail: cellText(r.get('扣分原因 / 说明')),
      });
    }
  }

  const rectifications: DocRectification[] = [];
  const rectSheet = sheets.find((s) => s.name === REVIEW_SHEETS.rectification);
  if (rectSheet) {
    const t = table(rectSheet, ['单位编码', '检查期间', '指标编号', '整改要求', '整改时限']);
    for (const r of rowsOf(t, '单位编码')) {
      rectifications.push({
        id: cellText(r.get('问题编号')),
        unitCode: cellText(r.get('单位编码')),
        period: cellText(r.get('检查期间')),
        indicatorCode: cellText(r.get('指标编号')),
        problem: cellText(r.get('发现问题')),
        requirement: cellText(r.get('整改要求')),
        deadline: typedDate(r.get('整改时限')),
        progress: cellText(r.get('整改情况')),
        doneOn: typedDate(r.get('完成时间')),
        basis: cellText(r.get('销号依据')),
        state: cellText(r.get('状态')),
      });
    }
  }

  const indicatorScores: DocIndicatorScore[] = [];
  const scoreSheet = sheets.find((s) => s.name === REVIEW_SHEETS.indicatorScores);
  if (scoreSheet) {
    const t = table(scoreSheet, ['单位编码', '检查期间', '指标编号', '分值', '检查得分', '采用得分']);
    const selfLabel = [...t.cols.keys()].find((l) => l.startsWith('自评分')) ?? '自评分';
    for (const r of rowsOf(t, '单位编码')) {
      indicatorScores.push({
        unitCode: cellText(r.get('单位编码')),
        period: cellText(r.get('检查期间')),
        code: cellText(r.get('指标编号')),
        area: optionalNumber(r.get('方面')) ?? 0,
        areaName: cellText(r.get('检查内容')),
        points: numberAt(t, r.row, '分值'),
        inspectionScore: optionalNumber(r.get('检查得分')),
        selfScore: optionalNumber(r.get(selfLabel)),
        used: numberAt(t, r.row, '采用得分'),
        source: cellText(r.get('来源')),
      });
    }
  }

  return {
    quarter,
    reviewDate,
    months,
    periods,
    compositeDecimals,
    experienceMin: settings?.experienceMin ?? 90,
    statementBelow: settings?.statementBelow ?? 80,
    ledgerDueDay: settings?.ledgerDueDay ?? 5,
    weights: {
      inspection: settings?.weightInspection ?? 0.8,
      timeliness: settings?.weightTimeliness ?? 0.1,
      quality: settings?.weightQuality ?? 0.1,
    },
    units,
    outcomes: uniqueOutcomes,
    problems,
    rectifications,
    indicatorScores,
    quarters: historyEntries.map((h) => h.quarter),
  };
}
