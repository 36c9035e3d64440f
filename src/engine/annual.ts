/**
 * The 年度汇总 in the task pane (SPEC §10), the same roll-up as `ledger-review annual`: the picked
 * quarterly review workbooks of one year → `buildAnnualRollup` → `buildAnnualPlan`. An earlier
 * 年度汇总 of the same year among the picked files gives back the office's 办公室确认, as the CLI
 * keeps them from its --out file.
 */
import { isQuarter, type Finding } from '@ledger-review/scoring';
import {
  META_KEYS,
  REVIEW_KIND,
  buildAnnualPlan,
  buildAnnualRollup,
  isWorkbookFile,
  readAnnualHandTyped,
  readMeta,
  selectAnnualReviews,
  type AnnualRollup,
  type AnnualSkipped,
  type ReceivedFile,
  type WorkbookPlan,
} from '@ledger-review/workbook';

/** A picked file the roll-up does not use, and why. */
export type AnnualIgnored = Pick<AnnualSkipped, 'file' | 'reason' | 'quarter'>;

export type AnnualResult =
  | {
      ok: true;
      year: number;
      rollup: AnnualRollup;
      plan: WorkbookPlan;
      fileName: string;
      /** The earlier 年度汇总 whose 办公室确认 were kept, or null. */
      keptFrom: string | null;
      ignored: AnnualIgnored[];
      /** Reviews the roll-up could not use (e.g. 办公室调整 not applied yet), with the reason. */
      findings: Finding[];
    }
  | {
      ok: false;
      year: number;
      ignored: AnnualIgnored[];
      findings: Finding[];
      /** Two reviews of one quarter: which one counts cannot be told, so nothing is rolled up (as the CLI). */
      duplicate?: { quarter: string; files: [string, string] };
    };

/** `年度汇总.xlsx`: the CLI's default --out name. */
export const ANNUAL_FILE_NAME = '年度汇总.xlsx';

/** The years of the picked review workbooks, newest first (the year chooser's choices). */
export function reviewYears(files: readonly ReceivedFile[]): number[] {
  const years = new Set<number>();
  for (const f of files) {
    if (!isWorkbookFile(f)) continue;
    const meta = readMeta(f.sheets);
    const quarter = meta?.[META_KEYS.quarter] ?? '';
    if (meta?.[META_KEYS.kind] === REVIEW_KIND && isQuarter(quarter)) years.add(Number(quarter.slice(0, 4)));
  }
  return [...years].sort((a, b) => b - a);
}

/**
 * The year's reviews among the picked files rolled up per unit. Reviews of another year and other
 * workbooks are left out and named; two reviews of one quarter are refused; an unusable review
 * leaves its quarter out with a finding — as in the CLI.
 */
export function annualOfPickedFiles(files: readonly ReceivedFile[], year: number): AnnualResult {
  const { inputs, skipped, earlier, duplicate } = selectAnnualReviews(files, year);
  const ignored: AnnualIgnored[] = skipped.map((s) => ({ file: s.file, reason: s.reason, quarter: s.quarter }));
  if (duplicate) return { ok: false, year, ignored, findings: [], duplicate };
  if (!inputs.length) return { ok: false, year, ignored, findings: [] };
  const rollup = buildAnnualRollup(year, inputs);
  if (!rollup.quarters.length) return { ok: false, year, ignored, findings: rollup.findings };
  const plan = buildAnnualPlan(rollup, earlier ? readAnnualHandTyped(earlier.sheets) : {});
  return { ok: true, year, rollup, plan, fileName: ANNUAL_FILE_NAME, keptFrom: earlier?.file ?? null, ignored, findings: rollup.findings };
}

/** One unit's line of the roll-up, as the pane shows it: each quarter's composite, rank and change. */
export interface AnnualUnitLine {
  code: string;
  name: string;
  group: string;
  quarters: Array<{
    quarter: string;
    composite: number | null;
    rank: number | null;
    tied: boolean;
    /** Composite minus the previous quarter's, when both exist. */
    change: number | null;
    outcomes: string[];
  }>;
}

/** The roll-up per unit (in the roll-up's order) with every rolled-up quarter, for a compact table. */
export function annualUnitLines(rollup: AnnualRollup): AnnualUnitLine[] {
  return rollup.units.map((u) => ({
    code: u.code,
    name: u.name,
    group: u.group,
    quarters: rollup.quarters.map((q) => {
      const v = q.units.get(u.code);
      return {
        quarter: q.quarter,
        composite: v?.composite ?? null,
        rank: v?.rank ?? null,
        tied: v?.tied ?? false,
        change: v && v.previous ? Math.round((v.composite - v.previous.composite) * 100) / 100 : null,
        outcomes: v?.outcomes.map((o) => o.label) ?? [],
      };
    }),
  }));
}
