import {
  DEFAULT_TEMPLATE,
  addDays,
  applicableIndicators,
  isIndicatorDue,
  assignInspectors,
  bimonthMonths,
  bimonthOf,
  dayNumber,
  defaultInspectionTeamStructure,
  defaultRoster,
  isQuarter,
  ledgerDueDate,
  monthEnd,
  monthLabel,
  previousQuarter,
  quarterInspectionPeriods,
  quarterMonths,
  resolveSettings,
  templateFingerprint,
  type Indicator,
  type InspectionAssignment,
  type InspectionRecord,
  type ScoringSettings,
  type Unit,
} from '@ledger-review/scoring';
import {
  DEFAULT_SCRIPT,
  INVALID,
  LATE,
  MISSING,
  PROMISED,
  QUIRKS,
  RESUBMISSIONS,
  UNIT_SCRIPTS,
  type Slot,
  type UnitScript,
} from './cast';
import { filledInspectionPlan, inspectionFileName, unitInspectionRecords } from './inspectionFiles';
import {
  correctedFileName,
  draftFacts,
  draftInvalidCells,
  draftPlan,
  ledgerFileName,
  plantMistake,
  type LedgerDraft,
} from './ledgerFiles';
import { draftRow, reportsNotApplicable } from './ledgerRows';
import { namedInspectionTeam, unitContacts, type LedgerContacts } from './people';
import { createPrng, hashLabel, type Prng } from './prng';
import { distributeScores, roundHalf } from './scorePlan';
import type {
  SampleExpectations,
  SampleInspectionFile,
  SampleLedgerFile,
  SampleQuarter,
  SampleQuarterOptions,
} from './types';

export const DEFAULT_SAMPLE_QUARTER = '2021Q2';
export const DEFAULT_SAMPLE_SEED = 2021;

/** Folders of {@link writeSampleQuarter}'s output, relative to the chosen directory. */
export const SAMPLE_FOLDERS = { ledgers: '台账', inspections: '检查', previous: '上季度' } as const;

interface UnitCast {
  unit: Unit;
  script: UnitScript;
  indicators: Indicator[];
  /** Rows the unit reports as 不适用 (scored in full by the team). */
  notApplicable: Set<string>;
  contacts: LedgerContacts;
  fileStyle: number;
}

const key = (unitCode: string, month: string) => `${unitCode}|${month}`;

/**
 * Builds the bundled sample quarter (SPEC section 9): every sample unit's three ledgers of the
 * quarter and of the quarter before, the bimonthly inspection workbooks of both, and what the
 * scenario guarantees. Pure and deterministic: the same options give the same plans.
 */
export function buildSampleQuarter(options: SampleQuarterOptions = {}): SampleQuarter {
  const quarter = options.quarter ?? DEFAULT_SAMPLE_QUARTER;
  if (!isQuarter(quarter)) throw new RangeError(`季度格式应为 YYYYQn（n 为 1–4）：${quarter}`);
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const staged = stageQuarters([previousQuarter(quarter), quarter], [0, 1], seed, (slot, path) =>
    slot === 0 ? `${SAMPLE_FOLDERS.previous}/${path}` : path,
  );
  const { drafts, ledgerFiles, inspectionFiles, missing, months } = staged;
  const strip = <T extends { slot: Slot }>({ slot: _slot, ...rest }: T): Omit<T, 'slot'> => rest;
  const inSlot = <T extends { slot: Slot }>(list: T[], slot: Slot) =>
    list.filter((x) => x.slot === slot).map(strip);

  return {
    quarter,
    previousQuarter: staged.quarters[0],
    seed,
    template: staged.template,
    roster: staged.roster,
    settings: staged.settings,
    team: staged.team,
    ledgers: inSlot(ledgerFiles, 1),
    inspections: inSlot(inspectionFiles, 1),
    previous: { ledgers: inSlot(ledgerFiles, 0), inspections: inSlot(inspectionFiles, 0) },
    expectations: expectationsOf(drafts, ledgerFiles, missing, months[1]),
  };
}

