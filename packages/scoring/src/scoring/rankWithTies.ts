/** One ranked item. */
export interface RankedItem<T> {
  item: T;
  /** RANK.EQ (descending): 1 + number of items with a strictly greater value, so 1, 2, 2, 4. */
  rank: number;
  /** 并列: another item has the same value. */
  tied: boolean;
  /** 1-based display position, ties broken by `tieBreak` then `idOf`. */
  order: number;
}

/**
 * Ranks items by `value`, highest first, as Excel's RANK.EQ does: tied items share a rank and
 * the next rank is skipped. Ties are broken **for display only** (`order`) by the `tieBreak`
 * numbers, compared one by one, higher first; then by `idOf`, ascending; then by input order.
 * With an `idOf` that is unique, the result does not depend on the input order at all.
 *
 * Returns the items in display order. Values must not be NaN.
 */
export function rankWithTies<T>(
  items: readonly T[],
  value: (t: T) => number,
  tieBreak?: (t: T) => number[],
  idOf?: (t: T) => string,
): Array<RankedItem<T>> {
  const entries = items.map((item, index) => {
    const v = value(item);
    if (Number.isNaN(v)) throw new RangeError('rankWithTies: value is NaN');
    return {
      item,
      index,
      value: v,
      keys: tieBreak ? tieBreak(item).map((k) => (Number.isNaN(k) ? -Infinity : k)) : [],
      id: idOf ? idOf(item) : '',
    };
  });

  entries.sort((a, b) => {
    if (a.value !== b.value) return b.value - a.value > 0 ? 1 : -1;
    const n = Math.max(a.keys.length, b.keys.length);
    for (let i = 0; i < n; i++) {
      const ka = a.keys[i] ?? -Infinity;
      const kb = b.keys[i] ?? -Infinity;
      if (ka !== kb) return kb > ka ? 1 : -1;
    }
    if (a.id !== b.id) return a.id < b.id ? -1 : 1;
    return a.index - b.index;
  });

  // In descending order, an item's rank is 1 + the position of the first item with its value.
  const out: Array<RankedItem<T>> = new Array(entries.length);
  let runStart = 0;
  for (let i = 0; i < entries.length; i++) {
    if (i > 0 && entries[i].value !== entries[i - 1].value) runStart = i;
    out[i] = { item: entries[i].item, rank: runStart + 1, tied: false, order: i + 1 };
  }
  // Mark runs of equal values as tied.
  for (let i = 0; i < entries.length; i++) {
    const sameAsPrev = i > 0 && entries[i].value === entries[i - 1].value;
    const sameAsNext = i + 1 < entries.length && entries[i].value === entries[i + 1].value;
    out[i].tied = sameAsPrev || sameAsNext;
  }
  return out;
}

/**
 * 倒数名次: 1 + number of values strictly lower than `v`. `ascending` must be sorted ascending.
 * Used for the bottom-N cut-off, so units tied at the cut-off are all included.
 */
export function bottomRankIn(ascending: readonly number[], v: number): number {
  // First index whose value is >= v.
  let lo = 0;
  let hi = ascending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ascending[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}
