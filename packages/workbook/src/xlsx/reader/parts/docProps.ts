/** docProps/custom.xml and docProps/core.xml → name/value text maps. */
import { attributes, decodePart, elementText, nextTag } from '../xml';

/** `<property name="…"><vt:lpwstr>…</vt:lpwstr></property>`; every variant type is returned as its text. */
export function parseCustomProperties(bytes: Uint8Array): Record<string, string> {
  const s = decodePart(bytes);
  const out: Record<string, string> = {};
  let p = 0;
  let current: string | undefined;
  for (let tag = nextTag(s, p); tag; tag = nextTag(s, p)) {
    p = tag.end;
    if (tag.name === 'property') {
      current = tag.closing || tag.selfClosing ? undefined : attributes(s, tag).name;
      if (tag.selfClosing) {
        const name = attributes(s, tag).name;
        if (name !== undefined) out[name] = '';
      }
      continue;
    }
    if (current !== undefined && !tag.closing) {
      if (tag.selfClosing) {
        out[current] = '';
      } else {
        const t = elementText(s, tag.end, tag.qname);
        out[current] = t.text;
        p = t.end;
      }
      current = undefined;
    }
  }
  return out;
}

/** Children of cp:coreProperties by local name (creator, lastModifiedBy, created, modified, title, …). */
export function parseCoreProperties(bytes: Uint8Array): Record<string, string> {
  const s = decodePart(bytes);
  const out: Record<string, string> = {};
  let depth = 0;
  let p = 0;
  for (let tag = nextTag(s, p); tag; tag = nextTag(s, p)) {
    p = tag.end;
    if (tag.closing) {
      depth--;
      continue;
    }
    if (tag.selfClosing) continue;
    if (depth === 0) {
      depth = 1;
      continue;
    }
    const t = elementText(s, tag.end, tag.qname);
    out[tag.name] = t.text.trim();
    p = t.end;
  }
  return out;
}
