import { formatNumber } from '../i18n/format';
import type { Localized } from '../i18n/lang';
import type { OutcomeKind } from './types';

/**
 * The scoring catalogue: every user-facing text of scoring, ranking and review outcomes in
 * zh-CN (default) and en. Logic never builds a sentence itself; it picks an entry here and
 * passes the numbers.
 */

export const OUTCOME_LABELS: Readonly<Record<OutcomeKind, Localized>> = Object.freeze({
  experience: { zh: '经验介绍', en: 'Experience presentation' },
  statement: { zh: '检查性发言', en: 'Self-critical statement' },
  criticism: { zh: '通报批评', en: 'Public criticism' },
  interview: { zh: '约谈主要领导', en: 'Interview with the main leaders' },
  disqualify: { zh: '取消年度综合考评评先资格', en: 'Disqualification from this year’s commendations' },
  revokeCivilized: { zh: '建议取消文明单位荣誉称号', en: 'Proposal to revoke the Civilized Unit title' },
});

/** Numbers as a person writes them (no float noise such as 80.50000000000001). */
const n = formatNumber;

const ZH_NUMERALS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 2 → 两, 3 → 三 … 10 → 十; larger counts stay in digits (连续 12 次). */
export function zhCount(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 10 ? ZH_NUMERALS[n] : ` ${n} `;
}

/** The two ranking groups in English. */
export const GROUP_TEXT: Readonly<Record<string, Localized>> = Object.freeze({
  县区: { zh: '县区', en: 'counties and districts' },
  市直: { zh: '市直', en: 'city departments' },
});
const groupEn = (group: string) => GROUP_TEXT[group]?.en ?? group;

const enTimes = (n: number) => (n === 2 ? 'twice' : n === 3 ? 'three times' : `${n} times`);

/** Reasons that trigger outcomes. */
export const TRIGGER_TEXT = {
  experienceTop: (p: {
    composite: number;
    group: string;
    rank: number;
    topN: number;
    min: number;
  }): Localized => ({
    zh: `综合得分 ${n(p.composite)}，${p.group}第 ${n(p.rank)} 名（前 ${n(p.topN)} 名且不低于 ${n(p.min)} 分）`,
    en: `composite ${n(p.composite)}, rank ${n(p.rank)} in ${groupEn(p.group)} (top ${n(p.topN)} with at least ${n(p.min)})`,
  }),
  statementBottom: (p: {
    composite: number;
    group: string;
    bottomRank: number;
    bottomN: number;
    below: number;
  }): Localized => ({
    zh: `综合得分 ${n(p.composite)}，${p.group}倒数第 ${n(p.bottomRank)} 名（后 ${n(p.bottomN)} 名且低于 ${n(p.below)} 分）`,
    en: `composite ${n(p.composite)}, ${ordinalFromBottom(p.bottomRank)} in ${groupEn(p.group)} (bottom ${n(p.bottomN)} and below ${n(p.below)})`,
  }),
  statementFloor: (p: { composite: number; floor: number }): Localized => ({
    zh: `综合得分 ${n(p.composite)} 低于 ${n(p.floor)} 分`,
    en: `composite ${n(p.composite)} is below ${n(p.floor)}`,
  }),
  statementStreak: (p: { streak: number }): Localized => ({
    zh: `连续${zhCount(p.streak)}次季度点评作检查性发言`,
    en: `self-critical statement at ${n(p.streak)} consecutive quarterly reviews`,
  }),
  severeComposite: (p: { composite: number; severeBelow: number }): Localized => ({
    zh: `综合得分 ${n(p.composite)} 低于 ${n(p.severeBelow)} 分，严重影响创建工作整体进度`,
    en: `composite ${n(p.composite)} is below ${n(p.severeBelow)}, seriously holding back the city’s progress`,
  }),
  severeMissingLedgers: (p: { missing: number; months: string; monthsEn: string }): Localized => ({
    zh: `本季度缺报台账 ${n(p.missing)} 期（${p.months}）`,
    en: `${n(p.missing)} monthly ledgers missing this quarter (${p.monthsEn})`,
  }),
  severeStreak: (p: { streak: number }): Localized => ({
    zh: `连续${zhCount(p.streak)}次季度点评作检查性发言`,
    en: `self-critical statement at ${n(p.streak)} consecutive quarterly reviews (${enTimes(p.streak)} running)`,
  }),
  officeAdded: (p: { reason: string }): Localized => ({
    zh: `办公室决定：${p.reason}`,
    en: `decided by the office: ${p.reason}`,
  }),
  civilizedHolder: (): Localized => ({
    zh: '该单位为文明单位',
    en: 'the unit holds the Civilized Unit title',
  }),
} as const;