/** The sample's 双月检查组 with names (what `team` of {@link buildSampleQuarter} is): no seed needed. */
export function sampleInspectionTeam(roster: readonly Unit[] = defaultRoster()) {
  return namedInspectionTeam(defaultInspectionTeamStructure([...roster]));
}

/** One quarter of {@link buildSampleSecondHalf}: its ledgers and the inspections its review uses. */
export interface SampleLaterQuarter {
  quarter: string;
  ledgers: SampleLedgerFile[];
  inspections: SampleInspectionFile[];
  /** Ledgers never received. */
  missing: Array<{ unitCode: string; month: string }>;
  /** Late ledgers and their days late. */
  late: Array<{ unitCode: string; month: string; daysLate: number }>;
}

/**
 * The sample year's second half (2021Q3 and 2021Q4 after the sample quarter 2021Q2): the same
 * cast's ledgers of July–December (the 每年 indicators only in December's) and the inspection
 * workbooks of 2021-B4, B5 and B6 — what, with {@link buildSampleQuarter}'s two quarters, makes
 * the whole campaign year. Paths are `2021Q3/台账/2021年7月/…`, `2021Q3/检查/…`. Each quarter is
 * generated from its own labels of the seed, so the first half is the sample quarter's as it is.
 */
export function buildSampleSecondHalf(options: { year?: number; seed?: number } = {}): SampleLaterQuarter[] {
  const year = options.year ?? Number(DEFAULT_SAMPLE_QUARTER.slice(0, 4));
  const quarters = [`${year}Q3`, `${year}Q4`];
  const staged = stageQuarters(quarters, [2, 3], options.seed ?? DEFAULT_SAMPLE_SEED, (slot, path) => `${quarters[slot - 2]}/${path}`);
  const strip = <T extends { slot: Slot }>({ slot: _slot, ...rest }: T): Omit<T, 'slot'> => rest;
  return quarters.map((quarter, k) => {
    const slot = (k + 2) as Slot;
    return {
      quarter,
      ledgers: staged.ledgerFiles.filter((f) => f.slot === slot).map(strip),
      inspections: staged.inspectionFiles.filter((f) => f.slot === slot).map(strip),
      missing: staged.missing.filter((m) => m.slot === slot).map(({ unitCode, month }) => ({ unitCode, month })),
      late: LATE.filter((e) => e.slot === slot).map((e) => ({ unitCode: e.unitCode, month: staged.months[k][e.monthIndex], daysLate: e.days })),
    };
  });
}

/**
 * The cast at work over consecutive quarters, `slots[k]` naming quarter k's events and rates in
 * the cast. Forks of the seed are labelled by unit, month and period only, so a quarter comes out
 * the same whichever quarters are staged beside it.
 */
