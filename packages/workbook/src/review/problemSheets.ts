import {
  addDays,
  inspectionProblemText,
  monthLabel,
  quarterLabel,
  rectificationId,
  rectificationItem,
  type IndicatorTemplate,
  type InspectionRecord,
  type QuarterReview,
  type RectificationItem,
  type RectificationSource,
  type UnitQuarterResult,
  statesProblem,
} from '@ledger-review/scoring';
import type { CellPlan, SheetPlan } from '../sheet/plan';
import type { Consolidation } from '../consolidate/types';
import { PROBLEM_COLUMNS, REVIEW_SHEETS } from './layout';
import { REVIEW_TEXT } from './messages';
import { numberCell, tableSheet, text } from './sheetKit';
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
  // A month not yet due is nobody's problem (never 未报送).
  return unit.ledgers
    .filter((l) => l.state !== 'on-time' && l.state !== 'not-due')
    .map((l) => REVIEW_TEXT.ledgerStateProblem(monthLabel(l.month), l.label).zh)
    .join('；');
}

/** One row of 通报问题, with its id (问题编号). */
export interface ReviewProblem {
  unit: UnitQuarterResult;
  /** PROBLEM_SOURCE */
  source: string;
  period: string;
  code: string;
  problem: string;
  detail: string;
  id: string;
}

/**
 * 通报问题: per unit, in display order — late or missing ledgers, problems the inspection team
 * found (with the deduction reason), problems the unit itself reported in its ledgers, a summary
 * of the validation errors in its accepted ledgers, and 自评偏高 indicators. Each gets its id;
 * an inspection problem's is the one its 整改 item has.
 */
export function reviewProblems(review: QuarterReview, consolidation: Consolidation, template: IndicatorTemplate): ReviewProblem[] {
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

  const out: ReviewProblem[] = [];
  const push = (unit: UnitQuarterResult, source: string, period: string, code: string, problem: string, detail: string, idText = problem) =>
    out.push({ unit, source, period, code, problem, detail, id: rectificationId({ unitCode: unit.unitCode, period, indicatorCode: code, problem: idText }) });

  // Grouped by unit once (in their sorted / consolidation order), not filtered again per unit.
  const inspectionsOf = groupBy(inspections, (r) => r.unitCode);
  const ledgersOf = groupBy(consolidation.ledgers, (l) => l.unitCode);

  for (const unit of review.units) {
    const submission = submissionProblem(unit);
    if (submission) push(unit, PROBLEM_SOURCE.submission, review.quarter, '', submission, '');
    for (const r of inspectionsOf.get(unit.unitCode) ?? []) {
      if (!(statesProblem(r.problems) || nonBlank(r.deductionReason))) continue;
      push(unit, PROBLEM_SOURCE.inspection, r.period, r.indicatorCode, statesProblem(r.problems) ? r.problems : '', r.deductionReason, inspectionProblemText(r));
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
  return out;
}

/** The sources of 通报问题 that are 整改 items besides the inspection's (which come from its records). */
const ITEM_SOURCES: ReadonlyMap<string, RectificationSource> = new Map([
  [PROBLEM_SOURCE.submission, '报送'],
  [PROBLEM_SOURCE.validation, '校验'],
  [PROBLEM_SOURCE.scoring, '评分'],
]);

/**
 * The 整改 items among a review's 通报问题: late or missing ledgers, ledger errors and 自评偏高,
 * due `rectificationDays` after the review meeting. Inspection problems are items of their own
 * records (inspectionItems); a unit's own 存在问题 is not an item — the unit reports on it every
 * month in its ledger, and listing it again would have it report twice.
 */
export function problemItems(problems: readonly ReviewProblem[], review: Pick<QuarterReview, 'reviewDate' | 'settings'>): RectificationItem[] {
  const deadline = addDays(review.reviewDate, review.settings.rectificationDays);
  return problems.flatMap((p) => {
    const source = ITEM_SOURCES.get(p.source);
    if (!source) return [];
    const item = rectificationItem({ unitCode: p.unit.unitCode, source, period: p.period, indicatorCode: p.code, problem: p.problem, defaultDeadline: deadline });
    return [{ ...item, id: p.id }];
  });
}

/** The 通报问题 sheet. */
export function problemSheet(
  review: QuarterReview,
  consolidation: Consolidation,
  template: IndicatorTemplate,
  problems: readonly ReviewProblem[] = reviewProblems(review, consolidation, template),
): SheetPlan {
  const body: CellPlan[][] = problems.map((p, i) => [
    numberCell(i + 1, '0'),
    text(p.id, 'locked'),
    text(p.unit.unitCode, 'locked'),
    text(p.unit.unitName, 'locked'),
    text(p.unit.group, 'locked'),
    text(p.source, 'locked'),
    text(p.period, 'locked'),
    text(p.code, 'locked'),
    text(p.problem, 'locked', { wrap: true }),
    text(p.detail, 'locked', { wrap: true }),
  ]);
  return tableSheet({
    name: REVIEW_SHEETS.problems,
    title: `${quarterLabel(review.quarter)}通报问题`,
    note: REVIEW_TEXT.problemNote().zh,
    columns: PROBLEM_COLUMNS,
    body,
    freezeColumns: 4,
  });
}
