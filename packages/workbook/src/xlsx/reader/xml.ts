/**
 * A forgiving, allocation-light XML tag scanner (indexOf/charCodeAt, no DOM) for the handful of
 * SpreadsheetML parts we read. It never expands DTD entities (a DOCTYPE is skipped), so entity
 * expansion attacks do nothing; unknown entities are kept literally.
 */

export interface Tag {
  /** Local name, namespace prefix removed ('x:row' → 'row'). */
  name: string;
  /** Name as written, needed to find the matching close tag. */
  qname: string;
  /** Index of '<'. */
  start: number;
  /** Index just after '>'. */
  end: number;
  /** Attribute text lies in [attrStart, attrEnd). */
  attrStart: number;
  attrEnd: number;
  closing: boolean;
  selfClosing: boolean;
}

const GT = 62; // >
const SLASH = 47;
const QUOT = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;

/**
 * Where a tag lies, in a record the caller keeps and `scanTag` overwrites: the hot loops (a
 * sheet's head and tail, the shared strings) read a thousand tags a file without allocating one.
 */
export interface TagSpan {
  /** Index of '<'. */
  start: number;
  /** Index just after '>'. */
  end: number;
  /** The name as written lies in [nameStart, nameEnd); its local part (prefix removed) in [localStart, nameEnd). */
  nameStart: number;
  localStart: number;
  nameEnd: number;
  /** Attribute text lies in [attrStart, attrEnd). */
  attrStart: number;
  attrEnd: number;
  closing: boolean;
  selfClosing: boolean;
}

export const newTagSpan = (): TagSpan => ({
  start: 0,
  end: 0,
  nameStart: 0,
  localStart: 0,
  nameEnd: 0,
  attrStart: 0,
  attrEnd: 0,
  closing: false,
  selfClosing: false,
});

/**
 * Finds the next element tag (open, close or empty) at or after `from` and fills `t` with it;
 * comments, PIs, CDATA and DOCTYPE are skipped. False when there is none before `limit`, or it is
 * not complete (a chunk may end inside a tag).
 */
export function scanTag(s: string, from: number, limit: number, t: TagSpan): boolean {
  let lt = s.indexOf('<', from);
  while (lt >= 0 && lt < limit) {
    // A '<' that ends the text begins a tag that is not complete yet (read past the end instead,
    // charCodeAt gives NaN, and the optimised code of every caller is thrown away).
    if (lt + 1 >= s.length) return false;
    const c = s.charCodeAt(lt + 1);
    if (c === QUESTION || c === BANG) {
      const e = skipSpecial(s, lt);
      if (e < 0) return false;
      lt = s.indexOf('<', e);
      continue;
    }
    const closing = c === SLASH;
    let p = closing ? lt + 2 : lt + 1;
    const nameStart = p;
    let localStart = p;
    for (; p < s.length; p++) {
      const ch = s.charCodeAt(p);
      if (ch <= 32 || ch === GT || ch === SLASH) break;
      if (ch === 58) localStart = p + 1;
    }
    const nameEnd = p;
    // Find '>' outside quoted attribute values ('>' is legal inside them).
    let quote = 0;
    for (; p < s.length; p++) {
      const ch = s.charCodeAt(p);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === QUOT || ch === APOS) quote = ch;
      else if (ch === GT) break;
    }
    if (p >= s.length) return false;
    const selfClosing = !closing && s.charCodeAt(p - 1) === SLASH;
    t.start = lt;
    t.end = p + 1;
    t.nameStart = nameStart;
    t.localStart = localStart;
    t.nameEnd = nameEnd;
    t.attrStart = nameEnd;
    t.attrEnd = selfClosing ? p - 1 : p;
    t.closing = closing;
    t.selfClosing = selfClosing;
    return true;
  }
  return false;
}

/**
 * `s.indexOf(close, from)` for a close tag ('</sheetData>'), found by its name: V8 finds a
 * pattern's first character with memchr, and in markup '<' is every few bytes, so searching the
 * name instead is some 30× faster over a sheet (17 µs → 0.5 µs for 56 KB).
 */
export function indexOfCloseTag(s: string, close: string, from: number): number {
  const name = close.slice(2);
  for (let i = s.indexOf(name, from + 2); i >= 0; i = s.indexOf(name, i + 1)) {
    if (s.charCodeAt(i - 1) === SLASH && s.charCodeAt(i - 2) === 60) return i - 2;
  }
  return -1;
}

