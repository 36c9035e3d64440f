/**
 * The per-sync payload budget of reads. Excel on the web refuses a response over 5 MB
 * (ResponsePayloadSizeLimitExceeded; "Resource limits and performance optimization for Office
 * Add-ins", Excel add-ins section), and queuing every chunk of a large read before one sync
 * sends them all in that one response: a split read must sync per chunk group, each under a
 * budget well below the cap. What a cell costs in the response is not known before reading
 * (unit text may be long), so the estimate starts cautious and is corrected by what the
 * responses actually weighed.
 */

/** Excel on the web's cap on one response (and one request). */
export const RESPONSE_CAP_BYTES = 5 * 1024 * 1024;
/** Response bytes aimed at per sync: well under 5 MB, leaving room for JSON overhead. */
export const DEFAULT_READ_BUDGET_BYTES = 2_000_000;
/** First guess of a cell's share of the response when values, formulas and formats are loaded. */
export const INITIAL_CELL_BYTES = 48;

/** Rough UTF-8 size of loaded arrays as JSON (CJK is 3 bytes a character). */
export function responseBytes(...grids: unknown[][][]): number {
  let bytes = 0;
  for (const grid of grids) {
    for (const row of grid) {
      bytes += 2;
      for (const v of row) {
        if (typeof v === 'string') {
          bytes += 3;
          for (let i = 0; i < v.length; i++) {
            const c = v.charCodeAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
          }
        } else bytes += String(v).length + 1;
      }
    }
  }
  return bytes;
}

/** Learns the bytes per cell from each response and sizes the next chunk group by it. */
export class ReadBudget {
  private perCell: number;

  constructor(
    readonly budgetBytes: number = DEFAULT_READ_BUDGET_BYTES,
    perCell: number = INITIAL_CELL_BYTES,
  ) {
    this.perCell = perCell;
  }

  /** Cells that fit in one sync. */
  cellsPerSync(): number {
    return Math.max(1, Math.floor(this.budgetBytes / this.perCell));
  }

  /** A response of `bytes` for `cells` cells arrived: never assume cells got cheaper than seen. */
  observe(bytes: number, cells: number): void {
    if (cells > 0) this.perCell = Math.max(this.perCell, Math.ceil((bytes / cells) * 1.25));
  }

  /** A whole read of `cells` cells was refused earlier: each weighs at least cap / cells. */
  atLeastRefused(cells: number): void {
    if (cells > 0) this.perCell = Math.max(this.perCell, Math.ceil(RESPONSE_CAP_BYTES / cells));
  }

  /** Excel refused a response for `cells` cells: they weigh more than the cap, and at least double the guess. */
  refused(cells = 0): void {
    this.perCell = Math.max(this.perCell * 2, cells > 0 ? Math.ceil(RESPONSE_CAP_BYTES / cells) : 0);
  }
}