function ordinalFromBottom(n: number): string {
  if (n === 1) return 'last';
  const suffix = n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix} from the bottom`;
}

/** Labels of the submission status matrix (报送情况). */
export const LEDGER_STATE_TEXT = {
  onTime: (): Localized => ({ zh: '按时', en: 'On time' }),
  late: (days: number): Localized => ({
    zh: `逾期 ${days} 天`,
    en: `${days} day${days === 1 ? '' : 's'} late`,
  }),
  missing: (): Localized => ({ zh: '未报送', en: 'Not submitted' }),
  notDue: (): Localized => ({ zh: '未到期', en: 'Not yet due' }),
  dateUnknown: (): Localized => ({ zh: '日期不明', en: 'Date unknown' }),
} as const;

/** Input problems found while scoring. */
export const WARNING_TEXT = {
  inspectionUnknownUnit: (p: { unitCode: string; period: string }): Localized => ({
    zh: `检查记录的单位代码 ${p.unitCode}（${p.period}）不在单位名录中，已忽略`,
    en: `Inspection records for unit code ${p.unitCode} (${p.period}) match no unit in the roster and were ignored`,
  }),
  inspectionUnknownIndicator: (p: { unitName: string; period: string; code: string }): Localized => ({
    zh: `${p.unitName} ${p.period} 的检查记录指标 ${p.code} 不在指标体系中，已忽略`,
    en: `${p.unitName}, ${p.period}: inspection record for indicator ${p.code}, which is not in the template, was ignored`,
  }),
  inspectionNotApplicable: (p: { unitName: string; period: string; code: string }): Localized => ({
    zh: `${p.unitName} ${p.period} 的检查记录指标 ${p.code} 不适用于该单位，已忽略`,
    en: `${p.unitName}, ${p.period}: indicator ${p.code} does not apply to the unit; its inspection record was ignored`,
  }),
  inspectionDuplicate: (p: { unitName: string; period: string; code: string; used: number }): Localized => ({
    zh: `${p.unitName} ${p.period} 指标 ${p.code} 有多条检查得分，采用最后一条（${n(p.used)} 分）`,
    en: `${p.unitName}, ${p.period}: indicator ${p.code} has several inspection scores; the last one (${n(p.used)}) was used`,
  }),
  ledgerUnknownUnit: (p: { unitCode: string; month: string }): Localized => ({
    zh: `${p.month} 台账的单位代码 ${p.unitCode} 不在单位名录中，已忽略`,
    en: `The ${p.month} ledger of unit code ${p.unitCode} matches no unit in the roster and was ignored`,
  }),
  ledgerDuplicate: (p: { unitName: string; month: string; kept: string }): Localized => ({
    zh: `${p.unitName} ${p.month} 台账收到多份，采用报送日期较晚的一份（${p.kept}）`,
    en: `${p.unitName} sent several ${p.month} ledgers; the one submitted later (${p.kept}) was used`,
  }),
  ledgerDateUnknown: (p: { unitName: string; month: string }): Localized => ({
    zh: `${p.unitName} ${p.month} 台账既无收到日期也无填报日期，按已报送但不按时计`,
    en: `${p.unitName}'s ${p.month} ledger has neither a received date nor a filled date; it counts as submitted but not on time`,
  }),
  ledgerValidRowsCapped: (p: {
    unitName: string;
    month: string;
    validRows: number;
    applicable: number;
  }): Localized => ({
    zh: `${p.unitName} ${p.month} 台账有效行数 ${n(p.validRows)} 超过适用指标数 ${n(p.applicable)}，按 ${n(p.applicable)} 计`,
    en: `${p.unitName}'s ${p.month} ledger reports ${n(p.validRows)} valid rows but only ${n(p.applicable)} indicators apply; counted as ${n(p.applicable)}`,
  }),
  noApplicableIndicators: (p: { unitName: string }): Localized => ({
    zh: `指标体系中没有适用于 ${p.unitName} 的指标，其得分率按 0 计`,
    en: `No indicator of the template applies to ${p.unitName}; its score rate counts as 0`,
  }),
  rosterDuplicateCode: (p: { unitCode: string; unitName: string }): Localized => ({
    zh: `单位名录中单位代码 ${p.unitCode} 重复（${p.unitName}），只计第一次出现的单位`,
    en: `Unit code ${p.unitCode} appears more than once in the roster (${p.unitName}); only the first entry counts`,
  }),
} as const;
