/** xl/workbook.xml: sheet list (names, visibility, relationship ids), defined names, date system. */
import type { DefinedName, SheetState } from '../types';
import { attrLocal, attributes, decodePart, elementText, nextTag } from '../xml';

export interface WorkbookSheetRef {
  name: string;
  state: SheetState;
  relId: string;
}

export interface WorkbookInfo {
  sheets: WorkbookSheetRef[];
  definedNames: DefinedName[];
  date1904: boolean;
}

export function parseWorkbookXml(bytes: Uint8Array): WorkbookInfo {
  const s = decodePart(bytes);
  const sheets: WorkbookSheetRef[] = [];
  const raw: { name: string; value: string; localSheetId?: number; hidden: boolean }[] = [];
  let date1904 = false;
  let p = 0;
  for (let tag = nextTag(s, p); tag; tag = nextTag(s, p)) {
    p = tag.end;
    if (tag.closing) continue;
    if (tag.name === 'workbookPr') {
      date1904 = isTrue(attributes(s, tag).date1904);
    } else if (tag.name === 'sheet') {
      const a = attributes(s, tag);
      const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
      sheets.push({ name: a.name ?? '', state, relId: attrLocal(a, 'id', true) ?? '' });
    } else if (tag.name === 'definedName') {
      const a = attributes(s, tag);
      let value = '';
      if (!tag.selfClosing) {
        const t = elementText(s, tag.end, tag.qname);
        value = t.text;
        p = t.end;
      }
      const local = a.localSheetId !== undefined ? Number(a.localSheetId) : undefined;
      raw.push({
        name: a.name ?? '',
        value,
        localSheetId: Number.isInteger(local) ? local : undefined,
        hidden: isTrue(a.hidden),
      });
    }
  }
  // localSheetId indexes <sheets> in document order, including sheets we may later skip.
  const definedNames = raw.map((d): DefinedName => {
    const sheet = d.localSheetId !== undefined ? sheets[d.localSheetId]?.name : undefined;
    return sheet !== undefined
      ? { name: d.name, value: d.value, sheet, hidden: d.hidden }
      : { name: d.name, value: d.value, hidden: d.hidden };
  });
  return { sheets, definedNames, date1904 };
}

export function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}
