import type { UnitGroup } from '../model/types';
import { monthLabel, previousQuarter } from '../periods/periods';
import type { ScoringSettings } from '../settings/settings';
import { OUTCOME_LABELS, TRIGGER_TEXT } from './messages';
import type {
  OfficeChange,
  OutcomeKind,
  OutcomeTrigger,
  PriorReview,
  ReviewOutcome,
  SelectedOutcomeKind,
} from './types';

/** What deciding a unit's outcomes needs, once its group has been ranked. */
export interface OutcomeFacts {
  group: UnitGroup;
  composite: number;
  /** RANK.EQ within the group. */
  rank: number;
  /** 1 + units of the group with a strictly lower composite. */
  bottomRank: number;
  /** Months of the quarter without a ledger. */
  missingMonths: readonly string[];
  civilized: boolean;
  /** Consecutive reviews with 检查性发言 right before this one. */
  previousStreak: number;
  /** The office's change to each computed list for this unit (办公室调整), if any. */
  office?: Partial<Record<SelectedOutcomeKind, OfficeChange>>;
}

/**
 * What an office change did: `applied`; `already-listed` (added, but the rules already propose
 * the unit); `not-listed` (removed, but the rules do not propose it); `conflict` (it would give
 * the unit both 经验介绍 and 检查性发言, so it was not applied).
 */
export type OfficeEffect = 'applied' | 'already-listed' | 'not-listed' | 'conflict';

export interface OutcomeDecision {
  /** The confirmed outcomes. */
  outcomes: ReviewOutcome[];
  /** Consecutive reviews with 检查性发言 including this one (0 without one this time). */
  statementStreak: number;
  /** Computed 经验介绍 / 检查性发言 the office removed. */
  overruled: ReviewOutcome[];
  /** What each office change given did. */
  office: Partial<Record<SelectedOutcomeKind, OfficeEffect>>;
}

/** The history as quarter → units that made a 检查性发言 there. */
export function statementHistory(history: readonly PriorReview[] = []): Map<string, Set<string>> {
  const byQuarter = new Map<string, Set<string>>();
  for (const review of history) {
    let set = byQuarter.get(review.quarter);
    if (!set) byQuarter.set(review.quarter, (set = new Set()));
    for (const code of review.statementUnitCodes) set.add(code);
  }
  return byQuarter;
}

/**
 * Consecutive reviews right before `quarter` at which the unit made a 检查性发言. Walks back one
 * quarter at a time; a quarter without a statement — or missing from the history — ends the
 * run, so the count resets after a review without one.
 */
export function previousStatementStreak(
  unitCode: string,
  quarter: string,
  history: Map<string, Set<string>>,
): number {
  let streak = 0;
  let q = previousQuarter(quarter);
  while (history.get(q)?.has(unitCode)) {
    streak++;
    q = previousQuarter(q);
  }
  return streak;
}

/**
 * The review outcomes of one unit (SPEC §4, every threshold from the settings):
 * - 经验介绍: rank ≤ experienceTopN[group] and composite ≥ experienceMin;
 * - 检查性发言: bottom rank ≤ statementBottomN[group] and composite < statementBelow, or
 *   composite < statementFloor; it wins over 经验介绍 (the settings check already prevents both);
 * - 通报批评 + 约谈主要领导: statement streak ≥ criticismStreak;
 * - 取消评先资格 (proposed): composite < severeBelow, or missing ledgers ≥ severeMissingLedgers,
 *   or statement streak ≥ severeStatementStreak; plus 建议取消文明单位荣誉称号 (proposed) for a
 *   文明单位.
 * Ranks count ties, so units tied at a cut-off are all included.
 *
 * The 经验介绍 and 检查性发言 lists are proposals (SPEC §10): `facts.office` adds or removes the
 * unit, with a reason, before the streak is counted, so 通报批评, 约谈 and the severe streak
 * follow the confirmed list. A change that would give the unit both is not applied.
 */
