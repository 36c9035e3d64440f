import type { Indicator, Unit } from '@ledger-review/scoring';
import { docPrefix } from './people';
import type { Prng } from './prng';

/**
 * The words of the sample ledgers: what a unit writes under 本月工作完成情况, 佐证材料, 存在问题
 * and 下步计划 for one indicator in one month. Themes are found by keywords in the indicator's
 * text, so an office that replaces the default template still gets plausible sample text (the
 * area-level fallback covers anything unrecognised).
 */

/** How a piece of work moves through the year. */
export type Pace =
  /** Recurring monthly duty: 常态化 from the start. */
  | { kind: 'routine' }
  /** A deliverable due around month `due` (1–12), prepared over `span` months. */
  | { kind: 'project'; due: number; span: number };

export interface TextContext {
  unit: Unit;
  year: number;
  /** 1–12 */
  monthNo: number;
  prng: Prng;
  /** The unit is lagging this month: fewer cases handled, more problems. */
  weak: boolean;
  /** Which stage the work is in (decided from the pace and the unit's speed). */
  stage: 'notStarted' | 'progress' | 'done' | 'routine';
  progress: number;
}

export interface ThemeText {
  workDone: string;
  evidence: string;
  nextSteps: string;
  /** A numeric actual value for targeted indicators (报备率 100 …); null when nothing to measure. */
  actual?: number | null;
  remarks?: string;
}

interface Theme {
  match: RegExp;
  pace: Pace;
  write: (c: TextContext, h: Helpers) => ThemeText;
  /** Problems an inspector or the unit itself would note when the work falls short. */
  problems: string[];
  /** Whether 不适用 is a natural answer for some units (and the 情况说明 they give). */
  notApplicable?: { when: (unit: Unit) => boolean; remark: string };
}

