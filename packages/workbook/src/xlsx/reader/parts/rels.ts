/** Package relationships (`_rels/*.rels`): which part plays which role, resolved to zip entry names. */
import { attributes, decodePart, tags } from '../xml';

export interface Relationship {
  id: string;
  /** Last segment of the relationship type URI, e.g. 'worksheet', 'sharedStrings', 'officeDocument'. */
  kind: string;
  /** Absolute part name without the leading '/', e.g. 'xl/worksheets/sheet1.xml'. */
  target: string;
  external: boolean;
}

export function parseRels(bytes: Uint8Array, sourceDir: string): Relationship[] {
  const s = decodePart(bytes);
  const out: Relationship[] = [];
  for (const tag of tags(s)) {
    if (tag.closing || tag.name !== 'Relationship') continue;
    const a = attributes(s, tag);
    const type = a.Type ?? '';
    const external = (a.TargetMode ?? '').toLowerCase() === 'external';
    out.push({
      id: a.Id ?? '',
      kind: type.slice(type.lastIndexOf('/') + 1),
      target: external ? (a.Target ?? '') : resolvePartName(sourceDir, a.Target ?? ''),
      external,
    });
  }
  return out;
}

/** Relationship part of a part: 'xl/workbook.xml' → 'xl/_rels/workbook.xml.rels'. */
export function relsPathOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

export function dirOf(partName: string): string {
  return partName.slice(0, partName.lastIndexOf('/') + 1);
}

/** Resolve a relative target URI against the source part's folder ('..' allowed, percent-escapes decoded). */
export function resolvePartName(sourceDir: string, target: string): string {
  let t = target.replace(/\\/g, '/');
  try {
    t = decodeURIComponent(t);
  } catch {
    // A stray '%' is not an escape: keep the target as written.
  }
  const joined = t.startsWith('/') ? t.slice(1) : sourceDir + t;
  const parts: string[] = [];
  for (const seg of joined.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}
