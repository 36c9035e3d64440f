import { makeFinding, type Finding, type MessageParams, type RuleCode } from '@ledger-review/scoring';

/** A review workbook the documents cannot be made from: the reason is a finding of the registry. */
export class ReviewWorkbookError extends Error {
  constructor(public readonly finding: Finding) {
    super(finding.message);
    this.name = 'ReviewWorkbookError';
  }
}

export const reviewWorkbookError = (code: RuleCode, params: MessageParams = {}) => new ReviewWorkbookError(makeFinding(code, params));