interface Helpers {
  /** A 文号 of the unit, e.g. `华政办〔2021〕12号`. */
  doc: () => string;
  n: (min: number, max: number) => number;
  /** A percentage with one decimal at most, e.g. 96.7. */
  pct: (num: number, den: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** 区/县/部门 as the unit calls itself in prose. */
  self: string;
}

const pct = (num: number, den: number) => (den === 0 ? 100 : Math.round((num / den) * 1000) / 10);

function helpers(c: TextContext): Helpers {
  const prefix = docPrefix(c.unit);
  return {
    doc: () => `${prefix}〔${c.year}〕${c.prng.int(3, 60)}号`,
    n: (min, max) => c.prng.int(min, max),
    pct,
    pick: (items) => c.prng.pick(items),
    self:
      c.unit.group === '市直'
        ? '本局'
        : c.unit.kind === '功能区'
          ? '本区'
          : c.unit.name.endsWith('县')
            ? '本县'
            : '本区',
  };
}

const isZone = (u: Unit) => u.kind === '功能区';
const NO_ADJUDICATION = /统计|审计|财政|教育|民政|发展和改革|人力资源|行政审批/;

const THEMES: Theme[] = [
  {
    match: /权责清单|负面清单/,
    pace: { kind: 'project', due: 6, span: 4 },
    problems: ['部分权责事项未随机构职能调整及时更新', '权责清单与政务服务事项清单尚未完全对应'],
    write: (c, h) =>
      c.stage === 'done'
        ? {
            workDone: `完成权责清单年度动态调整，新增事项${h.n(2, 9)}项、取消${h.n(1, 5)}项、变更${h.n(1, 6)}项，调整结果已在政府门户网站公布`,
            evidence: `《关于公布${c.unit.name}权责清单动态调整结果的通知》（${h.doc()}）、门户网站公布页面截图`,
            nextSteps: '根据法律法规立改废释情况继续实行动态管理',
          }
        : {
            workDone: `对照机构职能和法律法规调整情况梳理行政职权${h.n(180, 620)}项，已完成${c.progress}%的核对工作`,
            evidence: '权责清单梳理底稿、各科室核对意见',
            nextSteps: '完成核对后报编办审核，审核通过后向社会公布',
          },
  },
  {
    match: /一网通办|政务服务平台.*推进|行政审批制度改革/,
    pace: { kind: 'routine' },
    problems: ['个别事项网上办理深度不够，仍需线下提交纸质材料', '部分事项办事指南要素不完整'],
    write: (c, h) => {
      const items = h.n(40, 260);
      const online = c.weak ? items - h.n(3, 12) : items;
      return {
        workDone: `${h.self}政务服务事项${items}项全部进驻一体化政务服务平台，网上可办${online}项，网上可办率${h.pct(online, items)}%；本月办件${h.n(120, 3800)}件，按时办结率100%`,
        evidence: '政务服务事项清单、一体化平台办件统计截图',
        nextSteps: '继续压减办事材料和办理时限，推动更多事项“掌上办”“就近办”',
      };
    },
  },
  {
    match: /双随机/,
    pace: { kind: 'routine' },
    problems: ['抽查结果公示不够及时', '部分抽查检查记录表填写不规范'],
    write: (c, h) => ({
      workDone: `按照${c.year}年度随机抽查计划，本月完成抽查任务${h.n(1, 6)}项，抽查市场主体${h.n(12, 160)}户，抽查结果已通过国家企业信用信息公示系统（河南）公示`,
      evidence: `《${c.year}年度“双随机、一公开”抽查工作计划》（${h.doc()}）、抽查结果公示截图`,
      nextSteps: '推进跨部门联合抽查，扩大抽查覆盖面',
    }),
  },
  {
    match: /营商环境|公平竞争/,
    pace: { kind: 'project', due: 6, span: 5 },
    problems: ['公平竞争审查存量文件清理进度偏慢', '个别政策措施审查论证不充分'],
    write: (c, h) =>
      c.stage === 'done'
        ? {
            workDone: `完成存量政策措施公平竞争审查清理，审查文件${h.n(30, 140)}件，修订${h.n(1, 3)}件；对本月新出台的${h.n(1, 5)}件涉企政策措施开展公平竞争审查，未发现排除、限制竞争内容`,
            evidence: `公平竞争审查表、《${c.unit.name}优化营商环境工作方案》（${h.doc()}）`,
            nextSteps: '常态化开展增量政策措施公平竞争审查',
          }
        : {
            workDone: h.pick([
              `对本月拟出台的${h.n(1, 4)}件涉及市场主体经济活动的政策措施开展公平竞争审查；存量文件清理已完成${c.progress}%`,
              `梳理存量涉企政策措施${h.n(30, 140)}件，已审查${c.progress}%，${h.pick(['未发现妨碍公平竞争内容', `发现${h.n(1, 3)}件需修订`])}`,
              `开展“${h.pick(['万人助万企', '优化营商环境提升年', '放管服改革'])}”活动，走访企业${h.n(10, 80)}家，存量文件公平竞争审查完成${c.progress}%`,
            ]),
            evidence: '公平竞争审查表、存量文件清理台账',
            nextSteps: '6月底前完成存量文件清理并公布结果',
          },
  },
  {
    match: /互联互通|数据共享/,
    pace: { kind: 'project', due: 9, span: 9 },
    problems: ['个别部门业务系统接口标准不统一，对接进度滞后'],
    write: (c, h) => ({
      workDone: `本月完成${h.n(1, 4)}个部门业务系统与一体化政务服务平台对接，累计对接${h.n(12, 30)}个，共享数据目录${h.n(300, 900)}项，平台建设总体进度${c.progress}%`,
      evidence: '系统对接清单、平台运行截图、建设进度台账',
      nextSteps: '督促未对接部门按计划完成接口改造',
    }),
  },
  {
    match: /公开征求意见|公众参与度/,
    pace: { kind: 'routine' },
    problems: ['个别文件草案征求意见期限不足30日', '意见采纳情况未及时反馈'],
    write: (_c, h) => {
      const drafts = h.n(0, 3);
      return drafts === 0
        ? {
            workDone: h.pick([
              '本月无涉及群众切身利益的规范性文件草案，持续维护门户网站征求意见专栏',
              `对上月征求意见收到的${h.n(2, 15)}条意见逐条反馈采纳情况，本月无新增征求意见草案`,
            ]),
            evidence: '门户网站征求意见专栏截图',
            nextSteps: '文件起草时同步制定公开征求意见方案',
          }
        : {
            workDone: `${drafts}件规范性文件草案在门户网站公开征求意见，征求期不少于30日，收到意见${h.n(2, 30)}条，采纳${h.n(1, 8)}条并公开反馈采纳情况`,
            evidence: '征求意见公告截图、意见汇总及采纳情况说明',
            nextSteps: '继续提高征求意见的针对性和公众参与度',
          };
    },
  },
  {
    match: /规章/,
    pace: { kind: 'project', due: 11, span: 11 },
    problems: ['规章草案征求意见范围偏窄，基层意见收集不足'],
    write: (c, h) => ({
      workDone: `《濮阳市${h.pick(['城市绿化管理办法', '历史文化街区保护办法', '扬尘污染防治管理办法'])}（草案）》完成立项论证，本月开展第${h.n(1, 2)}轮征求意见，收到意见建议${h.n(8, 46)}条；年度立法计划总体进度${c.progress}%`,
      evidence: `《濮阳市人民政府${c.year}年度规章制定计划》、征求意见公告截图、意见汇总表`,
      nextSteps: '梳理采纳意见，组织专家论证后提请市政府常务会议审议',
    }),
  },
  {
    match: /合法性审核.*(统一登记|三统一)|统一登记/,
    pace: { kind: 'routine' },
    problems: ['个别规范性文件合法性审核意见书归档不全'],
    write: (_c, h) => {
      const docs = h.n(0, 4);
      const kinds = [
        '专项资金管理',
        '行政执法监督',
        '政务服务事项办理',
        '市场主体培育',
        '城市管理',
        '农村集体资产管理',
      ];
      return {
        workDone:
          docs === 0
            ? h.pick([
                '本月未印发行政规范性文件，规范性文件登记簿已按月更新',
                `本月审核拟印发文件${h.n(1, 6)}件，经审查均不属于行政规范性文件，按一般公文办理`,
              ])
            : `本月印发行政规范性文件${docs}件（涉及${h.pick(kinds)}等），均经合法性审核，出具审核意见书${docs}份，执行统一登记、统一编号、统一印发制度`,
        evidence:
          docs === 0 ? '规范性文件登记簿' : `合法性审核意见书${docs}份、规范性文件登记簿（${h.doc()}等）`,
        nextSteps: '严格执行规范性文件合法性审核机制',
      };
    },
  },
  {
    match: /规范性文件备案审查|报备率/,
    pace: { kind: 'routine' },
    problems: ['个别规范性文件超过30日报备时限', '报备材料缺少起草说明，被退回补正'],
    write: (c, h) => {
      const total = h.n(1, 8);
      const onTime = c.weak && total > 1 ? total - 1 : total;
      const rate = h.pct(onTime, total);
      return {
        workDone: h.pick([
          `完成规范性文件备案审查${total}件，按期报备${onTime}件，报备率${rate}%`,
          `本月应报备规范性文件${total}件，已在印发后30日内报备${onTime}件，报备率${rate}%`,
          `向${c.unit.group === '市直' ? '市政府' : '市政府和同级人大常委会'}报备规范性文件${total}件，其中按期报备${onTime}件，报备率${rate}%，备案审查意见已落实`,
        ]),
        evidence: `备案报告${total}份、备案登记回执、《关于…的通知》（${h.doc()}）`,
        nextSteps:
          rate < 100 ? '对逾期报备文件逐件说明原因，严格执行30日内报备规定' : '继续做到应备尽备、有错必纠',
        actual: rate,
      };
    },
  },
  {
    match: /清理/,
    pace: { kind: 'project', due: 6, span: 3 },
    problems: ['清理结果未及时向社会公布'],
    write: (c, h) =>
      c.stage === 'done'
        ? {
            workDone: `完成规范性文件年度清理，共清理文件${h.n(40, 180)}件，继续有效${h.n(30, 150)}件、废止${h.n(2, 12)}件、修改${h.n(1, 6)}件，清理结果已向社会公布`,
            evidence: `《关于公布规范性文件清理结果的通知》（${h.doc()}）、公布页面截图`,
            nextSteps: '建立清理长效机制，根据上位法变化及时开展专项清理',
          }
        : c.stage === 'notStarted'
          ? { workDone: '', evidence: '', nextSteps: `计划于${Math.max(c.monthNo + 1, 4)}月启动年度清理工作` }
          : {
              workDone: `启动规范性文件年度清理，已梳理现行有效文件${h.n(40, 180)}件，完成${c.progress}%`,
              evidence: '规范性文件清理工作方案、清理台账',
              nextSteps: '6月底前完成清理并公布结果',
            },
  },
  {
    match: /重大行政决策程序|暂行条例/,
    pace: { kind: 'routine' },
    problems: ['个别决策事项风险评估报告内容简单', '专家论证意见采纳情况说明不充分'],
    write: (_c, h) => {
      const cases = h.n(0, 2);
      const topics = [
        '城区停车设施规划',
        '老旧小区改造实施方案',
        '农村人居环境整治方案',
        '教育资源布局调整方案',
        '城区供热价格调整',
        '公共文化服务设施布局',
        '城乡公交一体化方案',
        '城区内涝治理方案',
      ];
      return cases === 0
        ? {
            workDone: h.pick([
              `本月无新启动的重大行政决策事项，对目录内${h.n(3, 9)}项决策事项跟踪督办`,
              `目录内决策事项“${h.pick(topics)}”正在开展社会稳定风险评估，本月无提交集体讨论的事项`,
              `本月组织对${h.n(1, 3)}项拟决策事项开展合法性审查前置审核，尚未进入集体讨论程序`,
            ]),
            evidence: '重大行政决策事项目录及督办台账',
            nextSteps: '按目录计划推进决策事项，严格履行法定程序',
          }
        : {
            workDone: `${cases}项重大行政决策事项（${h.pick(topics)}${cases > 1 ? '等' : ''}）履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序，公开征求意见${h.n(5, 40)}条`,
            evidence: '征求意见公告、专家论证意见、社会稳定风险评估报告、合法性审查意见书、常务会议纪要',
            nextSteps: '做好决策执行情况跟踪反馈',
          };
    },
  },
  {
    match: /法律顾问|公职律师/,
    pace: { kind: 'routine' },
    problems: ['法律顾问参与重大决策的书面意见不全'],
    write: (_c, h) => ({
      workDone: `法律顾问、公职律师本月审查合同${h.n(2, 24)}份，出具法律意见书${h.n(1, 9)}份，参与重大涉法事务${h.n(1, 4)}件`,
      evidence: `法律顾问聘用合同、公职律师名册、法律意见书（${h.doc()}）`,
      nextSteps: '完善法律顾问工作考核，提高意见采纳率',
    }),
  },
  {
    match: /后评估/,
    pace: { kind: 'project', due: 10, span: 7 },
    problems: ['决策后评估制度尚未出台'],
    write: (c, h) =>
      c.stage === 'notStarted'
        ? { workDone: '', evidence: '', nextSteps: '拟于下半年选取已实施满一年的决策事项开展后评估' }
        : {
            workDone: h.pick([
              `起草《重大行政决策后评估办法》，已完成${c.progress}%`,
              `选取${h.pick(['城区集中供热价格调整', '农村公路养护机制', '城区老旧小区改造', '城区停车收费调整'])}决策事项开展后评估前期调研，发放问卷${h.n(80, 600)}份，后评估工作完成${c.progress}%`,
              `委托${h.pick(['第三方评估机构', '市社科联', '法律顾问团队'])}开展决策后评估，已形成评估提纲，完成${c.progress}%`,
            ]),
            evidence: '后评估办法征求意见稿、调研记录',
            nextSteps: '征求意见后印发实施',
          },
  },
  {
    match: /决策事项目录/,
    pace: { kind: 'project', due: 3, span: 3 },
    problems: ['目录公布时间晚于规定期限'],
    write: (c, h) =>
      c.stage === 'done'
        ? {
            workDone: `${c.year}年度重大行政决策事项目录（${h.n(4, 11)}项）经政府常务会议审议通过，已向社会公布，按目录推进决策事项`,
            evidence: `《关于公布${c.year}年度重大行政决策事项目录的通知》（${h.doc()}）、公布截图`,
            nextSteps: '按季度调度目录事项推进情况',
          }
        : {
            workDone: `征集${c.year}年度重大行政决策事项${h.n(6, 15)}项，正在组织论证筛选，完成${c.progress}%`,
            evidence: '决策事项征集通知、汇总表',
            nextSteps: '提请政府常务会议审议后向社会公布',
          },
  },
  {
    match: /合法性审查/,
    pace: { kind: 'routine' },
    problems: ['个别党组会议议题提交合法性审查时间较短'],
    write: (_c, h) => ({
      workDone: `${h.pick(['', `提请市政府研究事项${h.n(1, 3)}件、`])}党组会议研究重要决策${h.n(1, 4)}件，均经法制机构合法性审查`,
      evidence: '合法性审查意见、党组会议纪要',
      nextSteps: '坚持“应审必审”，将合法性审查作为上会前置程序',
    }),
  },
  {
    match: /三项制度|执法公示|全过程记录/,
    pace: { kind: 'routine' },
    problems: [
      '部分执法案卷全过程记录音像资料归档不及时',
      '行政处罚结果公示超过7个工作日',
      '重大执法决定法制审核目录未动态更新',
    ],
    write: (_c, h) => ({
      workDone: `在行政执法公示平台公示行政处罚${h.n(2, 60)}件、行政检查${h.n(10, 200)}次；执法全过程记录${h.n(10, 200)}次；重大执法决定法制审核${h.n(1, 6)}件`,
      evidence: '执法公示平台截图、全过程记录音像资料目录、法制审核意见书',
      nextSteps: '开展执法案卷评查，提升“三项制度”落实质量',
    }),
  },
  {
    match: /裁量权基准/,
    pace: { kind: 'project', due: 6, span: 4 },
    problems: ['裁量基准未根据新修订的《行政处罚法》及时修订'],
    write: (c, h) =>
      c.stage === 'done'
        ? {
            workDone: `对照新修订的《中华人民共和国行政处罚法》完成行政处罚裁量权基准修订，细化裁量标准${h.n(60, 420)}项，已向社会公布`,
            evidence: `《${c.unit.name}行政处罚裁量权基准》（${h.doc()}）、公布截图`,
            nextSteps: h.pick([
              '在执法案卷中规范说明裁量理由',
              '组织执法人员开展裁量基准适用培训',
              '开展裁量基准执行情况专项检查',
            ]),
          }
        : {
            workDone: h.pick([
              `对照新修订的《中华人民共和国行政处罚法》修订裁量权基准，已梳理处罚事项${h.n(40, 300)}项，完成${c.progress}%`,
              `裁量权基准修订稿已完成${c.progress}%，${h.pick(['正在征求执法科室意见', '已送法律顾问审核', '正在对照上级部门基准逐项比对'])}`,
              `组织${h.n(3, 12)}个执法科室细化量化裁量标准，修订进度${c.progress}%`,
            ]),
            evidence: '裁量权基准修订稿、征求意见记录',
            nextSteps: '征求意见并经法制审核后公布',
          },
  },
  {
    match: /执法证件|执法人员资格/,
    pace: { kind: 'project', due: 4, span: 3 },
    problems: ['个别执法人员证件未按期年审'],
    write: (c, h) => ({
      workDone:
        c.stage === 'done' || c.stage === 'routine'
          ? h.pick([
              `完成执法证件年审${h.n(12, 160)}人，新申领执法证${h.n(1, 12)}人，注销${h.n(1, 4)}人，持证上岗、亮证执法`,
              `执法人员${h.n(12, 160)}人全部持证上岗，本月组织${h.n(2, 15)}名新进人员参加执法资格考试`,
              `更新执法人员名册，清理调离岗位人员执法证${h.n(1, 5)}件，执法证件台账动态管理`,
            ])
          : `开展执法证件年审，已审验${h.n(10, 120)}人，完成${c.progress}%`,
      evidence: '执法人员名册、执法证件管理台账、年审记录',
      nextSteps: '组织新进人员参加执法资格考试',
    }),
  },
  {
    match: /推行服务型行政执法/,
    pace: { kind: 'routine' },
    problems: ['服务型行政执法示范点培育进度滞后', '行政指导文书不规范'],
    write: (c, h) => {
      const due = h.n(3, 8);
      const done = c.weak ? due - h.n(1, 2) : due;
      const rate = h.pct(done, due);
      return {
        workDone: `${c.year}年服务型行政执法工作方案分解任务${h.n(12, 24)}项，截至本月应完成${due}项、已完成${done}项，完成率${rate}%；${h.pick(['培育服务型行政执法示范点1个', '开展服务型执法“送法进企业”活动', '编印服务型执法案例汇编'])}`,
        evidence: `《${c.year}年服务型行政执法工作方案》（${h.doc()}）、任务完成台账、示范点培育材料`,
        nextSteps: rate < 100 ? '对滞后任务倒排工期，确保年度工作按时按要求完成' : '总结示范点经验并推广',
        actual: rate,
      };
    },
  },
  {
    match: /行政指导|法律风险/,
    pace: { kind: 'routine' },
    problems: ['行政指导事项清单未及时更新'],
    write: (_c, h) => ({
      workDone: `发放行政指导提示函${h.n(2, 40)}份，开展法律风险提示${h.n(1, 8)}次，引导${h.n(2, 30)}户市场主体主动纠正违法行为`,
      evidence: '行政指导事项清单、行政指导文书、法律风险提示材料',
      nextSteps: '扩大柔性执法适用范围',
    }),
  },
  {
    match: /行政调解/,
    pace: { kind: 'routine' },
    problems: ['调解协议书未统一归档'],
    write: (_c, h) => {
      const cases = h.n(0, 12);
      const ok = cases === 0 ? 0 : cases - h.n(0, Math.min(2, cases));
      return {
        workDone:
          cases === 0
            ? '本月未受理行政调解申请，调解台账已更新'
            : `受理行政调解${cases}件，调解成功${ok}件，制作调解协议书${ok}份`,
        evidence: '行政调解台账、调解协议书',
        nextSteps: '加强行政调解与人民调解、司法调解衔接',
      };
    },
  },
  {
    match: /互联网\+|执法信息电子化/,
    pace: { kind: 'routine' },
    problems: ['部分执法数据未及时录入执法监督信息系统'],
    write: (_c, h) => ({
      workDone: `执法信息全部录入河南省行政执法综合管理监督信息系统，本月录入案件${h.n(2, 80)}件，推行电子执法文书${h.n(5, 120)}份`,
      evidence: '执法监督信息系统数据录入统计截图',
      nextSteps: '推广移动执法终端应用',
    }),
  },
  {
    match: /行政裁决制度|行政裁决案件/,
    pace: { kind: 'project', due: 5, span: 3 },
    problems: ['行政裁决事项清单尚未公布'],
    notApplicable: {
      when: (u) => u.group === '市直' && NO_ADJUDICATION.test(u.name),
      remark: '经梳理，本单位无法律法规授权的行政裁决职权，本指标不适用',
    },
    write: (c, h) => ({
      workDone:
        c.stage === 'done'
          ? `梳理公布行政裁决事项清单${h.n(2, 8)}项（${h.pick(['自然资源权属争议', '林木林地权属争议', '水事纠纷', '专利侵权纠纷', '政府采购投诉'])}等），本月受理裁决案件${h.n(1, 3)}件，均在法定期限内办结`
          : h.pick([
              `对照法律法规梳理行政裁决事项${h.n(2, 9)}项，已完成${c.progress}%`,
              `起草行政裁决工作规程和文书格式，完成${c.progress}%`,
              `向${h.pick(['市司法局', '上级业务部门', '法律顾问'])}征求行政裁决事项清单意见，梳理工作完成${c.progress}%`,
            ]),
      evidence:
        c.stage === 'done' ? `行政裁决事项清单（${h.doc()}）、裁决案件办理台账` : '行政裁决事项梳理表',
      nextSteps: '规范行政裁决程序和文书',
    }),
  },
  {
    match: /执法责任制|重大行政处罚备案/,
    pace: { kind: 'routine' },
    problems: ['个别重大行政处罚决定未在规定时间内备案', '执法投诉举报办理回复不及时'],
    write: (_c, h) => ({
      workDone: `分解落实执法职权和执法责任，重大行政处罚备案${h.n(1, 6)}件，受理执法投诉举报${h.n(1, 15)}件，按期办结率100%`,
      evidence: '执法责任分解文件、重大行政处罚备案材料、投诉举报处理台账',
      nextSteps: '开展行政执法责任制示范点培育',
    }),
  },
  {
    match: /政府信息公开/,
    pace: { kind: 'routine' },
    problems: ['部分主动公开栏目更新不及时', '依申请公开答复书格式不规范'],
    write: (_c, h) => ({
      workDone: `主动公开政府信息${h.n(20, 260)}条，受理依申请公开${h.n(1, 9)}件，均在法定期限内答复`,
      evidence: '政府信息公开目录截图、依申请公开登记及答复台账',
      nextSteps: '完善基层政务公开标准目录',
    }),
  },
  {
    match: /人大|监督|建议提案/,
    pace: { kind: 'routine' },
    problems: ['审计发现问题整改销号进度偏慢', '12345热线转办件个别回复超时'],
    write: (c, h) => ({
      workDone: `办理人大代表建议${h.n(1, 8)}件、政协提案${h.n(1, 10)}件；受理12345热线转办件${h.n(10, 300)}件，按期回复率${c.weak ? h.pick([96.5, 97.8, 98.2]) : 100}%`,
      evidence: '建议提案办理台账、12345转办件办理台账、审计整改报告',
      nextSteps: '对照审计、巡察反馈问题逐项整改销号',
    }),
  },
  {
    match: /政府承诺|合同/,
    pace: { kind: 'project', due: 6, span: 5 },
    problems: ['政策承诺事项兑现台账不完整'],
    write: (c, h) => ({
      workDone: `梳理政策承诺事项${h.n(5, 30)}项，已兑现${c.progress}%；审查各类合同${h.n(2, 25)}份`,
      evidence: '政策承诺事项清单及兑现情况台账、合同管理台账',
      nextSteps: '建立政务失信风险排查机制',
    }),
  },
  {
    match: /诚信档案/,
    pace: { kind: 'project', due: 9, span: 7 },
    problems: ['公务员诚信档案建档进度滞后'],
    write: (c, h) =>
      c.stage === 'notStarted'
        ? { workDone: '', evidence: '', nextSteps: '拟于二季度启动公务员诚信档案建档工作' }
        : {
            workDone: `建立公务员诚信档案${h.n(20, 180)}份，完成${c.progress}%；组织法律和信用知识学习${h.n(1, 3)}次`,
            evidence: '公务员诚信档案目录、学习记录',
            nextSteps: '年底前完成全员建档',
          },
  },
  {
    match: /多元化解/,
    pace: { kind: 'routine' },
    problems: ['矛盾纠纷排查台账信息不完整'],
    write: (_c, h) => {
      const found = h.n(5, 90);
      const solved = found - h.n(0, Math.min(5, found));
      return {
        workDone: `排查矛盾纠纷${found}起，化解${solved}起，化解率${h.pct(solved, found)}%，未发生因纠纷化解不力引发的越级上访`,
        evidence: '矛盾纠纷排查化解台账、多元化解衔接工作制度',
        nextSteps: '完善诉调、访调、警调对接机制',
      };
    },
  },
  {
    match: /复议体制改革|复议规范化/,
    pace: { kind: 'routine' },
    problems: ['复议案件审理期限管理不严', '复议文书说理不够充分'],
    notApplicable: {
      when: isZone,
      remark: '本区不设行政复议机关，行政复议职责由市人民政府统一行使，本指标不适用',
    },
    write: (_c, h) => {
      const cases = h.n(1, 14);
      return {
        workDone: `受理行政复议案件${cases}件，审结${h.n(1, cases)}件，均在法定期限内办结，复议文书网上公开`,
        evidence: '行政复议案件台账、复议决定书',
        nextSteps: '落实复议体制改革，推进复议规范化建设',
      };
    },
  },
  {
    match: /复议被申请人|履行行政复议决定/,
    pace: { kind: 'routine' },
    problems: ['个别复议案件证据材料提交不完整'],
    write: (_c, h) => {
      const cases = h.n(0, 3);
      return {
        workDone:
          cases === 0
            ? h.pick([
                '本月无作为被申请人的行政复议案件',
                `本月无新收复议案件，${h.n(1, 3)}件在审案件已按期提交答复材料`,
              ])
            : `作为被申请人的行政复议案件${cases}件（${h.pick(['行政处罚', '信息公开', '行政许可', '行政强制'])}类${cases > 1 ? '等' : ''}），均在法定期限内提交答复书和证据材料，已作出的复议决定均已履行`,
        evidence: cases === 0 ? '行政复议应诉工作台账' : '行政复议答复书、证据目录',
        nextSteps: '认真履行复议决定，举一反三规范执法',
      };
    },
  },
  {
    match: /出庭应诉/,
    pace: { kind: 'routine' },
    problems: ['负责人出庭应诉率未达到100%', '出庭应诉案件台账更新不及时'],
    write: (c, h) => {
      const heard = h.n(0, 5);
      if (heard === 0) {
        return {
          workDone: `本月新收行政诉讼案件${h.n(1, 3)}件，无开庭审理案件`,
          evidence: '行政应诉案件台账',
          nextSteps: '开庭前提前确定出庭负责人',
          actual: null,
          remarks: '本月无开庭案件，不计出庭率',
        };
      }
      const attended = c.weak && heard > 1 ? heard - 1 : heard;
      const rate = h.pct(attended, heard);
      return {
        workDone: `新收行政诉讼案件${h.n(heard, heard + 4)}件，开庭审理${heard}件，行政机关负责人出庭${attended}件，出庭应诉率${rate}%`,
        evidence: '行政应诉案件台账、出庭通知书、庭审笔录',
        nextSteps:
          rate < 100 ? '严格落实负责人出庭应诉制度，杜绝“告官不见官”' : '继续保持负责人出庭应诉率100%',
        actual: rate,
      };
    },
  },
  {
    match: /司法建议|生效的判决/,
    pace: { kind: 'routine' },
    problems: ['司法建议回复不够及时'],
    write: (_c, h) => {
      const rulings = h.n(0, 6);
      const advice = h.n(0, 2);
      return {
        workDone:
          rulings + advice === 0
            ? h.pick([
                '本月无需执行的法院生效裁判，未收到司法建议',
                '本月无生效裁判执行事项，组织开展行政败诉案件原因分析',
              ])
            : `${rulings ? `执行法院生效裁判${rulings}件` : '本月无需执行的生效裁判'}${advice ? `，收到司法建议${advice}件，已按期书面回复` : '，未收到司法建议'}`,
        evidence: '生效裁判执行情况台账、司法建议回复函',
        nextSteps: '定期分析败诉案件原因，改进执法',
      };
    },
  },
  {
    match: /会前学法|学法制度/,
    pace: { kind: 'routine' },
    problems: ['会前学法记录不完整'],
    write: (c, h) => {
      const laws = [
        '中华人民共和国行政处罚法',
        '中华人民共和国民法典',
        '优化营商环境条例',
        '重大行政决策程序暂行条例',
        '中华人民共和国行政复议法',
        '中华人民共和国安全生产法',
        '中华人民共和国政府信息公开条例',
        '河南省行政执法条例',
        '中华人民共和国长江保护法',
      ];
      const meeting =
        c.unit.group === '市直'
          ? h.pick(['党组会议', '局务会议', '党组理论学习中心组'])
          : h.pick(['政府常务会议', '党委理论学习中心组', '管委会主任办公会']);
      return {
        workDone: `${meeting}会前学法${h.n(1, 2)}次，学习《${h.pick(laws)}》${h.pick(['', '，由法律顾问解读重点条款', '，班子成员交流发言', `，${h.n(8, 40)}人参加`])}`,
        evidence: '年度学法计划、会议纪要、学法记录',
        nextSteps: '落实年度学法计划',
      };
    },
  },
  {
    match: /任职前法律知识测试|依法行政情况考察/,
    pace: { kind: 'routine' },
    problems: ['个别拟任干部任前法律知识测试材料未归档'],
    write: (_c, h) => {
      const n = h.n(0, 6);
      return {
        workDone:
          n === 0
            ? h.pick([
                '本月无拟任领导干部，任前法律知识测试制度持续落实',
                '本月无干部任前考察，已将依法行政情况纳入干部考察内容清单',
              ])
            : `对${n}名拟任${h.pick(['科级', '副科级', '中层'])}领导干部开展任前法律知识测试，平均成绩${h.n(82, 95)}分，均合格`,
        evidence: n === 0 ? '任前法律知识测试制度文件' : '任职前法律知识测试试卷及成绩登记表',
        nextSteps: '将依法行政情况纳入干部考察内容',
      };
    },
  },
  {
    match: /法治专题讲座/,
    pace: { kind: 'project', due: 6, span: 3 },
    problems: ['上半年法治专题讲座尚未举办'],
    write: (c, h) =>
      c.stage === 'done'
        ? {
            workDone: `邀请${h.pick(['河南大学法学院', '郑州大学法学院', '市委党校', '市律师协会', '河南财经政法大学'])}专家以“${h.pick(['民法典与政府依法履职', '新行政处罚法解读', '重大行政决策程序', '行政复议与行政诉讼实务'])}”为题举办法治专题讲座，${h.self}干部${h.n(40, 160)}人参加`,
            evidence: '讲座通知、签到表、现场照片',
            nextSteps: '下半年再举办1场专题讲座',
          }
        : c.stage === 'notStarted'
          ? { workDone: '', evidence: '', nextSteps: '拟于二季度举办法治专题讲座' }
          : {
              workDone: h.pick([
                `与${h.pick(['河南大学法学院', '市委党校', '市律师协会'])}对接法治专题讲座授课内容，筹备工作完成${c.progress}%`,
                `拟定法治专题讲座方案，初定“${h.pick(['民法典与政府依法履职', '新行政处罚法解读', '行政复议与行政诉讼实务'])}”主题，筹备完成${c.progress}%`,
              ]),
              evidence: '讲座筹备方案',
              nextSteps: '确定时间后发通知组织参加',
            },
  },
  {
    match: /学法培训|法律知识测试/,
    pace: { kind: 'project', due: 8, span: 6 },
    problems: ['个别执法人员未参加年度培训考试', '培训内容未涵盖服务型行政执法'],
    write: (c, h) =>
      c.stage === 'notStarted'
        ? { workDone: '', evidence: '', nextSteps: '制定年度学法培训计划' }
        : {
            workDone: `组织行政执法人员学法培训${h.n(1, 3)}期，参训${h.n(30, 260)}人次，服务型行政执法内容已纳入年度培训考试，年度培训计划完成${c.progress}%`,
            evidence: '年度培训计划、培训签到表、考试成绩统计',
            nextSteps: '组织年度法律知识测试',
          },
  },
  {
    match: /总体规划/,
    pace: { kind: 'project', due: 2, span: 2 },
    problems: ['法治政府建设在年度工作计划中的任务分解不够具体'],
    write: (c, h) =>
      c.stage === 'done' || c.stage === 'routine'
        ? {
            workDone: `法治政府建设已纳入${c.unit.name}国民经济和社会发展第十四个五年规划纲要和${c.year}年政府工作报告，任务已分解到责任单位`,
            evidence: `“十四五”规划纲要相关章节、${c.year}年政府工作报告、任务分解文件（${h.doc()}）`,
            nextSteps: '跟踪年度任务落实',
          }
        : {
            workDone: `配合编制“十四五”规划纲要，法治政府建设章节已形成初稿，完成${c.progress}%`,
            evidence: '规划纲要法治政府建设章节初稿',
            nextSteps: '规划纲要经人代会审议通过后分解任务',
          },
  },
  {
    match: /年度计划|年度报告/,
    pace: { kind: 'project', due: 3, span: 3 },
    problems: ['年度报告向社会公开时间晚于3月底'],
    write: (c, h) =>
      c.stage === 'done' || c.stage === 'routine'
        ? {
            workDone: `印发《${c.unit.name}${c.year}年法治政府建设工作要点》，${c.year - 1}年度法治政府建设情况报告已按时报送并在门户网站公开`,
            evidence: `《关于印发〈${c.unit.name}${c.year}年法治政府建设工作要点〉的通知》（${h.doc()}）、年度报告公开截图`,
            nextSteps: '按季度调度工作要点落实情况',
          }
        : {
            workDone: `起草${c.year}年法治政府建设工作要点和${c.year - 1}年度法治政府建设情况报告，完成${c.progress}%`,
            evidence: '工作要点、年度报告征求意见稿',
            nextSteps: '3月底前报送并向社会公开年度报告',
          },
  },
  {
    match: /第一责任人|督察/,
    pace: { kind: 'project', due: 6, span: 6 },
    problems: ['主要负责人专题研究法治政府建设次数偏少', '督察反馈问题整改未全部销号'],
    write: (c, h) => ({
      workDone: h.pick([
        `主要负责人主持召开专题会议研究法治政府建设工作${h.n(1, 2)}次，督察反馈问题整改完成${c.progress}%`,
        `督察反馈${h.n(3, 12)}个问题已整改${c.progress}%，主要负责人听取创建工作汇报${h.n(1, 2)}次并作出批示`,
        `落实第一责任人职责清单，主要负责人带队调研${h.pick(['执法一线', '政务服务大厅', '基层司法所'])}，督察问题整改完成${c.progress}%`,
      ]),
      evidence: `专题会议纪要（${h.doc()}）、督察问题整改台账`,
      nextSteps: '对未销号问题逐项跟踪整改，年终将履职情况列入述职内容',
    }),
  },
  {
    match: /议事协调机构/,
    pace: { kind: 'project', due: 3, span: 2 },
    problems: ['领导小组成员调整不及时'],
    write: (c, h) => ({
      workDone:
        c.stage === 'done' || c.stage === 'routine'
          ? h.pick([
              `调整充实法治政府建设领导小组，召开领导小组会议${h.n(1, 2)}次，研究部署示范市创建工作`,
              `领导小组办公室本月召开成员单位联络员会议，调度创建任务${h.n(10, 40)}项`,
              `领导小组印发${c.monthNo}月份创建工作督办通知，督办事项${h.n(3, 12)}项`,
            ])
          : '根据人事变动起草领导小组成员调整方案',
      evidence:
        c.stage === 'progress'
          ? '领导小组调整方案（代拟稿）'
          : `《关于调整${c.unit.name}法治政府建设领导小组成员的通知》（${h.doc()}）、会议纪要`,
      nextSteps: '发挥领导小组统筹协调作用',
    }),
  },
  {
    match: /宣传|普法/,
    pace: { kind: 'routine' },
    problems: ['普法责任清单落实情况缺少记录', '创建宣传形式较单一'],
    write: (_c, h) => ({
      workDone: `开展“谁执法谁普法”宣传活动${h.n(1, 6)}场，发放宣传资料${h.n(200, 3000)}份，在《濮阳日报》、濮阳网等媒体刊发创建信息${h.n(1, 9)}篇`,
      evidence: '宣传活动照片、媒体报道链接截图、普法责任清单',
      nextSteps: '结合“八五”普法规划开展主题宣传',
    }),
  },
  {
    match: /法治工作机构|法治工作力量/,
    pace: { kind: 'project', due: 4, span: 3 },
    problems: ['法治工作机构专职人员不足'],
    write: (c, h) => ({
      workDone:
        c.stage === 'done' || c.stage === 'routine'
          ? `明确政策法规科为法治工作机构，配备专职人员${h.n(2, 5)}名，落实创建工作经费${h.n(3, 20)}万元`
          : `研究调整法治工作机构职责，配备人员工作完成${c.progress}%`,
      evidence:
        c.stage === 'progress' ? '机构职责调整请示' : `机构职责文件（${h.doc()}）、人员名单、经费保障材料`,
      nextSteps: '加强法治工作队伍业务培训',
    }),
  },
  {
    match: /经费/,
    pace: { kind: 'project', due: 2, span: 2 },
    problems: ['创建工作经费拨付进度偏慢'],
    write: (c, h) => ({
      workDone:
        c.stage === 'done' || c.stage === 'routine'
          ? `法治政府建设工作经费${h.n(20, 120)}万元已列入${c.year}年财政预算，累计拨付${h.n(5, 40)}万元`
          : `编制${c.year}年法治政府建设工作经费预算`,
      evidence:
        c.stage === 'progress' ? '经费预算申请' : `${c.year}年财政预算批复文件（${h.doc()}）、经费拨付凭证`,
      nextSteps: '保障创建工作经费及时足额到位',
    }),
  },
  {
    match: /工作要点|创建任务/,
    pace: { kind: 'project', due: 3, span: 3 },
    problems: ['部门创建工作方案任务分解不够细'],
    write: (c, h) =>
      c.stage === 'done' || c.stage === 'routine'
        ? h.pick([
            {
              workDone: `法治政府建设已纳入${h.self}${c.year}年工作要点，创建工作方案分解任务${h.n(18, 46)}项，本月党组会议专题研究${h.n(1, 2)}次`,
              evidence: `《${c.unit.name}${c.year}年工作要点》、党组会议纪要（${h.doc()}）`,
              nextSteps: '按方案分解任务、定期调度',
            },
            {
              workDone: `召开${c.monthNo}月份创建工作推进会，调度创建任务${h.n(8, 30)}项，已完成${h.n(4, 20)}项，其余按时序推进`,
              evidence: `推进会通知及会议纪要、任务调度表（${h.doc()}）`,
              nextSteps: '对进度滞后任务挂牌督办',
            },
            {
              workDone: `${h.self}创建工作领导小组办公室印发第${h.n(2, 9)}期创建工作简报，通报科室任务完成情况`,
              evidence: `创建工作简报、《${c.unit.name}法治政府建设示范市创建工作方案》（${h.doc()}）`,
              nextSteps: '将创建任务完成情况纳入科室年度考核',
            },
          ])
        : {
            workDone: `起草${h.self}法治政府建设示范市创建工作方案，分解任务${h.n(18, 46)}项，已完成${c.progress}%，${h.pick(['正在征求各科室意见', '已提交法律顾问审核', '拟提交党组会议审议'])}`,
            evidence: '创建工作方案征求意见稿',
            nextSteps: '提请党组会议审议后印发',
          },
  },
];

/** Fallback for indicators no theme recognises: generic but still area-specific. */
const AREA_WORDS: Record<number, string> = {
  1: '政府职能转变',
  2: '制度体系建设',
  3: '依法决策',
  4: '规范执法',
  5: '权力监督',
  6: '矛盾纠纷化解',
  7: '法治能力提升',
  8: '组织保障',
};

const FALLBACK_PROBLEMS = ['工作推进不够平衡，部分佐证材料归档不及时'];

function fallbackText(indicator: Indicator, c: TextContext): ThemeText {
  const h = helpers(c);
  return {
    workDone: `围绕${AREA_WORDS[indicator.area] ?? '创建'}相关要求，本月完成具体工作${h.n(1, 6)}项，总体进度${c.progress}%`,
    evidence: `工作台账、相关文件（${h.doc()}）`,
    nextSteps: '对照指标要求查漏补缺',
  };
}

export interface ResolvedTheme {
  /** Which theme recognised the indicator; null when the area fallback writes its text. */
  id: number | null;
  pace: Pace;
  problems: string[];
  notApplicable?: Theme['notApplicable'];
  write: (c: TextContext) => ThemeText;
}

/** The theme of an indicator (by keywords in its text), with the area fallback. */
export function themeOf(indicator: Indicator): ResolvedTheme {
  const id = THEMES.findIndex((t) => t.match.test(indicator.text));
  const theme = THEMES[id];
  if (theme)
    return {
      id,
      pace: theme.pace,
      problems: theme.problems,
      notApplicable: theme.notApplicable,
      write: (c) => theme.write(c, helpers(c)),
    };
  const fallbackPace: Pace =
    indicator.frequency === '每月'
      ? { kind: 'routine' }
      : { kind: 'project', due: indicator.frequency === '每年' ? 10 : 6, span: 5 };
  return {
    id: null,
    pace: fallbackPace,
    problems: FALLBACK_PROBLEMS,
    write: (c) => fallbackText(indicator, c),
  };
}
