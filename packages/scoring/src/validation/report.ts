import type { Finding } from '../problems/finding';
import type { RuleTag, Severity } from '../problems';

export interface ValidationStats {
  /** Ledger rows read (non-blank). */
  rows: number;
  /** Applicable indicator rows present without an error-severity finding. */
  validRows: number;
  /** Indicators applicable to the unit (rows it had to fill). */
  applicableRows: number;
  /** Counts of every finding, including those past the cap. */
  errors: number;
  warnings: number;
  notices: number;
}

export interface ValidationReport {
  /** No error-severity finding (counted past the cap too). */
  valid: boolean;
  /** Some findings were dropped because the cap was reached; counts still include them. */
  partial: boolean;
  stats: ValidationStats;
  /** Kept findings sorted by file, sheet, row, column. */
  findings: Finding[];
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

export const DEFAULT_ERROR_CAP = 1000;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** A1 columns sort as spreadsheets do: Z before AA. */
function compareColumns(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : 1;
}

/** Order of a report: unplaced findings first, then by file, sheet, row, column. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareOptional(a.file, b.file) ||
    compareOptional(a.sheet, b.sheet) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    compareColumns(a.column, b.column)
  );
}

/**
 * Collects findings with a cap. Past the cap the report is `partial`, counts keep counting, and
 * a more severe finding replaces a less severe one already kept, so errors are never crowded
 * out by notices.
 */
export class ReportBuilder {
  // One list in arrival order (the stable sort then keeps same-cell findings in that order).
  private readonly kept: Finding[] = [];
  private readonly counts = [0, 0, 0];
  private dropped = false;

  constructor(readonly errorCap: number = DEFAULT_ERROR_CAP) {
    if (!(errorCap >= 0)) throw new RangeError(`errorCap must be ≥ 0, got ${errorCap}`);
  }

  get size(): number {
    return this.kept.length;
  }

  get errorCount(): number {
    return this.counts[0];
  }

  add(finding: Finding): void {
    const rank = SEVERITY_RANK[finding.severity];
    this.counts[rank]++;
    if (this.kept.length < this.errorCap) {
      this.kept.push(finding);
      return;
    }
    this.dropped = true;
    // Full: evict the latest kept finding of the least severe class below this one, if any.
    for (let r = 2; r > rank; r--) {
      for (let i = this.kept.length - 1; i >= 0; i--) {
        if (SEVERITY_RANK[this.kept[i].severity] === r) {
          this.kept.splice(i, 1);
          this.kept.push(finding);
          return;
        }
      }
    }
  }

  addAll(findings: Iterable<Finding>): void {
    for (const f of findings) this.add(f);
  }

  build(stats: Partial<Pick<ValidationStats, 'rows' | 'validRows' | 'applicableRows'>> = {}): ValidationReport {
    const findings = this.kept.slice().sort(compareFindings);
    const errors: Finding[] = [];
    const warnings: Finding[] = [];
    const notices: Finding[] = [];
    for (const f of findings) (f.severity === 'error' ? errors : f.severity === 'warning' ? warnings : notices).push(f);
    return {
      valid: this.counts[0] === 0,
      partial: this.dropped,
      stats: {
        rows: stats.rows ?? 0,
        validRows: stats.validRows ?? 0,
        applicableRows: stats.applicableRows ?? 0,
        errors: this.counts[0],
        warnings: this.counts[1],
        notices: this.counts[2],
      },
      findings,
      errors,
      warnings,
      notices,
    };
  }
}

export interface FlattenOptions {
  /** Only these severities (default: all). */
  severities?: readonly Severity[];
  /** Only findings carrying at least one of these tags. */
  tags?: readonly RuleTag[];
  /** Only these codes. */
  codes?: readonly string[];
}

/** `[[row, column, code], …]` in report order, for golden tests (frictionless' `flatten`). */
export function flatten(report: Pick<ValidationReport, 'findings'>, options: FlattenOptions = {}): Array<[number | null, string | null, string]> {
  const out: Array<[number | null, string | null, string]> = [];
  for (const f of report.findings) {
    if (options.severities && !options.severities.includes(f.severity)) continue;
    if (options.tags && !f.tags.some((t) => options.tags?.includes(t))) continue;
    if (options.codes && !options.codes.includes(f.code)) continue;
    out.push([f.row ?? null, f.column ?? null, f.code]);
  }
  return out;
}
