/**
 * A realistic 2021Q2 built in code for the review workbook tests: six 县区 units (one functional
 * zone) and six 市直 units, inspections for 2021-B2 and 2021-B3, late, missing and undated
 * ledgers, a tie in each group, an unchecked self-score, a 自评偏高, decimal inspection scores,
 * a unit with a 检查性发言 last quarter, invalid ledger rows, and unit text that starts with
 * `=`, `+`, `-`, `@`.
 */
import {
  AREAS,
  DEFAULT_ROSTER,
  applicableIndicators,
  makeFinding,
  reviewQuarter,
  type Indicator,
  type IndicatorTemplate,
  type InspectionRecord,
  type LedgerRow,
  type PriorReview,
  type QuarterReview,
  type Unit,
} from '@ledger-review/scoring';
import {
  accountFor,
  ledgerFacts,
  type ConsolidatedLedger,
  type Consolidation,
  type FileAccount,
} from '@ledger-review/workbook';

export const QUARTER = '2021Q2';
export const MONTHS = ['2021-04', '2021-05', '2021-06'] as const;
export const PERIODS = ['2021-B2', '2021-B3'] as const;

/** Unit-supplied text that a careless writer would turn into formulas. */
export const HOSTILE = {
  workDone: '=HYPERLINK("http://example.com","点击查看")',
  problems: '+86 热线未及时回复',
  nextSteps: '-继续推进备案审查',
  remarks: '@办公室 请核实',
  inspectionProblem: '=1+1 台账佐证材料缺失',
  deduction: '-0.5 分：未按时公开',
  analysis: '=SUM(A1:A3) 领导重视不够',
} as const;

const ind = (
  code: string,
  points: number,
  appliesTo: Indicator['appliesTo'],
  text: string,
  target?: number,
): Indicator => ({
  code,
  area: Number(code.split('.')[0]) as Indicator['area'],
  text,
  points,
  standard: '按要求完成得满分，每缺一项扣 0.5 分',
  evidence: '工作方案、会议纪要等',
  target: target === undefined ? undefined : { value: target, unit: '%' },
  appliesTo,
  allowNotApplicable: false,
  frequency: '每月',
});

export const TEMPLATE: IndicatorTemplate = {
  version: '2021.test',
  name: '测试指标体系',
  areas: AREAS.map((a) => ({ ...a })),
  indicators: [
    ind('1.1', 5, { kind: 'all' }, '深化“放管服”改革，公布权责清单'),
    ind('1.2', 4, { kind: 'all' }, '优化法治化营商环境'),
    ind('2.1', 5, { kind: 'all' }, '规范性文件备案审查报备率', 100),
    ind('2.2', 3, { kind: 'group', group: '县区' }, '乡镇（街道）合法性审查全覆盖'),
    ind('3.1', 5, { kind: 'all' }, '重大行政决策程序规范'),
    ind('4.1', 6, { kind: 'all' }, '服务型行政执法年度工作按时完成', 100),
    ind('4.2', 4, { kind: 'group', group: '市直' }, '行政执法“三项制度”落实'),
    ind('5.1', 5, { kind: 'all' }, '政府信息公开'),
    ind('6.1', 4, { kind: 'all' }, '行政复议应诉，行政机关负责人出庭应诉'),
    ind('7.1', 3, { kind: 'all' }, '领导干部学法用法'),
    ind('8.1', 5, { kind: 'all' }, '主要负责人履行推进法治建设第一责任人职责'),
    ind('8.2', 2, { kind: 'units', unitCodes: ['SZ01'] }, '法治政府建设示范创建牵头协调'),
  ],
};

/** How well each unit works: drives its inspection and self scores. Equal strengths make ties. */
const STRENGTH: Record<string, number> = {
  XQ01: 0.97,
  XQ02: 0.93,
  XQ03: 0.9,
  XQ04: 0.7,
  XQ05: 0.84,
  XQ07: 0.84,
  SZ01: 0.98,
  SZ02: 0.9,
  SZ03: 0.9,
  SZ04: 0.86,
  SZ05: 0.8,
  SZ06: 0.62,
};

/** 文明单位 in this sample (the default roster's flags are sample values of their own). */
const CIVILIZED = new Set(['XQ01', 'XQ03', 'SZ01', 'SZ02', 'SZ05']);

/**
 * The twelve units this sample gives a strength, as the default roster has them (names, groups,
 * kinds), without aliases and with this sample's 文明单位.
 */
