import type { Applicability, AreaNo, Indicator, IndicatorTemplate, ReportingFrequency } from '../model/types';
import { DEFAULT_UNIT_CODES } from '../roster/defaultRoster';
import { AREAS } from './areas';

/**
 * 默认指标模板 — a DEFAULT, not the official indicator system.
 *
 * The real 《濮阳市法治政府建设示范市创建指标体系及责任分工》 is not public. This template is
 * derived from the concrete requirements that the work plan (濮法政办〔2021〕10号, section 二
 * 检查内容) lists under each of its eight areas, so the product works out of the box. The office
 * replaces it with the real indicator system by editing the 指标体系 sheet of the template
 * workbook (read back by `loadTemplate`); no logic depends on these indicators.
 *
 * Points: the indicators that apply to every unit of a group (适用范围 全部 + that group) total
 * exactly 100 for 县区 and exactly 100 for 市直 — 90 points common to all, 10 points specific to
 * each group. Two indicators are named-unit duties on top of that (2.1 规章 for 市司法局,
 * 1.5 一体化政务服务平台 for 市行政审批和政务信息管理局): those units have more points
 * available, and because units are compared by score RATE (points obtained / points available ×
 * 100), the extra duty neither rewards nor penalises them.
 *
 * Targets (目标值) appear only where the plan gives a number: 规范性文件报备率 100%,
 * 服务型行政执法年度工作 100% 按时按要求完成, and 行政机关负责人出庭应诉 (the plan's
 * "严格落实…出庭应诉制度", measured as 出庭应诉率 100%).
 *
 * 填报频次: ongoing work is reported 每月; institution-building (清单、制度、机制) 每季度; the
 * once-a-year duties (年度计划、年度报告、经费) 每年, in December's ledger; 决策后评估 每半年.
 * Which months carry them is a setting (settings.dueMonths).
 */

export const DEFAULT_TEMPLATE_VERSION = '2021.1';
export const DEFAULT_TEMPLATE_NAME = '濮阳市法治政府建设示范市创建指标体系（默认模板）';

const ALL: Applicability = { kind: 'all' };
const COUNTIES: Applicability = { kind: 'group', group: '县区' };
const CITY: Applicability = { kind: 'group', group: '市直' };
const only = (...unitCodes: string[]): Applicability => ({ kind: 'units', unitCodes });

const 司法局 = '市司法局';

interface Seed {
  code: string;
  text: string;
  points: number;
  standard: string;
  evidence: string;
  appliesTo: Applicability;
  frequency: ReportingFrequency;
  lead: string;
  allowNotApplicable?: boolean;
  target?: { value: number; unit: string };
}

