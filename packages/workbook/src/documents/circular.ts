import { UNIT_GROUPS } from '@ledger-review/scoring';
import type { Attachment, Block, GongwenSpec } from './gongwen';
import type { DocOutcome, DocUnit, ReviewDocumentModel } from './model';
import type { DocumentSettings } from './settings';
import { addDays, addressee, bimonthLabel, chineseDate, groupTitle, listZh, percentText, quarterLabel, rateText, scoreText } from './text';
import { interviewee } from '../review/summarySheet';

/** 2021-04..2021-06 → 2021年4—6月 */
const monthsText = (months: readonly string[]) =>
  months.length ? `${months[0].slice(0, 4)}年${Number(months[0].slice(5))}—${Number(months.at(-1)!.slice(5))}月` : '';

/** A weight as a percentage: 0.8 → 80%. */
const pct = (w: number) => `${Number((w * 100).toFixed(2))}%`;

const ZH_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const h1 = (i: number, text: string): Block => ({ kind: 'h1', text: `${ZH_NUM[i]}、${text}` });
const h2 = (i: number, text: string, rest?: string): Block => ({ kind: 'h2', text: `（${ZH_NUM[i]}）${text}`, rest });

/** The working day on or before a date (a notice is not dated on a Saturday or Sunday). */
function workdayOnOrBefore(iso: string): string {
  let d = iso;
  for (let day = new Date(`${d}T00:00:00Z`).getUTCDay(); day === 0 || day === 6; day = new Date(`${d}T00:00:00Z`).getUTCDay()) d = addDays(d, -1);
  return d;
}

/** The units with a decided outcome of the kind, in the workbook's order. */
export function decidedUnits(model: ReviewDocumentModel, kind: DocOutcome['kind']): DocUnit[] {
  const codes = new Set(model.outcomes.filter((o) => o.kind === kind && o.decided).map((o) => o.unitCode));
  return model.units.filter((u) => codes.has(u.code));
}

export const withScore = (model: ReviewDocumentModel, u: DocUnit) => `${u.name}（${scoreText(model, u.composite)}分）`;

/** The attachment of the 通报: every unit's scores and rank, one table per group. */
export function rankingAttachment(model: ReviewDocumentModel): Attachment {
  const blocks: Block[] = [];
  UNIT_GROUPS.forEach((g, i) => {
    const units = model.units.filter((u) => u.group === g);
    if (!units.length) return;
    blocks.push({ kind: 'p', indent: false, text: { text: `${ZH_NUM[i]}、${groupTitle(g)}（${units.length}个）`, font: 'heiti' } });
    blocks.push({
      kind: 'table',
      // 五号, so a tie's “4（并列）” and the longest department name stay on one line.
      size: 21,
      columns: [2, 5, 1.9, 1.9, 1.9, 1.9],
      header: ['排名', '单位', '检查得分率', '报送及时率', '填报质量', '综合得分'],
      align: ['center', 'left', 'right', 'right', 'right', 'right'],
      rows: units.map((u) => [
        `${u.rank}${u.tied ? '（并列）' : ''}`,
        u.name,
        rateText(u.inspectionRate),
        percentText(u.timeliness),
        percentText(u.quality),
        scoreText(model, u.composite),
      ]),
    });
  });
  blocks.push({
    kind: 'p',
    indent: false,
    text: `注：综合得分＝检查得分率×${pct(model.weights.inspection)}＋报送及时率×${pct(model.weights.timeliness)}＋填报质量×${pct(model.weights.quality)}（按“评分规则”），得分相同的名次并列。`,
  });
  const q = quarterLabel(model.quarter);
  return { title: `${q}法治政府建设示范市创建工作考评得分及排名`, titleLines: [`${q}法治政府建设示范市`, '创建工作考评得分及排名'], blocks };
}

