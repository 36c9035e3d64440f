import type { Unit } from '../model/types';
import { makeFinding, type Finding } from '../problems/finding';
import { resolveUnit } from '../roster/resolveUnit';
import type { OfficeEffect } from './outcomes';
import type {
  OfficeAction,
  OfficeChange,
  OfficeDecisionInput,
  OfficeDecisionResult,
  SelectedOutcomeKind,
} from './types';

/**
 * 办公室调整: the work plan has the office *select* the units for 经验介绍 and 检查性发言, so
 * the computed lists are proposals it may change — each change with its reason. This module
 * reads what the office typed (words as people write them), finds the unit in the roster, and
 * turns each line into a change for `decideOutcomes` or a finding saying why not.
 */

const OUTCOME_WORDS: Readonly<Record<string, SelectedOutcomeKind>> = {
  经验介绍: 'experience',
  作经验介绍: 'experience',
  experience: 'experience',
  检查性发言: 'statement',
  作检查性发言: 'statement',
  statement: 'statement',
};

const ACTION_WORDS: Readonly<Record<string, OfficeAction>> = {
  增加: 'add',
  加入: 'add',
  添加: 'add',
  增列: 'add',
  add: 'add',
  取消: 'remove',
  删除: 'remove',
  去掉: 'remove',
  移出: 'remove',
  不安排: 'remove',
  remove: 'remove',
};

/** Typed words compared without spaces (also full-width ones) and case. */
const key = (s: string) => s.replace(/[\s\u3000]+/g, '').toLowerCase();

export function officeOutcomeKind(word: string): SelectedOutcomeKind | null {
  return OUTCOME_WORDS[key(word)] ?? null;
}

export function officeAction(word: string): OfficeAction | null {
  return ACTION_WORDS[key(word)] ?? null;
}

/** The decisions ready for `decideOutcomes`, per unit and list, and the lines already refused. */
export interface PreparedDecisions {
  /** unitCode → list → the change and its line's index in the input. */
  byUnit: Map<string, Partial<Record<SelectedOutcomeKind, { change: OfficeChange; index: number }>>>;
  /** One per input line, in input order; `status` is final for refused lines. */
  results: OfficeDecisionResult[];
}

/**
 * Reads the office's lines: each names a list, an action, a unit of the roster and a reason, or
 * is refused with a finding (no reason, unknown unit or words). Where two lines concern the same
 * unit and list, the later one counts.
 */
export function prepareOfficeDecisions(
  inputs: readonly OfficeDecisionInput[],
  roster: readonly Unit[],
): PreparedDecisions {
  const results: OfficeDecisionResult[] = [];
  const byUnit: PreparedDecisions['byUnit'] = new Map();
  inputs.forEach((input, index) => {
    const kind = officeOutcomeKind(input.outcome);
    const action = officeAction(input.action);
    const typed = input.unit.trim();
    const resolution = typed ? resolveUnit(typed, roster) : null;
    const unit = resolution?.unit ?? null;
    const result: OfficeDecisionResult = {
      input,
      kind,
      action,
      unitCode: unit?.code ?? null,
      unitName: unit?.name ?? null,
      status: 'refused',
      finding: null,
    };
    results.push(result);
    const words = { action: input.action.trim(), outcome: input.outcome.trim() };
    if (!kind || !action) {
      result.finding = makeFinding('office-decision-unknown-outcome', words, input.location);
      return;
    }
    if (!unit) {
      const candidates = (resolution && !resolution.unit ? resolution.candidates : []).slice(0, 3).map((u) => u.name).join('、');
      result.finding = makeFinding(
        'office-decision-unknown-unit',
        candidates ? { unit: typed, candidates } : { unit: typed },
        input.location,
      );
      return;
    }
    if (!input.reason.trim()) {
      result.finding = makeFinding('office-decision-no-reason', { ...words, unit: unit.name }, input.location);
      return;
    }
    const forUnit = byUnit.get(unit.code) ?? {};
    const earlier = forUnit[kind];
    if (earlier) {
      const laterRow = input.location?.row ?? index + 1;
      const superseded = results[earlier.index];
      superseded.finding = makeFinding(
        'office-decision-duplicate',
        { unit: unit.name, outcome: superseded.input.outcome.trim(), laterRow },
        superseded.input.location,
      );
    }
    forUnit[kind] = { change: { action, reason: input.reason.trim() }, index };
    byUnit.set(unit.code, forUnit);
  });
  return { byUnit, results };
}

/** A unit's changes as `decideOutcomes` takes them. */
export function officeChangesOf(
  prepared: PreparedDecisions,
  unitCode: string,
): Partial<Record<SelectedOutcomeKind, OfficeChange>> | undefined {
  const forUnit = prepared.byUnit.get(unitCode);
  if (!forUnit) return undefined;
  const out: Partial<Record<SelectedOutcomeKind, OfficeChange>> = {};
  if (forUnit.experience) out.experience = forUnit.experience.change;
  if (forUnit.statement) out.statement = forUnit.statement.change;
  return out;
}

/** Records what `decideOutcomes` did with a unit's changes on their lines. */
export function settleOfficeDecisions(
  prepared: PreparedDecisions,
  unitCode: string,
  effects: Partial<Record<SelectedOutcomeKind, OfficeEffect>>,
): void {
  const forUnit = prepared.byUnit.get(unitCode);
  if (!forUnit) return;
  for (const kind of ['experience', 'statement'] as const) {
    const entry = forUnit[kind];
    const effect = effects[kind];
    if (!entry || !effect) continue;
    const result = prepared.results[entry.index];
    const words = { action: result.input.action.trim(), outcome: result.input.outcome.trim(), unit: result.unitName ?? '' };
    result.status = effect === 'applied' ? 'applied' : effect === 'conflict' ? 'refused' : 'no-effect';
    result.finding = findingOf(effect, words, result);
  }
}

function findingOf(
  effect: OfficeEffect,
  words: { action: string; outcome: string; unit: string },
  result: OfficeDecisionResult,
): Finding | null {
  const at = result.input.location;
  switch (effect) {
    case 'applied':
      return null;
    case 'conflict':
      return makeFinding('office-decision-conflict', words, at);
    case 'already-listed':
      return makeFinding('office-decision-already-listed', words, at);
    case 'not-listed':
      return makeFinding('office-decision-not-listed', words, at);
  }
}
