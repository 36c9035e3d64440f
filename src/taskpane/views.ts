import type { HostContext } from '../office/types';
import type { PickedFilesState } from './hooks/usePickedFiles';
import type { ReviewSession } from './hooks/useReviewSession';

/**
 * The task pane views, in the order of the campaign year (monthly ledgers, the bimonthly round,
 * the quarterly review, the year), chosen by tab or by the `?view=` parameter.
 */
export type ViewId = 'validate' | 'consolidate' | 'round' | 'review' | 'annual';
export const VIEWS: readonly ViewId[] = ['validate', 'consolidate', 'round', 'review', 'annual'];
export const DEFAULT_VIEW: ViewId = 'validate';

/** What the pane hands its views; each takes the part it works with. */
export interface ViewProps {
  host: HostContext;
  /** The files picked in the view (each view keeps its own list). */
  files: PickedFilesState;
  /** Those picked under 汇总台账, which 双月检查 and 年度汇总 may take as well. */
  shared: PickedFilesState;
  /** The office's quarterly review (汇总台账 runs it, 季度点评 shows it). */
  session: ReviewSession;
  today: Date;
}
/**
 * The views with a Home-tab button (manifest.xml, the WPS ribbon): the unit's and the office's
 * everyday work. 双月检查 and 年度汇总, a few times a year, are tabs of the same pane.
 */
export const RIBBON_VIEWS: readonly ViewId[] = ['validate', 'consolidate', 'review'];

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEWS as readonly string[]).includes(value);
}

/** The view named by `?view=` in a location search string; unknown or absent → 单位校验. */
export function viewFromSearch(search: string): ViewId {
  const view = new URLSearchParams(search).get('view');
  return isViewId(view) ? view : DEFAULT_VIEW;
}

/** `search` with `view` set, other parameters kept, so a reload reopens the same view. */
export function searchWithView(search: string, view: ViewId): string {
  const params = new URLSearchParams(search);
  params.set('view', view);
  return `?${params.toString()}`;
}