export const ROSTER: Unit[] = DEFAULT_ROSTER.filter((u) => u.code in STRENGTH).map((u) => ({
  ...u,
  aliases: [],
  civilized: CIVILIZED.has(u.code),
}));

const half = (x: number) => Math.round(x * 2) / 2;

/** Ledger arrival: 填报日期 per unit and month; null = missing; 'undated' = received without any date. */
const FILLED: Record<string, Partial<Record<string, string | null | 'undated'>>> = {
  XQ03: { '2021-04': '2021-05-08' }, // 3 days late
  XQ04: { '2021-05': null }, // missing
  SZ05: { '2021-05': null, '2021-06': null }, // two missing: severe
  SZ06: { '2021-06': 'undated' },
};
/** 收到日期 the office recorded (wins over 填报日期). */
const RECEIVED: Record<string, string> = { 'SZ04|2021-05': '2021-06-07' };

export interface SampleQuarter {
  template: IndicatorTemplate;
  roster: Unit[];
  consolidation: Consolidation;
  history: PriorReview[];
  review: QuarterReview;
}

function inspectionScore(u: Unit, indicator: Indicator, i: number, period: number): number {
  // Decimal scores the inspection team sometimes gives (not only halves): the sums must still
  // agree between the library and the spreadsheet engine.
  if (u.code === 'XQ01' && indicator.code === '4.1' && period === 0) return 5.3;
  if (u.code === 'SZ04' && indicator.code === '5.1') return 4.1;
  if (u.code === 'XQ05' && indicator.code === '1.2' && period === 1) return 3.3;
  if (u.code === 'XQ07' && indicator.code === '1.2' && period === 1) return 3.3;
  const s = Math.max(0, Math.min(1, STRENGTH[u.code] - 0.05 * ((i + period) % 3)));
  return half(indicator.points * s);
}

function ledgerRows(
  u: Unit,
  month: string,
  indicators: Indicator[],
): { rows: LedgerRow[]; invalid: number[] } {
  const rows: LedgerRow[] = [];
  const invalid: number[] = [];
  indicators.forEach((indicator, i) => {
    const row = 6 + i;
    const self = Math.min(indicator.points, half(indicator.points * (STRENGTH[u.code] + 0.03)));
    const lagging = STRENGTH[u.code] < 0.75;
    rows.push({
      row,
      code: indicator.code,
      workDone: i === 0 && u.code === 'XQ02' ? HOSTILE.workDone : `${month} 完成${indicator.text}相关工作`,
      status: lagging && i % 3 === 0 ? '推进中' : '常态化',
      progress: lagging && i % 3 === 0 ? 60 : 100,
      actual: indicator.target ? 100 : null,
      evidence: '会议纪要、工作台账',
      // XQ01 rates itself generously on 1.1 in June: above the inspection score by more than 10 % of 分值.
      selfScore: u.code === 'XQ01' && indicator.code === '1.1' && month === '2021-06' ? 5 : self,
      problems:
        u.code === 'XQ04' && i === 1 ? HOSTILE.problems : u.code === 'SZ06' && i === 2 ? '专业人员不足' : '',
      nextSteps: i === 2 && u.code === 'XQ02' ? HOSTILE.nextSteps : '持续推进',
      remarks: i === 3 && u.code === 'XQ02' ? HOSTILE.remarks : '',
    });
    // Lagging units and one careless month leave rows with errors (they do not count toward quality).
    if ((lagging && i % 4 === 1) || (u.code === 'XQ03' && month === '2021-05' && i === 0)) invalid.push(row);
  });
  return { rows, invalid };
}

