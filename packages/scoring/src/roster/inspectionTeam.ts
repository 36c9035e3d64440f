import type { InspectionRecord, InspectionTeam, Inspector, Unit } from '../model/types';
import { makeFinding, type Finding } from '../problems/finding';
import { buildUnitIndex } from './resolveUnit';

/**
 * 双月检查组 (work plan 四(二)): the office draws a deputy director (分管法制工作的副局长) and a
 * section chief (科长) from each of 市司法局, 市市场监管局, 市统计局 and 市住建局, each with one
 * 创建专班 staff member. Each bureau's three people form a sub-team (检查小组).
 */
export const INSPECTION_BUREAUS = ['市司法局', '市市场监督管理局', '市统计局', '市住房和城乡建设局'] as const;
export const INSPECTOR_ROLES: readonly Inspector['role'][] = ['副局长', '科长', '创建专班'];

/** Thrown when the team cannot be built or cannot cover the units; lists every reason. */
export class InspectionTeamError extends Error {
  constructor(public readonly problems: Finding[]) {
    super(problems.map((p) => p.message).join('；'));
    this.name = 'InspectionTeamError';
  }
}

/**
 * The twelve slots of the team (4 bureaus × 副局长/科长/创建专班) with empty names, for the
 * office to fill in: the bureaus send their names by 31 January. Bureaus are found in the
 * roster by name or alias, so a roster that calls 市市场监督管理局 "市市场监管局" still works.
 */
export function defaultInspectionTeamStructure(roster: readonly Unit[]): InspectionTeam {
  const index = buildUnitIndex(roster);
  const problems: Finding[] = [];
  const members: Inspector[] = [];
  for (const bureau of INSPECTION_BUREAUS) {
    const found = index.resolve(bureau);
    if (!found.unit) {
      problems.push(makeFinding('roster-bureau-missing', { name: bureau }));
      continue;
    }
    for (const role of INSPECTOR_ROLES) members.push({ name: '', unitCode: found.unit.code, role });
  }
  if (problems.length) throw new InspectionTeamError(problems);
  return { members };
}

/** 回避: nobody inspects or scores his or her own unit. */
export function canInspect(inspector: Pick<Inspector, 'unitCode'>, unitCode: string): boolean {
  return inspector.unitCode !== unitCode;
}

/** A sub-team (检查小组): the members drawn from one bureau. */
export interface InspectionSubTeam {
  bureauCode: string;
  members: Inspector[];
}

/** The team split by bureau, in the order the bureaus first appear. */
export function inspectionSubTeams(team: InspectionTeam): InspectionSubTeam[] {
  const byBureau = new Map<string, Inspector[]>();
  for (const m of team.members) byBureau.set(m.unitCode, [...(byBureau.get(m.unitCode) ?? []), m]);
  return [...byBureau].map(([bureauCode, members]) => ({ bureauCode, members }));
}

/** One 回避 violation: an inspection record scored by a member of the inspected unit. */
export interface RecusalViolation {
  /** The case in words (`roster-recusal`). */
  finding: Finding;
  /** Position of the record in the list given to {@link checkRecusal}. */
  recordIndex: number;
  record: InspectionRecord;
  inspector: Inspector;
  unitCode: string;
}

const NAME_SEPARATORS = /[、，,;；/\s]+/;
const personKey = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * Every record whose 检查人 belongs to the inspected unit. The 检查人 cell may name several
 * people (`张三、李四`); each is matched by name against the team. When two members share a
 * name and one of them comes from the unit, the record is reported: a 回避 breach must be
 * ruled out by the office, not assumed away.
 */
export function checkRecusal(records: readonly InspectionRecord[], team: InspectionTeam, roster?: readonly Unit[]): RecusalViolation[] {
  const byName = new Map<string, Inspector[]>();
  for (const m of team.members) {
    const key = personKey(m.name);
    if (key !== '') byName.set(key, [...(byName.get(key) ?? []), m]);
  }
  const index = roster ? buildUnitIndex(roster) : null;
  const violations: RecusalViolation[] = [];
  records.forEach((record, recordIndex) => {
    const seen = new Set<Inspector>();
    for (const name of String(record.inspector ?? '').split(NAME_SEPARATORS)) {
      for (const inspector of byName.get(personKey(name)) ?? []) {
        if (seen.has(inspector) || canInspect(inspector, record.unitCode)) continue;
        seen.add(inspector);
        const unitName = index?.get(record.unitCode)?.name ?? record.unitCode;
        const finding = makeFinding('roster-recusal', {
          period: record.period,
          unitName,
          unitCode: record.unitCode,
          indicatorCode: record.indicatorCode,
          inspector: inspector.name,
        });
        violations.push({ recordIndex, record, inspector, unitCode: record.unitCode, finding });
      }
    }
  });
  return violations;
}

/** The sub-team assigned to inspect one unit. */
export interface InspectionAssignment {
  unitCode: string;
  bureauCode: string;
  inspectors: Inspector[];
}

/**
 * Assigns every unit a sub-team that is not its own (回避), spreading units evenly: sub-team
 * loads differ by at most one, and within each group (县区/市直) they are spread as evenly as
 * the 回避 constraint allows. Deterministic for the same inputs. Throws
 * {@link InspectionTeamError} when the team has no members, or when a unit could only be
 * inspected by its own bureau.
 */
export function assignInspectors(team: InspectionTeam, units: readonly Unit[]): InspectionAssignment[] {
  if (units.length === 0) return [];
  const subTeams = inspectionSubTeams(team);
  const bureauOf = (i: number) => subTeams[i].bureauCode;
  const stuck = units.filter((u) => subTeams.every((t) => t.bureauCode === u.code));
  if (subTeams.length === 0 || stuck.length) {
    const blocked = subTeams.length === 0 ? units : stuck;
    throw new InspectionTeamError(blocked.map((u) => makeFinding('roster-no-bureau-available', { name: u.name, code: u.code })));
  }

  const load = subTeams.map(() => 0);
  const groupLoad = new Map<string, number[]>();
  const chosen: number[] = new Array(units.length);
  // Units that are themselves bureaus have one option fewer: place them first.
  const order = units.map((_, i) => i).sort((a, b) => Number(isBureau(units[b])) - Number(isBureau(units[a])) || a - b);
  function isBureau(u: Unit): boolean {
    return subTeams.some((t) => t.bureauCode === u.code);
  }
  for (const i of order) {
    const unit = units[i];
    const gl = groupLoad.get(unit.group) ?? subTeams.map(() => 0);
    groupLoad.set(unit.group, gl);
    let best = -1;
    for (let t = 0; t < subTeams.length; t++) {
      if (bureauOf(t) === unit.code) continue;
      if (best < 0 || gl[t] < gl[best] || (gl[t] === gl[best] && load[t] < load[best])) best = t;
    }
    chosen[i] = best;
    load[best]++;
    gl[best]++;
  }

  // The group-first choice can leave overall loads two apart; move units from the busiest to
  // the idlest sub-team until they are level. Each move lowers the spread, so this ends, and a
  // move always exists: the busiest holds ≥ 2 units, at most one of which is the idlest's own.
  for (;;) {
    const max = load.indexOf(Math.max(...load));
    const min = load.indexOf(Math.min(...load));
    if (load[max] - load[min] <= 1) break;
    const movable = chosen.findIndex((t, i) => t === max && units[i].code !== bureauOf(min));
    if (movable < 0) break;
    chosen[movable] = min;
    load[max]--;
    load[min]++;
  }

  return units.map((u, i) => ({ unitCode: u.code, bureauCode: bureauOf(chosen[i]), inspectors: subTeams[chosen[i]].members }));
}
