import {
  OUTCOME_LABELS,
  excelSerialToIsoDate,
  isIsoDate,
  isQuarter,
  isoDate,
} from '@ledger-review/scoring';
import type { GridSheet, GridValue } from '../sheet/grid';
import { cellText, findHeaders, sheetNamed, type LabelledHeader } from '../sheet/table';
import type { HandTyped } from '../consolidate/types';
import {
  CONFIRM_LABEL,
  DECISION_COLUMNS,
  DECISION_HAND_TYPED,
  FILE_KIND_LABEL,
  HISTORY_RESULT_LABEL,
  RANKING_HAND_TYPED,
  RECEIVED_DATE_LABEL,
  RECTIFICATION_HAND_TYPED,
  RECTIFICATION_ID_LABEL,
  REVIEW_SHEETS,
  STATEMENT_FLAG,
  columnOf,
  confirmKey,
  rectificationKey,
} from './layout';
import type { OfficeDecisionInput } from '@ledger-review/scoring';
import type { HistoricResult, ReviewHistoryEntry } from './types';

/**
 * Reading an existing review workbook back, so a rebuild keeps what the office typed and the next
 * quarter knows the earlier 检查性发言. Tables are found by their header labels and rows are keyed
 * by unit code (never by position): the office may sort, filter or move columns in between.
 */

const DATE_RE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;

/**
 * A date the office typed, as ISO where it is unambiguous: an Excel date (serial number), or
 * `2021-05-06`, `2021/5/6`, `2021.5.6`, `2021年5月6日`. Anything else is kept as typed, so
 * nothing the office wrote is lost; the scoring library ignores a date it cannot read.
 */
export function typedDate(v: GridValue | undefined): string {
  const serialDate = typeof v === 'number' ? excelSerialToIsoDate(v) : null;
  if (serialDate !== null) return serialDate;
  const s = cellText(v);
  if (isIsoDate(s)) return s;
  const m = DATE_RE.exec(s);
  if (m) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return isIsoDate(iso) ? iso : s;
  }
  return s;
}

/** Data rows under a header: until the next header row or the end of the sheet; rows without a key are skipped. */
function* dataRows(sheet: GridSheet, headers: LabelledHeader[], h: LabelledHeader): Generator<readonly GridValue[]> {
  const next = headers.find((x) => x.row > h.row)?.row ?? sheet.grid.length + 1;
  for (let r = h.row + 1; r < next; r++) {
    const cells = sheet.grid[r - 1];
    if (cells) yield cells;
  }
}

const at = (cells: readonly GridValue[], col: number | undefined) => (col ? cells[col - 1] : undefined);

const DECISION_LABEL = (key: (typeof DECISION_COLUMNS)[number]['key']) =>
  DECISION_COLUMNS[columnOf(DECISION_COLUMNS, key) - 1].label;

/** One line of 办公室调整 as it reads back: the cells as written (trimmed), and the decision. */
export interface DecisionRow {
  cells: { outcome: string; action: string; unitCode: string; unitName: string; reason: string };
  input: OfficeDecisionInput;
}

/**
 * The lines of 点评结果's 办公室调整 table, found by its header labels: from the header down to
 * the next header (the outcome blocks') or the first row that opens with text (the table's end
 * note, a block's subtitle). Empty lines are skipped. The unit is the 单位名称 the office typed,
 * else its 单位编码.
 */
export function readDecisionRows(sheet: GridSheet): DecisionRow[] {
  const out: DecisionRow[] = [];
  const header = findHeaders(sheet, DECISION_HAND_TYPED)[0];
  if (!header) return out;
  const col = (label: string) => header.cols.get(label);
  for (let r = header.row + 1; r <= sheet.grid.length; r++) {
    const cells = sheet.grid[r - 1];
    if (!cells) continue;
    if (cells.some((v) => cellText(v) === '单位编码')) break;
    const lead = cells[0];
    if (typeof lead === 'string' && lead.trim() !== '' && !/^\d+$/.test(lead.trim())) break;
    const get = (key: (typeof DECISION_COLUMNS)[number]['key']) => cellText(at(cells, col(DECISION_LABEL(key))));
    const row = {
      outcome: get('outcome'),
      action: get('action'),
      unitCode: get('unitCode'),
      unitName: get('unitName'),
      reason: get('reason'),
    };
    if (!row.outcome && !row.action && !row.unitCode && !row.unitName && !row.reason) continue;
    out.push({
      cells: row,
      input: {
        outcome: row.outcome,
        action: row.action,
        unit: row.unitName || row.unitCode,
        reason: row.reason,
        location: { sheet: sheet.name, row: r },
      },
    });
  }
  return out;
}

/** A 办公室调整 line the office types: 点评结果, 调整, 单位名称 and 调整理由, as in the sheet. */
export interface DecisionLine {
  /** 经验介绍 / 检查性发言 (DECISION_OUTCOME_CHOICES). */
  outcome: string;
  /** 增加 / 取消 (DECISION_ACTION_CHOICES). */
  action: string;
  unitName: string;
  reason: string;
}

