import { defaultReviewContext, reviewContextFromTemplate, type GridSheet, type ReviewContext } from '@ledger-review/workbook';

export { defaultReviewContext };
export type { Finding as TemplateProblem } from '@ledger-review/scoring';

export interface TemplateContextRead {
  /** Null when the template workbook has errors; the defaults are used then. */
  context: ReviewContext | null;
  problems: ReturnType<typeof reviewContextFromTemplate>['problems'];
}

/** The office's edited template workbook (指标体系, 单位名录, 评分规则, 检查组) as a review context. */
export function contextFromTemplateWorkbook(sheets: readonly GridSheet[]): TemplateContextRead {
  return reviewContextFromTemplate(sheets);
}
