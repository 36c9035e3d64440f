import type { Indicator } from '@ledger-review/scoring';
import type { Prng } from './prng';

/**
 * What each unit really earned per indicator in one inspection period (双月). The inspection
 * team's scores are these values; the units' self-scores start from them too (plus optimism).
 * Hitting an exact period total lets the cast pin composites to the hundredth, which is how the
 * sample guarantees its ties and cut-offs whatever the seed.
 */

/** Multiples of 0.5, as scores are written. */
export const roundHalf = (x: number) => Math.round(x * 2) / 2;

/**
 * Per-indicator scores summing exactly to `total` (clamped to 0…available). Indicators in
 * `fullMarks` (不适用 rows, which the team scores in full) keep their points. Deductions come in
 * 0.5–2 point steps, weighted towards the indicators with more points, and rarely take more than
 * 60% of an indicator — the way inspection deductions look in practice.
 */
export function distributeScores(
  indicators: readonly Indicator[],
  total: number,
  fullMarks: ReadonlySet<string>,
  prng: Prng,
): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const i of indicators) scores[i.code] = i.points;
  const available = indicators.reduce((s, i) => s + i.points, 0);
  let deficit = roundHalf(available - Math.min(available, Math.max(0, roundHalf(total))));
  const open = indicators.filter((i) => !fullMarks.has(i.code));
  const cap = (i: Indicator, soft: boolean) => (soft ? Math.floor(i.points * 0.6 * 2) / 2 : i.points);
  for (const soft of [true, false]) {
    let guard = 0;
    while (deficit > 0 && guard++ < 10_000) {
      const room = open.filter((i) => i.points - scores[i.code] < cap(i, soft));
      if (room.length === 0) break;
      const weights = room.map((i) => i.points);
      let r = prng.next() * weights.reduce((a, b) => a + b, 0);
      let chosen = room[room.length - 1];
      for (let k = 0; k < room.length; k++) {
        r -= weights[k];
        if (r < 0) {
          chosen = room[k];
          break;
        }
      }
      const left = cap(chosen, soft) - (chosen.points - scores[chosen.code]);
      const step = Math.min(deficit, left, prng.pick([0.5, 0.5, 0.5, 1, 1, 2]));
      scores[chosen.code] = roundHalf(scores[chosen.code] - step);
      deficit = roundHalf(deficit - step);
    }
  }
  return scores;
}
