import type { Indicator, LedgerRow, LedgerStatus, Unit } from '@ledger-review/scoring';
import type { UnitScript } from './cast';
import type { Prng } from './prng';
import { roundHalf } from './scorePlan';
import { themeOf, type Pace, type TextContext } from './workText';

/**
 * One ledger row as the unit would fill it in a given month: status and progress follow the
 * work's pace through the year (推进中 → 已完成 → 常态化), the text follows the indicator's theme,
 * and the self-score starts from what the unit really earned, sometimes talked up (自评偏高).
 */
export interface RowDraftInput {
  unit: Unit;
  indicator: Indicator;
  script: UnitScript;
  /** `YYYY-MM` */
  month: string;
  /** What the unit earned on this indicator in the month's inspection period. */
  earned: number;
  prng: Prng;
}

export interface RowStage {
  status: LedgerStatus;
  progress: number | null;
  stage: TextContext['stage'];
  /** Month (1–12) the work starts, for 未启动 rows' next steps. */
  startMonth: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round5 = (x: number) => Math.round(x / 5) * 5;

/** Where a piece of work stands in month `monthNo` for a unit `delay` months behind plan. */
export function stageOf(
  pace: Pace,
  monthNo: number,
  delay: number,
  shortfall: boolean,
  prng: Prng,
): RowStage {
  if (pace.kind === 'routine') {
    // A recurring duty done with gaps is reported as still being brought up to standard.
    if (shortfall && prng.chance(0.35))
      return { status: '推进中', progress: prng.pick([80, 85, 90, 95]), stage: 'routine', startMonth: 1 };
    return { status: '常态化', progress: 100, stage: 'routine', startMonth: 1 };
  }
  const done = clamp(pace.due + delay, 1, 12);
  const start = clamp(done - pace.span + 1, 1, done);
  if (monthNo < start) return { status: '未启动', progress: 0, stage: 'notStarted', startMonth: start };
  if (monthNo < done) {
    const share = (monthNo - start + 1) / (done - start + 1);
    return {
      status: '推进中',
      progress: clamp(round5(share * 100), 10, 95),
      stage: 'progress',
      startMonth: start,
    };
  }
  if (monthNo === done) return { status: '已完成', progress: 100, stage: 'done', startMonth: start };
  return { status: '常态化', progress: 100, stage: 'done', startMonth: start };
}

/** The self-score the unit writes: what it earned, or more when it is optimistic. */
export function selfScoreFor(indicator: Indicator, earned: number, script: UnitScript, prng: Prng): number {
  if (earned >= indicator.points || !prng.chance(script.optimism)) return earned;
  // Optimists claim (nearly) full marks: more than 10% of the points above what they earned.
  const claim = prng.chance(0.6)
    ? indicator.points
    : earned + Math.max(0.5, roundHalf(indicator.points * 0.25));
  return Math.min(indicator.points, roundHalf(claim));
}

/** Whether the unit reports the indicator as 不适用 (only where the template allows it). */
export function reportsNotApplicable(unit: Unit, indicator: Indicator): boolean {
  return indicator.allowNotApplicable && (themeOf(indicator).notApplicable?.when(unit) ?? false);
}

export function draftRow(input: RowDraftInput): LedgerRow {
  const { unit, indicator, script, month, earned, prng } = input;
  const theme = themeOf(indicator);
  const year = Number(month.slice(0, 4));
  const monthNo = Number(month.slice(5, 7));
  if (theme.notApplicable && reportsNotApplicable(unit, indicator)) {
    return {
      row: 0,
      code: indicator.code,
      workDone: '',
      status: '不适用',
      progress: null,
      actual: null,
      evidence: '',
      selfScore: indicator.points,
      problems: '',
      nextSteps: '',
      remarks: theme.notApplicable.remark,
    };
  }
  const shortfall = earned < indicator.points;
  const stage = stageOf(theme.pace, monthNo, script.delay, shortfall, prng);
  const ctx: TextContext = {
    unit,
    year,
    monthNo,
    prng,
    weak: shortfall,
    stage: stage.stage,
    progress: stage.progress ?? 0,
  };
  let text = theme.write(ctx);
  if (stage.stage === 'notStarted' && text.workDone !== '') {
    text = {
      workDone: '',
      evidence: '',
      nextSteps: `计划于${stage.startMonth}月启动，已明确责任科室和时间节点`,
    };
  }
  const actual =
    indicator.target && stage.stage !== 'notStarted'
      ? text.actual !== undefined
        ? text.actual
        : shortfall
          ? roundHalf(indicator.target.value * 0.9)
          : indicator.target.value
      : null;
  const ownsUp = shortfall && prng.chance(0.7);
  return {
    row: 0,
    code: indicator.code,
    workDone: text.workDone,
    status: stage.status,
    progress: stage.progress,
    actual,
    evidence: text.evidence,
    selfScore: selfScoreFor(indicator, earned, script, prng),
    problems: ownsUp ? prng.pick(theme.problems) : '',
    nextSteps: text.nextSteps,
    remarks: text.remarks ?? '',
  };
}
