/** xl/workbook.xml: sheet list (names, visibility, relationship ids) and date system. */
import type { SheetState } from '../types';
import { attrLocal, attributes, decodePart, nextTag } from '../xml';

export interface WorkbookSheetRef {
  name: string;
  state: SheetState;
  relId: string;
}

export interface WorkbookInfo {
  sheets: WorkbookSheetRef[];
  date1904: boolean;
}

export function parseWorkbookXml(bytes: Uint8Array): WorkbookInfo {
  const s = decodePart(bytes);
  const sheets: WorkbookSheetRef[] = [];
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
    }
  }
  return { sheets, date1904 };
}

function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}
