import { META_KEYS, META_SHEET, readMeta } from '../sheet/meta';
import { readGrids } from '../xlsx/readGrids';
import { DEFAULT_READ_LIMITS, type ReadOptions } from '../xlsx/reader/types';

/**
 * How large a workbook the product reads, for a campaign of this size.
 *
 * The defaults bound what one unit can send (a ledger is tens of KB and a few hundred rows). But
 * the product must also read back every workbook it writes itself — a quarterly review whose
 * 台账汇总 holds a row per unit, indicator and month (90 units × 45 indicators × 4 months is
 * already 16,200 rows; a province of 3,000 units is half a million). So the bounds grow with the
 * roster and the template, and stay bounds: a hostile file still meets a ceiling, only a higher
 * one for a bigger campaign.
 */
export type ReadLimits = Required<Pick<ReadOptions, 'maxFileBytes' | 'maxUncompressedBytes' | 'maxRows' | 'maxCells'>>;

/** Months of ledgers one review carries: the quarter's three, plus March brought in by B2. */
const MONTHS_PER_REVIEW = 4;
/** Room for the sheets beside 台账汇总 (文件清单, 检查记录, 整改台账 …) and for later growth. */
const MARGIN = 2;
/** The widest sheet the product writes has about 30 columns. */
const COLUMNS = 40;
/**
 * Measured on a 90-unit review (scripts/bench/rerun-scale): 13,747 rows of 台账汇总, 18.1 MB of
 * XML (~1.3 KB per row, all sheets) and 2.0 MB of zip (~150 bytes per row). With the row bound
 * above at about 2.4 times the real rows, these allow some 3.5 times what a review needs.
 */
const XML_BYTES_PER_ROW = 2_000;
const ZIP_BYTES_PER_ROW = 250;

export interface CampaignSize {
  units: number;
  indicators: number;
}

export function readLimitsFor(size: CampaignSize): ReadLimits {
  const rows = Math.max(1, size.units) * Math.max(1, size.indicators) * MONTHS_PER_REVIEW * MARGIN;
  return {
    maxRows: Math.max(DEFAULT_READ_LIMITS.maxRows, rows),
    maxCells: Math.max(DEFAULT_READ_LIMITS.maxCells, rows * COLUMNS),
    maxUncompressedBytes: Math.max(DEFAULT_READ_LIMITS.maxUncompressedBytes, rows * XML_BYTES_PER_ROW),
    maxFileBytes: Math.max(DEFAULT_READ_LIMITS.maxFileBytes, rows * ZIP_BYTES_PER_ROW),
  };
}

/** The limits for a review context (its roster and template). */
export function readLimitsOf(context: { roster: readonly unknown[]; template: { indicators: readonly unknown[] } }): ReadLimits {
  return readLimitsFor({ units: context.roster.length, indicators: context.template.indicators.length });
}

/** The largest campaign the product is built for: a province. */
export const PROVINCE: CampaignSize = { units: 3_000, indicators: 60 };

/**
 * The bounds for a workbook that says (in its 元数据) which campaign size it was written for —
 * a review read without its roster at hand (`documents`). What a file claims is capped at a
 * province, so a forged 单位数 cannot lift the bounds further; a file without the claim gets the
 * reader's defaults. Only the metadata sheet is inflated to find out.
 */
export function readLimitsClaimedBy(bytes: Uint8Array): ReadLimits {
  let meta: Record<string, string> | null = null;
  try {
    meta = readMeta(readGrids(bytes, { ...readLimitsFor(PROVINCE), sheets: [META_SHEET] }));
  } catch {
    // Unreadable: the full read says why, within the defaults.
  }
  const units = Number(meta?.[META_KEYS.units]);
  const indicators = Number(meta?.[META_KEYS.indicators]);
  if (!Number.isFinite(units) || !Number.isFinite(indicators) || units <= 0 || indicators <= 0) return readLimitsFor({ units: 0, indicators: 0 });
  return readLimitsFor({ units: Math.min(units, PROVINCE.units), indicators: Math.min(indicators, PROVINCE.indicators) });
}
