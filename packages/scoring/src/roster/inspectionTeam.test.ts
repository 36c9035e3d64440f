import { renderFinding } from '../problems/finding';
import fc from 'fast-check';
import type { InspectionRecord, InspectionTeam, Unit } from '../model/types';
import { DEFAULT_ROSTER, defaultRoster } from './defaultRoster';
import {
  assignInspectors,
  canInspect,
  checkRecusal,
  defaultInspectionTeamStructure,
  INSPECTION_BUREAUS,
  InspectionTeamError,
  inspectionSubTeams,
} from './inspectionTeam';

const roster = [...DEFAULT_ROSTER];

function staffedTeam(): InspectionTeam {
  const team = defaultInspectionTeamStructure(roster);
  const names = ['司甲', '司乙', '司丙', '市甲', '市乙', '市丙', '统甲', '统乙', '统丙', '住甲', '住乙', '住丙'];
  team.members.forEach((m, i) => (m.name = names[i]));
  return team;
}

function record(unitCode: string, inspector: string, indicatorCode = '1.1'): InspectionRecord {
  return { period: '2021-B1', unitCode, indicatorCode, score: 2, deductionReason: '', problems: '', rectification: '', deadline: null, inspector };
}

describe('defaultInspectionTeamStructure', () => {
  it('has twelve empty slots: four bureaus × 副局长, 科长, 创建专班', () => {
    const team = defaultInspectionTeamStructure(roster);
    expect(team.members).toHaveLength(12);
    expect(team.members.map((m) => [m.unitCode, m.role, m.name])).toEqual(
      ['SZ01', 'SZ02', 'SZ03', 'SZ04'].flatMap((code) => [
        [code, '副局长', ''],
        [code, '科长', ''],
        [code, '创建专班', ''],
      ]),
    );
    expect(INSPECTION_BUREAUS).toEqual(['市司法局', '市市场监督管理局', '市统计局', '市住房和城乡建设局']);
  });

  it('finds the bureaus by alias when the roster uses short names', () => {
    const short: Unit[] = roster.map((u) => (u.code === 'SZ02' ? { ...u, name: '市市场监管局', aliases: ['市市场监督管理局'] } : u));
    expect(inspectionSubTeams(defaultInspectionTeamStructure(short)).map((t) => t.bureauCode)).toEqual(['SZ01', 'SZ02', 'SZ03', 'SZ04']);
  });

  it('names every missing bureau in both languages', () => {
    const without = roster.filter((u) => u.code !== 'SZ03' && u.code !== 'SZ04');
    try {
      defaultInspectionTeamStructure(without);
      throw new Error('expected a throw');
    } catch (e) {
      expect(e).toBeInstanceOf(InspectionTeamError);
      const err = e as InspectionTeamError;
      expect(err.problems.map((p) => p.message)).toEqual(['单位名录中找不到检查组派出单位“市统计局”', '单位名录中找不到检查组派出单位“市住房和城乡建设局”']);
      expect(renderFinding(err.problems[0], 'en')).toBe('The inspection bureau "市统计局" is not in the roster');
    }
  });
});

