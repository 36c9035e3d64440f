/**
 * What a re-run of the consolidation needs from the workbook open in Excel, and whether it may
 * write there at all. Plain data for the host (src/office) to act on.
 *
 * Read back: only the columns `readHandTyped` and `readHistory` take (what the office typed:
 * 分析原因, 会议备注, 办公室确认, 办公室调整, 整改情况, 完成时间, 销号依据 by 问题编号, 收到日期; the 检查性发言 history), keyed by
 * 单位编码, and the small 元数据 sheet whole; not the 14 review sheets (台账汇总 alone is every
 * ledger row of the quarter).
 */
import {
  INSPECTION_KIND,
  LEDGER_KIND,
  LEDGER_SHEET,
  META_KEYS,
  META_SHEET,
  RANKING_HAND_TYPED,
  REVIEW_KIND,
  REVIEW_SHEETS,
  TEMPLATE_KIND,
  CONFIRM_LABEL,
  DECISION_HAND_TYPED,
  RECEIVED_DATE_LABEL,
  RECTIFICATION_COLUMNS,
  readMeta,
  type GridSheet,
} from '@ledger-review/workbook';
import type { TableRead } from '../office/types';

const KEY = '单位编码';

export const REVIEW_READBACK: readonly TableRead[] = Object.freeze([
  { sheet: REVIEW_SHEETS.ranking, keyLabel: KEY, labels: [...RANKING_HAND_TYPED] },
  // Confirmation columns are `办公室确认`, per outcome block; 办公室调整 (its own table, also
  // headed by 单位编码) adds the decision columns.
  { sheet: REVIEW_SHEETS.outcomes, keyLabel: KEY, labels: [...new Set(['点评结果', CONFIRM_LABEL, ...DECISION_HAND_TYPED])] },
  {
    sheet: REVIEW_SHEETS.rectification,
    keyLabel: KEY,
    // The whole table: items carried in from an earlier quarter are kept from it on a re-run.
    labels: RECTIFICATION_COLUMNS.map((c) => c.label),
  },
  { sheet: REVIEW_SHEETS.files, keyLabel: KEY, labels: ['文件名', '类型', RECEIVED_DATE_LABEL] },
  // Per quarter: its outcomes (2021Q1), composite (2021Q1综合得分) and rank (2021Q1排名).
  { sheet: REVIEW_SHEETS.history, keyLabel: KEY, labelPattern: '^\\d{4}Q[1-4](综合得分|排名)?$' },
  { sheet: REVIEW_SHEETS.meta, whole: true },
]);

/** Whether the open workbook may receive the review sheets. */
export type WriteTarget =
  | { kind: 'ok' }
  /** A unit's ledger, the template or an inspection workbook: writing would replace its 元数据. */
  | { kind: 'refuse'; workbook: 'ledger' | 'template' | 'inspection' }
  /** Sheets of these names exist but the add-in did not make them (no review 元数据). */
  | { kind: 'ask'; sheets: string[] };

/**
 * Judges the open workbook from its sheet names and (if present) its 元数据: a review workbook
 * (or an empty one) is fine; another product workbook is refused; same-named sheets of the
 * user's own are replaced only after asking.
 */
export function judgeWriteTarget(
  sheetNames: readonly string[],
  metaSheets: readonly GridSheet[],
  planSheets: readonly string[],
): WriteTarget {
  const kind = readMeta(metaSheets)?.[META_KEYS.kind];
  if (kind === LEDGER_KIND || (kind !== REVIEW_KIND && sheetNames.includes(LEDGER_SHEET)))
    return { kind: 'refuse', workbook: 'ledger' };
  if (kind === TEMPLATE_KIND) return { kind: 'refuse', workbook: 'template' };
  if (kind === INSPECTION_KIND) return { kind: 'refuse', workbook: 'inspection' };
  if (kind === REVIEW_KIND) return { kind: 'ok' };
  const lower = new Set(sheetNames.map((n) => n.toLocaleLowerCase('en-US')));
  // 元数据 without a kind is nobody's: still the user's sheet.
  const clashing = planSheets.filter((n) => lower.has(n.toLocaleLowerCase('en-US')));
  return clashing.length ? { kind: 'ask', sheets: clashing } : { kind: 'ok' };
}

export { META_SHEET };

/** What the 季度点评 view reads to show the results already in the workbook (reopened later). */
export const SAVED_RANKING_READ: readonly TableRead[] = Object.freeze([
  {
    sheet: REVIEW_SHEETS.ranking,
    keyLabel: KEY,
    labels: ['分组', '单位名称', '综合得分', '排名', '并列', '点评结果'],
  },
  { sheet: REVIEW_SHEETS.meta, whole: true },
]);

export interface SavedRankingRow {
  rank: number | null;
  unitName: string;
  composite: number | null;
  tied: boolean;
  outcomes: string;
}

export interface SavedRanking {
  quarter: string | null;
  groups: Array<{ group: string; rows: SavedRankingRow[] }>;
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * The ranking as the workbook's 综合排名 sheet shows it (Excel computed its formulas), grouped
 * by 分组 in sheet order; null when the sheet is not there or has no table.
 */
export function savedRanking(sheets: readonly GridSheet[]): SavedRanking | null {
  const sheet = sheets.find((s) => s.name === REVIEW_SHEETS.ranking);
  if (!sheet) return null;
  const h = sheet.grid.findIndex((r) => r?.some((v) => str(v) === KEY));
  if (h < 0) return null;
  const col = (label: string) => sheet.grid[h].findIndex((v) => str(v) === label);
  const c = {
    group: col('分组'),
    code: col(KEY),
    name: col('单位名称'),
    composite: col('综合得分'),
    rank: col('排名'),
    tied: col('并列'),
    outcomes: col('点评结果'),
  };
  const groups: SavedRanking['groups'] = [];
  for (const row of sheet.grid.slice(h + 1)) {
    if (!row || !str(row[c.code])) continue;
    const group = str(row[c.group]);
    let entry = groups.find((g) => g.group === group);
    if (!entry) groups.push((entry = { group, rows: [] }));
    entry.rows.push({
      rank: num(row[c.rank]),
      unitName: str(row[c.name]),
      composite: num(row[c.composite]),
      tied: str(row[c.tied]) !== '',
      outcomes: c.outcomes >= 0 ? str(row[c.outcomes]) : '',
    });
  }
  for (const g of groups) g.rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const quarter = readMeta(sheets)?.[META_KEYS.quarter] ?? null;
  return groups.length ? { quarter: quarter || null, groups } : null;
}
