/**
 * The review workbook's catalogue: every sentence the review sheets write, and every error the
 * builder raises, in zh-CN (the workbook's language) and en. Builders pick `.zh`; the add-in and
 * the CLI can show `.en`.
 */
export interface ReviewText {
  zh: string;
  en: string;
}

const t = (zh: string, en: string): ReviewText => ({ zh, en });

/** A list of names for a sentence, or 无 / none. */
export function listOf(items: readonly string[], lang: 'zh' | 'en'): string {
  if (items.length === 0) return lang === 'zh' ? '无' : 'none';
  return items.join(lang === 'zh' ? '、' : ', ');
}

export const REVIEW_TEXT = {
  // Sheet notes.
  rankingNote: () =>
    t(
      '得分率、检查得分率、报送及时率、填报质量、综合得分、排名、并列均为公式：得分率按“指标得分”汇总，报送及时率和填报质量按“报送情况”的报送明细计算；' +
        '综合得分 = ROUND(检查得分率权重×检查得分率 + 及时率权重×报送及时率×100 + 质量权重×填报质量×100, 小数位)，权重和小数位引用“评分规则”；排名为组内 RANK.EQ。' +
        '“分析原因”“会议备注”由办公室填写，重新生成时按单位编码保留。',
      'Rates, composite, rank and ties are formulas over 指标得分 and 报送情况, with the weights and decimals of 评分规则; ' +
        'rank is RANK.EQ within the group. 分析原因 and 会议备注 are typed by the office and kept by unit code when the workbook is rebuilt.',
    ),
  submissionNote: (dueDay: number) =>
    t(
      `每月 ${dueDay} 日前（含当日）报送上月台账；报送日期以办公室登记的收到日期为准（在“文件清单”填写），未登记的按台账填报日期。` +
        '按时 = 报送日期不晚于截止日期；逾期天数 = 报送日期 − 截止日期；有效行数 = 无错误的台账行数（不超过应填行数）。',
      `Ledgers are due by day ${dueDay} of the next month (inclusive). The submission date is the office's 收到日期 (typed in 文件清单), ` +
        'else the ledger’s 填报日期. 按时 = submitted on or before the due date; 有效行数 = rows without errors (at most the applicable rows).',
    ),
  outcomeNote: () =>
    t(
      '经验介绍、检查性发言名单由系统按评分规则提出，是建议：办公室可在下方“办公室调整”中增加或取消单位，须写明理由，重新生成后生效（通报批评、约谈、历次点评和公文随之按确认后的名单）。' +
        '标“拟提议”的事项（取消年度综合考评评先资格、建议取消文明单位荣誉称号）须经办公室在“办公室确认”列选择“同意”后方可执行，不自动生效。办公室填写的内容重新生成时保留。',
      'The 经验介绍 and 检查性发言 lists are proposals computed by the rules: the office adds or removes units in 办公室调整 below, each with a reason; ' +
        'they take effect when the review is built again (criticism, interviews, the history and the documents then follow the confirmed lists). ' +
        'Items marked 拟提议 take effect only when the office chooses 同意 in the 办公室确认 column. What the office typed is kept when the workbook is rebuilt.',
    ),
  decisionSubtitle: (title: string, lines: number, applied: number) =>
    t(
      `${title}（经验介绍、检查性发言）${lines ? `：${lines} 项，已生效 ${applied} 项` : ''}`,
      `${title} (office decisions on 经验介绍 and 检查性发言)${lines ? `: ${lines}, ${applied} in effect` : ''}`,
    ),
  decisionNote: () =>
    t(
      '每行一项：选择点评结果和调整（增加 / 取消），选择单位名称（或填写单位编码），写明调整理由（必填，没有理由的调整不生效）；保存后重新运行“季度点评”生效，“处理结果”说明是否生效。',
      'One decision a line: choose the outcome and 增加 (add) or 取消 (remove), choose the unit (or type its code), and give the reason (required: without one the change does not take effect); run the review again to apply it — 处理结果 says whether it took effect.',
    ),
  decisionEnd: () =>
    t('（如需更多行，请在本行上方插入整行。）', '(Insert whole rows above this line for more decisions.)'),
  officeRemoved: (reason: string) => t(`办公室取消：${reason}`, `removed by the office: ${reason}`),
  officeCounts: (added: number, removed: number) => {
    const zh = [added ? `办公室增加 ${added} 个` : '', removed ? `办公室取消 ${removed} 个` : ''].filter(Boolean);
    const en = [added ? `${added} added by the office` : '', removed ? `${removed} removed by the office` : ''].filter(Boolean);
    return t(zh.length ? `；${zh.join('，')}` : '', en.length ? `; ${en.join(', ')}` : '');
  },
  problemNote: () =>
    t(
      '来源：报送 = 台账逾期或未报送；检查 = 双月检查组发现的问题及扣分原因；台账 = 单位在台账“存在问题”栏自报的问题；校验 = 台账校验错误汇总（明细见“问题清单”）；评分 = 自评分明显高于检查得分的指标。',
      'Sources: 报送 late or missing ledgers; 检查 problems found by the inspection team; 台账 problems the unit reported; ' +
        '校验 validation errors (details in 问题清单); 评分 self-scores well above the inspection score.',
    ),
  rectificationNote: (asOf: string) =>
    t(
      `整改事项：双月检查发现的问题，以及通报问题中的报送、校验、评分问题；上季度未销号的事项转入本表。“单位自报”“自报情况”取自各单位台账的“整改情况”表，“复查情况”取自下一轮检查评分表的“整改复查”表。` +
        `“整改情况”“销号依据”“完成时间”由办公室填写，重新生成时按问题编号保留；办公室核实佐证材料后同时填写“完成时间”和“销号依据”即为销号，单位自报已完成不等于销号。状态按 ${asOf} 计：已销号、已逾期（超过整改时限未销号）、整改中。`,
      `Items: problems the inspection rounds found, and the 通报问题 of ledgers late or missing, ledger errors and 自评偏高; items still open in the last review carry over. ` +
        `单位自报 comes from the units' ledgers (整改情况 sheet), 复查情况 from the next round's 整改复查. The office types 整改情况, 销号依据 and 完成时间 (kept by item id); ` +
        `an item is closed only when the office fills both 完成时间 and 销号依据 — a unit's 已完成 closes nothing. States as of ${asOf}: closed, overdue, open.`,
    ),
  ledgerRowsNote: () =>
    t(
      '本季度采用的全部台账行（同一单位同一月份以较晚报送的一份为准）。校验结果“有错误”的行不计为有效行（影响填报质量），具体问题见“问题清单”。',
      'Every row of the ledgers used this quarter (for a unit and month the later submission counts). Rows with errors do not count toward quality.',
    ),
  fileNote: () =>
    t(
      '本次汇总收到的全部文件及处理结果。台账的“收到日期”由办公室填写（实际收到台账的日期，优先于填报日期计算是否按时），重新生成时按“单位编码|月份”保留。',
      'Every file received and what became of it. 收到日期 (the day a ledger actually arrived; it wins over the ledger’s own date) is typed by the office and kept by unit|month.',
    ),
  findingNote: () =>
    t(
      '每个文件校验发现的全部问题，按文件、严重程度排列；单元格为 Excel 地址（行号从 1 开始）。',
      'Every finding of every file, by file and severity; cells are Excel A1 addresses.',
    ),
  historyNote: () =>
    t(
      '各季度点评会议作检查性发言的单位（含本季度），以及各季度的综合得分和排名。下一季度生成点评时从本表读取，用于判断“连续两次作检查性发言”（通报批评、约谈）和“较上季度”变化。',
      'Units that made a self-critical statement at each quarterly review, this quarter included, and each quarter\'s composites and ranks; the next review reads it for consecutive statements and the change against the previous quarter.',
    ),

  // Problem lines.
  ledgerStateProblem: (month: string, label: string) =>
    t(`${month}台账${label}`, `${month} ledger: ${label}`),
  validationSummary: (errors: number, rows: number) =>
    t(
      `台账校验发现 ${errors} 处错误，涉及 ${rows} 行（不计为有效行，影响填报质量）`,
      `${errors} validation errors in ${rows} rows (those rows are not valid, which lowers 填报质量)`,
    ),
  selfHighProblem: (n: number) =>
    t(
      `${n} 项指标自评分明显高于检查得分（自评偏高）`,
      `${n} indicators self-scored well above the inspection score`,
    ),

  // Errors.
  ledgerNotConsolidated: (unit: string, month: string) =>
    t(
      `点评结果显示 ${unit} ${month} 的台账已报送，但汇总结果中没有这份台账：请用同一次汇总的结果生成点评`,
      `The review counts ${unit}'s ${month} ledger as submitted, but the consolidation does not hold it: build the review from the same consolidation`,
    ),
  qualityMismatch: (unit: string, library: number, sheet: number) =>
    t(
      `${unit} 的填报质量与汇总台账不一致（评分 ${library}，台账 ${sheet}）：请用同一次汇总的结果生成点评`,
      `${unit}: quality ${library} from scoring differs from ${sheet} in the consolidated ledgers: build the review from the same consolidation`,
    ),
} as const;

