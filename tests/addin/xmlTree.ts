/**
 * A small element tree over saxes, enough to inspect manifest.xml in tests. Prefixed names are
 * kept as written (`bt:Image`), which is how the manifest refers to them.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
  parent?: XmlElement;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const rootHolder: XmlElement = { name: '#document', attrs: {}, children: [], text: '', line: 0 };
  const stack: XmlElement[] = [rootHolder];
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attrs[key] = String(value);
    const parent = stack[stack.length - 1];
    const el: XmlElement = { name: tag.name, attrs, children: [], text: '', line: parser.line, parent };
    parent.children.push(el);
    stack.push(el);
  });
  parser.on('text', (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => {
    const el = stack.pop();
    if (el) el.text = el.text.trim();
  });
  parser.write(xml).close();
  const root = rootHolder.children[0];
  if (!root) throw new Error('empty XML document');
  return root;
}

/** Every element below `el` (depth first, document order). */
export function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const child of e.children) {
      out.push(child);
      walk(child);
    }
  };
  walk(el);
  return out;
}

export function findAll(el: XmlElement, name: string): XmlElement[] {
  return descendants(el).filter((e) => e.name === name);
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** `OfficeApp/VersionOverrides/…` path of an element, for readable failure messages. */
export function pathOf(el: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | undefined = el; e && e.name !== '#document'; e = e.parent) parts.unshift(e.name);
  return `${parts.join('/')} (line ${el.line})`;
}