function stageQuarters(quarters: string[], slots: Slot[], seed: number, pathOf: (slot: Slot, path: string) => string) {
  const root = createPrng(seed);
  const template = DEFAULT_TEMPLATE;
  const roster = defaultRoster();
  const settings = resolveSettings();
  const fingerprint = templateFingerprint(template.indicators);
  const team = sampleInspectionTeam(roster);

  const months = quarters.map((q) => quarterMonths(q));
  const reviewed = quarters.map((q) => quarterInspectionPeriods(q));
  const periods = [...new Set([...months.flat().map(bimonthOf), ...reviewed.flat()])];

  const cast: UnitCast[] = roster.map((unit) => {
    const indicators = applicableIndicators(template, unit);
    const own = root.fork(`unit:${unit.code}`);
    return {
      unit,
      script: UNIT_SCRIPTS[unit.code] ?? DEFAULT_SCRIPT,
      indicators,
      notApplicable: new Set(indicators.filter((i) => reportsNotApplicable(unit, i)).map((i) => i.code)),
      contacts: unitContacts(own),
      fileStyle: own.int(0, 3),
    };
  });

  // What every unit earned per indicator in every bimonth involved.
  const earned = new Map<string, Record<string, number>>();
  for (const c of cast) {
    for (const period of periods) {
      const total = roundHalf(
        (c.indicators.reduce((s, i) => s + i.points, 0) * periodRate(c, period, reviewed, slots)) / 100,
      );
      earned.set(
        key(c.unit.code, period),
        distributeScores(c.indicators, total, c.notApplicable, root.fork(`earned:${c.unit.code}:${period}`)),
      );
    }
  }
  const earnedIn = (unitCode: string, month: string) => earned.get(key(unitCode, bimonthOf(month)))!;

  // The ledgers as the units fill them.
  const drafts: LedgerDraft[] = [];
  const missing: Array<{ unitCode: string; month: string; slot: Slot }> = [];
  slots.forEach((slot, k) => {
    months[k].forEach((month, monthIndex) => {
      for (const c of cast) {
        const at = (e: { unitCode: string; slot: Slot; monthIndex: number }) =>
          e.unitCode === c.unit.code && e.slot === slot && e.monthIndex === monthIndex;
        if (MISSING.some(at)) {
          missing.push({ unitCode: c.unit.code, month, slot });
          continue;
        }
        const prng = root.fork(`ledger:${c.unit.code}:${month}`);
        const draft = draftLedger(c, month, slot, monthIndex, earnedIn(c.unit.code, month), prng, settings);
        const late = LATE.find(at);
        const resubmission = RESUBMISSIONS.find(at);
        for (const q of QUIRKS.filter(at)) draft.quirks.push(q.quirk);
        draft.fileName = ledgerFileName(draft, c.fileStyle, prng);
        const due = ledgerDueDate(month, settings);
        if (late) draft.header.filledDate = addDays(due, late.days);
        if (resubmission) {
          // The first file went out with a mistake; the corrected copy, filled later, replaces it.
          const first = cloneDraft(draft);
          first.header.filledDate = dayOfNextMonth(month, resubmission.firstDay);
          first.superseded = true;
          plantMistake(first, resubmission.firstFileError, prng.fork('first-file'));
          draft.header.filledDate = dayOfNextMonth(month, resubmission.correctedDay);
          draft.fileName = correctedFileName(draft.fileName);
          draft.corrected = true;
          drafts.push(first);
        }
        for (const e of INVALID.filter(at)) plantMistake(draft, e.kind, prng.fork(`mistake:${e.kind}`));
        drafts.push(draft);
      }
    });
  });
  for (const d of drafts) d.scenario = scenarioOf(d, settings);

  // Inspections: the team scores most indicators; a few are left to the self-score (未经检查).
  const inspectionFiles: Array<SampleInspectionFile & { slot: Slot }> = [];
  slots.forEach((slot, k) => {
    reviewed[k].forEach((period) => {
      const prng = root.fork(`inspection:${period}`);
      const rotation = hashLabel(period) % roster.length;
      const assignments = assignInspectors(team, [...roster.slice(rotation), ...roster.slice(0, rotation)]);
      const assignmentOf = new Map<string, InspectionAssignment>(assignments.map((a) => [a.unitCode, a]));
      const records: InspectionRecord[] = [];
      const selfScores: Record<string, Record<string, number | null>> = {};
      for (const c of cast) {
        const latest = latestDrafts(drafts, c.unit.code, period);
        const unscored = new Set<string>();
        const kept = latest.find((d) => !d.superseded);
        if (kept) selfScores[c.unit.code] = draftFacts(kept, settings).selfScores;
        // The self-score stands in for a missing inspection score only where the unit's latest
        // ledger of the period belongs to the quarter under review (a consolidation of the
        // quarter's files does not see the month before it), so units whose last ledger of the
        // period is older get every indicator inspected.
        if (kept && months[k].includes(kept.month)) {
          const planted = new Set(kept.invalid.map((m) => m.code));
          const candidates = kept.rows.filter((r) => !planted.has(r.code)).map((r) => r.code);
          const picked = prng.shuffle(candidates).slice(0, prng.int(0, 3));
          // Where the ledger carries a 每年 indicator (December's), the team leaves it to the
          // self-score for every third unit: the year's report is what the unit's ledger says.
          const annual = kept.indicators.filter((i) => i.frequency === '每年' && !planted.has(i.code));
          if (annual.length && hashLabel(`annual:${c.unit.code}`) % 3 === 0) picked.push(...annual.map((i) => i.code));
          const periodEarned = earned.get(key(c.unit.code, period))!;
          for (const code of new Set(picked)) {
            unscored.add(code);
            // Without an inspection score the self-score counts: it is what the unit earned.
            for (const d of latest) {
              const row = d.rows.find((r) => r.code === code)!;
              if (!d.invalid.some((m) => m.code === code)) row.selfScore = periodEarned[code];
            }
          }
          selfScores[c.unit.code] = draftFacts(kept, settings).selfScores;
        }
        records.push(
          ...unitInspectionRecords({
            unit: c.unit,
            period,
            indicators: c.indicators,
            earned: earned.get(key(c.unit.code, period))!,
            unscored,
            assignment: assignmentOf.get(c.unit.code)!,
            prng: prng.fork(c.unit.code),
          }),
        );
      }
      const fileName = inspectionFileName(period);
      inspectionFiles.push({
        slot,
        fileName,
        path: pathOf(slot, `${SAMPLE_FOLDERS.inspections}/${fileName}`),
        period,
        records,
        plan: filledInspectionPlan({
          template,
          roster,
          team,
          period,
          assignments,
          selfScores,
          records,
          selfHighRatio: settings.selfHighRatio,
        }),
      });
    });
  });

  const ledgerFiles = drafts.map((d): SampleLedgerFile & { slot: Slot } => ({
    slot: d.slot,
    fileName: d.fileName,
    path: pathOf(d.slot, `${SAMPLE_FOLDERS.ledgers}/${monthLabel(d.month)}/${d.fileName}`),
    plan: draftPlan(d, { template, settings, fingerprint }),
    unitCode: d.unit.code,
    month: d.month,
    scenario: d.scenario,
    facts: draftFacts(d, settings),
    superseded: d.superseded,
  }));
  return { quarters, template, roster, settings, team, months, drafts, ledgerFiles, inspectionFiles, missing };
}

