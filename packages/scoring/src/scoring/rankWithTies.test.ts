import fc from 'fast-check';
import { bottomRankIn, rankWithTies } from './rankWithTies';

interface Item {
  id: string;
  v: number;
  a: number;
  b: number;
}

const item = (id: string, v: number, a = 0, b = 0): Item => ({ id, v, a, b });
const byId = <T extends { item: Item }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.item.id, r]));
const tieBreak = (i: Item) => [i.a, i.b];
/** Ranks items by value; ties are shown in tie-break order (a, then b; none for `null`), then by id. */
const rankItems = (items: Item[], by: ((i: Item) => number[]) | null = tieBreak) =>
  rankWithTies(
    items,
    (i) => i.v,
    by ?? undefined,
    (i) => i.id,
  );

describe('rankWithTies', () => {
  test('ranks like RANK.EQ: 1, 2, 2, 4, and marks the tie', () => {
    const items = [item('d', 70), item('b', 80), item('a', 90), item('c', 80)];
    const ranked = rankItems(items, null);
    expect(ranked.map((r) => [r.item.id, r.rank, r.tied, r.order])).toEqual([
      ['a', 1, false, 1],
      ['b', 2, true, 2],
      ['c', 2, true, 3],
      ['d', 4, false, 4],
    ]);
  });

  test('breaks ties for display only, by the tie-break numbers (higher first) then the id', () => {
    const items = [item('x', 80, 50, 1), item('y', 80, 60, 0), item('z', 80, 60, 1), item('w', 80, 60, 1)];
    const ranked = rankItems(items);
    expect(ranked.map((r) => r.item.id)).toEqual(['w', 'z', 'y', 'x']);
    expect(ranked.every((r) => r.rank === 1 && r.tied)).toBe(true);
  });

  test('without an id, fully tied items keep their input order', () => {
    const ranked = rankWithTies(['p', 'q', 'r'], () => 1);
    expect(ranked.map((r) => r.item)).toEqual(['p', 'q', 'r']);
  });

  test('an empty list ranks to an empty list; NaN is refused', () => {
    expect(rankWithTies([], (x: number) => x)).toEqual([]);
    expect(() => rankWithTies([1, Number.NaN], (x) => x)).toThrow(RangeError);
  });

  // Values from a small set so that ties are common.
  const itemsArb = fc
    .uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        v: fc.constantFrom(60, 70.5, 80, 80.25, 90, 100),
        a: fc.constantFrom(1, 2, 3),
        b: fc.constantFrom(0, 1),
      }),
      { selector: (i) => i.id, maxLength: 40 },
    )
    .map((xs) => xs as Item[]);

  test('property: rank = 1 + number strictly greater; ties share a rank and are marked', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const ranked = rankItems(items);
        for (const r of ranked) {
          expect(r.rank).toBe(1 + items.filter((i) => i.v > r.item.v).length);
          expect(r.tied).toBe(items.filter((i) => i.v === r.item.v).length > 1);
        }
      }),
    );
  });

  test('property: nothing lost or duplicated, order is a permutation 1..n and follows value', () => {
    fc.assert(
      fc.property(itemsArb, (items) => {
        const ranked = rankItems(items);
        expect(ranked.map((r) => r.item.id).sort()).toEqual(items.map((i) => i.id).sort());
        expect(ranked.map((r) => r.order)).toEqual(items.map((_, k) => k + 1));
        for (let k = 1; k < ranked.length; k++) {
          expect(ranked[k - 1].item.v).toBeGreaterThanOrEqual(ranked[k].item.v);
          expect(ranked[k - 1].rank).toBeLessThanOrEqual(ranked[k].rank);
        }
      }),
    );
  });

  test('property: input order does not matter', () => {
    fc.assert(
      fc.property(
        itemsArb.chain((items) =>
          fc.tuple(
            fc.constant(items),
            fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }),
          ),
        ),
        ([items, shuffled]) => {
          const a = byId(rankItems(items));
          const b = byId(rankItems(shuffled));
          for (const id of Object.keys(a)) {
            expect([b[id].rank, b[id].tied, b[id].order]).toEqual([a[id].rank, a[id].tied, a[id].order]);
          }
        },
      ),
    );
  });
});

describe('bottomRankIn', () => {
  test('1 + number strictly lower, so ties at the bottom share a bottom rank', () => {
    const asc = [60, 60, 70, 80];
    expect([60, 70, 80].map((v) => bottomRankIn(asc, v))).toEqual([1, 3, 4]);
  });

  test('property: matches counting', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 })), fc.integer({ min: 0, max: 10 }), (xs, v) => {
        const asc = [...xs].sort((p, q) => p - q);
        expect(bottomRankIn(asc, v)).toBe(1 + xs.filter((x) => x < v).length);
      }),
    );
  });
});
