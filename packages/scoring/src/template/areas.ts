import type { Area, AreaNo } from '../model/types';

/** 检查内容八个方面 (work plan 二): the first level of the indicator system. */
export const AREAS: readonly Area[] = Object.freeze(
  (
    [
      [1, '依法全面履行政府职能'],
      [2, '完善依法行政制度体系'],
      [3, '推进行政决策科学化、民主化、法治化'],
      [4, '坚持严格规范公正文明执法'],
      [5, '强化对行政权力的制约和监督'],
      [6, '依法有效化解社会矛盾纠纷'],
      [7, '全面提高政府工作人员法治思维和依法行政能力'],
      [8, '加强法治政府建设组织领导'],
    ] as const
  ).map(([no, name]) => Object.freeze({ no, name })),
);

export function isAreaNo(n: unknown): n is AreaNo {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 8;
}

export function areaName(no: AreaNo): string {
  return AREAS[no - 1].name;
}

const CHINESE_DIGITS = '一二三四五六七八';
const nameKey = (s: string) => s.normalize('NFKC').replace(/[\s、，,.．·"“”]/g, '');

/**
 * The area a 检查内容 cell means: the number (1–8, `一`…`八`, `（一）`), the area's name, or
 * both (`1 依法全面履行政府职能`, `（一）依法全面履行政府职能`). Null when it is none of those,
 * or when a number and a name disagree.
 */
export function parseArea(value: unknown): AreaNo | null {
  if (typeof value === 'number') return isAreaNo(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.normalize('NFKC').trim();
  if (text === '') return null;
  // NFKC has turned `（一）` into `(一)` and `１．` into `1.`.
  const m = /^(?:\(|第)?\s*([1-8一二三四五六七八])\s*\)?\s*(?:个?方面)?\s*[、.:\s]?\s*(.*)$/.exec(text);
  if (m) {
    const digit = m[1];
    const no = (/[1-8]/.test(digit) ? Number(digit) : CHINESE_DIGITS.indexOf(digit) + 1) as AreaNo;
    if (m[2] === '') return no;
    // A number followed by a name: both must agree.
    const byName = areaByName(m[2]);
    if (byName !== null) return byName === no ? no : null;
  }
  return areaByName(text);
}

function areaByName(text: string): AreaNo | null {
  const key = nameKey(text);
  const area = AREAS.find((a) => nameKey(a.name) === key);
  return area ? area.no : null;
}
