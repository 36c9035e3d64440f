import {
  OUTCOME_LABELS,
  UNIT_GROUPS,
  bimonthLabel,
  monthLabel,
  quarterLabel,
  type IndicatorTemplate,
  type QuarterReview,
  type UnitQuarterResult,
  statesProblem,
} from '@ledger-review/scoring';
import type { CellPlan, SheetPlan } from '../sheet/plan';
import { text } from './sheetKit';
import type { Consolidation } from '../consolidate/types';
import { REVIEW_SHEETS } from './layout';
import { SUMMARY_TEXT, listOf, type ReviewText } from './messages';
import { OUTCOME_ORDER } from './outcomeSheet';
import { inspectionSorter } from './problemSheets';
import type { FindingLike } from './types';

/** How many units the draft names at each end of a group, and how many problems it quotes. */
const NAMED_PER_END = 3;
const QUOTED_PROBLEMS = 5;

export interface SummaryLine {
  kind: 'title' | 'heading' | 'text';
  text: ReviewText;
}

const both = (items: Array<{ zh: string; en: string }>) => ({
  zh: listOf(
    items.map((i) => i.zh),
    'zh',
  ),
  en: listOf(
    items.map((i) => i.en),
    'en',
  ),
});

/**
 * The 点评通报 draft: submission numbers, late and missing units, the top and bottom units of
 * each group, the outcome lists, the main problems and the next steps — prose built from the
 * library's numbers, for the office to edit. Both languages; the workbook uses zh.
 */
