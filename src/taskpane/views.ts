/**
 * The task pane views, in the order of the campaign year (monthly ledgers, the bimonthly round,
 * the quarterly review, the year), chosen by tab or by the `?view=` parameter.
 */
export type ViewId = 'validate' | 'consolidate' | 'round' | 'review' | 'annual';
export const VIEWS: readonly ViewId[] = ['validate', 'consolidate', 'round', 'review', 'annual'];
export const DEFAULT_VIEW: ViewId = 'validate';
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
