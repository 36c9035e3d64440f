import type { InspectionTeam, Inspector, Unit } from '@ledger-review/scoring';
import type { Prng } from './prng';

/**
 * People and document numbers of the sample: who fills each unit's ledger, who signs it off, the
 * inspection team's names, and the 文号 prefix each unit puts on its documents. All invented;
 * names are drawn from common surnames and given names so the sheets read like real ones.
 */

const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎潘杜戴夏钟田任姜范方石姚谭邹金陆郝孔白崔康毛邱秦史顾侯邵孟段雷钱汤尹常武乔贺龚',
];
const GIVEN_NAMES = [
  '伟',
  '芳',
  '静',
  '磊',
  '军',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '超',
  '霞',
  '刚',
  '鹏',
  '浩',
  '雪',
  '建华',
  '晓东',
  '志强',
  '海燕',
  '红梅',
  '丽娜',
  '文博',
  '思远',
  '婷婷',
  '欣怡',
  '振华',
  '国庆',
  '卫东',
  '立新',
  '春燕',
  '亚楠',
  '俊峰',
  '晓丽',
  '永刚',
  '玉洁',
  '国强',
  '素芳',
  '明辉',
  '慧敏',
  '瑞霞',
  '保国',
  '学军',
  '新民',
  '利敏',
  '彦军',
  '会娟',
  '书峰',
  '长青',
  '雅静',
  '宏伟',
  '秋菊',
  '晓萌',
  '子涵',
  '梦瑶',
  '一鸣',
  '家豪',
  '少华',
];

export function personName(prng: Prng): string {
  return prng.pick(SURNAMES) + prng.pick(GIVEN_NAMES);
}

/** A Puyang landline (0393 + 7 digits) or, now and then, a mobile number. */
export function phoneNumber(prng: Prng): string {
  if (prng.chance(0.2))
    return `1${prng.pick(['3', '5', '8'])}${prng.int(0, 9)}${String(prng.int(0, 99_999_999)).padStart(8, '0')}`;
  return `0393-${prng.int(4, 8)}${String(prng.int(0, 999_999)).padStart(6, '0')}`;
}

/** Who fills and who signs off a unit's ledger (they stay the same month to month, mostly). */
export interface LedgerContacts {
  filler: string;
  phone: string;
  reviewer: string;
}

export function unitContacts(prng: Prng): LedgerContacts {
  const filler = personName(prng);
  let reviewer = personName(prng);
  while (reviewer === filler) reviewer = personName(prng);
  return { filler, phone: phoneNumber(prng), reviewer };
}

/** 文号 prefixes (发文机关代字) used in the sample's evidence lists. */
const DOC_PREFIX: Record<string, string> = {
  华龙区: '华政办',
  濮阳县: '濮县政办',
  清丰县: '清政办',
  南乐县: '南政办',
  范县: '范政办',
  台前县: '台政办',
  濮阳经济技术开发区: '濮开管',
  濮阳工业园区: '濮工管',
  濮阳市城乡一体化示范区: '濮示管',
  市司法局: '濮司',
  市市场监督管理局: '濮市监',
  市统计局: '濮统',
  市住房和城乡建设局: '濮建',
  市发展和改革委员会: '濮发改',
  市自然资源和规划局: '濮自然资规',
  市生态环境局: '濮环',
  市审计局: '濮审',
  市应急管理局: '濮应急',
  市教育局: '濮教',
  市公安局: '濮公',
  市民政局: '濮民',
  市财政局: '濮财',
  市人力资源和社会保障局: '濮人社',
  市交通运输局: '濮交',
  市水利局: '濮水',
  市农业农村局: '濮农',
  市卫生健康委员会: '濮卫',
  市城市管理局: '濮城管',
  市行政审批和政务信息管理局: '濮审批',
};

/** The unit's 文号 prefix; units outside the sample roster get one from their name. */
export function docPrefix(unit: Unit): string {
  return DOC_PREFIX[unit.name] ?? `濮${unit.name.replace(/^市/, '').slice(0, 2)}`;
}

/**
 * The sample's 双月检查组: the twelve slots of {@link defaultInspectionTeamStructure} given
 * names and phones (the bureaus report these by 31 January).
 */
const TEAM_NAMES: Record<Inspector['role'], string[]> = {
  副局长: ['王建民', '郭志刚', '李红霞', '赵永强'],
  科长: ['刘晓燕', '孙立新', '周文博', '韩卫东'],
  创建专班: ['张思远', '杜雅静', '宋一鸣', '崔子涵'],
};

export function namedInspectionTeam(structure: InspectionTeam): InspectionTeam {
  const seen: Record<string, number> = {};
  return {
    members: structure.members.map((m, i) => {
      const k = seen[m.role] ?? 0;
      seen[m.role] = k + 1;
      const names = TEAM_NAMES[m.role];
      return {
        ...m,
        name: names[k % names.length] + (k >= names.length ? String(Math.floor(k / names.length) + 1) : ''),
        phone: `0393-${8_810_000 + i * 1_117}`,
      };
    }),
  };
}
