import {
  monthLabel,
  type Indicator,
  type IndicatorTemplate,
  type LedgerFacts,
  type LedgerRow,
  type ScoringSettings,
  type Unit,
} from '@ledger-review/scoring';
import { address, columnLetter } from '../xlsx/a1';
import type { WorkbookPlan } from '../sheet/plan';
import { buildLedgerPlan } from '../ledger/plan';
import { LEDGER_FIRST_DATA_ROW, LEDGER_HEADER, LEDGER_SHEET, ledgerColumn } from '../ledger/layout';
import type { FileQuirk, InvalidKind, Slot } from './cast';
import { patchCell, sheetNamed, withoutSheet } from './planEdits';
import type { Prng } from './prng';
import type { SampleInvalidCell, SampleSeverity } from './types';
import { themeOf } from './workText';
import { META_SHEET } from '../sheet/meta';

/** A ledger as the sample unit fills it, before it becomes a workbook plan. */
export interface LedgerDraft {
  unit: Unit;
  month: string;
  slot: Slot;
  monthIndex: number;
  indicators: Indicator[];
  header: { filler: string; phone: string; reviewer: string; filledDate: string };
  rows: LedgerRow[];
  /** Cells typed wrongly on purpose; `code` null for the header. */
  invalid: Array<{ code: string | null; kind: InvalidKind }>;
  quirks: FileQuirk[];
  scenario: string[];
  fileName: string;
  /** A later corrected copy replaces this file. */
  superseded: boolean;
  /** This file is the corrected copy. */
  corrected: boolean;
}

interface InvalidSpec {
  field: 'progress' | 'evidence' | 'selfScore' | 'problems' | 'phone';
  rule: string | null;
  severity: SampleSeverity | null;
  /** The row no longer counts as valid (an error-severity row finding). */
  rowError: boolean;
}

/** Which cell each kind of mistake lands in and what the validator must say about it. */
export const INVALID_SPECS: Readonly<Record<InvalidKind, InvalidSpec>> = {
  'progress-over-100': {
    field: 'progress',
    rule: 'progress-out-of-range',
    severity: 'error',
    rowError: true,
  },
  'completed-without-evidence': {
    field: 'evidence',
    rule: 'completed-without-evidence',
    severity: 'error',
    rowError: true,
  },
  'self-score-above-points': {
    field: 'selfScore',
    rule: 'self-score-above-points',
    severity: 'error',
    rowError: true,
  },
  'not-started-with-progress': {
    field: 'progress',
    rule: 'not-started-with-progress',
    severity: 'error',
    rowError: true,
  },
  'full-width-percent': { field: 'progress', rule: 'value-normalised', severity: 'info', rowError: false },
  'formula-like-text': { field: 'problems', rule: null, severity: null, rowError: false },
  'bad-phone': { field: 'phone', rule: 'phone-invalid', severity: 'error', rowError: false },
};

/** What the unit typed in the full-width case (progress 80). */
export const FULL_WIDTH_PROGRESS = '８０％';
export const BAD_PHONE = '0393-89123';

/**
 * Types one mistake into the draft: picks a row where the mistake is natural (a finished row for
 * "120", a row in progress for "８０％") that has no other planted mistake, and changes it.
 */
export function plantMistake(draft: LedgerDraft, kind: InvalidKind, prng: Prng): void {
  if (kind === 'bad-phone') {
    draft.header.phone = BAD_PHONE;
    draft.invalid.push({ code: null, kind });
    return;
  }
  const taken = new Set(draft.invalid.map((i) => i.code));
  const points = new Map(draft.indicators.map((i) => [i.code, i.points]));
  const free = draft.rows.filter((r) => !taken.has(r.code) && r.status !== '不适用');
  const prefer = (test: (r: LedgerRow) => boolean) => {
    const hits = free.filter(test);
    return prng.pick(hits.length ? hits : free);
  };
  let row: LedgerRow;
  switch (kind) {
    case 'progress-over-100':
      row = prefer((r) => r.progress === 100);
      Object.assign(row, {
        status: row.status === '推进中' || row.status === '未启动' ? '已完成' : row.status,
        progress: 120,
      });
      break;
    case 'completed-without-evidence':
      row = prefer((r) => r.status === '已完成');
      Object.assign(row, { status: '已完成', progress: 100, evidence: '' });
      if (!row.workDone) row.workDone = '已按要求完成';
      break;
    case 'self-score-above-points':
      // A slipped decimal: 2 分 typed as 20.
      row = prefer((r) => (points.get(r.code) ?? 0) <= 3);
      row.selfScore = (points.get(row.code) ?? 1) * 10;
      break;
    case 'full-width-percent':
      row = prefer((r) => r.status === '推进中');
      Object.assign(row, { status: '推进中', progress: 80 });
      if (!row.workDone) row.workDone = '按计划推进，已完成主要环节';
      break;
    case 'formula-like-text': {
      row = prefer((r) => r.problems !== '');
      const indicator = draft.indicators.find((i) => i.code === row.code)!;
      row.problems = `=${row.problems || prng.pick(themeOf(indicator).problems)}`;
      break;
    }
    case 'not-started-with-progress':
      row = prefer((r) => r.status === '未启动');
      Object.assign(row, { status: '未启动', progress: 30, workDone: '', evidence: '' });
      break;
  }
  draft.invalid.push({ code: row.code, kind });
}

const isStep = (n: number, step: number) => Math.abs(n / step - Math.round(n / step)) < 1e-9;

