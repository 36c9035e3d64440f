import { isLocalized, type Lang, type Localized } from './lang';

/**
 * Structured message parameters. A parameter may itself be a {@link Localized} text (a column
 * label, a normalisation name) or a list, so one finding renders correctly in either language.
 */
export type ParamScalar = string | number | boolean | null | undefined | Localized;
export type ParamValue = ParamScalar | readonly ParamScalar[];
export type MessageParams = Readonly<Record<string, ParamValue>>;

// `{name}` or `{name:format}`; the only format so far is `bytes` (a byte count shown as `12.5 MB`).
const PLACEHOLDER_RE = /\{([A-Za-z][A-Za-z0-9]*)(?::(bytes))?\}/g;
// `[[ ... ]]` is an optional section: rendered only when every placeholder inside it has a
// non-empty value, so one template covers "did you mean …?" with and without candidates.
const SECTION_RE = /\[\[([\s\S]*?)\]\]/g;

/** Human-readable byte counts (`12.5 MB`). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return String(bytes);
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let n = bytes / 1024;
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${Number(n.toFixed(1))} ${units[i]}`;
}

/** Numbers as a person would write them: no binary float noise (80.50000000000001 → 80.5). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(12)));
}

function renderScalar(value: ParamScalar, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return lang === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否';
  if (isLocalized(value)) return lang === 'en' ? value.en : value.zh;
  return value;
}

/** One parameter as text: lists are joined with the language's list separator. */
export function renderParam(value: ParamValue, lang: Lang): string {
  if (Array.isArray(value)) {
    return (value as readonly ParamScalar[]).map((v) => renderScalar(v, lang)).join(lang === 'en' ? ', ' : '、');
  }
  return renderScalar(value as ParamScalar, lang);
}

function isEmptyParam(value: ParamValue): boolean {
  if (value === null || value === undefined || value === '') return true;
  return Array.isArray(value) && value.length === 0;
}

type Placeholder = { param: string; raw: string; format: string | undefined };
type Segment = string | Placeholder | { section: Segment[]; params: string[] };

// Templates are parsed once: findings are rendered in the validator's hot path when a ledger
// has many notices, and a regex pass with callbacks per finding is measurably slower.
const compiled = new Map<string, Segment[]>();

function parsePlain(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push({ param: m[1], raw: m[0], format: m[2] });
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function compile(template: string): Segment[] {
  let segments = compiled.get(template);
  if (segments) return segments;
  segments = [];
  let last = 0;
  for (const m of template.matchAll(SECTION_RE)) {
    const at = m.index ?? 0;
    if (at > last) segments.push(...parsePlain(template.slice(last, at)));
    const inner = parsePlain(m[1]);
    const params = inner.filter((s): s is Placeholder => typeof s !== 'string' && 'param' in s).map((s) => s.param);
    segments.push({ section: inner, params });
    last = at + m[0].length;
  }
  if (last < template.length) segments.push(...parsePlain(template.slice(last)));
  compiled.set(template, segments);
  return segments;
}

function renderSegments(segments: readonly Segment[], params: MessageParams, lang: Lang): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'string') out += seg;
    else if ('param' in seg) {
      if (!Object.prototype.hasOwnProperty.call(params, seg.param)) out += seg.raw;
      else {
        const value = params[seg.param];
        out += seg.format === 'bytes' && typeof value === 'number' ? formatBytes(value) : renderParam(value, lang);
      }
    }
    else if (seg.params.every((p) => !isEmptyParam(params[p]))) out += renderSegments(seg.section, params, lang);
  }
  return out;
}

/**
 * Fills `{name}` placeholders from `params`. A placeholder without a parameter is left as
 * written (so a forgotten parameter is visible, and tests can catch it); optional `[[…]]`
 * sections disappear when any parameter they use is empty.
 */
export function formatMessage(template: string, params: MessageParams, lang: Lang): string {
  return renderSegments(compile(template), params, lang);
}

/** The placeholders a template uses outside optional sections (they must always be given). */
export function requiredPlaceholders(template: string): string[] {
  const outside = template.replace(SECTION_RE, '');
  return [...new Set([...outside.matchAll(PLACEHOLDER_RE)].map((m) => m[1]))];
}

/** Every placeholder a template uses. */
export function allPlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER_RE)].map((m) => m[1]))];
}

export type { Localized };
