/** The three task pane views, chosen by tab or by the ribbon button's `?view=` parameter. */
export type ViewId = 'validate' | 'consolidate' | 'review';
export const VIEWS: readonly ViewId[] = ['validate', 'consolidate', 'review'];
export const DEFAULT_VIEW: ViewId = 'validate';

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
