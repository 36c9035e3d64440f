import {
  monthLabel,
  quarterLabel,
  type IndicatorTemplate,
  type InspectionRecord,
  type QuarterReview,
  type UnitQuarterResult,
  statesProblem,
} from '@ledger-review/scoring';
import type { CellPlan, SheetPlan } from '../sheet/plan';
import type { Consolidation, HandTyped } from '../consolidate/types';
import { PROBLEM_COLUMNS, RECTIFICATION_COLUMNS, REVIEW_SHEETS, rectificationKey } from './layout';
import { REVIEW_TEXT } from './messages';
import { dateCell, handCell, numberCell, tableSheet, text } from './sheetKit';
import type { FindingLike } from './types';

export const PROBLEM_SOURCE = {
  submission: '报送',
  inspection: '检查',
  ledger: '台账',
  validation: '校验',
  scoring: '评分',
} as const;

/** How many distinct validation messages a unit's summary line quotes. */
const QUOTED_MESSAGES = 3;

/** Orders records by unit display order, period, then template order. */
export function inspectionSorter(review: QuarterReview, template: IndicatorTemplate) {
  const unitIndex = new Map(review.units.map((u, i) => [u.unitCode, i]));
  const codeIndex = new Map(template.indicators.map((ind, i) => [ind.code, i]));
  const big = Number.MAX_SAFE_INTEGER;
  return (a: InspectionRecord, b: InspectionRecord) =>
    (unitIndex.get(a.unitCode) ?? big) - (unitIndex.get(b.unitCode) ?? big) ||
    (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) ||
    (codeIndex.get(a.indicatorCode) ?? big) - (codeIndex.get(b.indicatorCode) ?? big);
}

/** Items by key, each list in the input's order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const nonBlank = (s: string | null | undefined) => !!s && s.trim() !== '';

function submissionProblem(unit: UnitQuarterResult): string {
  return unit.ledgers
    .filter((l) => l.state !== 'on-time')
    .map((l) => REVIEW_TEXT.ledgerStateProblem(monthLabel(l.month), l.label).zh)
    .join('；');
}

/**
 * 通报问题: per unit, in display order — late or missing ledgers, problems the inspection team
 * found (with the deduction reason), problems the unit itself reported in its ledgers, a summary
 * of the validation errors in its accepted ledgers, and 自评偏高 indicators.
 */
export function problemSheet(
  review: QuarterReview,
  consolidation: Consolidation,
  template: IndicatorTemplate,
): SheetPlan {
  const periods = new Set(review.inspectionPeriods);
  const inspections = consolidation.inspections
    .filter((r) => periods.has(r.period))
    .sort(inspectionSorter(review, template));
  const findingsByFile = new Map<string, FindingLike[]>();
  for (const f of consolidation.findings as FindingLike[]) {
    if (f.severity !== 'error' || !f.file) continue;
    const list = findingsByFile.get(f.file) ?? [];
    list.push(f);
    findingsByFile.set(f.file, list);
  }

  const body: CellPlan[][] = [];
  const push = (
    unit: UnitQuarterResult,
    source: string,
    period: string,
    code: string,
    problem: string,
    detail: string,
  ) =>
    body.push([
      numberCell(body.length + 1, '0'),
      text(unit.unitCode, 'locked'),
      text(unit.unitName, 'locked'),
      text(unit.group, 'locked'),
      text(source, 'locked'),
      text(period, 'locked'),
      text(code, 'locked'),
      text(problem, 'locked', { wrap: true }),
      text(detail, 'locked', { wrap: true }),
    ]);

  // Grouped by unit once (in their sorted / consolidation order), not filtered again per unit.
  const inspectionsOf = groupBy(inspections, (r) => r.unitCode);
  const ledgersOf = groupBy(consolidation.ledgers, (l) => l.unitCode);

  for (const unit of review.units) {
    const submission = submissionProblem(unit);
    if (submission) push(unit, PROBLEM_SOURCE.submission, review.quarter, '', submission, '');
    for (const r of inspectionsOf.get(unit.unitCode) ?? []) {
      if (!(statesProblem(r.problems) || nonBlank(r.deductionReason))) continue;
      push(unit, PROBLEM_SOURCE.inspection, r.period, r.indicatorCode, statesProblem(r.problems) ? r.problems : '', r.deductionReason);
    }
    const ledgers = (ledgersOf.get(unit.unitCode) ?? []).sort((a, b) => (a.month < b.month ? -1 : 1));
    for (const ledger of ledgers) {
      for (const row of ledger.rows) {
        if (statesProblem(row.problems))
          push(unit, PROBLEM_SOURCE.ledger, ledger.month, row.code, row.problems, '');
      }
    }
    for (const ledger of ledgers) {
      const errors = findingsByFile.get(ledger.file) ?? [];
      if (errors.length === 0) continue;
      const quoted = [...new Set(errors.map((f) => f.message))].slice(0, QUOTED_MESSAGES);
      const t = REVIEW_TEXT.validationSummary(errors.length, ledger.invalidRows.length);
      push(unit, PROBLEM_SOURCE.validation, ledger.month, '', t.zh, quoted.join('；'));
    }
    for (const period of unit.periods) {
      const high = period.indicators.filter((s) => s.selfHigh).map((s) => s.code);
      if (high.length)
        push(
          unit,
          PROBLEM_SOURCE.scoring,
          period.period,
          high.join('、'),
          REVIEW_TEXT.selfHighProblem(high.length).zh,
          '',
        );
    }
  }
  return tableSheet({
    name: REVIEW_SHEETS.problems,
    title: `${quarterLabel(review.quarter)}通报问题`,
    note: REVIEW_TEXT.problemNote().zh,
    columns: PROBLEM_COLUMNS,
    body,
    freezeColumns: 3,
  });
}

/**
 * 整改台账: every inspection record with a 整改要求. 整改情况 and 完成时间 are the office's
 * columns, restored by `unit|period|indicator` on a rebuild.
 */
export function rectificationSheet(
  review: QuarterReview,
  consolidation: Consolidation,
  template: IndicatorTemplate,
  handTyped: HandTyped,
): SheetPlan {
  const unitName = new Map(review.units.map((u) => [u.unitCode, u.unitName]));
  const records = consolidation.inspections
    .filter((r) => nonBlank(r.rectification))
    .sort(inspectionSorter(review, template));
  const body = records.map((r, i): CellPlan[] => {
    const typed = handTyped.byRectification[rectificationKey(r.unitCode, r.period, r.indicatorCode)] ?? {};
    return [
      numberCell(i + 1, '0'),
      text(r.unitCode, 'locked'),
      text(unitName.get(r.unitCode) ?? '', 'locked'),
      text(r.period, 'locked'),
      text(r.indicatorCode, 'locked'),
      text(r.problems, 'locked', { wrap: true }),
      text(r.rectification, 'locked', { wrap: true }),
      dateCell(r.deadline, 'locked'),
      handCell(typed['整改情况']),
      dateCell(typed['完成时间'], 'input', { unlocked: true }),
    ];
  });
  return tableSheet({
    name: REVIEW_SHEETS.rectification,
    title: `${quarterLabel(review.quarter)}整改台账`,
    note: REVIEW_TEXT.rectificationNote().zh,
    columns: RECTIFICATION_COLUMNS,
    body,
    freezeColumns: 3,
  });
}
