/**
 * Which of the files handed to the annual roll-up are the year's quarterly reviews — one rule for
 * the CLI's `annual` and the task pane's 年度汇总: other workbooks and reviews of another year are
 * left out and named, two reviews of one quarter stop the roll-up (which one counts cannot be
 * told), and an earlier 年度汇总 of the same year is kept aside for its 办公室确认.
 */
import type { Finding } from '@ledger-review/scoring';
import { isWorkbookFile, type ReceivedFile } from '../files/received';
import type { GridSheet } from '../sheet/grid';
import { META_KEYS, REVIEW_KIND, readMeta } from '../sheet/meta';
import { ANNUAL_KIND, ANNUAL_META_KEYS } from './annualPlan';
import type { AnnualInput } from './rollup';

/** A file the roll-up does not use, and why. */
export interface AnnualSkipped {
  file: string;
  /** Its path when it came from a folder. */
  path?: string;
  reason: 'unreadable' | 'not-review' | 'other-year';
  /** The review's quarter (another year's), else null. */
  quarter: string | null;
  /** The workbook kind its 元数据 names (e.g. 工作台账), else null. */
  kind: string | null;
  /** Why it could not be read (`unreadable`). */
  failure?: Finding;
}

export interface AnnualSelection {
  inputs: AnnualInput[];
  skipped: AnnualSkipped[];
  /** The first 年度汇总 of the same year among the files (its 办公室确认 can be kept), else null. */
  earlier: { file: string; path?: string; sheets: readonly GridSheet[] } | null;
  /** Two reviews of one quarter: the selection stops there. */
  duplicate?: { quarter: string; files: [string, string] };
}

export function selectAnnualReviews(files: readonly ReceivedFile[], year: number): AnnualSelection {
  const inputs: AnnualInput[] = [];
  const skipped: AnnualSkipped[] = [];
  const byQuarter = new Map<string, string>();
  let earlier: AnnualSelection['earlier'] = null;
  const where = (f: ReceivedFile) => (f.path === undefined ? {} : { path: f.path });
  for (const f of files) {
    if (!isWorkbookFile(f)) {
      skipped.push({ file: f.name, ...where(f), reason: 'unreadable', quarter: null, kind: null, failure: f.failure });
      continue;
    }
    const meta = readMeta(f.sheets);
    const kind = meta?.[META_KEYS.kind] ?? null;
    if (kind === ANNUAL_KIND && meta?.[ANNUAL_META_KEYS.year] === String(year) && !earlier) {
      earlier = { file: f.name, ...where(f), sheets: f.sheets };
      continue;
    }
    const quarter = meta?.[META_KEYS.quarter] ?? '';
    if (kind !== REVIEW_KIND) {
      skipped.push({ file: f.name, ...where(f), reason: 'not-review', quarter: null, kind });
      continue;
    }
    if (!quarter.startsWith(`${year}Q`)) {
      skipped.push({ file: f.name, ...where(f), reason: 'other-year', quarter: quarter || null, kind });
      continue;
    }
    const other = byQuarter.get(quarter);
    if (other !== undefined) return { inputs, skipped, earlier, duplicate: { quarter, files: [other, f.name] } };
    byQuarter.set(quarter, f.name);
    inputs.push({ file: f.name, sheets: f.sheets });
  }
  return { inputs, skipped, earlier };
}