/**
 * The review's sheets with `line` typed into the first empty line of 点评结果's 办公室调整 table,
 * as the office types it in Excel (the sheet offers empty lines after those already typed), so
 * the next build reads it with `readDecisionRows` and applies it. The sheets given are not
 * changed. Throws when the table is missing or has no empty line left.
 */
export function typeDecisionLine(sheets: readonly GridSheet[], line: DecisionLine): GridSheet[] {
  const outcomes = sheetNamed(sheets, REVIEW_SHEETS.outcomes);
  const header = outcomes ? findHeaders(outcomes, DECISION_HAND_TYPED)[0] : undefined;
  if (!outcomes || !header) throw new Error(`${REVIEW_SHEETS.outcomes} 工作表中没有“办公室调整”表`);
  const col = (key: (typeof DECISION_COLUMNS)[number]['key']) => header.cols.get(DECISION_LABEL(key))!;
  const typedKeys = ['outcome', 'action', 'unitCode', 'unitName', 'reason'] as const;
  const grid: GridValue[][] = outcomes.grid.map((cells) => [...(cells ?? [])]);
  // The lines readDecisionRows reads: up to the next header or a row opening with text.
  for (let r = header.row + 1; r <= Math.max(grid.length, header.row + 1); r++) {
    const cells: readonly GridValue[] = grid[r - 1] ?? [];
    if (cells.some((v) => cellText(v) === '单位编码')) break;
    const lead = cells[0];
    if (typeof lead === 'string' && lead.trim() !== '' && !/^\d+$/.test(lead.trim())) break;
    if (typedKeys.some((k) => cellText(at(cells, col(k))) !== '')) continue;
    const row: GridValue[] = [...cells];
    const put = (key: (typeof typedKeys)[number], value: string) => {
      while (row.length < col(key)) row.push(null);
      row[col(key) - 1] = value;
    };
    put('outcome', line.outcome);
    put('action', line.action);
    put('unitName', line.unitName);
    put('reason', line.reason);
    while (grid.length < r - 1) grid.push([]);
    grid[r - 1] = row;
    return sheets.map((s) => (s === outcomes ? { ...s, grid } : s));
  }
  throw new Error(`${REVIEW_SHEETS.outcomes} 的“办公室调整”表没有空行`);
}

/**
 * What the office typed in a review workbook: 分析原因 and 会议备注 (综合排名) and the
 * 办公室确认 of each proposal (点评结果) by unit code; the 办公室调整 lines of 点评结果; 整改情况, 完成时间 and
 * 销号依据 (整改台账) by 问题编号 and by `unit|period|indicator`; 收到日期 (文件清单) by the file it was typed
 * against, as ISO dates. Blank cells are
 * not recorded, so they never overwrite anything.
 */