export function buildSampleQuarter(
  overrides: { inspectionScore?: (u: Unit, code: string, period: string, base: number) => number } = {},
): SampleQuarter {
  const ledgers: ConsolidatedLedger[] = [];
  const files: FileAccount[] = [];
  const findings: Consolidation['findings'] = [];
  for (const u of ROSTER) {
    const indicators = applicableIndicators(TEMPLATE, u);
    for (const month of MONTHS) {
      const planned = FILLED[u.code]?.[month];
      if (planned === null) continue;
      const filledDate =
        planned === 'undated'
          ? null
          : (planned ??
            `${month.slice(0, 5)}${String(Number(month.slice(5)) + 1).padStart(2, '0')}-0${1 + (u.code.charCodeAt(3) % 4)}`);
      const file = `${u.name}${Number(month.slice(5))}月台账.xlsx`;
      const { rows, invalid } = ledgerRows(u, month, indicators);
      for (const r of invalid) {
        findings.push({
          code: 'work-done-empty',
          severity: 'error',
          message: `第 ${r} 行：完成状态不是“未启动”时，须填写本月工作完成情况`,
          messageEn: `row ${r}: work done is required unless the status is 未启动`,
          file,
          sheet: '工作台账',
          row: r,
          column: 'F',
        } as unknown as Consolidation['findings'][number]);
      }
      const receivedDate = RECEIVED[`${u.code}|${month}`] ?? null;
      ledgers.push({
        file,
        unitCode: u.code,
        unitName: u.name,
        month,
        header: {
          unitName: u.name,
          unitCode: u.code,
          month,
          filler: '张三',
          phone: '0393-6666679',
          filledDate,
          reviewer: '李四',
        },
        rows,
        selfScores: Object.fromEntries(rows.map((r) => [r.code, r.selfScore])),
        invalidRows: invalid,
        validRows: indicators.length - invalid.length,
        applicableRows: indicators.length,
        receivedDate,
      });
      files.push(
        accountFor(file, {
          kind: 'ledger',
          status: invalid.length ? 'accepted-with-errors' : 'accepted',
          unitCode: u.code,
          unitName: u.name,
          period: month,
          filledDate,
          receivedDate,
          errors: invalid.length,
          reason: invalid.length
            ? makeFinding('account-rows-invalid', { rows: invalid.length, errors: invalid.length }, { file })
            : makeFinding('account-valid', {}, { file }),
        }),
      );
    }
  }
  // A corrected file that replaced an earlier one, and a file nobody could read.
  const old = '清丰县4月台账（旧）.xlsx';
  files.push(
    accountFor(old, {
      kind: 'ledger',
      status: 'superseded',
      unitCode: 'XQ03',
      unitName: '清丰县',
      period: '2021-04',
      filledDate: '2021-05-07',
      warnings: 1,
      reason: makeFinding(
        'account-superseded',
        { other: '清丰县4月台账.xlsx', otherDate: '2021-05-08' },
        { file: old },
      ),
    }),
  );
  files.push(
    accountFor('=cmd|calc.xlsx', {
      errors: 1,
      reason: makeFinding('file-not-zip', {}, { file: '=cmd|calc.xlsx' }),
    }),
  );
  findings.push({
    code: 'xlsx-malformed',
    severity: 'error',
    message: '不是有效的 Excel 工作簿',
    file: '=cmd|calc.xlsx',
  } as unknown as Consolidation['findings'][number]);

  const inspections: InspectionRecord[] = [];
  PERIODS.forEach((period, p) => {
    for (const u of ROSTER) {
      applicableIndicators(TEMPLATE, u).forEach((indicator, i) => {
        // Not scored by the team: XQ02's 3.1 in B3 falls back to its self-score (未经检查).
        const unscored = u.code === 'XQ02' && indicator.code === '3.1' && period === '2021-B3';
        const base = inspectionScore(u, indicator, i, p);
        const score = unscored
          ? null
          : (overrides.inspectionScore?.(u, indicator.code, period, base) ?? base);
        const lost = score !== null && score < indicator.points;
        inspections.push({
          period,
          unitCode: u.code,
          indicatorCode: indicator.code,
          score,
          deductionReason: lost
            ? u.code === 'XQ04' && i === 0
              ? HOSTILE.deduction
              : `扣 ${indicator.points - score!} 分：资料不全`
            : '',
          problems:
            lost && i % 2 === 0
              ? u.code === 'XQ04' && i === 0
                ? HOSTILE.inspectionProblem
                : `${indicator.text}佐证材料不完整`
              : '',
          rectification: lost && i % 2 === 0 ? '补齐佐证材料并报办公室备案' : '',
          deadline: lost && i % 2 === 0 ? '2021-07-31' : null,
          inspector: '王五',
        });
      });
    }
    const file = `${period} 检查评分表.xlsx`;
    files.push(
      accountFor(file, {
        kind: 'inspection',
        status: 'accepted',
        period,
        reason: makeFinding('account-inspection-records', { records: 0 }, { file }),
      }),
    );
  });

  const consolidation: Consolidation = { ledgers, inspections, files, findings };
  const history: PriorReview[] = [{ quarter: '2021Q1', statementUnitCodes: ['XQ04', 'SZ06'] }];
  const review = reviewQuarter({
    quarter: QUARTER,
    template: TEMPLATE,
    roster: ROSTER,
    ledgers: ledgers.map(ledgerFacts),
    inspections,
    history,
  });
  return { template: TEMPLATE, roster: ROSTER, consolidation, history, review };
}