/** The target rate of a period: the quarter's rate, spread ±1 over a two-period quarter. */
function periodRate(c: UnitCast, period: string, reviewed: string[][], slots: Slot[]): number {
  // The quarter whose review uses the period; the last one staged when none does.
  const found = reviewed.findIndex((list) => list.includes(period));
  const k = found < 0 ? reviewed.length - 1 : found;
  const slot = slots[k];
  const list = reviewed[k];
  const index = list.indexOf(period);
  // Tied units share the spread's direction as well as their rate, so their periods match too.
  const sign = hashLabel(c.script.tieKey ?? c.unit.code) % 2 === 0 ? 1 : -1;
  const spread = index < 0 || list.length < 2 ? 0 : (index - (list.length - 1) / 2) * 2 * sign;
  return c.script.rate[slot] + spread;
}

function dayOfNextMonth(month: string, day: number): string {
  return addDays(monthEnd(month), day);
}

/** 填报日期 of an ordinary ledger: the last day of the month or the first days of the next. */
function usualFilledDate(month: string, settings: ScoringSettings, prng: Prng): string {
  if (prng.chance(0.12)) return monthEnd(month);
  const due = ledgerDueDate(month, settings);
  const days = dayNumber(due) - dayNumber(monthEnd(month));
  // Most units send in the last two days before the deadline.
  return addDays(monthEnd(month), Math.max(1, days - prng.pick([0, 0, 1, 1, 2, 3, 4])));
}