/** Whether the tag's local name (prefix removed) is `name`. */
export const localNameIs = (s: string, t: TagSpan, name: string): boolean =>
  t.nameEnd - t.localStart === name.length && s.startsWith(name, t.localStart);

/** The close tag that ends the element `t` opens: '</si>', or '</x:si>' when the name has a prefix. */
export const closeTagOf = (s: string, t: TagSpan): string => '</' + s.slice(t.nameStart, t.nameEnd) + '>';

const scratch = newTagSpan();

/** Next element tag (open, close or empty) at or after `from`; comments, PIs, CDATA and DOCTYPE are skipped. */
export function nextTag(s: string, from: number, limit = s.length): Tag | null {
  if (!scanTag(s, from, limit, scratch)) return null;
  const t = scratch;
  const qname = s.slice(t.nameStart, t.nameEnd);
  return {
    name: t.localStart > t.nameStart ? s.slice(t.localStart, t.nameEnd) : qname,
    qname,
    start: t.start,
    end: t.end,
    attrStart: t.attrStart,
    attrEnd: t.attrEnd,
    closing: t.closing,
    selfClosing: t.selfClosing,
  };
}

/** For '<!…' and '<?…' markup at `lt` (comment, CDATA, declaration, PI): the index after it, or -1 if unterminated. */
export function skipSpecial(s: string, lt: number): number {
  if (s.charCodeAt(lt + 1) === QUESTION) return endOf(s, '?>', lt + 2);
  if (s.startsWith('<!--', lt)) return endOf(s, '-->', lt + 4);
  if (s.startsWith('<![CDATA[', lt)) return endOf(s, ']]>', lt + 9);
  return skipDeclaration(s, lt + 2);
}

function endOf(s: string, marker: string, from: number): number {
  const e = s.indexOf(marker, from);
  return e < 0 ? -1 : e + marker.length;
}

/** `<!DOCTYPE ... [ internal subset ] >`: skip without interpreting anything inside. */
function skipDeclaration(s: string, from: number): number {
  let depth = 0;
  for (let p = from; p < s.length; p++) {
    const ch = s.charCodeAt(p);
    if (ch === 91) depth++;
    else if (ch === 93) depth--;
    else if (ch === GT && depth <= 0) return p + 1;
  }
  return -1;
}

/** All attributes of a tag, keyed by qualified name, values entity-decoded. */
export function attributes(s: string, tag: Pick<Tag, 'attrStart' | 'attrEnd'>): Record<string, string> {
  const out: Record<string, string> = {};
  forEachAttribute(s, tag.attrStart, tag.attrEnd, (name, value) => {
    out[name] = value;
  });
  return out;
}

export function forEachAttribute(
  s: string,
  from: number,
  to: number,
  fn: (qname: string, value: string) => void,
): void {
  let p = from;
  while (p < to) {
    const eq = s.indexOf('=', p);
    if (eq < 0 || eq >= to) return;
    const name = s.slice(p, eq).trim();
    let q = eq + 1;
    while (q < to && s.charCodeAt(q) <= 32) q++;
    const quote = s.charCodeAt(q);
    if (quote !== QUOT && quote !== APOS) return;
    const close = s.indexOf(quote === QUOT ? '"' : "'", q + 1);
    if (close < 0 || close >= to) return;
    fn(name, decodeEntities(s.slice(q + 1, close)));
    p = close + 1;
  }
}

/** Attribute by local name, whatever its prefix ('r:id', 'ns1:id' and 'id' all match 'id' when `prefixed`). */
export function attrLocal(
  attrs: Record<string, string>,
  local: string,
  prefixed = false,
): string | undefined {
  if (!prefixed && attrs[local] !== undefined) return attrs[local];
  for (const k of Object.keys(attrs)) {
    const colon = k.indexOf(':');
    if (colon >= 0 && k.slice(colon + 1) === local && k.slice(0, colon) !== 'xmlns') return attrs[k];
  }
  return undefined;
}

/**
 * How the raw text of a document string becomes characters. Parts are normally decoded as UTF-8
 * up front (`same`); a worksheet is scanned as a binary string (one char per byte, `binaryString`)
 * so that only the few text nodes the reader keeps pay for UTF-8 decoding (`utf8OfBinary`).
 */
export type RawText = (raw: string) => string;
const same: RawText = (raw) => raw;

/**
 * Text content of an element whose open tag ended at `from`, up to its `</qname>`, with CDATA
 * kept verbatim and entities decoded. Returns the text and the index after the close tag.
 */