const SEEDS: Seed[] = [
  // 一、依法全面履行政府职能 (10 common points + 3 named-unit points)
  {
    code: '1.1',
    text: '及时梳理公布权责清单、负面清单并实行动态管理，行政权力依法设定、依法履行',
    points: 2,
    standard: '未公布权责清单的扣1分；机构职能或法律法规调整后未在规定时间内动态调整的，每发现一项扣0.5分；扣完为止',
    evidence: '权责清单、负面清单及其调整文件，政府门户网站公布页面截图',
    appliesTo: ALL,
    frequency: '每季度',
    lead: '市委编办',
  },
  {
    code: '1.2',
    text: '深化行政审批制度改革，依托一体化政务服务平台深层次推进“一网通办”',
    points: 3,
    standard: '政务服务事项未全部进驻一体化政务服务平台的扣1分；应网办事项未实现网上可办的，每项扣0.5分；群众反映办事“多头跑、反复跑”查证属实的，每起扣0.5分；扣完为止',
    evidence: '政务服务事项清单、网上可办事项统计、平台运行截图',
    appliesTo: ALL,
    frequency: '每月',
    lead: '市行政审批和政务信息管理局',
  },
  {
    code: '1.3',
    text: '加强事中事后监管，全面推行“双随机、一公开”监管，做到监管全覆盖',
    points: 2,
    standard: '未制定年度抽查计划的扣1分；抽查结果未按规定公示的，每次扣0.5分；扣完为止',
    evidence: '随机抽查事项清单、年度抽查计划、抽查结果公示截图',
    appliesTo: ALL,
    frequency: '每月',
    lead: '市市场监督管理局',
  },
  {
    code: '1.4',
    text: '优化法治化营商环境，清理妨碍统一市场和公平竞争的规定和做法，落实公平竞争审查制度',
    points: 3,
    standard: '未开展公平竞争审查的扣1分；发现妨碍公平竞争的规定未及时清理的，每件扣1分；因损害营商环境被上级通报的，每次扣1分；扣完为止',
    evidence: '公平竞争审查记录、清理结果文件、优化营商环境工作方案及落实材料',
    appliesTo: ALL,
    frequency: '每季度',
    lead: '市发展和改革委员会',
  },
  {
    code: '1.5',
    text: '完善全市一体化政务服务平台，推动平台与部门业务系统互联互通、数据共享',
    points: 3,
    standard: '平台建设任务未按进度完成的，每项扣1分；部门业务系统未按要求对接的，每个扣0.5分；扣完为止',
    evidence: '平台建设方案、进度台账、系统对接清单及运行截图',
    appliesTo: only(DEFAULT_UNIT_CODES.市行政审批和政务信息管理局),
    frequency: '每月',
    lead: '市行政审批和政务信息管理局',
  },

  // 二、完善依法行政制度体系 (10 common points + 4 named-unit points)
  {
    code: '2.1',
    text: '健全地方政府规章立项、起草、论证、协调、审议机制，加大城乡建设与管理、生态环境保护、历史文化保护领域规章制定力度',
    points: 4,
    standard: '未编制年度规章制定计划的扣2分；规章草案未经论证、协调、审议程序的，每件扣1分；年度立法计划未按期完成的，每件扣1分；扣完为止',
    evidence: '年度规章制定计划、立项论证报告、征求意见及审议记录、规章文本',
    appliesTo: only(DEFAULT_UNIT_CODES.市司法局),
    frequency: '每季度',
    lead: 司法局,
    allowNotApplicable: true,
  },
  {
    code: '2.2',
    text: '提高制度建设公众参与度，规章和行政规范性文件草案向社会公开征求意见',
    points: 2,
    standard: '涉及群众切身利益的草案未公开征求意见的，每件扣1分；未反馈意见采纳情况的，每件扣0.5分；扣完为止',
    evidence: '征求意见公告截图、意见汇总及采纳情况说明',
    appliesTo: ALL,
    frequency: '每月',
    lead: 司法局,
    allowNotApplicable: true,
  },
  {
    code: '2.3',
    text: '加强行政规范性文件监督管理，落实合法性审核和统一登记、统一编号、统一印发制度',
    points: 2,
    standard: '行政规范性文件未经合法性审核即印发的，每件扣1分；未执行“三统一”的，每件扣0.5分；扣完为止',
    evidence: '合法性审核意见书、规范性文件登记簿',
    appliesTo: ALL,
    frequency: '每月',
    lead: 司法局,
    allowNotApplicable: true,
  },
  {
    code: '2.4',
    text: '认真落实规范性文件备案审查管理规定，规范性文件报备率达到100%',
    points: 4,
    standard: '报备率每低于目标1个百分点扣0.5分；未在规定期限内报备的，每件扣0.5分；报备材料不全被退回的，每件扣0.5分；扣完为止',
    evidence: '规范性文件目录、备案报告及登记回执',
    appliesTo: ALL,
    frequency: '每月',
    lead: 司法局,
    allowNotApplicable: true,
    target: { value: 100, unit: '%' },
  },
  {
    code: '2.5',
    text: '建立规范性文件清理长效机制，及时开展专项清理和定期清理，清理结果向社会公布',
    points: 2,
    standard: '未建立清理长效机制的扣1分；上级部署的专项清理未按期完成的扣1分；清理结果未公布的扣0.5分；扣完为止',
    evidence: '清理工作制度、清理结果文件及公布截图',
    appliesTo: ALL,
    frequency: '每年',
    lead: 司法局,
  },

  // 三、推进行政决策科学化、民主化、法治化 (10 common + 2 per group)
  {
    code: '3.1',
    text: '严格落实《重大行政决策程序暂行条例》，履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定等法定程序',
    points: 5,
    standard: '重大行政决策缺少任一法定程序的，每项每件扣1分；未经合法性审查或审查不合法即提交讨论的，每件扣2分；扣完为止',
    evidence: '重大行政决策程序材料（征求意见、专家论证意见、风险评估报告、合法性审查意见、会议纪要）',
    appliesTo: ALL,
    frequency: '每月',
    lead: 司法局,
    allowNotApplicable: true,
  },
  {
    code: '3.2',
    text: '落实政府法律顾问制度和公职律师制度，法律顾问、公职律师有效参与决策和涉法事务',
    points: 3,
    standard: '未聘请法律顾问或未设立公职律师的扣2分；重大决策、重大合同未听取法律顾问或公职律师意见的，每件扣0.5分；扣完为止',
    evidence: '法律顾问聘用合同、公职律师名册、法律意见书',
    appliesTo: ALL,
    frequency: '每季度',
    lead: 司法局,
  },
  {
    code: '3.3',
    text: '严格决策责任追究，建立重大行政决策后评估机制',
    points: 2,
    standard: '未建立决策后评估制度的扣1分；决策实施后应评估未评估的，每件扣0.5分；扣完为止',
    evidence: '决策后评估制度、评估报告、责任追究材料',
    appliesTo: ALL,
    frequency: '每半年',
    lead: 司法局,
    allowNotApplicable: true,
  },
  {
    code: '3.4',
    text: '编制并向社会公布年度重大行政决策事项目录，健全依法决策机制',
    points: 2,
    standard: '未编制年度重大行政决策事项目录的扣2分；目录未向社会公布的扣1分；扣完为止',
    evidence: '年度重大行政决策事项目录及公布截图',
    appliesTo: COUNTIES,
    frequency: '每年',
    lead: 司法局,
  },
  {
    code: '3.5',
    text: '部门提请政府研究的重大事项和部门重要决策事先经过合法性审查',
    points: 2,
    standard: '提请政府研究的事项或部门重要决策未经合法性审查的，每件扣1分；扣完为止',
    evidence: '合法性审查意见、党组（党委）会议纪要',
    appliesTo: CITY,
    frequency: '每月',
    lead: 司法局,
    allowNotApplicable: true,
  },

  // 四、坚持严格规范公正文明执法 (27 common points)
  {
    code: '4.1',
    text: '全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度',
    points: 8,
    standard: '执法主体、权限、依据、程序、结果未按规定公示的，每项扣1分；执法过程未按规定记录的，每发现一例扣0.5分；重大执法决定未经法制审核的，每件扣2分；扣完为止',
    evidence: '执法公示平台截图、全过程记录文字音像资料、法制审核目录清单及审核意见',
    appliesTo: ALL,
    frequency: '每月',
    lead: 司法局,
  },
  {
    code: '4.2',
    text: '健全完善行政裁量权基准制度，细化量化裁量标准并向社会公布',
    points: 3,
    standard: '未制定或未及时修订行政裁量权基准的扣2分；基准未向社会公布的扣1分；执法中未执行裁量基准的，每件扣0.5分；扣完为止',
    evidence: '行政裁量权基准文件、公布截图、案卷中裁量说明',
    appliesTo: ALL,
    frequency: '每季度',
    lead: 司法局,
  },
  {
    code: '4.3',
    text: '加强行政执法人员资格管理，健全行政执法证件管理制度，持证上岗、亮证执法',
    points: 2,
    standard: '未取得执法证件的人员从事执法活动的，每人次扣1分；证件未按期年审或注销的，每件扣0.5分；扣完为止',
    evidence: '执法人员名册、执法证件台账、年审记录',
    appliesTo: ALL,
    frequency: '每季度',
    lead: 司法局,
  },
  {
    code: '4.4',
    text: '深入推行服务型行政执法，落实各项制度，创建周期内年度工作100%按时按要求完成，积极开展示范点培育',
    points: 4,
    standard: '年度工作完成率每低于目标10个百分点扣1分；未开展示范点培育活动的扣1分；未将服务型行政执法内容纳入执法人员培训考试的扣1分；扣完为止',
    evidence: '服务型行政执法年度工作方案、工作任务完成台账、示范点培育材料、培训考试材料',
    appliesTo: ALL,
    frequency: '双月',
    lead: 司法局,
    target: { value: 100, unit: '%' },
  },
  {
    code: '4.5',
    text: '主动实施行政指导，积极开展法律风险防控，引导行政相对人纠正违法行为',
    points: 2,
    standard: '未制定行政指导事项清单的扣1分；未开展法律风险提示或防控的扣1分；扣完为止',
    evidence: '行政指导事项清单、行政指导文书、法律风险提示材料',
    appliesTo: ALL,
    frequency: '每月',
    lead: 司法局,
  },
  {
    code: '4.6',
    text: '及时开展行政调解，有效化解行政争议和民事纠纷',
    points: 2,
    standard: '应调解未调解的，每件扣0.5分；调解未制作文书或未归档的，每件扣0.5分；扣完为止',
    evidence: '行政调解台账、调解协议书',
    appliesTo: ALL,
    frequency: '每月',
    lead: 司法局,
    allowNotApplicable: true,
  },
  {
    code: '4.7',
    text: '积极探索“互联网+行政执法”，实现执法信息电子化、执法程序规范化、执法流程快捷化',
    points: 2,
    standard: '未使用行政执法综合管理监督信息系统的扣1分；执法信息未按要求录入的，每发现一例扣0.5分；扣完为止',
    evidence: '执法信息系统使用记录、数据录入统计截图',
    appliesTo: ALL,
    frequency: '每月',
    lead: 司法局,
  },
  {
    code: '4.8',
    text: '健全完善行政裁决制度，依法办理行政裁决案件',
    points: 2,
    standard: '未梳理公布行政裁决事项清单的扣1分；裁决案件超期办理的，每件扣0.5分；扣完为止',
    evidence: '行政裁决事项清单、裁决文书、办理台账',
    appliesTo: ALL,
    frequency: '每季度',
    lead: 司法局,
    allowNotApplicable: true,
  },
  {
    code: '4.9',
    text: '落实行政执法责任制，开展行政执法责任制示范点培育，健全重大行政处罚备案审查制度，强化执法监督，有效处理执法投诉举报',
    points: 2,
    standard: '未分解落实执法职权和执法责任的扣1分；重大行政处罚未按规定备案的，每件扣0.5分；执法投诉举报未按期处理的，每件扣0.5分；扣完为止',
    evidence: '执法责任分解文件、重大行政处罚备案材料、执法投诉举报处理台账',
    appliesTo: ALL,
    frequency: '每月',
    lead: 司法局,
  },

  // 五、强化对行政权力的制约和监督 (11 common points)
  {
    code: '5.1',
    text: '严格落实《中华人民共和国政府信息公开条例》，做到决策公开、执行公开、管理公开、服务公开、结果公开',
    points: 4,
    standard: '主动公开事项未按期公开的，每项扣0.5分；依申请公开未在法定期限内答复的，每件扣1分；因信息公开被复议纠错或诉讼败诉的，每件扣1分；扣完为止',
    evidence: '政府信息公开指南和目录、年度报告、依申请公开登记及答复台账',
    appliesTo: ALL,
    frequency: '每月',
    lead: '市政府办公室',
  },
  {
    code: '5.2',
    text: '自觉接受人大、民主、监察、审计、司法等监督，依法受理、处理群众投诉举报和新闻媒体反映的问题，健全常态化内部层级监督',
    points: 3,
    standard: '人大代表建议、政协提案未按期办结的，每件扣0.5分；审计、监察发现问题未按期整改的，每项扣0.5分；群众投诉举报、媒体反映问题未按期处理回复的，每件扣0.5分；扣完为止',
    evidence: '建议提案办理台账、审计整改报告、投诉举报受理处理台账及回复材料',
    appliesTo: ALL,
    frequency: '每月',
    lead: 司法局,
  },
  {
    code: '5.3',
    text: '严格履行政府承诺，认真履行依法作出的政策承诺和签订的各类合同',
    points: 2,
    standard: '政策承诺未兑现的，每项扣1分；因违约被起诉并败诉的，每件扣1分；扣完为止',
    evidence: '政策承诺事项清单及兑现情况、合同管理台账',
    appliesTo: ALL,
    frequency: '每季度',
    lead: '市发展和改革委员会',
  },
  {
    code: '5.4',
    text: '建立公务员诚信档案，加强法律知识和信用知识学习',
    points: 2,
    standard: '未建立公务员诚信档案的扣1分；未组织法律和信用知识学习的扣1分；扣完为止',
    evidence: '公务员诚信档案目录、学习计划和学习记录',
    appliesTo: ALL,
    frequency: '每年',
    lead: '市人力资源和社会保障局',
  },

  // 六、依法有效化解社会矛盾纠纷 (7 common + 3 per group)
  {
    code: '6.1',
    text: '健全调解、仲裁、行政裁决、行政复议、诉讼等有机衔接的矛盾纠纷多元化解机制',
    points: 2,
    standard: '未建立多元化解衔接机制的扣1分；矛盾纠纷未通过法定渠道解决引发越级上访或群体性事件的，每起扣1分；扣完为止',
    evidence: '多元化解工作制度、矛盾纠纷排查化解台账',
    appliesTo: ALL,
    frequency: '每季度',
    lead: 司法局,
  },
  {
    code: '6.2',
    text: '落实行政复议体制改革，加强行政复议规范化建设',
    points: 3,
    standard: '行政复议体制改革任务未按期完成的扣1分；复议案件超过法定期限办结的，每件扣0.5分；复议文书不规范的，每件扣0.5分；扣完为止',
    evidence: '行政复议体制改革文件、复议案件台账、复议文书',
    appliesTo: COUNTIES,
    frequency: '每季度',
    lead: 司法局,
    allowNotApplicable: true,
  },
  {
    code: '6.3',
    text: '作为行政复议被申请人依法按期答复，认真履行行政复议决定',
    points: 3,
    standard: '未在法定期限内提交答复和证据材料的，每件扣1分；不履行或拖延履行复议决定的，每件扣1分；扣完为止',
    evidence: '复议答复书、证据目录、复议决定履行情况说明',
    appliesTo: CITY,
    frequency: '每月',
    lead: 司法局,
    allowNotApplicable: true,
  },
  {
    code: '6.4',
    text: '严格落实行政机关负责人出庭应诉制度，行政机关负责人出庭应诉率达到100%',
    points: 3,
    standard: '出庭应诉率每低于目标5个百分点扣0.5分；负责人应出庭而未出庭也未委托相应工作人员的，每件扣1分；扣完为止',
    evidence: '行政应诉案件台账、出庭通知书、出庭人员身份证明及庭审笔录',
    appliesTo: ALL,
    frequency: '每月',
    lead: 司法局,
    allowNotApplicable: true,
    target: { value: 100, unit: '%' },
  },
  {
    code: '6.5',
    text: '积极配合法院审判活动，尊重并执行法院生效的判决、裁定，认真对待法院的司法建议',
    points: 2,
    standard: '拒不执行或拖延执行生效裁判的，每件扣1分；司法建议未按期回复的，每件扣0.5分；扣完为止',
    evidence: '生效裁判执行情况台账、司法建议回复函',
    appliesTo: ALL,
    frequency: '每季度',
    lead: 司法局,
    allowNotApplicable: true,
  },

  // 七、全面提高政府工作人员法治思维和依法行政能力 (7 common points)
  {
    code: '7.1',
    text: '建立健全领导干部学法制度，政府常务会议（党组会议）会前学法常态化',
    points: 2,
    standard: '未制定年度学法计划的扣1分；会前学法每季度少于1次的扣0.5分；扣完为止',
    evidence: '年度学法计划、会议纪要、学法记录',
    appliesTo: ALL,
    frequency: '每季度',
    lead: 司法局,
  },
  {
    code: '7.2',
    text: '落实领导干部依法行政情况考察和任职前法律知识测试制度',
    points: 1,
    standard: '拟任领导干部未进行任职前法律知识测试的，每人扣0.5分；扣完为止',
    evidence: '任职前法律知识测试试卷及成绩登记表',
    appliesTo: ALL,
    frequency: '每季度',
    lead: '市委组织部',
    allowNotApplicable: true,
  },
  {
    code: '7.3',
    text: '落实法治专题讲座制度，每年举办法治专题讲座',
    points: 1,
    standard: '全年未举办法治专题讲座的扣1分；讲座少于计划次数的扣0.5分；扣完为止',
    evidence: '讲座通知、签到表、照片或视频资料',
    appliesTo: ALL,
    frequency: '每季度',
    lead: 司法局,
  },
  {
    code: '7.4',
    text: '落实行政机关工作人员和行政执法人员学法培训和法律知识测试制度，将服务型行政执法内容纳入年度培训考试',
    points: 3,
    standard: '未组织年度学法培训的扣1分；执法人员未参加年度培训考试的，每人扣0.2分；培训考试未包含服务型行政执法内容的扣1分；扣完为止',
    evidence: '年度培训计划、培训签到表、考试试卷及成绩统计',
    appliesTo: ALL,
    frequency: '每年',
    lead: 司法局,
  },

  // 八、加强法治政府建设组织领导 (8 common + 5 per group)
  {
    code: '8.1',
    text: '将法治政府建设纳入国民经济和社会发展总体规划和年度工作计划',
    points: 2,
    standard: '未纳入总体规划的扣1分；未纳入年度工作计划的扣1分',
    evidence: '国民经济和社会发展规划、政府年度工作计划（工作报告）相关内容',
    appliesTo: COUNTIES,
    frequency: '每年',
    lead: 司法局,
  },
  {
    code: '8.2',
    text: '制定法治政府建设年度计划并组织实施，落实法治政府建设年度报告制度，及时向党委（党组）请示汇报重大问题',
    points: 3,
    standard: '未制定年度计划的扣1分；未按时报送或未向社会公开年度报告的扣1分；重大问题未及时请示汇报的扣1分',
    evidence: '年度工作计划、法治政府建设年度报告及公开截图、请示汇报材料',
    appliesTo: ALL,
    frequency: '每年',
    lead: 司法局,
  },
  {
    code: '8.3',
    text: '严格落实《法治政府建设与责任落实督察工作规定》，主要负责人履行推进法治建设第一责任人职责',
    points: 3,
    standard: '主要负责人未专题研究法治政府建设工作的扣1分；未将履行第一责任人职责情况列入年终述职内容的扣1分；督察发现问题未按期整改的，每项扣0.5分；扣完为止',
    evidence: '专题研究会议纪要、述职报告、督察整改报告',
    appliesTo: ALL,
    frequency: '每季度',
    lead: 司法局,
  },
  {
    code: '8.4',
    text: '健全法治政府建设议事协调机构，加强组织保障',
    points: 1,
    standard: '未设立或未调整法治政府建设议事协调机构的扣1分',
    evidence: '议事协调机构设立或调整文件、会议纪要',
    appliesTo: COUNTIES,
    frequency: '每年',
    lead: 司法局,
  },
  {
    code: '8.5',
    text: '加强法治政府建设宣传，落实“谁执法谁普法”普法责任制',
    points: 2,
    standard: '未开展法治政府建设宣传的扣1分；未落实普法责任清单的扣1分',
    evidence: '宣传报道、普法责任清单、普法活动材料',
    appliesTo: ALL,
    frequency: '每月',
    lead: 司法局,
  },
  {
    code: '8.6',
    text: '落实法治政府建设工作经费，加大财政保障力度',
    points: 2,
    standard: '法治政府建设工作经费未列入财政预算的扣2分；经费不能满足创建工作需要的扣1分',
    evidence: '财政预算文件、经费拨付凭证',
    appliesTo: COUNTIES,
    frequency: '每年',
    lead: '市财政局',
  },
  {
    code: '8.7',
    text: '将法治政府建设纳入本部门年度工作要点，研究部署本部门创建任务',
    points: 3,
    standard: '未纳入部门年度工作要点的扣1分；未制定部门创建工作方案的扣1分；全年党组（党委）会议专题研究少于2次的扣1分',
    evidence: '部门年度工作要点、创建工作方案、会议纪要',
    appliesTo: CITY,
    frequency: '每年',
    lead: 司法局,
  },
  {
    code: '8.8',
    text: '健全部门法治工作机构，配齐法治工作力量，保障创建工作经费',
    points: 2,
    standard: '未明确法治工作机构或专职人员的扣1分；创建工作经费未落实的扣1分',
    evidence: '机构职责文件、人员名单、经费保障材料',
    appliesTo: CITY,
    frequency: '每年',
    lead: 司法局,
  },
];

