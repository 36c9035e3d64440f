import { makeFinding, type Finding } from '../problems/finding';
import { PERIODIC_FREQUENCIES, type PeriodicFrequency, type UnitGroup } from '../model/types';

/**
 * 评分规则: every number of SPEC section 4 as a setting with its default. Stored in the template
 * workbook (sheet 评分规则) so the office can see and change them; each review states the
 * settings it used.
 */
export interface ScoringSettings {
  /** Ledgers of month M are due on this day of month M+1, inclusive (默认 5 日). */
  ledgerDueDay: number;
  /** The review of quarter Q is held on this day of the month after Q (默认 15 日). */
  reviewDay: number;
  /**
   * 双月检查 (a round) runs in the month after its bimonth: units finish their 自查 by this day
   * (默认 6 日, after the second month's ledger is due)…
   */
  roundSelfCheckDay: number;
  /** …the inspection team checks from this day… (默认 7 日) */
  roundStartDay: number;
  /** …to this day (默认 12 日), before the 点评会议 that uses a quarter's last round. */
  roundEndDay: number;
  /** 整改时限 of a problem given none: this many days after the round ends or the review is held (默认 30 天). */
  rectificationDays: number;
  /** 自评偏高: self-score above inspection score by more than this share of the points. */
  selfHighRatio: number;
  /** Weight of the mean inspection score rate in the composite (默认 0.8). */
  weightInspection: number;
  /** Weight of ledger timeliness (默认 0.1). */
  weightTimeliness: number;
  /** Weight of ledger quality (默认 0.1). */
  weightQuality: number;
  /** Decimals the composite is rounded to (ROUND in the sheet). */
  compositeDecimals: number;
  /** 经验介绍: top N per group… */
  experienceTopN: Record<UnitGroup, number>;
  /** …with a composite of at least this. */
  experienceMin: number;
  /** 检查性发言: bottom N per group… */
  statementBottomN: Record<UnitGroup, number>;
  /** …with a composite below this… */
  statementBelow: number;
  /** …plus any unit below this. */
  statementFloor: number;
  /** Consecutive 检查性发言 that bring 通报批评 + 约谈. */
  criticismStreak: number;
  /** Severe: composite below this… */
  severeBelow: number;
  /** …or at least this many ledgers missing in the quarter… */
  severeMissingLedgers: number;
  /** …or 检查性发言 this many times running. */
  severeStatementStreak: number;
  /** Self-scores must be a multiple of this (默认 0.5). */
  selfScoreStep: number;
  /** Group the functional zones (开发区、工业园区、示范区) rank with. */
  functionalZoneGroup: UnitGroup;
  /**
   * 填报月份: the months (1–12) whose ledgers carry the indicators of each frequency other than
   * 每月 (默认 双月 2、4…12，每季度 3、6、9、12，每半年 6、12，每年 12).
   */
  dueMonths: Readonly<Record<PeriodicFrequency, readonly number[]>>;
  /**
   * 创建起始月份: the first month whose ledger is due (the work plan, 濮法政办〔2021〕10号 of
   * 2021-01-25, asks for January's ledger by 5 February). Empty: the earliest month received.
   */
  campaignStart: string;
}

export const DEFAULT_SETTINGS: Readonly<ScoringSettings> = Object.freeze({
  ledgerDueDay: 5,
  reviewDay: 15,
  roundSelfCheckDay: 6,
  roundStartDay: 7,
  roundEndDay: 12,
  rectificationDays: 30,
  selfHighRatio: 0.1,
  weightInspection: 0.8,
  weightTimeliness: 0.1,
  weightQuality: 0.1,
  compositeDecimals: 2,
  experienceTopN: Object.freeze({ 县区: 2, 市直: 3 }) as Record<UnitGroup, number>,
  experienceMin: 90,
  statementBottomN: Object.freeze({ 县区: 2, 市直: 3 }) as Record<UnitGroup, number>,
  statementBelow: 80,
  statementFloor: 60,
  criticismStreak: 2,
  severeBelow: 60,
  severeMissingLedgers: 2,
  severeStatementStreak: 3,
  selfScoreStep: 0.5,
  functionalZoneGroup: '县区',
  dueMonths: Object.freeze({
    双月: Object.freeze([2, 4, 6, 8, 10, 12]),
    每季度: Object.freeze([3, 6, 9, 12]),
    每半年: Object.freeze([6, 12]),
    每年: Object.freeze([12]),
  }) as Record<PeriodicFrequency, readonly number[]>,
  campaignStart: '2021-01',
});

/**
 * One problem with a settings value: a finding of the registry (`settings-…`) whose `params.key`
 * names the setting (the 评分规则 sheet finds its row by that key).
 */
export type SettingsProblem = Finding;

export class InvalidSettingsError extends Error {
  constructor(public readonly problems: SettingsProblem[]) {
    super(`评分规则设置无效：${problems.map((p) => p.message).join('；')}`);
    this.name = 'InvalidSettingsError';
  }
}

type Check = (s: ScoringSettings) => SettingsProblem | null;

/** A number in [min, max]; `integer` also asks for a whole number. */
const inRange =
  (integer: boolean) =>
  (key: keyof ScoringSettings, label: string, min: number, max: number): Check =>
  (s) => {
    const v = s[key];
    const ok = typeof v === 'number' && (integer ? Number.isInteger(v) : Number.isFinite(v)) && v >= min && v <= max;
    return ok ? null : makeFinding(integer ? 'settings-integer-range' : 'settings-number-range', { key, label, min, max, value: String(v) });
  };
const integerIn = inRange(true);
const numberIn = inRange(false);

