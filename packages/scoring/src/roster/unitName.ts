/**
 * Unit-name normalisation (单位名称规范化) for matching what people type against the roster.
 * Only equivalences that cannot change which unit is meant are applied, so two different units
 * never collapse into one key unless the roster itself is ambiguous.
 */

const ZERO_WIDTH_G = /[\u200b-\u200d\u2060\ufeff]/g;
const WHITESPACE_G = /\s+/g;
// `濮阳市X` and `市X` name the same city department; the province prefix adds nothing either.
const CITY_PREFIX_RE = /^(?:河南省)?濮阳市/;
// Government and committee suffixes: `华龙区人民政府` is the unit 华龙区, `开发区管委会` is 开发区.
const SUFFIXES = ['人民政府', '党工委管委会', '管理委员会', '管委会', '党工委', '政府'];

/**
 * The comparison key of a unit name: NFKC (full-width → half-width), no spaces or zero-width
 * characters, Latin upper-cased (codes), `濮阳市` → `市`, `市X区/县` → `X区/县` (a county or
 * district is the same with or without the city in front), trailing `人民政府`/`管委会`/… dropped.
 */
export function unitNameKey(raw: string): string {
  let s = raw.normalize('NFKC').replace(ZERO_WIDTH_G, '').replace(WHITESPACE_G, '').toUpperCase();
  s = s.replace(CITY_PREFIX_RE, '市');
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (s.length > suffix.length && s.endsWith(suffix)) {
        s = s.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  // Only county-level names lose the city prefix: `市司法局` must not become `司法局`, which
  // could equally be a county's bureau.
  if (s.length > 2 && s.startsWith('市') && /[区县]$/.test(s)) s = s.slice(1);
  return s;
}

// Characters nearly every unit name shares; they say nothing about which unit is meant, so
// the similarity measure ignores them (otherwise 市教育局 would look like 市水利局).
const GENERIC_CHARS = new Set([...'市局区县委员会办厅室中心濮阳省政府和及与']);

/** A name key split up once, so a roster's names are not re-split for every comparison. */
export interface PreparedName {
  key: string;
  chars: string[];
  /** Distinctive characters (generic ones like 市, 局 removed). */
  content: Set<string>;
}

export function prepareName(key: string): PreparedName {
  const chars = [...key];
  return { key, chars, content: new Set(chars.filter((c) => !GENERIC_CHARS.has(c))) };
}

let row0 = new Int32Array(32);
let row1 = new Int32Array(32);

function levenshtein(x: string[], y: string[]): number {
  if (row0.length <= y.length) {
    row0 = new Int32Array(y.length + 1);
    row1 = new Int32Array(y.length + 1);
  }
  let prev = row0;
  let cur = row1;
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}

function isSubsequence(short: string[], long: string[]): boolean {
  let i = 0;
  for (const c of long) if (i < short.length && c === short[i]) i++;
  return i === short.length;
}

/**
 * How alike two prepared names are, 0–1: 0 unless they share a distinctive character, else the
 * best of edit-distance similarity, the Dice coefficient over distinctive characters, and "one
 * is an abbreviation of the other" (subsequence, e.g. 市场局 ⊂ 市市场监督管理局). Used only to
 * suggest candidates, never to resolve.
 */
export function preparedSimilarity(a: PreparedName, b: PreparedName): number {
  if (a.key === '' || b.key === '') return 0;
  if (a.key === b.key) return 1;
  let shared = 0;
  for (const c of a.content) if (b.content.has(c)) shared++;
  // Sharing only generic characters (市…局) is no likeness at all: 市局 is not like 市审计局.
  if (shared === 0) return 0;
  const la = a.chars.length;
  const lb = b.chars.length;
  const lev = 1 - levenshtein(a.chars, b.chars) / Math.max(la, lb);
  const dice = (2 * shared) / (a.content.size + b.content.size);
  const [short, long] = la <= lb ? [a, b] : [b, a];
  const abbreviation = short.chars.length >= 2 && isSubsequence(short.chars, long.chars) ? 0.7 + 0.3 * (Math.min(la, lb) / Math.max(la, lb)) : 0;
  return Math.max(lev, dice, abbreviation);
}

/** {@link preparedSimilarity} of two name keys. */
export function nameSimilarity(a: string, b: string): number {
  return preparedSimilarity(prepareName(a), prepareName(b));
}
