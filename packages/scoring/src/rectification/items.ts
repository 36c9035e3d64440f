import { statesProblem } from '../normalize/noProblem';
import type { InspectionRecord } from '../model/types';
import { addDays, addMonths, bimonthMonths, isIsoDate, isoDate, parseMonth } from '../periods/periods';
import type { ScoringSettings } from '../settings/settings';
import { rectificationId } from './id';
import type { RectificationItem, RectificationSource } from './types';

type RoundSettings = Pick<ScoringSettings, 'roundSelfCheckDay' | 'roundStartDay' | 'roundEndDay' | 'rectificationDays'>;

/** The dates of a round (双月检查), all ISO: it runs in the month after its bimonth. */
export interface RoundSchedule {
  period: string;
  /** `2021-05` for 2021-B2. */
  month: string;
  /** 单位自查 finished by (inclusive). */
  selfCheckBy: string;
  /** 检查组检查 from … to (inclusive). */
  start: string;
  end: string;
  /** 整改时限 of a problem the team gave none. */
  defaultDeadline: string;
}

export function roundSchedule(period: string, settings: RoundSettings): RoundSchedule {
  const month = addMonths(bimonthMonths(period)[1], 1);
  const { year, month: m } = parseMonth(month)!;
  const day = (d: number) => isoDate(year, m, d);
  const end = day(settings.roundEndDay);
  return {
    period,
    month,
    selfCheckBy: day(settings.roundSelfCheckDay),
    start: day(settings.roundStartDay),
    end,
    defaultDeadline: addDays(end, settings.rectificationDays),
  };
}

const nonBlank = (s: string | null | undefined): s is string => !!s && s.trim() !== '';

/**
 * The problem an inspection record states, for its item and its id: the team's 发现问题, else
 * its 扣分原因, else the 整改要求 itself. The review's 通报问题 lists the same text under the
 * same id.
 */
export function inspectionProblemText(r: Pick<InspectionRecord, 'problems' | 'deductionReason' | 'rectification'>): string {
  return statesProblem(r.problems) ? r.problems : nonBlank(r.deductionReason) ? r.deductionReason : r.rectification;
}

/**
 * Whether an inspection record states a problem to rectify: a 发现问题 or a 整改要求 (SPEC §10:
 * each problem *found* gets an id). A score alone does not, and neither does a 扣分原因 alone —
 * it explains the points taken off (the 检查反馈单 and 通报问题 show it), but the team wrote no
 * problem to rectify, so it is no 整改 item.
 */
export function inspectionFindsProblem(r: Pick<InspectionRecord, 'problems' | 'deductionReason' | 'rectification'>): boolean {
  // "无" / "暂无" in 发现问题 or 整改要求 is not an item to rectify.
  return statesProblem(r.problems) || statesProblem(r.rectification);
}

/** The 整改要求 of an item whose source gave none. */
export const DEFAULT_REQUIREMENT: Readonly<Record<RectificationSource, string>> = {
  检查: '对照检查发现的问题逐项整改，补齐佐证材料',
  报送: '严格落实每月按时报送工作台账的要求，明确专人负责',
  校验: '对照问题清单更正台账错误，此后按模板规范填报',
  评分: '对照评分标准如实自评，自评分与佐证材料相符',
};

/** An item from its parts: the id computed, a missing requirement or deadline filled in. */
export function rectificationItem(p: {
  unitCode: string;
  source: RectificationSource;
  period: string;
  indicatorCode: string;
  problem: string;
  requirement?: string;
  deadline?: string | null;
  /** The deadline where `deadline` is none. */
  defaultDeadline: string | null;
}): RectificationItem {
  return {
    id: rectificationId(p),
    unitCode: p.unitCode,
    source: p.source,
    period: p.period,
    indicatorCode: p.indicatorCode,
    problem: p.problem,
    requirement: nonBlank(p.requirement) ? p.requirement : DEFAULT_REQUIREMENT[p.source],
    deadline: p.deadline && isIsoDate(p.deadline) ? p.deadline : p.defaultDeadline,
  };
}

/**
 * The items an inspection round found: one per record that states a problem, with the team's
 * 整改要求 and 整改时限 (else the defaults: the round's end plus the rectification days).
 * Records of the same id (the same problem listed twice) give one item.
 */
export function inspectionItems(records: readonly InspectionRecord[], settings: RoundSettings): RectificationItem[] {
  const out = new Map<string, RectificationItem>();
  for (const r of records) {
    if (!inspectionFindsProblem(r)) continue;
    const item = rectificationItem({
      unitCode: r.unitCode,
      source: '检查',
      period: r.period,
      indicatorCode: r.indicatorCode,
      problem: inspectionProblemText(r),
      requirement: r.rectification,
      deadline: r.deadline,
      defaultDeadline: roundSchedule(r.period, settings).defaultDeadline,
    });
    if (!out.has(item.id)) out.set(item.id, item);
  }
  return [...out.values()];
}
