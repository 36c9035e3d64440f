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
/** Areas the draft describes, and problems it quotes in each. */
const PROBLEM_AREAS = 4;
const QUOTED_PER_AREA = 2;

/** 2021-07-15 → 2021年7月15日, as a 公文 writes dates; anything else as given. */
export function zhDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/**
 * Whom an 约谈 is with (work plan: 约谈县（区）政府和市直有关单位主要领导): a county's or
 * district's government, a zone's 管委会, a department's own head — as a label
 * (县政府主要负责同志) and as the words after the unit's name in prose (南乐县政府主要负责同志).
 */
export function interviewee(u: Pick<UnitQuarterResult, 'unitName' | 'group'>): { zh: string; en: string; prose: string } {
  if (u.group !== '县区') return { zh: '单位主要负责同志', en: 'the head of the unit', prose: `${u.unitName}主要负责同志` };
  if (/(开发区|园区|示范区)$/.test(u.unitName)) return { zh: '管委会主要负责同志', en: 'the head of its management committee', prose: `${u.unitName}管委会主要负责同志` };
  if (u.unitName.endsWith('县')) return { zh: '县政府主要负责同志', en: 'the county head', prose: `${u.unitName}政府主要负责同志` };
  return { zh: '区政府主要负责同志', en: 'the district head', prose: `${u.unitName}政府主要负责同志` };
}

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
      reviewDate: zhDate(review.reviewDate),
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
      average: `${mean.toFixed(2)}%`,
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
    // Every unit tied with the last one named is named too (a tie at 3rd names both).
    const topCut = members[k - 1].rank;
    const bottomCut = members[members.length - k].bottomRank;
    const top = both(members.filter((u) => u.rank <= topCut).map(named));
    const bottom = both(
      members
        .filter((u) => u.bottomRank <= bottomCut && u.rank > topCut)
        .reverse()
        .map(named),
    );
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
    const names = both(
      members.map(({ u }) =>
        kind === 'interview'
          ? { zh: `${u.unitName}（${interviewee(u).zh}）`, en: `${u.unitName} (${interviewee(u).en})` }
          : { zh: u.unitName, en: u.unitName },
      ),
    );
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
  // By area (检查内容), most problems first, with counts; each area quotes the problems of its
  // lowest-scoring units — the meeting's attention belongs there.
  const unitByCode = new Map(review.units.map((u) => [u.unitCode, u]));
  const areaOf = new Map(template.indicators.map((i) => [i.code, i.area]));
  const areaName = new Map<number, string>(template.areas.map((a) => [a.no, a.name]));
  const byArea = new Map<number, typeof inspectionProblems>();
  for (const r of inspectionProblems) {
    const area = areaOf.get(r.indicatorCode) ?? 0;
    byArea.set(area, [...(byArea.get(area) ?? []), r]);
  }
  const areas = [...byArea.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  areas.slice(0, PROBLEM_AREAS).forEach(([area, list], i) => {
    const worst = [...list].sort((a, b) => unitByCode.get(a.unitCode)!.composite - unitByCode.get(b.unitCode)!.composite);
    const quoted = [...new Map(worst.map((r) => [r.unitCode, r])).values()].slice(0, QUOTED_PER_AREA);
    const examples = quoted.map((r) =>
      SUMMARY_TEXT.problemItem({
        unit: unitByCode.get(r.unitCode)!.unitName,
        periodZh: bimonthLabel(r.period),
        period: r.period,
        code: r.indicatorCode,
        problem: r.problems.trim(),
      }),
    );
    const line = SUMMARY_TEXT.problemArea({
      area: areaName.get(area) ?? '其他',
      count: list.length,
      units: new Set(list.map((r) => r.unitCode)).size,
      examples: examples.map((e) => e.zh).join('；'),
      examplesEn: examples.map((e) => e.en).join('; '),
    });
    add('text', { zh: `${i + 1}. ${line.zh}`, en: `${i + 1}. ${line.en}` });
  });
  if (areas.length > PROBLEM_AREAS) {
    const rest = areas.slice(PROBLEM_AREAS);
    add('text', SUMMARY_TEXT.problemOtherAreas(rest.length, rest.reduce((sum, [, list]) => sum + list.length, 0)));
  }

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
