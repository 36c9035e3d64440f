import { searchWithView, type ViewId } from './views';

/** The part of `window` the view memory needs (tests pass a plain object). */
export interface LocationLike {
  location: { search: string; hash: string };
  history: { replaceState?: unknown };
}

/**
 * Mirrors the chosen view into the address (`?view=`), so a reload reopens it. office.js sets
 * `history.replaceState` and `pushState` to null when it loads (office.debug.js, end of
 * `_OfficeAppFactory`; OfficeDev/office-js#429), so inside Office this is a no-op that must not
 * throw: the view lives in React state either way. Returns whether the address was updated.
 */
export function rememberView(win: LocationLike, view: ViewId): boolean {
  const replace = win.history.replaceState;
  if (typeof replace !== 'function') return false;
  try {
    replace.call(win.history, null, '', searchWithView(win.location.search, view) + win.location.hash);
    return true;
  } catch {
    // A sandboxed frame may refuse; the view still switches.
    return false;
  }
}
