/**
 * A tiny template, roster and ledger builder shared by validation tests (and any other test
 * that needs a realistic ledger without the default template). The layout mirrors the ledger
 * workbook: header values in B2/E2/G2/I2/B3/E3, table columns A–N, data from row 6.
 */
import type { Indicator, IndicatorTemplate, LedgerField, LedgerHeaderField, Unit } from '../../model/types';
import { DEFAULT_SETTINGS } from '../../settings/settings';
import type { LedgerContext, RawCell, RawLedger, RawLedgerRow } from '../types';

export const FIXTURE_SHEET = '工作台账';
export const FIXTURE_FIRST_DATA_ROW = 6;

export const FIXTURE_COLUMNS: Readonly<Record<LedgerField, string>> = {
  code: 'A',
  area: 'B',
  text: 'C',
  points: 'D',
  target: 'E',
  workDone: 'F',
  status: 'G',
  progress: 'H',
  actual: 'I',
  evidence: 'J',
  selfScore: 'K',
  problems: 'L',
  nextSteps: 'M',
  remarks: 'N',
};

export const FIXTURE_HEADER_CELLS: Readonly<Record<LedgerHeaderField, { row: number; column: string }>> = {
  unitName: { row: 2, column: 'B' },
  month: { row: 2, column: 'E' },
  filler: { row: 2, column: 'G' },
  phone: { row: 2, column: 'I' },
  filledDate: { row: 3, column: 'B' },
  reviewer: { row: 3, column: 'E' },
};

function indicator(partial: Partial<Indicator> & Pick<Indicator, 'code' | 'area' | 'text' | 'points'>): Indicator {
  return {
    standard: '按要求完成得满分',
    evidence: '相关文件、记录',
    appliesTo: { kind: 'all' },
    allowNotApplicable: false,
    frequency: '每月',
    ...partial,
  };
}

export const FIXTURE_TEMPLATE: IndicatorTemplate = {
  version: 'T-2021.1',
  name: '测试指标体系',
  areas: [
    { no: 1, name: '依法全面履行政府职能' },
    { no: 2, name: '完善依法行政制度体系' },
    { no: 4, name: '坚持严格规范公正文明执法' },
    { no: 5, name: '强化对行政权力的制约和监督' },
    { no: 6, name: '依法有效化解社会矛盾纠纷' },
    { no: 7, name: '全面提高政府工作人员法治思维和依法行政能力' },
    { no: 8, name: '加强法治政府建设组织领导' },
  ],
  indicators: [
    indicator({ code: '1.1', area: 1, text: '及时梳理公布权责清单并动态管理', points: 10 }),
    indicator({ code: '2.1', area: 2, text: '规范性文件备案审查报备率', points: 10, target: { value: 100, unit: '%' } }),
    indicator({ code: '4.1', area: 4, text: '服务型行政执法年度工作按时按要求完成', points: 10, appliesTo: { kind: 'group', group: '县区' } }),
    indicator({ code: '4.2', area: 4, text: '全面推行行政执法公示制度', points: 5, appliesTo: { kind: 'group', group: '市直' } }),
    indicator({ code: '5.1', area: 5, text: '严格落实政府信息公开条例', points: 5 }),
    indicator({ code: '6.1', area: 6, text: '行政机关负责人出庭应诉', points: 5, allowNotApplicable: true }),
    indicator({ code: '7.1', area: 7, text: '举办法治专题讲座', points: 5, target: { value: 1, unit: '次' } }),
    indicator({ code: '8.1', area: 8, text: '城乡建设领域地方政府规章制定', points: 5, appliesTo: { kind: 'units', unitCodes: ['SZ02'] } }),
  ],
};

function unit(code: string, name: string, aliases: string[], group: Unit['group'], kind: Unit['kind']): Unit {
  return { code, name, aliases, group, kind, civilized: false };
}

export const FIXTURE_ROSTER: Unit[] = [
  unit('XQ01', '华龙区', ['华龙区人民政府'], '县区', '县区'),
  unit('XQ07', '濮阳经济技术开发区', ['开发区', '濮阳开发区'], '县区', '功能区'),
  unit('SZ01', '市司法局', ['濮阳市司法局', '司法局'], '市直', '市直'),
  unit('SZ02', '市住房和城乡建设局', ['市住建局', '住建局'], '市直', '市直'),
];

export function fixtureUnit(code: string): Unit {
  const u = FIXTURE_ROSTER.find((x) => x.code === code);
  if (!u) throw new Error(`no fixture unit ${code}`);
  return u;
}

export function fixtureContext(overrides: Partial<LedgerContext> = {}): LedgerContext {
  return { template: FIXTURE_TEMPLATE, roster: FIXTURE_ROSTER, settings: { ...DEFAULT_SETTINGS }, ...overrides };
}