/** 关于2021年第二季度法治政府建设示范市创建工作点评情况的通报 */
export function circularSpec(model: ReviewDocumentModel, settings: DocumentSettings, number: string, date: string): GongwenSpec {
  const q = quarterLabel(model.quarter);
  const body: Block[] = [];
  const units = model.units;
  const score = (v: number) => scoreText(model, v);
  const avg = (list: DocUnit[]) => (list.length ? list.reduce((s, u) => s + u.composite, 0) / list.length : 0);

  body.push({
    kind: 'p',
    text: `根据${settings.basis}要求，市法治政府建设领导小组办公室以${model.periods.map(bimonthLabel).join('、')}双月检查结果和${monthsText(model.months)}工作台账报送情况为依据，对各县（区）和市直有关单位${q}法治政府建设示范市创建工作进行了考评。现将有关情况通报如下：`,
  });

  // 一、总体情况
  body.push(h1(0, '总体情况'));
  const counties = units.filter((u) => u.group === '县区');
  const departments = units.filter((u) => u.group === '市直');
  const above = units.filter((u) => u.composite >= model.experienceMin).length;
  const below = units.filter((u) => u.composite < model.statementBelow).length;
  body.push(
    h2(
      0,
      '考评总体情况。',
      `本季度共考评${units.length}个单位，其中县（区）${counties.length}个（含开发区、工业园区、示范区），市直单位${departments.length}个。县（区）平均综合得分${score(avg(counties))}分，市直单位平均综合得分${score(avg(departments))}分；综合得分${model.experienceMin}分以上的${above}个，${model.statementBelow}分至${model.experienceMin}分的${units.length - above - below}个，${model.statementBelow}分以下的${below}个。`,
    ),
  );
  const cells = units.flatMap((u) => u.ledgers.map((l) => ({ u, l })));
  const late = cells.filter((c) => /^逾期/.test(c.l.label));
  const missing = cells.filter((c) => c.l.label === '未报送');
  const month = (m: string) => `${Number(m.slice(5))}月`;
  let ledgers = `本季度应报送工作台账${cells.length}份，按时报送${cells.filter((c) => c.l.onTime).length}份，逾期报送${late.length}份，未报送${missing.length}份。`;
  if (late.length) ledgers += `逾期报送的是：${late.map((c) => `${c.u.name}（${month(c.l.month)}，${c.l.label}）`).join('、')}。`;
  if (missing.length) ledgers += `未报送的是：${missing.map((c) => `${c.u.name}（${month(c.l.month)}）`).join('、')}。`;
  body.push(h2(1, '台账报送情况。', ledgers));

  // 二、考评结果
  body.push(h1(1, '考评结果'));
  UNIT_GROUPS.forEach((g, i) => {
    const list = units.filter((u) => u.group === g);
    if (!list.length) return;
    const top = list.filter((u) => u.rank <= 3);
    const bottomRank = Math.max(...list.map((u) => u.rank));
    const tail = list.filter((u) => u.rank > 3 && u.rank >= bottomRank - 2);
    body.push(
      h2(
        i,
        `${groupTitle(g)}。`,
        `综合得分排在前列的是${listZh(top.map((u) => withScore(model, u)))}；排在后列的是${listZh(tail.map((u) => withScore(model, u)))}。`,
      ),
    );
  });
  body.push({ kind: 'p', text: '各单位考评得分及排名详见附件。' });

  // 三、点评结果
  body.push(h1(2, '点评结果'));
  const experience = decidedUnits(model, 'experience');
  const statement = decidedUnits(model, 'statement');
  const criticism = decidedUnits(model, 'criticism');
  const disqualify = decidedUnits(model, 'disqualify');
  const revoke = decidedUnits(model, 'revokeCivilized');
  const outcomeLines: string[] = [];
  outcomeLines.push(
    experience.length
      ? `根据考评结果，${listZh(experience.map((u) => u.name))}创建工作成效明显，在点评会议上作经验介绍`
      : '本季度没有单位达到经验介绍的条件',
  );
  outcomeLines.push(
    statement.length
      ? `${listZh(statement.map((u) => u.name))}创建工作推进滞后，在点评会议上作检查性发言`
      : '本季度没有单位作检查性发言',
  );
  body.push({ kind: 'p', text: `${outcomeLines.join('；')}。` });
  if (criticism.length) {
    body.push({
      kind: 'p',
      text: `${listZh(criticism.map((u) => u.name))}连续两次在点评会议上作检查性发言，依据工作方案，予以通报批评，并约谈${listZh(criticism.map((u) => interviewee({ unitName: u.name, group: u.group }).prose))}（另行发文）。`,
    });
  }
  if (disqualify.length) {
    body.push({
      kind: 'p',
      text: `${listZh(disqualify.map((u) => u.name))}严重影响全市创建工作整体进度，经研究，取消其年度综合考评评先资格${revoke.length ? `；建议有关部门取消${listZh(revoke.map((u) => u.name))}文明单位荣誉称号` : ''}。`,
    });
  }

  // 四、存在的主要问题
  body.push(h1(3, '存在的主要问题'));
  const inspection = model.problems.filter((p) => p.source === '检查' && p.problem);
  const areaOf = new Map(model.indicatorScores.map((s) => [s.code, s.areaName]));
  const byArea = new Map<string, typeof inspection>();
  for (const p of inspection) {
    const area = areaOf.get(p.indicatorCode) ?? '其他';
    byArea.set(area, [...(byArea.get(area) ?? []), p]);
  }
  const nameOf = new Map(units.map((u) => [u.code, u.name]));
  const areas = [...byArea.entries()].sort((a, b) => b[1].length - a[1].length);
  body.push({
    kind: 'p',
    text: inspection.length
      ? `双月检查共发现问题${inspection.length}个，主要集中在${listZh(areas.slice(0, 3).map(([a, list]) => `“${a}”（${list.length}个）`))}等方面。`
      : '本季度双月检查未发现问题。',
  });
  areas.slice(0, 3).forEach(([area, list], i) => {
    const quoted = [...new Map(list.map((p) => [p.problem, p])).values()].slice(0, 3);
    body.push(h2(i, `${area}方面。`, `${quoted.map((p) => `${nameOf.get(p.unitCode) ?? p.unitCode}${p.problem}`).join('；')}。`));
  });
  const selfHigh = model.problems.filter((p) => p.source === '评分').length;
  const validation = new Set(model.problems.filter((p) => p.source === '校验').map((p) => p.unitCode)).size;
  const extra: string[] = [];
  if (validation) extra.push(`${validation}个单位报送的台账存在填报错误`);
  if (selfHigh) extra.push(`${selfHigh}项指标自评分明显高于检查得分`);
  if (extra.length) body.push({ kind: 'p', text: `此外，${extra.join('，')}，台账填报的规范性和自评的准确性有待提高。` });

  // 五、下一步工作要求
  body.push(h1(4, '下一步工作要求'));
  const open = model.rectifications.filter((r) => !r.doneOn);
  const deadlines = [...new Set(open.map((r) => r.deadline).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)))].sort();
  body.push(
    h2(
      0,
      '抓好问题整改。',
      `对双月检查提出的${model.rectifications.length}项整改要求${open.length < model.rectifications.length ? `（已完成${model.rectifications.length - open.length}项，尚有${open.length}项未完成）` : ''}，各单位要逐项建立整改台账，明确责任科室和完成时限，${deadlines.length ? `于${deadlines.map((d) => chineseDate(d)).join('、')}等时限前` : '按期'}完成整改，并在下月工作台账的“整改情况”表中逐项填报整改进展，附佐证材料，经市法治政府建设领导小组办公室核实后销号。`,
    ),
  );
  body.push(h2(1, '按时报送台账。', `各单位要于每月${model.ledgerDueDay}日前报送上月工作台账，如实填写工作完成情况，佐证材料齐全，杜绝逾期和漏报。`));
  body.push(
    h2(
      2,
      '压实工作责任。',
      '作检查性发言的单位要深入查找原因，制定整改措施；各单位要对照指标体系和责任分工，补短板、强弱项，确保法治政府建设示范市创建工作各项任务落到实处。',
    ),
  );
  body.push({ kind: 'p', text: `联系人：${settings.contactName}，联系电话：${settings.contactPhone}，电子信箱：${settings.contactEmail}。` });

  return {
    mark: settings.issuerMark,
    number,
    title: [`关于${q}法治政府建设示范市`, '创建工作点评情况的通报'],
    recipients: settings.recipients,
    body,
    attachments: [rankingAttachment(model)],
    signature: settings.issuer,
    date,
    imprint: { copyTo: settings.copyTo, printer: settings.issuer, date },
  };
}

