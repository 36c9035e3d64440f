/**
 * How the bench modules report their figures (the result shape is scripts/bench.js's): the median
 * of repeated runs, and a figure either bounded by a target (`atMost`, `atLeast`) or reported for
 * information only (`info`).
 */
'use strict';

/** The middle value (for an even count, the mean of the two middle values). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const withNote = (result, note) => (note === undefined ? result : { ...result, note });

/** A figure without a target, reported for information. */
function info(name, value, unit, note) {
  return withNote({ name, value, unit, target: null, met: null }, note);
}

/** A figure whose target is at most `limit` (in `unit`). */
function atMost(name, value, unit, limit, note) {
  return withNote({ name, value, unit, target: `≤ ${limit} ${unit}`, met: value <= limit }, note);
}

/** A figure whose target is at least `limit` (in `unit`). */
function atLeast(name, value, unit, limit, note) {
  return withNote({ name, value, unit, target: `≥ ${limit} ${unit}`, met: value >= limit }, note);
}

module.exports = { median, info, atMost, atLeast };