/** The facts a correct validation of this draft's file yields. */
export function draftFacts(draft: LedgerDraft, settings: ScoringSettings): LedgerFacts {
  const points = new Map(draft.indicators.map((i) => [i.code, i.points]));
  const errorRows = new Set(
    draft.invalid.filter((i) => i.code !== null && INVALID_SPECS[i.kind].rowError).map((i) => i.code),
  );
  const selfScores: Record<string, number | null> = {};
  for (const r of draft.rows) {
    const s = r.selfScore;
    selfScores[r.code] =
      s !== null && s >= 0 && s <= (points.get(r.code) ?? 0) && isStep(s, settings.selfScoreStep) ? s : null;
  }
  return {
    unitCode: draft.unit.code,
    month: draft.month,
    filledDate: draft.header.filledDate,
    receivedDate: null,
    selfScores,
    validRows: draft.rows.filter((r) => !errorRows.has(r.code)).length,
    applicableRows: draft.indicators.length,
  };
}

/** Where a ledger row's field sits in a generated ledger. */
export function ledgerCell(draft: LedgerDraft, code: string | null, field: InvalidSpec['field']): string {
  if (code === null || field === 'phone') {
    const h = LEDGER_HEADER.find((x) => x.field === 'phone')!;
    return address(h.row, h.col + 1);
  }
  const index = draft.rows.findIndex((r) => r.code === code);
  return `${columnLetter(ledgerColumn(field))}${LEDGER_FIRST_DATA_ROW + index}`;
}

export interface LedgerPlanContext {
  template: IndicatorTemplate;
  settings: ScoringSettings;
  fingerprint: string;
}

/**
 * The workbook the unit sent: the official ledger layout filled with the draft, then the few
 * cells people type differently (full-width text) and the accidents of file handling (lost
 * metadata, a blanked unit name) applied on top.
 */
export function draftPlan(draft: LedgerDraft, ctx: LedgerPlanContext): WorkbookPlan {
  let plan = buildLedgerPlan({
    template: ctx.template,
    unit: draft.unit,
    month: draft.month,
    settings: ctx.settings,
    fingerprint: ctx.fingerprint,
    carry: { header: { ...draft.header }, rows: draft.rows },
  });
  const sheet = sheetNamed(plan, LEDGER_SHEET);
  for (const mistake of draft.invalid) {
    if (mistake.kind !== 'full-width-percent' || mistake.code === null) continue;
    const index = draft.rows.findIndex((r) => r.code === mistake.code);
    patchCell(sheet, LEDGER_FIRST_DATA_ROW + index, ledgerColumn('progress'), {
      value: FULL_WIDTH_PROGRESS,
      numFmt: '@',
    });
  }
  if (draft.quirks.includes('unit-only-in-file-name')) {
    const h = LEDGER_HEADER.find((x) => x.field === 'unitName')!;
    patchCell(sheet, h.row, h.col + 1, { value: '' });
    // Pasted into a fresh workbook: the title no longer names the unit either.
    patchCell(sheet, 1, 1, { value: `${monthLabel(draft.month)} 法治政府建设示范市创建工作台账` });
  }
  if (draft.quirks.includes('no-metadata') || draft.quirks.includes('unit-only-in-file-name'))
    plan = withoutSheet(plan, META_SHEET);
  return plan;
}

/** The invalid cells of a draft, for the expectations. */
export function draftInvalidCells(draft: LedgerDraft, path: string): SampleInvalidCell[] {
  return draft.invalid.map((m) => {
    const spec = INVALID_SPECS[m.kind];
    const row = m.code === null ? null : draft.rows.find((r) => r.code === m.code)!;
    const value =
      m.kind === 'full-width-percent'
        ? FULL_WIDTH_PROGRESS
        : m.kind === 'bad-phone'
          ? draft.header.phone
          : spec.field === 'phone'
            ? ''
            : ((row?.[spec.field] ?? '') as string | number);
    return {
      file: draft.fileName,
      path,
      cell: ledgerCell(draft, m.code, spec.field),
      kind: m.kind,
      rule: spec.rule,
      severity: spec.severity,
      value,
    };
  });
}

const STYLES = [
  (name: string, y: number, m: number) => `${name}_${y}年${m}月_工作台账.xlsx`,
  (name: string, y: number, m: number) => `${name}${y}年${m}月法治政府建设工作台账.xlsx`,
  (name: string, y: number, m: number) => `${name} ${y}年${m}月 台账.xlsx`,
  (name: string, y: number, m: number) => `${y}.${String(m).padStart(2, '0')} ${name}创建工作台账.xlsx`,
];

/** How units call themselves in file names: 市直 departments often by their common short name. */
function fileUnitName(unit: Unit, prng: Prng): string {
  if (unit.kind === '功能区') return unit.aliases[0] ?? unit.name;
  if (unit.group === '市直' && prng.chance(0.4))
    return unit.aliases.find((a) => a.startsWith('市')) ?? unit.name;
  return unit.name;
}

/**
 * The file name a unit would send. Each unit keeps its own habit (style); the quirky files get
 * the names people really produce (`新建 Microsoft Excel 工作表.xlsx`, a `（更正）` copy).
 */
export function ledgerFileName(
  draft: Pick<LedgerDraft, 'unit' | 'month' | 'quirks'>,
  style: number,
  prng: Prng,
): string {
  const y = Number(draft.month.slice(0, 4));
  const m = Number(draft.month.slice(5, 7));
  if (draft.quirks.includes('odd-file-name')) return '新建 Microsoft Excel 工作表.xlsx';
  // The file name is the only clue left: it carries the full official name.
  if (draft.quirks.includes('unit-only-in-file-name')) return `${draft.unit.name}${m}月份台账.xlsx`;
  return STYLES[style % STYLES.length](fileUnitName(draft.unit, prng), y, m);
}

/** The name of a corrected copy of a file. */
export function correctedFileName(fileName: string): string {
  return fileName.replace(/\.xlsx$/, '（更正）.xlsx');
}