/** 关于召开2021年第二季度法治政府建设示范市创建工作点评会议的通知: to the units that speak. */
export function meetingNoticeSpec(model: ReviewDocumentModel, settings: DocumentSettings, number: string, meetingDate: string, dateWithDay: string): GongwenSpec {
  const q = quarterLabel(model.quarter);
  const experience = decidedUnits(model, 'experience');
  const statement = decidedUnits(model, 'statement');
  const speakers = [...experience, ...statement.filter((u) => !experience.includes(u))];
  const materialsDue = addDays(meetingDate, -2);
  const noticeDate = workdayOnOrBefore(addDays(meetingDate, -5));
  const body: Block[] = [
    { kind: 'p', text: `经研究，定于${dateWithDay}召开${q}法治政府建设示范市创建工作点评会议。现将有关事项通知如下：` },
    h1(0, '会议时间'),
    { kind: 'p', text: `${dateWithDay}${settings.meetingTime}。` },
    h1(1, '会议地点'),
    { kind: 'p', text: `${settings.meetingPlace}。` },
    h1(2, '参会人员'),
    { kind: 'p', text: '市法治政府建设领导小组办公室负责同志；作经验介绍、检查性发言单位的分管负责同志和法治工作机构负责人。' },
    h1(3, '会议议程'),
    h2(0, '', `通报${q}法治政府建设示范市创建工作考评情况；`),
    h2(1, '', experience.length ? `${listZh(experience.map((u) => u.name))}作经验介绍；` : '经验介绍（本季度无）；'),
    h2(2, '', statement.length ? `${listZh(statement.map((u) => u.name))}作检查性发言；` : '检查性发言（本季度无）；'),
    h2(3, '', '市法治政府建设领导小组办公室负责同志讲话。'),
    h1(4, '有关要求'),
    h2(0, '', '作经验介绍的单位要总结创建工作的主要做法、取得的成效和可复制推广的经验，发言时间不超过5分钟。'),
    h2(1, '', '作检查性发言的单位要对照考评结果，深刻剖析工作滞后的原因，提出整改措施和完成时限，发言时间不超过5分钟。'),
    h2(
      2,
      '',
      `请各发言单位于${materialsDue.slice(5, 7).replace(/^0/, '')}月${Number(materialsDue.slice(8))}日前将发言材料电子版报送至${settings.contactEmail}，参会人员名单报市法治政府建设领导小组办公室。`,
    ),
    { kind: 'p', text: `联系人：${settings.contactName}，联系电话：${settings.contactPhone}。` },
  ];
  return {
    mark: settings.issuerMark,
    number,
    title: [`关于召开${q}法治政府建设`, '示范市创建工作点评会议的通知'],
    recipients: speakers.map(addressee).join('，') || settings.recipients,
    body,
    signature: settings.issuer,
    date: noticeDate,
    imprint: { printer: settings.issuer, date: noticeDate },
  };
}
