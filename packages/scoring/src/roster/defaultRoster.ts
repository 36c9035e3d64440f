import type { Unit } from '../model/types';

/**
 * 默认单位名录: Puyang's units as listed in SPEC section 9 — the 县区 group (six counties and
 * districts plus the three functional zones, which rank with 县区 by default) and twenty city
 * departments (市直单位). The office maintains the real roster in the template workbook's
 * 单位名录 sheet; this default seeds that sheet and the bundled sample data.
 *
 * Codes are stable identifiers (`XQ01`… for the 县区 group, `SZ01`… for 市直) and never
 * change when a unit is renamed: a rename becomes a new 全称 with the old name kept as an alias.
 * Names typed with the `濮阳市` prefix (濮阳市司法局) or a `人民政府`/`管委会` suffix resolve
 * through name normalisation, so they are not repeated as aliases here.
 *
 * The 文明单位 flags are sample values (the office sets the real ones): they matter only for
 * the severe-outcome proposal 建议取消文明单位荣誉称号.
 */

type UnitSeed = [code: string, name: string, aliases: string[], civilized: boolean];

const COUNTIES: UnitSeed[] = [
  ['XQ01', '华龙区', ['濮阳市华龙区', '华龙'], true],
  ['XQ02', '濮阳县', [], false],
  ['XQ03', '清丰县', ['清丰'], true],
  ['XQ04', '南乐县', ['南乐'], false],
  ['XQ05', '范县', [], false],
  ['XQ06', '台前县', ['台前'], true],
];

const ZONES: UnitSeed[] = [
  ['XQ07', '濮阳经济技术开发区', ['开发区', '经开区', '濮阳经开区', '濮阳经济开发区', '经济技术开发区'], false],
  ['XQ08', '濮阳工业园区', ['工业园区', '濮阳工业园', '河南濮阳工业园区'], false],
  ['XQ09', '濮阳市城乡一体化示范区', ['示范区', '城乡一体化示范区', '濮阳城乡一体化示范区'], true],
];

const DEPARTMENTS: UnitSeed[] = [
  ['SZ01', '市司法局', ['司法局'], true],
  ['SZ02', '市市场监督管理局', ['市市场监管局', '市场监管局', '市场监督管理局'], true],
  ['SZ03', '市统计局', ['统计局'], true],
  ['SZ04', '市住房和城乡建设局', ['市住建局', '住建局'], false],
  ['SZ05', '市发展和改革委员会', ['市发改委', '发改委'], true],
  ['SZ06', '市自然资源和规划局', ['市自然资源局', '市资源规划局', '自然资源和规划局'], false],
  ['SZ07', '市生态环境局', ['市环保局', '市环境保护局', '生态环境局'], false],
  ['SZ08', '市审计局', ['审计局'], true],
  ['SZ09', '市应急管理局', ['市应急局', '市安监局', '应急管理局'], false],
  ['SZ10', '市教育局', ['教育局', '市教体局'], true],
  ['SZ11', '市公安局', ['公安局'], false],
  ['SZ12', '市民政局', ['民政局'], false],
  ['SZ13', '市财政局', ['财政局'], true],
  ['SZ14', '市人力资源和社会保障局', ['市人社局', '人社局'], false],
  ['SZ15', '市交通运输局', ['市交通局', '交通运输局'], false],
  ['SZ16', '市水利局', ['水利局'], false],
  ['SZ17', '市农业农村局', ['市农业局', '农业农村局'], true],
  ['SZ18', '市卫生健康委员会', ['市卫健委', '卫健委', '市卫生计生委'], false],
  ['SZ19', '市城市管理局', ['市城管局', '城管局'], false],
  ['SZ20', '市行政审批和政务信息管理局', ['市行政审批局', '市审批局', '市政务信息管理局', '市政务服务局'], false],
];

const toUnit =
  (kind: Unit['kind'], group: Unit['group']) =>
  ([code, name, aliases, civilized]: UnitSeed): Unit => ({ code, name, aliases: [...aliases], group, kind, civilized });

function buildDefaultRoster(): Unit[] {
  return [
    ...COUNTIES.map(toUnit('县区', '县区')),
    ...ZONES.map(toUnit('功能区', '县区')),
    ...DEPARTMENTS.map(toUnit('市直', '市直')),
  ];
}

/** A fresh, mutable copy of the default roster (29 units). */
export function defaultRoster(): Unit[] {
  return buildDefaultRoster();
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The default roster, frozen (share it freely; use {@link defaultRoster} to edit a copy). */
export const DEFAULT_ROSTER: readonly Unit[] = deepFreeze(buildDefaultRoster());

/** Roster codes of the units the default template names explicitly (named-unit indicators). */
export const DEFAULT_UNIT_CODES = Object.freeze({
  市司法局: 'SZ01',
  市市场监督管理局: 'SZ02',
  市统计局: 'SZ03',
  市住房和城乡建设局: 'SZ04',
  市行政审批和政务信息管理局: 'SZ20',
} as const);