export function summaryLines(
  review: QuarterReview,
  consolidation: Consolidation,
  template: IndicatorTemplate,
  notes: { historyMissing?: string } = {},
): SummaryLine[] {
  const lines: SummaryLine[] = [];
  const add = (kind: SummaryLine['kind'], t: ReviewText) => lines.push({ kind, text: t });
  const decimals = review.settings.compositeDecimals;
  const score = (u: UnitQuarterResult) => u.composite.toFixed(decimals);

  add('title', SUMMARY_TEXT.title(quarterLabel(review.quarter), review.quarter));
  if (notes.historyMissing) add('text', SUMMARY_TEXT.historyMissing(notes.historyMissing, quarterLabel(notes.historyMissing)));
  add(
    'text',
    SUMMARY_TEXT.intro({
      reviewDate: review.reviewDate,
      periodsZh: review.inspectionPeriods.map(bimonthLabel).join('、'),
      periods: review.inspectionPeriods.join(', '),
      monthsZh: review.months.map(monthLabel).join('、'),
      months: review.months.join(', '),
    }),
  );

  add('heading', SUMMARY_TEXT.heading1());
  // Months not yet due (a review taken before the quarter ended) are not counted as due.
  const cells = review.units.flatMap((u) => u.ledgers.filter((l) => l.state !== 'not-due').map((l) => ({ u, l })));
  const count = (state: string) => cells.filter((c) => c.l.state === state).length;
  add(
    'text',
    SUMMARY_TEXT.submissions({
      due: cells.length,
      units: review.units.length,
      months: review.months.length,
      onTime: count('on-time'),
      late: count('late'),
      missing: count('missing'),
    }),
  );
  const late = both(
    cells
      .filter((c) => c.l.state === 'late')
      .map(({ u, l }) => ({
        zh: `${u.unitName}（${monthLabel(l.month)}，${l.label}）`,
        en: `${u.unitName} (${l.month}, ${l.labelEn})`,
      })),
  );
  add('text', SUMMARY_TEXT.lateUnits(late.zh, late.en));
  const missing = both(
    cells
      .filter((c) => c.l.state === 'missing')
      .map(({ u, l }) => ({
        zh: `${u.unitName}（${monthLabel(l.month)}）`,
        en: `${u.unitName} (${l.month})`,
      })),
  );
  add('text', SUMMARY_TEXT.missingUnits(missing.zh, missing.en));
  const mean = review.units.length
    ? review.units.reduce((s, u) => s + u.inspectionRate, 0) / review.units.length
    : 0;
  add(
    'text',
    SUMMARY_TEXT.inspections({
      periods: review.inspectionPeriods.length,
      average: mean.toFixed(2),
      unchecked: review.units.reduce((s, u) => s + u.flags.unchecked, 0),
      selfHigh: review.units.reduce((s, u) => s + u.flags.selfHigh, 0),
    }),
  );

  add('heading', SUMMARY_TEXT.heading2());
  let anyTie = false;
  for (const group of UNIT_GROUPS) {
    const members = review.units.filter((u) => u.group === group).sort((a, b) => a.order - b.order);
    if (members.length === 0) continue;
    const k = Math.min(NAMED_PER_END, Math.ceil(members.length / 2));
    const named = (u: UnitQuarterResult) => ({
      zh: `${u.unitName}（${score(u)} 分，第 ${u.rank} 名${u.tied ? '，并列' : ''}）`,
      en: `${u.unitName} (${score(u)}, rank ${u.rank}${u.tied ? ', tied' : ''})`,
    });
    anyTie ||= members.some((u) => u.tied);
    const top = both(members.slice(0, k).map(named));
    const bottom = both(members.slice(-k).reverse().map(named));
    add(
      'text',
      SUMMARY_TEXT.groupLine({
        group,
        count: members.length,
        top: top.zh,
        bottom: bottom.zh,
        topEn: top.en,
        bottomEn: bottom.en,
      }),
    );
  }
  if (anyTie) add('text', SUMMARY_TEXT.tiedNote());

  add('heading', SUMMARY_TEXT.heading3());
  for (const kind of OUTCOME_ORDER) {
    const members = review.units.flatMap((u) =>
      u.outcomes.filter((o) => o.kind === kind).map((o) => ({ u, o })),
    );
    const names = both(members.map(({ u }) => ({ zh: u.unitName, en: u.unitName })));
    const proposed =
      members.length > 0
        ? members.every((m) => m.o.proposed)
        : kind === 'disqualify' || kind === 'revokeCivilized';
    add(
      'text',
      SUMMARY_TEXT.outcomeLine(
        OUTCOME_LABELS[kind].zh,
        OUTCOME_LABELS[kind].en,
        proposed,
        names.zh,
        names.en,
      ),
    );
  }

  add('heading', SUMMARY_TEXT.heading4());
  const periods = new Set(review.inspectionPeriods);
  const inReview = new Set(review.units.map((u) => u.unitCode));
  const inspectionProblems = consolidation.inspections
    .filter((r) => periods.has(r.period) && inReview.has(r.unitCode) && statesProblem(r.problems))
    .sort(inspectionSorter(review, template));
  const ledgerFiles = new Map(consolidation.ledgers.map((l) => [l.file, l.unitCode]));
  const validationErrors = (consolidation.findings as FindingLike[]).filter(
    (f) => f.severity === 'error' && f.file && ledgerFiles.has(f.file),
  );
  add(
    'text',
    SUMMARY_TEXT.problemCounts({
      inspectionProblems: inspectionProblems.length,
      inspectionUnits: new Set(inspectionProblems.map((r) => r.unitCode)).size,
      ledgerProblems: consolidation.ledgers.reduce(
        (s, l) => s + l.rows.filter((r) => statesProblem(r.problems)).length,
        0,
      ),
      validationErrors: validationErrors.length,
      validationUnits: new Set(validationErrors.map((f) => ledgerFiles.get(f.file!))).size,
    }),
  );
  // Quote the lagging units first, one problem each: the meeting's attention belongs there.
  const unitByCode = new Map(review.units.map((u) => [u.unitCode, u]));
  const firstPerUnit = new Map<string, (typeof inspectionProblems)[number]>();
  for (const r of inspectionProblems) if (!firstPerUnit.has(r.unitCode)) firstPerUnit.set(r.unitCode, r);
  const worstFirst = [...firstPerUnit.values()].sort(
    (a, b) => unitByCode.get(a.unitCode)!.composite - unitByCode.get(b.unitCode)!.composite,
  );
  worstFirst.slice(0, QUOTED_PROBLEMS).forEach((r, i) => {
    const item = SUMMARY_TEXT.problemItem({
      unit: unitByCode.get(r.unitCode)!.unitName,
      periodZh: bimonthLabel(r.period),
      period: r.period,
      code: r.indicatorCode,
      problem: r.problems.trim(),
    });
    add('text', { zh: `${i + 1}. ${item.zh}`, en: `${i + 1}. ${item.en}` });
  });

  add('heading', SUMMARY_TEXT.heading5());
  add('text', SUMMARY_TEXT.nextSteps());
  if (review.warnings.length) {
    add('heading', SUMMARY_TEXT.dataNotes());
    for (const w of review.warnings) add('text', { zh: w.zh, en: w.en });
  }
  return lines;
}

const STYLE: Record<SummaryLine['kind'], CellPlan['style']> = {
  title: 'title',
  heading: 'subtitle',
  text: undefined,
};

/** 点评通报: the draft as one text line per row (unit-supplied problems included, always as text). */
export function summarySheet(
  review: QuarterReview,
  consolidation: Consolidation,
  template: IndicatorTemplate,
  notes: { historyMissing?: string } = {},
): SheetPlan {
  const lines = summaryLines(review, consolidation, template, notes);
  return {
    name: REVIEW_SHEETS.summary,
    rows: lines.map((l) => [text(l.text.zh, STYLE[l.kind], { wrap: l.kind === 'text' })]),
    columns: [{ width: 120 }],
    print: { landscape: true, fitToWidth: true },
  };
}