export function elementText(s: string, from: number, qname: string, rawText: RawText = same): { text: string; end: number } {
  const close = '</' + qname + '>';
  const e = s.indexOf(close, from);
  const stop = e < 0 ? s.length : e;
  return { text: textContent(s.slice(from, stop), rawText), end: e < 0 ? s.length : e + close.length };
}

/** The characters of an element's raw content (as `elementText` returns them). */
export function textContent(content: string, rawText: RawText = same): string {
  let raw = content;
  // XML parsers hand applications '\n' for every line break; '&#13;' stays a CR (decoded after this).
  if (raw.indexOf('\r') >= 0) raw = raw.replace(/\r\n?/g, '\n');
  return raw.indexOf('<') >= 0 ? stripMarkup(raw, rawText) : decodeEntities(rawText(raw));
}

/** Text inside mixed content: CDATA verbatim, comments dropped, entities decoded elsewhere. */
function stripMarkup(raw: string, rawText: RawText): string {
  let out = '';
  let p = 0;
  while (p < raw.length) {
    const lt = raw.indexOf('<', p);
    if (lt < 0) {
      out += decodeEntities(rawText(raw.slice(p)));
      break;
    }
    out += decodeEntities(rawText(raw.slice(p, lt)));
    if (raw.startsWith('<![CDATA[', lt)) {
      const e = raw.indexOf(']]>', lt + 9);
      out += rawText(raw.slice(lt + 9, e < 0 ? raw.length : e));
      p = e < 0 ? raw.length : e + 3;
    } else {
      const e = raw.indexOf('>', lt);
      p = e < 0 ? raw.length : e + 1;
    }
  }
  return out;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  let out = '';
  let p = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) {
      // Not an entity reference: keep the '&' literally, as a lenient reader would.
      out += raw.slice(p, amp + 1);
      p = amp + 1;
      amp = raw.indexOf('&', p);
      continue;
    }
    const body = raw.slice(amp + 1, semi);
    let rep: string | undefined;
    if (body.charCodeAt(0) === 35 /* # */) {
      const code =
        body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      if (Number.isFinite(code) && code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff))
        rep = String.fromCodePoint(code);
    } else rep = NAMED_ENTITIES[body];
    if (rep === undefined) {
      out += raw.slice(p, semi + 1);
    } else {
      out += raw.slice(p, amp) + rep;
    }
    p = semi + 1;
    amp = raw.indexOf('&', p);
  }
  return out + raw.slice(p);
}

/**
 * SpreadsheetML escapes characters that XML cannot carry as `_xHHHH_` (e.g. `_x000D_` for CR);
 * a literal "_x0041_" typed by a user is stored as `_x005F_x0041_`. Applied to cell text only.
 */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Decode a part, honouring a UTF-16 byte-order mark (allowed by OPC, rarely used). */
export function decodePart(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

const UTF8 = new TextDecoder('utf-8');
const NON_ASCII = /[\x80-\xff]/;

/** Node's Buffer when there is one (the CLI, worker threads); absent in a task pane. */
const NodeBuffer = (globalThis as { Buffer?: { from(b: ArrayBufferLike, offset: number, length: number): { toString(enc: 'latin1'): string } } }).Buffer;

/**
 * Bytes as a binary string, one char (0–255) per byte: offsets in the string are offsets in the
 * bytes, and no UTF-8 decoding is paid for the markup, numbers and formulas nobody reads.
 * (Not TextDecoder('latin1'): that is windows-1252, which remaps 0x80–0x9F.)
 */
export function binaryString(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

/** The UTF-8 text a slice of a binary string (see `binaryString`) stands for. */
export const utf8OfBinary: RawText = (raw) => {
  if (!NON_ASCII.test(raw)) return raw;
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return UTF8.decode(bytes);
};

/**
 * The text of `slice` in a string of its own. V8 keeps a long substring as a view of the string it
 * was cut from: a formula or cell text kept with a sheet's result would hold the whole piece of
 * the part it came from (up to 64 KB) alive, and copy it along at every young-generation GC.
 * Joining forces a flat copy of just these characters (the view left is of that copy).
 */
export const detached = (slice: string): string => (slice.length < 13 ? slice : (slice + ' ').slice(0, -1));

/** Iterate every element tag of a document (convenience for small parts). */
export function* tags(s: string, from = 0, limit = s.length): Generator<Tag> {
  let p = from;
  for (;;) {
    const t = nextTag(s, p, limit);
    if (!t) return;
    yield t;
    p = t.end;
  }
}