function toIndicator(seed: Seed): Indicator {
  const indicator: Indicator = {
    code: seed.code,
    area: Number(seed.code.split('.')[0]) as AreaNo,
    text: seed.text,
    points: seed.points,
    standard: seed.standard,
    evidence: seed.evidence,
    // Copied: the seeds share ALL/COUNTIES/CITY, and templates handed out must share nothing.
    appliesTo: seed.appliesTo.kind === 'units' ? { kind: 'units', unitCodes: [...seed.appliesTo.unitCodes] } : { ...seed.appliesTo },
    allowNotApplicable: seed.allowNotApplicable ?? false,
    frequency: seed.frequency,
    lead: seed.lead,
  };
  if (seed.target) indicator.target = { ...seed.target };
  return indicator;
}

function buildDefaultTemplate(): IndicatorTemplate {
  return {
    version: DEFAULT_TEMPLATE_VERSION,
    name: DEFAULT_TEMPLATE_NAME,
    areas: AREAS.map((a) => ({ ...a })),
    indicators: SEEDS.map(toIndicator),
  };
}

/** A fresh, mutable copy of the default template (for editing before writing a workbook). */
export function defaultTemplate(): IndicatorTemplate {
  return buildDefaultTemplate();
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The default template, frozen (share it freely; use {@link defaultTemplate} to edit a copy). */
export const DEFAULT_TEMPLATE: IndicatorTemplate = deepFreeze(buildDefaultTemplate());
