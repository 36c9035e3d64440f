import { DEFAULT_TEMPLATE, defaultRoster, quarterMonths, resolveSettings, reviewQuarter } from '@ledger-review/scoring';
import { buildSampleQuarter, buildSampleSecondHalf, sampleInspectionTeam } from './sampleQuarter';

/**
 * The sample year's second half (2021Q3, 2021Q4): the same cast's ledgers of July–December and
 * the inspections of B4–B6, with the 每年 indicators only in December's ledgers.
 */
const half = buildSampleSecondHalf();
const roster = defaultRoster();
const settings = resolveSettings();
const annualCodes = new Set(DEFAULT_TEMPLATE.indicators.filter((i) => i.frequency === '每年').map((i) => i.code));

describe('buildSampleSecondHalf', () => {
  it('stages 2021Q3 and 2021Q4 with their ledgers and the rounds B4, B5, B6, deterministically', () => {
    expect(half.map((q) => q.quarter)).toEqual(['2021Q3', '2021Q4']);
    expect(half.map((q) => q.inspections.map((i) => i.period))).toEqual([['2021-B4'], ['2021-B5', '2021-B6']]);
    expect(half[0].ledgers[0].path).toMatch(/^2021Q3\/台账\/2021年7月\/.+\.xlsx$/);
    expect(half[1].inspections[1].path).toBe('2021Q4/检查/2021年11—12月双月检查评分表.xlsx');
    expect(JSON.stringify(buildSampleSecondHalf({ seed: 2021 }))).toBe(JSON.stringify(half));
    // The first half stays the sample quarter's: the second half draws on labels of its own.
    const paths = new Set([...buildSampleQuarter().ledgers, ...half.flatMap((q) => q.ledgers)].map((l) => `${l.unitCode}|${l.month}`));
    expect(paths.size).toBe(buildSampleQuarter().ledgers.filter((l) => !l.superseded).length + half.flatMap((q) => q.ledgers).length);
    // The team the demo examines the second half with, before the sample quarter is built.
    expect(sampleInspectionTeam()).toEqual(buildSampleQuarter({ seed: 7 }).team);
  });

  it('has a ledger for every unit and month but the missing ones (市农业农村局 in August, 市财政局 in November), late ones as cast', () => {
    for (const q of half) {
      const keys = new Set(q.ledgers.map((l) => `${l.unitCode}|${l.month}`));
      expect(keys.size).toBe(q.ledgers.length);
      const absent = roster.flatMap((u) => quarterMonths(q.quarter).map((m) => `${u.code}|${m}`)).filter((k) => !keys.has(k));
      expect(absent).toEqual(q.missing.map((m) => `${m.unitCode}|${m.month}`));
    }
    expect(half.flatMap((q) => q.missing)).toEqual([
      { unitCode: 'SZ17', month: '2021-08' },
      { unitCode: 'SZ13', month: '2021-11' },
    ]);
    for (const l of half.flatMap((q) => q.late)) {
      const file = half.flatMap((q) => q.ledgers).find((f) => f.unitCode === l.unitCode && f.month === l.month)!;
      expect(file.scenario).toContain(`late:${l.daysLate}`);
    }
  });

  it('lists the 每年 indicators in December’s ledgers only, each unit those that apply to it', () => {
    expect(annualCodes.size).toBeGreaterThan(0);
    const ledgers = half.flatMap((q) => q.ledgers);
    for (const l of ledgers) {
      const annual = Object.keys(l.facts.selfScores).filter((c) => annualCodes.has(c));
      if (l.month === '2021-12') expect(annual.length).toBeGreaterThan(0);
      else expect(annual).toEqual([]);
    }
    // 3.4 (年度重大行政决策事项目录) applies to the 县区 group only.
    const december = ledgers.filter((l) => l.month === '2021-12');
    const group = (code: string) => roster.find((u) => u.code === code)!.group;
    for (const l of december) expect('3.4' in l.facts.selfScores).toBe(group(l.unitCode) === '县区');
  });

  it('scores a 每年 indicator in B6 from December’s ledger where the team left it to the self-score, and by the team before', () => {
    const q4 = half[1];
    const review = reviewQuarter({
      template: DEFAULT_TEMPLATE,
      roster,
      settings,
      quarter: q4.quarter,
      ledgers: q4.ledgers.map((l) => l.facts),
      inspections: q4.inspections.flatMap((i) => i.records),
    });
    const fromLedger: string[] = [];
    for (const u of review.units) {
      const december = q4.ledgers.find((l) => l.unitCode === u.unitCode && l.month === '2021-12');
      for (const p of u.periods) {
        for (const s of p.indicators.filter((i) => annualCodes.has(i.code))) {
          if (p.period === '2021-B5') expect([u.unitCode, s.code, s.source]).toEqual([u.unitCode, s.code, 'inspection']);
          if (p.period !== '2021-B6' || s.source === 'inspection') continue;
          expect([u.unitCode, s.code, s.source, s.unchecked]).toEqual([u.unitCode, s.code, 'self', true]);
          expect(s.score).toBe(december!.facts.selfScores[s.code]);
          fromLedger.push(u.unitCode);
        }
      }
    }
    expect(new Set(fromLedger).size).toBeGreaterThanOrEqual(3);
    expect(new Set(fromLedger).size).toBeLessThan(roster.length);
  });
});
