import { quarterLabel } from '@ledger-review/scoring';
import type { WorkbookPlan } from '../sheet/plan';
import { EMPTY_HAND_TYPED } from '../consolidate/types';
import { metaSheet, META_KEYS, TOOL_NAME, REVIEW_KIND } from '../sheet/meta';
import { settingsSheet } from '../template/settings';
import { sheetFingerprint } from './fingerprint';
import { historySheet, historyWithThisQuarter } from './historySheet';
import { chartSheet } from './chartSheet';
import { REVIEW_SHEETS } from './layout';
import { DECISIONS_FINGERPRINT_KEY, decisionsFingerprint } from './decisions';
import { decisionCells, outcomeSheet } from './outcomeSheet';
import { problemSheet, reviewProblems } from './problemSheets';
import { buildRegister, rectificationSheet } from '../rectification/register';
import { rankingSheet } from './rankingSheet';
import { fileSheet, findingSheet, ledgerRowSheet } from './recordSheets';
import { areaScoreSheet, indicatorScoreSheet } from './scoreSheets';
import { submissionSheet } from './submissionSheet';
import { summarySheet } from './summarySheet';
import type { ReviewPlanArgs } from './types';

/** Metadata keys the review adds to the shared ones of META_KEYS. */
export const REVIEW_META_KEYS = { reviewDate: '点评会议日', generatedBy: '生成工具' } as const;

/**
 * The quarterly review workbook as a host-neutral plan (the CLI renders it with the project's
 * .xlsx writer, the add-in with Office.js). Sheets, in order: 点评通报, 综合排名, 图表, 得分明细, 指标得分, 报送情况,
 * 点评结果, 通报问题, 整改台账, 台账汇总, 文件清单, 问题清单, 评分规则, 历次点评 and the hidden
 * 元数据. Scores and ranks are formulas over the data sheets and 评分规则; what the office typed
 * earlier (`handTyped`) is put back by unit code.
 *
 * Throws ReviewInputMismatchError when `consolidation` does not hold the ledgers `review` was
 * computed from (the sheet's formulas would then disagree with the library).
 */
export function buildReviewPlan(args: ReviewPlanArgs): WorkbookPlan {
  const { review, consolidation, template, roster } = args;
  const handTyped = args.handTyped ?? EMPTY_HAND_TYPED;

  const scores = indicatorScoreSheet(review, template);
  const submissions = submissionSheet(review, consolidation, template, roster);
  const ranking = rankingSheet(review, scores.refs, submissions.refs, handTyped);

  const meta: Record<string, string> = {
    [META_KEYS.tool]: TOOL_NAME,
    [META_KEYS.kind]: REVIEW_KIND,
    [META_KEYS.quarter]: review.quarter,
    [META_KEYS.templateVersion]: template.version,
    [REVIEW_META_KEYS.reviewDate]: review.reviewDate,
    [META_KEYS.units]: String(roster.length),
    [META_KEYS.indicators]: String(template.indicators.length),
  };
  if (args.generatedBy) meta[REVIEW_META_KEYS.generatedBy] = args.generatedBy;

  const problems = args.problems ?? reviewProblems(review, consolidation, template);
  const register = args.rectification ?? buildRegister({ review, consolidation, template, problems, handTyped });

  const summary = summarySheet(review, consolidation, template, { historyMissing: args.historyMissing });
  meta[META_KEYS.draftFingerprint] = sheetFingerprint(summary.rows.map((row) => row.map((c) => c?.value ?? null)));
  // The 办公室调整 lines this build applied: a line typed or changed later is pending (decisions.ts).
  meta[DECISIONS_FINGERPRINT_KEY] = decisionsFingerprint(decisionCells(review));
  const sheets = [
    summary,
    ranking.sheet,
    chartSheet(review, ranking.refs, historyWithThisQuarter(review, args.history)),
    areaScoreSheet(review, template, scores.refs),
    scores.sheet,
    submissions.sheet,
    outcomeSheet(review, ranking.refs, handTyped),
    problemSheet(review, consolidation, template, problems),
    rectificationSheet(register, review.quarter),
    ledgerRowSheet(review, consolidation, template),
    fileSheet(review, consolidation, handTyped),
    findingSheet(review, consolidation),
    settingsSheet(review.settings),
    historySheet(review, roster, args.history, ranking.refs),
    metaSheet(meta),
  ];
  const expected = Object.values(REVIEW_SHEETS);
  // The documented order is a contract (README.md); fail loudly if a builder renames a sheet.
  if (sheets.map((s) => s.name).join('|') !== expected.join('|')) {
    throw new Error(`review sheets out of order: ${sheets.map((s) => s.name).join(', ')}`);
  }
  return { title: `${quarterLabel(review.quarter)}季度点评`, sheets };
}
