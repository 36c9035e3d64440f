import type { ReviewSession } from '../../src/taskpane/hooks/useReviewSession';

const noop = () => undefined;

/** The office's review session as a view sees it, idle at 2021Q2 with no result, `over` on top. */
export function fakeSession(over: Partial<ReviewSession> = {}): ReviewSession {
  return {
    quarter: '2021Q2',
    quarterSource: 'chosen',
    setQuarter: noop,
    progress: null,
    outcome: null,
    runs: 1,
    stale: false,
    error: null,
    cancelled: false,
    run: async () => undefined,
    loadSample: async () => undefined,
    cancel: noop,
    ...over,
  };
}
