import fc from 'fast-check';
import { renderFinding } from '../problems/finding';
import type { Unit } from '../model/types';
import { DEFAULT_ROSTER, DEFAULT_UNIT_CODES, defaultRoster } from './defaultRoster';
import {
  loadRoster,
  ROSTER_COLUMNS,
  rosterToRecords,
  type RosterProblem,
  type RosterRecord,
} from './rosterSheet';

/** [row, column label, code without its `roster-` prefix] of each problem. */
const flat = (problems: RosterProblem[]) =>
  problems.map((p) => [p.row ?? null, p.params.column || null, p.code.replace(/^roster-/, '')]);

function rec(row: number, over: Record<string, unknown> = {}): RosterRecord {
  return {
    row,
    cells: {
      单位编码: `U${row}`,
      单位名称: `第${row}单位`,
      '简称/曾用名': '',
      分组: '市直',
      类型: '',
      文明单位: '',
      联系人: '',
      联系电话: '',
      ...over,
    },
  };
}

describe('default roster', () => {
  const groupOf = (g: Unit['group']) => DEFAULT_ROSTER.filter((u) => u.group === g);

  it('has the nine 县区-group units of SPEC section 9, three of them functional zones', () => {
    expect(groupOf('县区').map((u) => u.name)).toEqual([
      '华龙区',
      '濮阳县',
      '清丰县',
      '南乐县',
      '范县',
      '台前县',
      '濮阳经济技术开发区',
      '濮阳工业园区',
      '濮阳市城乡一体化示范区',
    ]);
    expect(
      groupOf('县区')
        .filter((u) => u.kind === '功能区')
        .map((u) => u.code),
    ).toEqual(['XQ07', 'XQ08', 'XQ09']);
    expect(groupOf('县区').filter((u) => u.kind === '县区')).toHaveLength(6);
  });

  it('has the twenty 市直 departments of SPEC section 9', () => {
    const names = groupOf('市直').map((u) => u.name);
    expect(names).toHaveLength(20);
    expect(new Set(names)).toEqual(
      new Set([
        '市司法局',
        '市市场监督管理局',
        '市统计局',
        '市住房和城乡建设局',
        '市发展和改革委员会',
        '市自然资源和规划局',
        '市生态环境局',
        '市审计局',
        '市应急管理局',
        '市教育局',
        '市公安局',
        '市民政局',
        '市财政局',
        '市人力资源和社会保障局',
        '市交通运输局',
        '市水利局',
        '市农业农村局',
        '市卫生健康委员会',
        '市城市管理局',
        '市行政审批和政务信息管理局',
      ]),
    );
    expect(groupOf('市直').every((u) => u.kind === '市直')).toBe(true);
  });

  it('has stable codes XQ01–XQ09 and SZ01–SZ20, several 文明单位, and matching named codes', () => {
    expect(DEFAULT_ROSTER.map((u) => u.code)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `XQ0${i + 1}`),
      ...Array.from({ length: 20 }, (_, i) => `SZ${String(i + 1).padStart(2, '0')}`),
    ]);
    const civilized = DEFAULT_ROSTER.filter((u) => u.civilized);
    expect(civilized.length).toBeGreaterThanOrEqual(5);
    expect(civilized.length).toBeLessThan(DEFAULT_ROSTER.length / 2);
    for (const [name, code] of Object.entries(DEFAULT_UNIT_CODES))
      expect(DEFAULT_ROSTER.find((u) => u.code === code)?.name).toBe(name);
  });

  it('loads back from its own records without a single problem', () => {
    const loaded = loadRoster(rosterToRecords(DEFAULT_ROSTER));
    expect(loaded.problems).toEqual([]);
    expect(loaded.roster).toEqual(DEFAULT_ROSTER);
  });

  it('hands out independent copies, the shared one being frozen', () => {
    const copy = defaultRoster();
    (copy[0].aliases as string[]).push('新简称');
    expect(DEFAULT_ROSTER[0].aliases).not.toContain('新简称');
    expect(Object.isFrozen(DEFAULT_ROSTER[0].aliases)).toBe(true);
  });
});

