/** xl/styles.xml, read only for number formats: cell style index (`s`) → format code and kind. */
import { BUILTIN_NUM_FMTS, builtinKind, classifyNumFmt, type NumFmtKind } from '../../numFmt';
import { attributes, decodePart, nextTag } from '../xml';

export interface CellNumFmt {
  /** Undefined for General, and for locale-dependent built-in ids whose code the file does not spell out. */
  code: string | undefined;
  kind: NumFmtKind;
}

const GENERAL: CellNumFmt = { code: undefined, kind: 'general' };

export function parseStyles(bytes: Uint8Array): CellNumFmt[] {
  const s = decodePart(bytes);
  const custom = new Map<number, string>();
  const xfFmtIds: number[] = [];
  let inCellXfs = false;
  let p = 0;
  for (let tag = nextTag(s, p); tag; tag = nextTag(s, p)) {
    p = tag.end;
    if (tag.name === 'cellXfs') {
      inCellXfs = !tag.closing && !tag.selfClosing;
    } else if (!tag.closing && tag.name === 'numFmt') {
      const a = attributes(s, tag);
      const id = Number(a.numFmtId);
      if (Number.isInteger(id) && a.formatCode !== undefined) custom.set(id, a.formatCode);
    } else if (inCellXfs && !tag.closing && tag.name === 'xf') {
      const id = Number(attributes(s, tag).numFmtId ?? 0);
      xfFmtIds.push(Number.isInteger(id) ? id : 0);
    }
  }
  const cache = new Map<number, CellNumFmt>();
  return xfFmtIds.map((id) => {
    let f = cache.get(id);
    if (!f) {
      f = resolve(id, custom);
      cache.set(id, f);
    }
    return f;
  });
}

function resolve(id: number, custom: Map<number, string>): CellNumFmt {
  const code = custom.get(id) ?? BUILTIN_NUM_FMTS[id];
  const builtin = builtinKind(id);
  // Built-in date ids render as dates whatever code a file attaches to them; otherwise the code decides.
  const kind: NumFmtKind =
    builtin === 'date' ? 'date' : code !== undefined ? classifyNumFmt(code) : (builtin ?? 'general');
  if (kind === 'general') return GENERAL;
  return { code, kind };
}
