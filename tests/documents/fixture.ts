/**
 * A review workbook for the documents tests: the realistic 2021Q2 of tests/review with a history
 * that carries 2021Q1 composites and ranks (so 较上季度 is there), the office's 同意 on every
 * severe proposal and an analysis typed for one unit — rendered by the product's own writer.
 */
import { OUTCOME_LABELS, reviewQuarter } from '@ledger-review/scoring';
import { buildReviewPlan, confirmKey, type ReviewHistoryEntry } from '@ledger-review/workbook';
import { renderWorkbook } from '@ledger-review/workbook';
import type { WorkbookPlan } from '@ledger-review/workbook';
import { ledgerFacts } from '@ledger-review/workbook';
import { buildSampleQuarter, type SampleQuarter } from '../review/sampleQuarter';

export interface DocumentsFixture {
  sample: SampleQuarter;
  review: SampleQuarter['review'];
  history: ReviewHistoryEntry[];
  plan: WorkbookPlan;
  bytes: Uint8Array;
}

export async function documentsFixture(): Promise<DocumentsFixture> {
  const sample = buildSampleQuarter();
  const previous = sample.review.units.map((u, i) => [u.unitCode, { composite: Number((u.composite - 2 + (i % 5)).toFixed(2)), rank: ((u.rank + i) % 6) + 1 }] as const);
  const history: ReviewHistoryEntry[] = sample.history.map((h) => ({ ...h, results: Object.fromEntries(previous) }));
  const review = reviewQuarter({
    quarter: sample.review.quarter,
    template: sample.template,
    roster: sample.roster,
    ledgers: sample.consolidation.ledgers.map(ledgerFacts),
    inspections: sample.consolidation.inspections,
    history,
  });
  const byUnit: Record<string, Record<string, string>> = {};
  for (const u of review.units) {
    for (const o of u.outcomes.filter((x) => x.proposed)) (byUnit[u.unitCode] ??= {})[confirmKey(OUTCOME_LABELS[o.kind].zh)] = '同意';
  }
  (byUnit[review.units[0].unitCode] ??= {})['分析原因'] = '领导重视，责任分工明确，台账佐证材料齐全。';
  const plan = buildReviewPlan({
    review,
    consolidation: sample.consolidation,
    template: sample.template,
    roster: sample.roster,
    history,
    handTyped: { byUnit, byRectification: {}, receivedDates: {} },
  });
  return { sample, review, history, plan, bytes: await renderWorkbook(plan) };
}