describe('loadRoster', () => {
  it('lists the eight column labels of the 单位名录 sheet', () => {
    expect(ROSTER_COLUMNS).toEqual([
      '单位编码',
      '单位名称',
      '简称/曾用名',
      '分组',
      '类型',
      '文明单位',
      '联系人',
      '联系电话',
    ]);
  });

  it('regression: a unit name that is not safe in a file name is an error naming the row, and no roster is had (template --ledgers wrote outside --out for "../")', () => {
    const { roster, problems } = loadRoster([
      rec(2, { 单位名称: '../../etc/华龙区' }),
      rec(3, { 单位名称: '清丰县\n南乐县' }),
      rec(4, { 单位名称: '范县:台前县' }),
      rec(5, { 单位名称: '市司法局.' }),
      rec(6, { 单位名称: '濮阳县' }),
    ]);
    expect(roster).toBeNull();
    expect(flat(problems)).toEqual([2, 3, 4, 5].map((row) => [row, '单位名称', 'bad-name']));
    expect(renderFinding(problems[0])).toBe(
      '第2行：单位名称“../../etc/华龙区”含有“..”，不能用作文件名；请改为单位全称',
    );
    // A control character is shown, not obeyed: the message stays one line.
    expect(renderFinding(problems[1])).toBe(
      '第3行：单位名称“清丰县\\u000a南乐县”含有“\\u000a”，不能用作文件名；请改为单位全称',
    );
    expect(renderFinding(problems[2], 'en')).toBe(
      'Row 4: unit name "范县:台前县" contains ":" and cannot be used in a file name; type the full official name',
    );
  });

  it('reads aliases, groups, kinds, yes/no and contacts', () => {
    const { roster, problems } = loadRoster([
      rec(2, {
        单位编码: 'ＳＺ０１',
        单位名称: ' 市司法局 ',
        '简称/曾用名': '司法局、 市司法局，濮阳司法局;司法局',
        文明单位: '是',
        联系人: '张三',
        联系电话: 6666679,
      }),
      rec(3, {
        单位编码: 'XQ07',
        单位名称: '濮阳经济技术开发区',
        '简称/曾用名': '开发区',
        分组: '县区',
        类型: '功能区',
        文明单位: false,
      }),
      { row: 4, cells: {} },
      rec(5, { 单位编码: 'XQ01', 单位名称: '华龙区', 分组: '县（区）' }),
    ]);
    expect(problems).toEqual([]);
    expect(roster).toEqual([
      {
        code: 'SZ01',
        name: '市司法局',
        aliases: ['司法局', '濮阳司法局'],
        group: '市直',
        kind: '市直',
        civilized: true,
        contact: '张三',
        phone: '6666679',
      },
      {
        code: 'XQ07',
        name: '濮阳经济技术开发区',
        aliases: ['开发区'],
        group: '县区',
        kind: '功能区',
        civilized: false,
      },
      { code: 'XQ01', name: '华龙区', aliases: [], group: '县区', kind: '县区', civilized: false },
    ]);
  });

  it('reports every problem at once, duplicates on both rows', () => {
    const { roster, problems } = loadRoster([
      rec(2, { 单位编码: 'A1', 单位名称: '市甲局', '简称/曾用名': '甲局' }),
      rec(3, { 单位编码: 'a1', 单位名称: '市乙局' }), // duplicate code (case-insensitive)
      rec(4, { 单位编码: 'C1', 单位名称: '市甲局' }), // duplicate name
      rec(5, { 单位编码: 'D1', 单位名称: '市丁局', '简称/曾用名': '甲局' }), // alias of row 2
      rec(6, { 单位编码: 'E1', 分组: '省直' }),
      rec(7, { 单位编码: 'F1', 类型: '乡镇' }),
      rec(8, { 单位编码: 'G1', 文明单位: '可能' }),
      rec(9, { 单位编码: '', 单位名称: '' }),
      rec(10, { 单位编码: 'H1', 分组: '市直', 类型: '县区' }),
      rec(11, { 单位编码: 'I1', 单位名称: '濮阳市丁局' }), // normalises to 市丁局 (row 5)
    ]);
    expect(roster).toBeNull();
    expect(flat(problems)).toEqual([
      [2, '单位编码', 'duplicate-code'],
      [2, '单位名称', 'duplicate-name'],
      [2, '简称/曾用名', 'alias-conflict'],
      [3, '单位编码', 'duplicate-code'],
      [4, '单位名称', 'duplicate-name'],
      [5, '简称/曾用名', 'alias-conflict'],
      [5, '单位名称', 'alias-conflict'],
      [6, '分组', 'unknown-group'],
      [7, '类型', 'unknown-kind'],
      [8, '文明单位', 'bad-yes-no'],
      [9, '单位编码', 'missing-code'],
      [9, '单位名称', 'missing-name'],
      [10, '类型', 'kind-group-mismatch'],
      [11, '单位名称', 'alias-conflict'],
    ]);
    const alias = problems.find((p) => p.row === 2 && p.code === 'roster-alias-conflict')!;
    expect(alias.message).toBe(
      '第2行：“甲局”与第5行的单位（市丁局）无法区分，填写该名称时无法确定是哪个单位',
    );
    expect(renderFinding(alias, 'en')).toMatch(
      /^Row 2: "甲局" cannot be told apart from the unit in row 5 \(市丁局\)/,
    );
    expect(problems.find((p) => p.code === 'roster-duplicate-code' && p.row === 2)?.message).toBe(
      '第2行：单位编码“A1”与第3行重复',
    );
    expect(problems.find((p) => p.code === 'roster-kind-group-mismatch')?.severity).toBe('warning');
  });

  it('accepts a functional zone in either group, and rejects an empty sheet', () => {
    expect(loadRoster([rec(2, { 分组: '市直', 类型: '功能区' })]).problems).toEqual([]);
    expect(flat(loadRoster([{ row: 2, cells: {} }]).problems)).toEqual([[null, null, 'no-units']]);
  });

  it('property: any roster with distinct names and codes round-trips', () => {
    const name = fc
      .array(fc.constantFrom(...'东西南北中甲乙丙丁戊己庚辛'), { minLength: 2, maxLength: 5 })
      .map((a) => `${a.join('')}局`);
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(name, fc.constantFrom('县区' as const, '市直' as const), fc.boolean(), fc.boolean()),
          {
            minLength: 1,
            maxLength: 12,
            selector: ([n]) => n,
          },
        ),
        (rows) => {
          const roster: Unit[] = rows.map(([n, group, civilized, zone], i) => ({
            code: `C${i}`,
            name: n,
            aliases: [],
            group,
            kind: zone ? '功能区' : group,
            civilized,
          }));
          const loaded = loadRoster(rosterToRecords(roster, 7));
          expect(loaded.problems).toEqual([]);
          expect(loaded.roster).toEqual(roster);
        },
      ),
    );
  });
});