/** A correctly filled row for an indicator (推进中, 60 %, target met, self-score one below points). */
export function validRowCells(ind: Indicator): Partial<Record<LedgerField, unknown>> {
  return {
    code: ind.code,
    area: String(ind.area),
    text: ind.text,
    points: ind.points,
    target: ind.target ? `${ind.target.value}${ind.target.unit}` : '',
    workDone: `本月围绕“${ind.text}”开展工作`,
    status: '推进中',
    progress: 60,
    actual: ind.target ? ind.target.value : null,
    evidence: '工作方案、会议记录',
    selfScore: ind.points - 1,
    problems: '',
    nextSteps: '继续推进',
    remarks: '',
  };
}

export interface LedgerFixtureOptions {
  /** Unit code (default XQ01 华龙区); its applicable indicators become the rows. */
  unitCode?: string;
  month?: string;
  /** Raw header values replacing the defaults (`null` blanks a cell, `undefined` removes it). */
  header?: Partial<Record<LedgerHeaderField, unknown>>;
  headerFormats?: Partial<Record<LedgerHeaderField, string>>;
  /** Metadata; `null` for a workbook without any. Defaults to the template version, unit and month. */
  meta?: RawLedger['meta'] | null;
  /** Per indicator code: cells replacing the valid defaults. */
  rows?: Record<string, Partial<Record<LedgerField, unknown>>>;
  /** Indicator codes left out of the table. */
  omit?: string[];
  /** Carry-forward: per indicator code, the cells the issued ledger pre-filled (RawLedger.carried). */
  carried?: Record<string, Partial<Record<LedgerField, unknown>>>;
  /** Rows appended after the indicator rows, as given. */
  extraRows?: Array<Partial<Record<LedgerField, unknown>>>;
  /** Entirely blank rows appended at the end (as hosts read them). */
  trailingBlankRows?: number;
  columnFormats?: RawLedger['columnFormats'];
  file?: string;
  sheet?: string;
}

/** A host-neutral ledger as a workbook reader would produce it. */
/** A ledger as a host would read it; its rows stay editable so a test can plant more. */
export function buildLedger(options: LedgerFixtureOptions = {}): RawLedger & { rows: RawLedgerRow[] } {
  const u = fixtureUnit(options.unitCode ?? 'XQ01');
  const month = options.month ?? '2021-01';
  const headerValues: Record<LedgerHeaderField, unknown> = {
    unitName: u.name,
    month,
    filler: '张三',
    phone: '0393-6666679',
    filledDate: '2021-02-03',
    reviewer: '李四',
  };
  const header: RawLedger['header'] = {};
  for (const field of Object.keys(FIXTURE_HEADER_CELLS) as LedgerHeaderField[]) {
    const hasOverride = options.header && Object.prototype.hasOwnProperty.call(options.header, field);
    const value = hasOverride ? options.header?.[field] : headerValues[field];
    if (hasOverride && value === undefined) continue;
    const cell: RawCell = { value, ...FIXTURE_HEADER_CELLS[field] };
    const format = options.headerFormats?.[field];
    if (format) cell.numberFormat = format;
    header[field] = cell;
  }
  const rows: RawLedgerRow[] = [];
  let rowNo = FIXTURE_FIRST_DATA_ROW;
  const omit = new Set(options.omit ?? []);
  for (const ind of FIXTURE_TEMPLATE.indicators) {
    const applies =
      ind.appliesTo.kind === 'all' ||
      (ind.appliesTo.kind === 'group' && ind.appliesTo.group === u.group) ||
      (ind.appliesTo.kind === 'units' && ind.appliesTo.unitCodes.includes(u.code));
    if (!applies || omit.has(ind.code)) continue;
    rows.push({ row: rowNo++, cells: { ...validRowCells(ind), ...(options.rows?.[ind.code] ?? {}) } });
  }
  for (const extra of options.extraRows ?? []) rows.push({ row: rowNo++, cells: { ...extra } });
  for (let i = 0; i < (options.trailingBlankRows ?? 0); i++) {
    rows.push({ row: rowNo++, cells: { code: null, workDone: '', status: null, remarks: '  ' } });
  }
  const ledger: RawLedger & { rows: RawLedgerRow[] } = {
    sheet: options.sheet ?? FIXTURE_SHEET,
    header,
    columns: { ...FIXTURE_COLUMNS },
    rows,
  };
  if (options.carried) {
    ledger.carried = Object.entries(options.carried).map(([code, cells]) => ({ row: rowOf(ledger, code), cells: { code, ...cells } }));
  }
  if (options.file !== undefined) ledger.file = options.file;
  if (options.columnFormats) ledger.columnFormats = options.columnFormats;
  if (options.meta !== null) ledger.meta = options.meta ?? { templateVersion: FIXTURE_TEMPLATE.version, unitCode: u.code, month };
  return ledger;
}

/** Sheet row of an indicator in a ledger built by {@link buildLedger} (for assertions). */
export function rowOf(ledger: RawLedger, code: string): number {
  const r = ledger.rows.find((x) => x.cells.code === code);
  if (!r) throw new Error(`no row for ${code}`);
  return r.row;
}