export function readHandTyped(sheets: readonly GridSheet[]): HandTyped {
  const out: HandTyped = { byUnit: {}, byRectification: {}, receivedDates: {} };
  const setUnit = (code: string, key: string, value: string) => {
    if (!code || !value) return;
    (out.byUnit[code] ??= {})[key] = value;
  };

  const ranking = sheetNamed(sheets, REVIEW_SHEETS.ranking);
  if (ranking) {
    const headers = findHeaders(ranking, ['单位编码', ...RANKING_HAND_TYPED]);
    for (const h of headers) {
      for (const cells of dataRows(ranking, headers, h)) {
        const code = cellText(at(cells, h.cols.get('单位编码')));
        for (const label of RANKING_HAND_TYPED) setUnit(code, label, cellText(at(cells, h.cols.get(label))));
      }
    }
  }

  const outcomes = sheetNamed(sheets, REVIEW_SHEETS.outcomes);
  if (outcomes) {
    // Only rows naming an outcome are data: block subtitles (merged, so some readers repeat
    // them in every cell) and notes are not.
    const known = new Set(Object.values(OUTCOME_LABELS).map((l) => l.zh));
    const headers = findHeaders(outcomes, ['单位编码', '点评结果', CONFIRM_LABEL]);
    for (const h of headers) {
      for (const cells of dataRows(outcomes, headers, h)) {
        const code = cellText(at(cells, h.cols.get('单位编码')));
        const label = cellText(at(cells, h.cols.get('点评结果')));
        if (known.has(label))
          setUnit(code, confirmKey(label), cellText(at(cells, h.cols.get(CONFIRM_LABEL))));
      }
    }
  }

  if (outcomes) {
    const decisions = readDecisionRows(outcomes);
    if (decisions.length) out.decisions = decisions.map((d) => d.input);
  }

  const rectification = sheetNamed(sheets, REVIEW_SHEETS.rectification);
  if (rectification) {
    const headers = findHeaders(rectification, ['单位编码', '检查期间', '指标编号']);
    const [progressLabel, doneOnLabel, basisLabel] = RECTIFICATION_HAND_TYPED;
    for (const h of headers) {
      for (const cells of dataRows(rectification, headers, h)) {
        const key = rectificationKey(
          cellText(at(cells, h.cols.get('单位编码'))),
          cellText(at(cells, h.cols.get('检查期间'))),
          cellText(at(cells, h.cols.get('指标编号'))),
        );
        if (key.startsWith('|')) continue;
        const id = cellText(at(cells, h.cols.get(RECTIFICATION_ID_LABEL)));
        const progress = cellText(at(cells, h.cols.get(progressLabel)));
        const doneOn = typedDate(at(cells, h.cols.get(doneOnLabel)));
        const basis = cellText(at(cells, h.cols.get(basisLabel)));
        if (!progress && !doneOn && !basis) continue;
        const entry: Record<string, string> = {};
        if (progress) entry[progressLabel] = progress;
        if (doneOn) entry[doneOnLabel] = doneOn;
        if (basis) entry[basisLabel] = basis;
        if (id) {
          entry[RECTIFICATION_ID_LABEL] = id;
          out.byRectification[id] ??= entry;
        }
        // Also by unit|period|indicator: rows of workbooks without ids, and the way back to a row
        // whose problem text (and so whose id) changed since — the first row of a key keeps it.
        out.byRectification[key] ??= entry;
      }
    }
  }

  const files = sheetNamed(sheets, REVIEW_SHEETS.files);
  if (files) {
    const headers = findHeaders(files, ['文件名', RECEIVED_DATE_LABEL]);
    for (const h of headers) {
      for (const cells of dataRows(files, headers, h)) {
        const kind = cellText(at(cells, h.cols.get('类型')));
        if (kind && kind !== FILE_KIND_LABEL.ledger) continue;
        const file = cellText(at(cells, h.cols.get('文件名')));
        const received = typedDate(at(cells, h.cols.get(RECEIVED_DATE_LABEL)));
        if (!file || !received) continue;
        // The 收到日期 belongs to the file it was typed against, not to the unit's month: a
        // corrected resubmission keeps its own date (SPEC §4).
        out.receivedDates[file] = received;
      }
    }
  }
  return out;
}

const FLAG_WORDS = new Set([STATEMENT_FLAG, '是', '√', '✓', '✔', 'Y', 'y', 'yes', 'YES', '1', 'TRUE']);

/**
 * The history recorded in a review workbook's 历次点评 sheet, one entry per quarter column
 * (including the workbook's own quarter), oldest first: the units with a 检查性发言 and, where
 * the workbook has the columns `2021Q1综合得分` / `2021Q1排名`, each unit's composite and rank
 * (older workbooks lack them: `results` is then absent). Empty when the sheet is absent.
 */
export function readHistory(sheets: readonly GridSheet[]): ReviewHistoryEntry[] {
  const sheet = sheetNamed(sheets, REVIEW_SHEETS.history);
  if (!sheet) return [];
  const headers = findHeaders(sheet, ['单位编码']);
  const byQuarter = new Map<string, Set<string>>();
  const results = new Map<string, Record<string, HistoricResult>>();
  for (const h of headers) {
    const quarterCols = [...h.cols.entries()].filter(([label]) => isQuarter(label));
    const resultCols = new Map<string, { composite?: number; rank?: number }>();
    for (const [label, col] of h.cols) {
      const m = HISTORY_RESULT_LABEL.exec(label);
      if (!m || !isQuarter(m[1])) continue;
      const entry = resultCols.get(m[1]) ?? {};
      if (m[2] === '排名') entry.rank = col;
      else entry.composite = col;
      resultCols.set(m[1], entry);
    }
    for (const [q] of quarterCols) if (!byQuarter.has(q)) byQuarter.set(q, new Set());
    for (const cells of dataRows(sheet, headers, h)) {
      const code = cellText(at(cells, h.cols.get('单位编码')));
      if (!code) continue;
      for (const [q, col] of quarterCols) {
        if (FLAG_WORDS.has(cellText(at(cells, col)))) byQuarter.get(q)!.add(code);
      }
      for (const [q, cols] of resultCols) {
        const composite = numberIn(at(cells, cols.composite));
        const rank = numberIn(at(cells, cols.rank));
        if (composite === null || rank === null) continue;
        if (!byQuarter.has(q)) byQuarter.set(q, new Set());
        const forQuarter = results.get(q) ?? {};
        forQuarter[code] = { composite, rank };
        results.set(q, forQuarter);
      }
    }
  }
  return [...byQuarter.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([quarter, codes]) => {
      const entry: ReviewHistoryEntry = { quarter, statementUnitCodes: [...codes].sort() };
      const r = results.get(quarter);
      if (r) entry.results = r;
      return entry;
    });
}

/** A number the sheet holds (or a cached formula result); numeric text as people type it. */
function numberIn(v: GridValue | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}