const perGroup =
  (key: 'experienceTopN' | 'statementBottomN', label: string): Check =>
  (s) => {
    const v = s[key] as unknown;
    const ok =
      !!v &&
      typeof v === 'object' &&
      (['县区', '市直'] as const).every((g) => {
        const n = (v as Record<string, unknown>)[g];
        return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 100;
      });
    return ok ? null : makeFinding('settings-per-group', { key, label });
  };

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

const dueMonthsCheck: Check = (s) => {
  const v = s.dueMonths as unknown;
  if (!v || typeof v !== 'object') return makeFinding('settings-due-months', { key: 'dueMonths', frequency: '', value: String(v) });
  for (const f of PERIODIC_FREQUENCIES) {
    const months = (v as Record<string, unknown>)[f];
    const ok =
      Array.isArray(months) &&
      months.length > 0 &&
      months.every((m) => typeof m === 'number' && Number.isInteger(m) && m >= 1 && m <= 12) &&
      new Set(months).size === months.length;
    if (!ok) return makeFinding('settings-due-months', { key: `dueMonths.${f}`, frequency: f, value: Array.isArray(months) ? months.join('、') : String(months) });
  }
  return null;
};

const CHECKS: Check[] = [
  integerIn('ledgerDueDay', '台账报送截止日', 1, 28),
  integerIn('reviewDay', '季度点评会议日', 1, 28),
  integerIn('roundSelfCheckDay', '单位自查截止日', 1, 28),
  integerIn('roundStartDay', '检查组检查开始日', 1, 28),
  integerIn('roundEndDay', '检查组检查结束日', 1, 28),
  integerIn('rectificationDays', '整改期限天数', 1, 365),
  numberIn('selfHighRatio', '自评偏高阈值', 0, 1),
  numberIn('weightInspection', '检查得分率权重', 0, 1),
  numberIn('weightTimeliness', '报送及时率权重', 0, 1),
  numberIn('weightQuality', '填报质量权重', 0, 1),
  integerIn('compositeDecimals', '综合得分小数位', 0, 6),
  perGroup('experienceTopN', '经验介绍名额'),
  numberIn('experienceMin', '经验介绍最低综合得分', 0, 100),
  perGroup('statementBottomN', '检查性发言名额'),
  numberIn('statementBelow', '检查性发言综合得分上限', 0, 100),
  numberIn('statementFloor', '检查性发言兜底线', 0, 100),
  integerIn('criticismStreak', '通报批评连续次数', 2, 12),
  numberIn('severeBelow', '严重滞后综合得分线', 0, 100),
  integerIn('severeMissingLedgers', '严重滞后缺报台账数', 1, 3),
  integerIn('severeStatementStreak', '严重滞后连续检查性发言次数', 2, 12),
  numberIn('selfScoreStep', '自评分最小单位', 0.01, 100),
  dueMonthsCheck,
  (s) =>
    s.campaignStart === '' || (typeof s.campaignStart === 'string' && MONTH_RE.test(s.campaignStart))
      ? null
      : makeFinding('settings-campaign-start', { key: 'campaignStart', value: String(s.campaignStart) }),
  (s) =>
    s.functionalZoneGroup === '县区' || s.functionalZoneGroup === '市直'
      ? null
      : makeFinding('settings-zone-group', { key: 'functionalZoneGroup', value: String(s.functionalZoneGroup) }),
  (s) =>
    Math.abs(s.weightInspection + s.weightTimeliness + s.weightQuality - 1) < 1e-9
      ? null
      : makeFinding('settings-weights-sum', {
          key: 'weightInspection',
          inspection: s.weightInspection,
          timeliness: s.weightTimeliness,
          quality: s.weightQuality,
        }),
  (s) =>
    s.experienceMin >= s.statementBelow
      ? null
      : makeFinding('settings-experience-below-statement', { key: 'experienceMin', experienceMin: s.experienceMin, statementBelow: s.statementBelow }),
  // B3's round and the Q2 review fall in the same month (July): the round must end before it.
  (s) =>
    s.roundSelfCheckDay <= s.roundStartDay && s.roundStartDay <= s.roundEndDay && s.roundEndDay < s.reviewDay
      ? null
      : makeFinding('settings-round-order', {
          key: 'roundStartDay',
          selfCheck: s.roundSelfCheckDay,
          start: s.roundStartDay,
          end: s.roundEndDay,
          review: s.reviewDay,
        }),
  (s) =>
    s.statementFloor <= s.statementBelow
      ? null
      : makeFinding('settings-floor-above-line', { key: 'statementFloor', statementFloor: s.statementFloor, statementBelow: s.statementBelow }),
];

/** Every problem with the settings, all at once (empty when valid). */
export function checkSettings(settings: ScoringSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  CHECKS.forEach((check, i) => {
    try {
      const p = check(settings);
      if (p) problems.push(p);
    } catch {
      problems.push(makeFinding('settings-malformed', { key: String(i + 1) }));
    }
  });
  return problems;
}

/**
 * Defaults overlaid with the given values, validated. Throws {@link InvalidSettingsError}
 * listing every problem when any value is out of range.
 */
export function resolveSettings(overrides: Partial<ScoringSettings> = {}): ScoringSettings {
  const merged: ScoringSettings = {
    ...DEFAULT_SETTINGS,
    ...overrides,
    experienceTopN: { ...DEFAULT_SETTINGS.experienceTopN, ...(overrides.experienceTopN ?? {}) },
    statementBottomN: { ...DEFAULT_SETTINGS.statementBottomN, ...(overrides.statementBottomN ?? {}) },
    dueMonths: { ...DEFAULT_SETTINGS.dueMonths, ...(overrides.dueMonths ?? {}) },
  };
  const problems = checkSettings(merged);
  if (problems.length) throw new InvalidSettingsError(problems);
  return merged;
}