/** The sentences of the 点评通报 draft. */
export const SUMMARY_TEXT = {
  historyMissing: (previous: string, previousZh: string) =>
    t(
      `说明：未找到${previousZh}的点评工作簿，本次未能判定“连续两次作检查性发言”（通报批评、约谈）；请提供${previous}的点评工作簿后重新生成。`,
      `Note: the review of ${previous} was not found, so the rule of two consecutive self-critical statements (public criticism, interview) could not be applied; give ${previous}'s review and build this one again.`,
    ),
  title: (quarterZh: string, quarter: string) =>
    t(
      `${quarterZh}法治政府建设示范市创建工作点评通报（草稿）`,
      `Quarterly review of the model-city programme, ${quarter} (draft)`,
    ),
  intro: (p: { reviewDate: string; periodsZh: string; periods: string; monthsZh: string; months: string }) =>
    t(
      `点评会议日：${p.reviewDate}。本季度双月检查期间：${p.periodsZh}；台账月份：${p.monthsZh}。本稿由系统根据汇总数据生成，数字以“综合排名”等工作表为准，请办公室修改完善后使用。`,
      `Review meeting: ${p.reviewDate}. Inspection periods: ${p.periods}; ledger months: ${p.months}. Generated from the consolidated data; edit before use.`,
    ),
  heading1: () => t('一、总体情况', '1. Overview'),
  submissions: (p: {
    due: number;
    units: number;
    months: number;
    onTime: number;
    late: number;
    missing: number;
  }) =>
    t(
      `本季度应报台账 ${p.due} 份（${p.units} 个单位 × ${p.months} 个月），按时报送 ${p.onTime} 份，逾期报送 ${p.late} 份，未报送 ${p.missing} 份。`,
      `${p.due} ledgers were due (${p.units} units × ${p.months} months): ${p.onTime} on time, ${p.late} late, ${p.missing} missing.`,
    ),
  lateUnits: (zh: string, en: string) => t(`逾期报送：${zh}。`, `Late: ${en}.`),
  missingUnits: (zh: string, en: string) => t(`未报送：${zh}。`, `Missing: ${en}.`),
  inspections: (p: { periods: number; average: string; unchecked: number; selfHigh: number }) =>
    t(
      `本季度开展双月检查 ${p.periods} 次，各单位平均检查得分率 ${p.average}；未经检查、按自评分计分的指标 ${p.unchecked} 项次，自评偏高 ${p.selfHigh} 项次。`,
      `${p.periods} bimonthly inspections; mean inspection score rate ${p.average}; ${p.unchecked} indicator scores taken from self-scores (unchecked), ${p.selfHigh} self-scores flagged as too high.`,
    ),
  heading2: () => t('二、综合排名', '2. Ranking'),
  groupLine: (p: {
    group: string;
    count: number;
    top: string;
    bottom: string;
    topEn: string;
    bottomEn: string;
  }) =>
    t(
      `${p.group}（${p.count} 个单位）：综合得分居前的是 ${p.top}；居后的是 ${p.bottom}。`,
      `${p.group} (${p.count} units): top ${p.topEn}; bottom ${p.bottomEn}.`,
    ),
  tiedNote: () =>
    t('（并列者名次相同，下一名次顺延。）', '(Tied units share a rank; the next rank is skipped.)'),
  heading3: () => t('三、点评结果', '3. Outcomes'),
  outcomeLine: (label: string, labelEn: string, proposed: boolean, zh: string, en: string) =>
    t(
      `${label}${proposed ? '（拟提议，待办公室确认）' : ''}：${zh}。`,
      `${labelEn}${proposed ? ' (proposal, pending the office’s confirmation)' : ''}: ${en}.`,
    ),
  heading4: () => t('四、存在的主要问题', '4. Main problems'),
  problemCounts: (p: {
    inspectionProblems: number;
    inspectionUnits: number;
    ledgerProblems: number;
    validationErrors: number;
    validationUnits: number;
  }) =>
    t(
      `双月检查发现问题 ${p.inspectionProblems} 条，涉及 ${p.inspectionUnits} 个单位；各单位台账自报存在问题 ${p.ledgerProblems} 条；台账校验错误 ${p.validationErrors} 处，涉及 ${p.validationUnits} 个单位（明细见“通报问题”“问题清单”）。`,
      `${p.inspectionProblems} problems found by inspections (${p.inspectionUnits} units); ${p.ledgerProblems} problems reported in ledgers; ${p.validationErrors} validation errors (${p.validationUnits} units).`,
    ),
  problemItem: (p: { unit: string; periodZh: string; period: string; code: string; problem: string }) =>
    t(
      `${p.unit}（${p.periodZh}，指标 ${p.code}）：${p.problem}`,
      `${p.unit} (${p.period}, indicator ${p.code}): ${p.problem}`,
    ),
  problemArea: (p: { area: string; count: number; units: number; examples: string; examplesEn: string }) =>
    t(
      `${p.area}方面：${p.count} 条，涉及 ${p.units} 个单位。如${p.examples}。`,
      `${p.area}: ${p.count} problems in ${p.units} units, e.g. ${p.examplesEn}.`,
    ),
  problemOtherAreas: (areas: number, count: number) =>
    t(`其他 ${areas} 个方面共 ${count} 条（明细见“通报问题”）。`, `${count} more in ${areas} other areas (see 通报问题).`),
  heading5: () => t('五、下步要求', '5. Next steps'),
  nextSteps: () =>
    t(
      '各单位要对照“通报问题”“整改台账”逐项分析原因，在整改时限内完成整改，并在下月工作台账的“整改情况”表中逐项填报整改进展，附佐证材料；整改完成由办公室核实后销号。作检查性发言的单位要在点评会议上说明原因和整改措施。',
      'Units analyse each problem in 通报问题 and 整改台账, rectify within the deadline and report progress item by item, with evidence, in the 整改情况 sheet of next month’s ledger; the office closes an item once it has checked it. Units making a statement explain causes and measures at the meeting.',
    ),
  dataNotes: () => t('数据说明：', 'Data notes:'),
} as const;