function draftLedger(
  c: UnitCast,
  month: string,
  slot: Slot,
  monthIndex: number,
  earned: Record<string, number>,
  prng: Prng,
  settings: ScoringSettings,
): LedgerDraft {
  // 填报频次: the month's ledger lists only the indicators due that month.
  const indicators = c.indicators.filter((i) => isIndicatorDue(i, month, settings));
  const rows = indicators.map((indicator) =>
    draftRow({
      unit: c.unit,
      indicator,
      script: c.script,
      month,
      earned: earned[indicator.code],
      prng: prng.fork(indicator.code),
    }),
  );
  return {
    unit: c.unit,
    month,
    slot,
    monthIndex,
    indicators,
    header: { ...c.contacts, filledDate: usualFilledDate(month, settings, prng) },
    rows,
    invalid: [],
    quirks: [],
    scenario: [],
    fileName: '',
    superseded: false,
    corrected: false,
  };
}

function cloneDraft(d: LedgerDraft): LedgerDraft {
  return {
    ...d,
    header: { ...d.header },
    rows: d.rows.map((r) => ({ ...r })),
    invalid: [...d.invalid],
    quirks: [...d.quirks],
    scenario: [...d.scenario],
  };
}

/** The unit's ledgers of the period's latest month that has one (both files if resubmitted). */
function latestDrafts(drafts: LedgerDraft[], unitCode: string, period: string): LedgerDraft[] {
  const [first, second] = bimonthMonths(period);
  for (const month of [second, first]) {
    const found = drafts.filter((d) => d.unit.code === unitCode && d.month === month);
    if (found.length) return found;
  }
  return [];
}

function scenarioOf(d: LedgerDraft, settings: ScoringSettings): string[] {
  const late = dayNumber(d.header.filledDate) - dayNumber(ledgerDueDate(d.month, settings));
  const tags = [late > 0 ? `late:${late}` : 'on-time'];
  if (d.superseded) tags.push('superseded');
  else if (d.corrected) tags.push('resubmitted');
  tags.push(...d.quirks);
  for (const m of d.invalid) tags.push(`invalid:${m.kind}`);
  return tags;
}

function expectationsOf(
  drafts: LedgerDraft[],
  files: Array<SampleLedgerFile & { slot: Slot }>,
  missing: Array<{ unitCode: string; month: string; slot: Slot }>,
  months: string[],
): SampleExpectations {
  const current = files.filter((f) => f.slot === 1);
  const pathOf = (d: LedgerDraft) =>
    files.find((f) => f.fileName === d.fileName && f.month === d.month && f.unitCode === d.unit.code)!.path;
  const late = LATE.filter((e) => e.slot === 1).map((e) => ({
    unitCode: e.unitCode,
    month: months[e.monthIndex],
    daysLate: e.days,
  }));
  const resub = RESUBMISSIONS.find((r) => r.slot === 1)!;
  const resubMonth = months[resub.monthIndex];
  const pair = current.filter((f) => f.unitCode === resub.unitCode && f.month === resubMonth);
  return {
    lateUnits: [...new Set(late.map((l) => l.unitCode))],
    late,
    missing: missing.filter((m) => m.slot === 1).map(({ unitCode, month }) => ({ unitCode, month })),
    secondStatementUnit: PROMISED.secondStatement,
    tiedUnits: PROMISED.ties.map((t) => [...t]),
    invalidCells: drafts
      .filter((d) => d.slot === 1 && !d.superseded)
      .flatMap((d) => draftInvalidCells(d, pathOf(d))),
    experienceUnits: [...PROMISED.experience.县区, ...PROMISED.experience.市直],
    statementUnits: [...PROMISED.statements],
    previousStatementUnits: [...PROMISED.previousStatements],
    severeCivilizedUnit: PROMISED.severeCivilized,
    resubmission: {
      unitCode: resub.unitCode,
      month: resubMonth,
      superseded: pair.find((f) => f.superseded)!.fileName,
      kept: pair.find((f) => !f.superseded)!.fileName,
    },
    identification: drafts
      .filter((d) => d.slot === 1 && d.quirks.length)
      .flatMap((d) =>
        d.quirks.map((quirk) => ({
          file: d.fileName,
          path: pathOf(d),
          unitCode: d.unit.code,
          month: d.month,
          quirk,
        })),
      ),
  };
}