export function decideOutcomes(facts: OutcomeFacts, settings: ScoringSettings): OutcomeDecision {
  const { group, composite } = facts;
  const outcomes: ReviewOutcome[] = [];
  const overruled: ReviewOutcome[] = [];
  const office: OutcomeDecision['office'] = {};

  const statementTriggers: OutcomeTrigger[] = [];
  const bottomN = settings.statementBottomN[group];
  if (facts.bottomRank <= bottomN && composite < settings.statementBelow) {
    const params = {
      composite,
      group,
      bottomRank: facts.bottomRank,
      bottomN,
      below: settings.statementBelow,
    };
    statementTriggers.push({ code: 'statement-bottom', params, ...TRIGGER_TEXT.statementBottom(params) });
  }
  if (composite < settings.statementFloor) {
    const params = { composite, floor: settings.statementFloor };
    statementTriggers.push({ code: 'statement-floor', params, ...TRIGGER_TEXT.statementFloor(params) });
  }
  const ruleStatement = statementTriggers.length > 0;

  const topN = settings.experienceTopN[group];
  let experienceOutcome: ReviewOutcome | null = null;
  if (!ruleStatement && facts.rank <= topN && composite >= settings.experienceMin) {
    const params = { composite, group, rank: facts.rank, topN, min: settings.experienceMin };
    experienceOutcome = outcome(
      'experience',
      [{ code: 'experience-top', params, ...TRIGGER_TEXT.experienceTop(params) }],
      false,
    );
  }
  let statementOutcome = ruleStatement ? outcome('statement', statementTriggers, false) : null;

  // The office's changes: removals first, so an addition may take the place of what was removed.
  const removed = (o: ReviewOutcome, change: OfficeChange) => overruled.push({ ...o, office: change });
  const choice = facts.office ?? {};
  if (choice.statement?.action === 'remove') {
    if (statementOutcome) removed(statementOutcome, choice.statement);
    office.statement = statementOutcome ? 'applied' : 'not-listed';
    statementOutcome = null;
  }
  if (choice.experience?.action === 'remove') {
    if (experienceOutcome) removed(experienceOutcome, choice.experience);
    office.experience = experienceOutcome ? 'applied' : 'not-listed';
    experienceOutcome = null;
  }
  const added = (kind: SelectedOutcomeKind, change: OfficeChange): ReviewOutcome => {
    const params = { reason: change.reason };
    return { ...outcome(kind, [{ code: 'office-added', params, ...TRIGGER_TEXT.officeAdded(params) }], false), office: change };
  };
  if (choice.statement?.action === 'add') {
    if (ruleStatement) office.statement = 'already-listed';
    else if (experienceOutcome) office.statement = 'conflict';
    else {
      statementOutcome = added('statement', choice.statement);
      office.statement = 'applied';
    }
  }
  if (choice.experience?.action === 'add') {
    if (experienceOutcome) office.experience = 'already-listed';
    else if (statementOutcome) office.experience = 'conflict';
    else {
      experienceOutcome = added('experience', choice.experience);
      office.experience = 'applied';
    }
  }
  if (experienceOutcome) outcomes.push(experienceOutcome);
  if (statementOutcome) outcomes.push(statementOutcome);
  const statement = statementOutcome !== null;

  const streak = statement ? facts.previousStreak + 1 : 0;
  if (streak >= settings.criticismStreak) {
    const params = { streak };
    const triggers = [{ code: 'statement-streak', params, ...TRIGGER_TEXT.statementStreak(params) }];
    outcomes.push(outcome('criticism', triggers, false), outcome('interview', triggers, false));
  }

  const severe: OutcomeTrigger[] = [];
  if (composite < settings.severeBelow) {
    const params = { composite, severeBelow: settings.severeBelow };
    severe.push({ code: 'severe-composite', params, ...TRIGGER_TEXT.severeComposite(params) });
  }
  const missing = facts.missingMonths.length;
  if (missing >= settings.severeMissingLedgers) {
    const params = {
      missing,
      months: facts.missingMonths.map(monthLabel).join('、'),
      monthsEn: facts.missingMonths.join(', '),
    };
    severe.push({ code: 'severe-missing-ledgers', params, ...TRIGGER_TEXT.severeMissingLedgers(params) });
  }
  if (streak >= settings.severeStatementStreak) {
    const params = { streak };
    severe.push({ code: 'severe-statement-streak', params, ...TRIGGER_TEXT.severeStreak(params) });
  }
  if (severe.length > 0) {
    // Severe outcomes are proposals: the office confirms them in the review sheet.
    outcomes.push(outcome('disqualify', severe, true));
    if (facts.civilized) {
      outcomes.push(
        outcome(
          'revokeCivilized',
          [...severe, { code: 'civilized-holder', params: {}, ...TRIGGER_TEXT.civilizedHolder() }],
          true,
        ),
      );
    }
  }
  return { outcomes, statementStreak: streak, overruled, office };
}

function outcome(kind: OutcomeKind, triggers: OutcomeTrigger[], proposed: boolean): ReviewOutcome {
  const label = OUTCOME_LABELS[kind];
  return {
    kind,
    label: label.zh,
    labelEn: label.en,
    proposed,
    reasonCode: triggers.map((t) => t.code).join('+'),
    params: Object.assign({}, ...triggers.map((t) => t.params)),
    reason: triggers.map((t) => t.zh).join('；'),
    reasonEn: triggers.map((t) => t.en).join('; '),
    triggers,
  };
}
