/**
 * Deterministic synthetic province-scale data for benches: a roster, an indicator template,
 * a year of monthly ledgers (LedgerFacts) and bimonthly inspection records. Same seed, same data,
 * so figures from different runs and machines measure the same work.
 */
'use strict';

/** mulberry32: small, fast, good enough for test data. */
function rng(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w) => String(n).padStart(w, '0');
const halfStep = (x) => Math.round(x * 2) / 2;
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
/** An inspection record's fields beside the score, left empty: the synthetic team writes nothing. */
const NOTHING_WRITTEN = {
  deductionReason: '',
  problems: '',
  rectification: '',
  deadline: null,
  inspector: '',
};

/**
 * @param {{ units: number, indicators: number, year: number, seed?: number }} opts
 */
function generateProvince(opts) {
  const random = rng(opts.seed ?? 20210125);
  const year = opts.year;

  // One unit in ten ranks with 县区 (a tenth of those are functional zones), the rest are 市直.
  const roster = [];
  for (let i = 0; i < opts.units; i++) {
    const county = i % 10 === 0;
    const zone = county && i % 100 === 0;
    roster.push({
      code: `${county ? 'XQ' : 'SZ'}${pad(i + 1, 5)}`,
      name: `${county ? '合成县区' : '合成市直单位'}${pad(i + 1, 5)}`,
      aliases: [],
      group: county ? '县区' : '市直',
      kind: zone ? '功能区' : county ? '县区' : '市直',
      civilized: random() < 0.3,
    });
  }

  // Indicators spread over the eight areas; one in ten for 县区 only, one in ten for 市直 only.
  const POINTS = [2, 4, 5, 6, 8, 10];
  const indicators = [];
  for (let i = 0; i < opts.indicators; i++) {
    const area = (i % 8) + 1;
    const appliesTo =
      i % 10 === 0
        ? { kind: 'group', group: '县区' }
        : i % 10 === 5
          ? { kind: 'group', group: '市直' }
          : { kind: 'all' };
    indicators.push({
      code: `${area}.${Math.floor(i / 8) + 1}`,
      area,
      text: `合成指标 ${i + 1}`,
      points: POINTS[i % POINTS.length],
      standard: '',
      evidence: '',
      appliesTo,
      allowNotApplicable: false,
      frequency: '每月',
    });
  }
  const template = {
    version: 'bench',
    name: '合成指标体系',
    areas: require('@ledger-review/scoring').AREAS.map((a) => ({ ...a })),
    indicators,
  };

  const applicable = (unit) =>
    indicators.filter((ind) => ind.appliesTo.kind === 'all' || ind.appliesTo.group === unit.group);

  const inspections = [];
  const ledgers = [];
  for (const unit of roster) {
    const ability = 0.55 + random() * 0.45; // the unit's typical share of points
    const own = applicable(unit);
    for (let b = 1; b <= 6; b++) {
      const period = `${year}-B${b}`;
      for (const ind of own) {
        // 3% not scored by the team: the self-score stands in (未经检查)
        const score =
          random() < 0.03
            ? null
            : halfStep(clamp(ind.points * (ability + (random() - 0.5) * 0.2), 0, ind.points));
        inspections.push({ period, unitCode: unit.code, indicatorCode: ind.code, score, ...NOTHING_WRITTEN });
      }
    }
    for (let m = 1; m <= 12; m++) {
      if (random() < 0.02) continue; // missing ledger
      const next = m === 12 ? { y: year + 1, m: 1 } : { y: year, m: m + 1 };
      const late = random() < 0.1;
      const day = late ? 6 + Math.floor(random() * 10) : 1 + Math.floor(random() * 5);
      const filledDate = `${next.y}-${pad(next.m, 2)}-${pad(day, 2)}`;
      const selfScores = {};
      for (const ind of own)
        selfScores[ind.code] = halfStep(
          clamp(ind.points * (ability + 0.05 + (random() - 0.5) * 0.2), 0, ind.points),
        );
      ledgers.push({
        unitCode: unit.code,
        month: `${year}-${pad(m, 2)}`,
        filledDate,
        receivedDate: random() < 0.3 ? filledDate : null,
        selfScores,
        validRows: own.length - Math.floor(random() * random() * 6),
        applicableRows: own.length,
      });
    }
  }
  return { roster, template, inspections, ledgers };
}

module.exports = { generateProvince, rng };
