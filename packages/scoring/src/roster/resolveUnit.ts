import type { Unit } from '../model/types';
import { prepareName, preparedSimilarity, unitNameKey, type PreparedName } from './unitName';

/** How a typed unit name was matched (reported, so a normalised match can be shown to the user). */
export type UnitMatchVia = 'code' | 'name' | 'alias' | 'normalised';

/**
 * The outcome of resolving a typed unit name. No match, or a name that fits two units, gives
 * `unit: null` with `candidates` for a "您是否要填写…" hint; the resolver never guesses.
 * `ambiguous` tells the two apart: true when the name fits every candidate exactly (at one
 * matching step), false when the candidates are merely similar names.
 */
export type UnitResolution = { unit: Unit; via: UnitMatchVia } | { unit: null; candidates: Unit[]; ambiguous: boolean };

/** At most this many candidates are suggested. */
export const MAX_UNIT_CANDIDATES = 5;
// Below this similarity a roster name is not worth suggesting.
const CANDIDATE_THRESHOLD = 0.5;
/** Names scored in full when looking for candidates (those sharing the most characters). */
export const SCORED_NAMES_LIMIT = 300;

function push(map: Map<string, Unit[]>, key: string, unit: Unit): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [unit]);
  else if (!list.includes(unit)) list.push(unit);
}

/**
 * Lookup tables over one roster. Build once per roster and reuse: resolving is then a few map
 * look-ups, and only a failed look-up scans the roster for candidates.
 */
export class UnitIndex {
  private readonly byCode = new Map<string, Unit[]>();
  private readonly byName = new Map<string, Unit[]>();
  private readonly byAlias = new Map<string, Unit[]>();
  private readonly byKey = new Map<string, Unit[]>();
  private readonly keyed: { name: PreparedName; unit: Unit; order: number }[] = [];
  // Distinctive character → positions in `keyed`: only names sharing one can be similar.
  private readonly byChar = new Map<string, number[]>();

  constructor(readonly roster: readonly Unit[]) {
    roster.forEach((unit, order) => {
      push(this.byCode, unit.code, unit);
      push(this.byName, unit.name, unit);
      for (const alias of unit.aliases) push(this.byAlias, alias, unit);
      push(this.byKey, unitNameKey(unit.code), unit);
      for (const label of [unit.name, ...unit.aliases]) {
        const key = unitNameKey(label);
        push(this.byKey, key, unit);
        if (key === '') continue;
        const name = prepareName(key);
        for (const c of name.content) {
          const list = this.byChar.get(c);
          if (list) list.push(this.keyed.length);
          else this.byChar.set(c, [this.keyed.length]);
        }
        this.keyed.push({ name, unit, order });
      }
    });
  }

  /** The unit with this exact code, if exactly one. */
  get(code: string): Unit | undefined {
    const list = this.byCode.get(code);
    return list && list.length === 1 ? list[0] : undefined;
  }

  /** Exact code, full name, alias, then normalised key; ambiguity at any step stops there. */
  resolve(name: string): UnitResolution {
    const raw = typeof name === 'string' ? name : String(name ?? '');
    const steps: [Map<string, Unit[]>, string, UnitMatchVia][] = [
      [this.byCode, raw, 'code'],
      [this.byName, raw, 'name'],
      [this.byAlias, raw, 'alias'],
      [this.byKey, unitNameKey(raw), 'normalised'],
    ];
    for (const [map, key, via] of steps) {
      const hits = key === '' ? undefined : map.get(key);
      if (!hits) continue;
      if (hits.length === 1) return { unit: hits[0], via };
      return { unit: null, candidates: [...hits], ambiguous: true };
    }
    return { unit: null, candidates: this.candidates(raw), ambiguous: false };
  }

  /** Roster units whose names or aliases look like `name`, most alike first. */
  candidates(name: string, limit = MAX_UNIT_CANDIDATES): Unit[] {
    const wanted = prepareName(unitNameKey(name));
    if (wanted.key === '') return [];
    const positions = this.mostShared(wanted);
    const best = new Map<Unit, { score: number; order: number }>();
    for (const p of positions) {
      const { name: prepared, unit, order } = this.keyed[p];
      const score = preparedSimilarity(wanted, prepared);
      if (score < CANDIDATE_THRESHOLD) continue;
      const prev = best.get(unit);
      if (!prev || score > prev.score) best.set(unit, { score, order });
    }
    return [...best.entries()]
      .sort((a, b) => b[1].score - a[1].score || a[1].order - b[1].order)
      .slice(0, limit)
      .map(([unit]) => unit);
  }

  /**
   * Positions of the names sharing the most distinctive characters with `wanted`, at most
   * {@link SCORED_NAMES_LIMIT}: the full similarity is computed for these only, so an unknown
   * name costs the same on a 3,000-unit roster whose names all share a digit as on a small one.
   */
  private mostShared(wanted: PreparedName): number[] {
    const counts = new Map<number, number>();
    for (const c of wanted.content) for (const p of this.byChar.get(c) ?? []) counts.set(p, (counts.get(p) ?? 0) + 1);
    const buckets: number[][] = Array.from({ length: wanted.content.size + 1 }, () => []);
    for (const [p, n] of counts) buckets[n].push(p);
    const out: number[] = [];
    for (let n = buckets.length - 1; n > 0 && out.length < SCORED_NAMES_LIMIT; n--) {
      for (const p of buckets[n].sort((a, b) => a - b)) {
        if (out.length >= SCORED_NAMES_LIMIT) break;
        out.push(p);
      }
    }
    return out;
  }
}

// One index per roster array: validation resolves a unit per ledger, and rebuilding the index
// for a 3,000-unit roster each time would dominate. The cache is keyed by the array and checks
// its length and end units, which catches units added, removed or replaced; a unit object edited
// in place (an alias pushed onto it) is not noticed — hand over a new array, as immutable state
// updates do anyway, or build `new UnitIndex(roster)` directly.
interface Cached {
  length: number;
  first: Unit | undefined;
  last: Unit | undefined;
  index: UnitIndex;
}
const cache = new WeakMap<readonly Unit[], Cached>();

/** Builds (or reuses) the lookup index of a roster. */
export function buildUnitIndex(roster: readonly Unit[]): UnitIndex {
  const hit = cache.get(roster);
  const first = roster[0];
  const last = roster[roster.length - 1];
  if (hit && hit.length === roster.length && hit.first === first && hit.last === last) return hit.index;
  const index = new UnitIndex(roster);
  cache.set(roster, { length: roster.length, first, last, index });
  return index;
}

/**
 * Resolves a typed unit name (单位名称) against the roster: exact code, exact full name, exact
 * alias, then the normalised key (trim, full-width → half-width, no spaces, `濮阳市` ≡ `市`,
 * trailing `人民政府`/`管委会`…). A name that fits two units is never guessed: `unit` is null
 * and `candidates` lists them; an unknown name gets the closest roster units as candidates.
 */
export function resolveUnit(name: string, roster: readonly Unit[] | UnitIndex): UnitResolution {
  const index = roster instanceof UnitIndex ? roster : buildUnitIndex(roster);
  return index.resolve(name);
}
