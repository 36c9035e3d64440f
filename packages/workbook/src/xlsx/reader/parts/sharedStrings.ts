/** xl/sharedStrings.xml → string table. Rich text runs are concatenated; phonetic runs (<rPh>) are not text. */
import { closeTagOf, decodeOoxmlEscapes, decodePart, elementText, localNameIs, newTagSpan, nextTag, scanTag, type RawText } from '../xml';

export function parseSharedStrings(bytes: Uint8Array): string[] {
  const s = decodePart(bytes);
  const out: string[] = [];
  const tag = newTagSpan();
  let p = 0;
  while (scanTag(s, p, s.length, tag)) {
    p = tag.end;
    if (tag.closing || !localNameIs(s, tag, 'si')) continue;
    if (tag.selfClosing) {
      out.push('');
      continue;
    }
    const close = tag.localStart === tag.nameStart ? '</si>' : closeTagOf(s, tag);
    const end = s.indexOf(close, p);
    const stop = end < 0 ? s.length : end;
    out.push(richText(s, p, stop));
    p = end < 0 ? s.length : end + close.length;
  }
  return out;
}

/** Concatenated `<t>` text of an `<si>` or `<is>` body lying in [from, to). */
export function richText(s: string, from: number, to: number, rawText?: RawText): string {
  // Fast path: the plain `<t>text</t>` body that most strings have.
  if (s.startsWith('<t>', from) && s.indexOf('<', from + 3) === to - 4 && s.startsWith('</t>', to - 4)) {
    return decodeOoxmlEscapes(elementText(s, from + 3, 't', rawText).text);
  }
  let text = '';
  let p = from;
  for (let tag = nextTag(s, p, to); tag && tag.start < to; tag = nextTag(s, p, to)) {
    p = tag.end;
    if (tag.closing || tag.selfClosing) continue;
    if (tag.name === 't') {
      const t = elementText(s, tag.end, tag.qname, rawText);
      text += t.text;
      p = t.end;
    } else if (tag.name === 'rPh') {
      const close = '</' + tag.qname + '>';
      const e = s.indexOf(close, p);
      p = e < 0 || e > to ? to : e + close.length;
    }
  }
  return decodeOoxmlEscapes(text);
}