describe('回避', () => {
  it('canInspect refuses only the inspector’s own unit', () => {
    const m = { name: '司甲', unitCode: 'SZ01', role: '副局长' as const };
    expect(canInspect(m, 'SZ01')).toBe(false);
    expect(canInspect(m, 'SZ02')).toBe(true);
    expect(canInspect(m, 'XQ01')).toBe(true);
  });

  it('checkRecusal finds every record scored by a member of the inspected unit', () => {
    const team = staffedTeam();
    const records = [
      record('SZ01', '司甲'), // own unit
      record('SZ01', '市甲'),
      record('SZ02', '市乙、 统甲'), // one of two names is from the unit
      record('SZ04', '住甲，住丙', '2.4'), // both from the unit
      record('XQ01', '司甲'),
      record('SZ03', '不在检查组的人'),
      record('SZ03', ''),
    ];
    const violations = checkRecusal(records, team, roster);
    expect(violations.map((v) => [v.recordIndex, v.inspector.name, v.unitCode])).toEqual([
      [0, '司甲', 'SZ01'],
      [2, '市乙', 'SZ02'],
      [3, '住甲', 'SZ04'],
      [3, '住丙', 'SZ04'],
    ]);
    expect(violations[0].record).toBe(records[0]);
    expect(violations[3].finding.message).toBe('2021-B1 市住房和城乡建设局（SZ04）指标 2.4 的检查人“住丙”来自被检查单位，应当回避');
    expect(renderFinding(violations[3].finding, 'en')).toBe('2021-B1: inspector "住丙" scored indicator 2.4 of their own unit 市住房和城乡建设局 (SZ04) and must recuse');
    // Without a roster the unit is named by its code.
    expect(checkRecusal([records[0]], team)[0].finding.message).toContain('SZ01（SZ01）');
  });

  it('does not match unfilled slots or blank inspector cells', () => {
    const empty = defaultInspectionTeamStructure(roster);
    expect(checkRecusal([record('SZ01', ''), record('SZ01', ' ')], empty)).toEqual([]);
  });
});

describe('assignInspectors', () => {
  const team = staffedTeam();

  function checkAssignment(units: Unit[], t: InspectionTeam = team) {
    const assignments = assignInspectors(t, units);
    expect(assignments.map((a) => a.unitCode)).toEqual(units.map((u) => u.code));
    const subTeams = inspectionSubTeams(t);
    const load = new Map(subTeams.map((s) => [s.bureauCode, 0]));
    for (const a of assignments) {
      expect(a.bureauCode).not.toBe(a.unitCode);
      expect(a.inspectors.every((m) => m.unitCode === a.bureauCode && canInspect(m, a.unitCode))).toBe(true);
      load.set(a.bureauCode, (load.get(a.bureauCode) ?? 0) + 1);
    }
    const loads = [...load.values()];
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    return assignments;
  }

  it('gives every default unit a sub-team other than its own, loads within one', () => {
    const a = checkAssignment(roster);
    expect(a).toHaveLength(29);
    // Deterministic for the same input.
    expect(assignInspectors(team, roster)).toEqual(a);
    // Each group is spread over the sub-teams too: 9 county units over 4 teams → 2 or 3 each.
    const countyLoads = ['SZ01', 'SZ02', 'SZ03', 'SZ04'].map((b) => a.filter((x) => x.bureauCode === b && x.unitCode.startsWith('XQ')).length);
    expect(Math.max(...countyLoads) - Math.min(...countyLoads)).toBeLessThanOrEqual(1);
  });

  it('property: never its own bureau, balanced, for any unit list and any team of ≥ 2 bureaus', () => {
    const pool = defaultRoster();
    fc.assert(
      fc.property(fc.subarray(pool, { minLength: 0 }), fc.shuffledSubarray(['SZ01', 'SZ02', 'SZ03', 'SZ04', 'XQ01'], { minLength: 2 }), (units, bureaus) => {
        const t: InspectionTeam = { members: bureaus.map((code, i) => ({ name: `检查员${i}`, unitCode: code, role: '科长' as const })) };
        checkAssignment(units, t);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses when a unit could only be inspected by its own bureau', () => {
    const one: InspectionTeam = { members: [{ name: '司甲', unitCode: 'SZ01', role: '副局长' }] };
    expect(() => assignInspectors(one, roster)).toThrow(InspectionTeamError);
    expect(() => assignInspectors(one, roster)).toThrow('单位“市司法局”（SZ01）没有可分派的检查小组');
    expect(assignInspectors(one, roster.filter((u) => u.code !== 'SZ01')).every((a) => a.bureauCode === 'SZ01')).toBe(true);
    expect(() => assignInspectors({ members: [] }, roster.slice(0, 1))).toThrow(InspectionTeamError);
    expect(assignInspectors({ members: [] }, [])).toEqual([]);
  });
});
