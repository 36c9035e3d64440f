import fc from 'fast-check';
import { renderFinding } from '../problems/finding';
import type { Applicability, Indicator, IndicatorTemplate, Unit } from '../model/types';
import { DEFAULT_ROSTER } from '../roster/defaultRoster';
import { parseArea } from './areas';
import { DEFAULT_TEMPLATE } from './defaultTemplate';
import {
  loadTemplate,
  parseTarget,
  TEMPLATE_COLUMNS,
  templateToRecords,
  type TemplateProblem,
  type TemplateRecord,
} from './templateSheet';

const META = { version: '2021.1', name: '测试模板' };
/** [row, column label, code without its `template-` prefix] of each problem. */
const flat = (problems: TemplateProblem[]) =>
  problems.map((p) => [p.row ?? null, p.params.column || null, p.code.replace(/^template-/, '')]);

/** A valid row; `over` replaces cells. */
function row(n: number, over: Record<string, unknown> = {}): TemplateRecord {
  return {
    row: n,
    cells: {
      指标编号: '1.1',
      检查内容: '依法全面履行政府职能',
      指标内容: '权责清单动态管理',
      分值: 50,
      评分标准: '未公布的扣1分',
      佐证材料要求: '公布截图',
      目标值: '',
      适用范围: '全部',
      允许不适用: '否',
      填报频次: '每月',
      牵头单位: '',
      ...over,
    },
  };
}

/** Two rows totalling 100 for both groups, so tests see only the problems they plant. */
const validPair = (first = 2) => [
  row(first),
  row(first + 1, { 指标编号: '8.1', 检查内容: 8, 指标内容: '年度报告' }),
];

describe('TEMPLATE_COLUMNS', () => {
  it('lists the eleven labels of the 指标体系 sheet in order', () => {
    const headerRow =
      '指标编号 检查内容 指标内容 分值 评分标准 佐证材料要求 目标值 适用范围 允许不适用 填报频次 牵头单位';
    expect(TEMPLATE_COLUMNS).toEqual(headerRow.split(' '));
  });
});

describe('templateToRecords ⇄ loadTemplate', () => {
  it('round-trips the default template exactly, without any problem', () => {
    const records = templateToRecords(DEFAULT_TEMPLATE, [...DEFAULT_ROSTER]);
    expect(records[0].row).toBe(2);
    expect(records[0].cells['检查内容']).toBe('依法全面履行政府职能');
    expect(records.find((r) => r.cells['指标编号'] === '2.1')?.cells['适用范围']).toBe('市司法局');
    expect(records.find((r) => r.cells['指标编号'] === '2.4')?.cells['目标值']).toBe('100%');
    const loaded = loadTemplate(records, DEFAULT_ROSTER, {
      version: DEFAULT_TEMPLATE.version,
      name: DEFAULT_TEMPLATE.name,
    });
    expect(loaded.problems).toEqual([]);
    expect(loaded.template).toEqual(DEFAULT_TEMPLATE);
  });

  it('round-trips any valid template (property)', () => {
    const codes = DEFAULT_ROSTER.map((u) => u.code);
    const words = fc
      .array(fc.constantFrom(...'法治政府建设规范性文件备案审查执法公示率一二三ABC'), {
        minLength: 1,
        maxLength: 12,
      })
      .map((a) => a.join(''));
    const applicability: fc.Arbitrary<Applicability> = fc.oneof(
      fc.constant({ kind: 'all' as const }),
      fc.constantFrom('县区' as const, '市直' as const).map((group) => ({ kind: 'group' as const, group })),
      fc
        .uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 4 })
        .map((unitCodes) => ({ kind: 'units' as const, unitCodes })),
    );
    const indicator = fc.record({
      text: words,
      points: fc.integer({ min: 1, max: 40 }).map((n) => n / 2),
      standard: words,
      evidence: fc.option(words, { nil: '' }),
      target: fc.option(
        fc.record({
          value: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
          unit: fc.constantFrom('%', '次', '件', ''),
        }),
        { nil: undefined },
      ),
      appliesTo: applicability,
      allowNotApplicable: fc.boolean(),
      frequency: fc.constantFrom(
        '每月' as const,
        '双月' as const,
        '每季度' as const,
        '每半年' as const,
        '每年' as const,
      ),
      lead: fc.option(words, { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 8 }), indicator), { minLength: 1, maxLength: 25 }),
        (rows) => {
          const next = new Map<number, number>();
          const indicators: Indicator[] = rows.map(([area, i]) => {
            const n = (next.get(area) ?? 0) + 1;
            next.set(area, n);
            const out: Indicator = { ...i, code: `${area}.${n}`, area: area as Indicator['area'] };
            if (out.target === undefined) delete out.target;
            if (out.lead === undefined) delete out.lead;
            return out;
          });
          const template: IndicatorTemplate = {
            version: '2022.3',
            name: '随机模板',
            areas: DEFAULT_TEMPLATE.areas,
            indicators,
          };
          const loaded = loadTemplate(templateToRecords(template, DEFAULT_ROSTER, 5), DEFAULT_ROSTER, {
            version: '2022.3',
            name: '随机模板',
          });
          expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
          expect(loaded.template).toEqual(template);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('loadTemplate problems', () => {
  it('reports every kind of problem at once, each with its row and column', () => {
    // Rows 4 to 15: each planted fault, and the [column, code] of the problem it raises.
    const planted: Array<[Record<string, unknown>, string, string]> = [
      [{ 指标编号: '1.2', 分值: 0 }, '分值', 'bad-points'],
      [{ 指标编号: '1.3', 分值: '五分' }, '分值', 'bad-points'],
      [{ 指标编号: '9.1', 检查内容: '第九方面' }, '检查内容', 'unknown-area'],
      [{ 指标编号: '2.1', 检查内容: '依法全面履行政府职能' }, '指标编号', 'code-area-mismatch'],
      [{ 指标编号: '1.4', 适用范围: '市司法、华龙区' }, '适用范围', 'unknown-unit'],
      [{ 指标编号: '1.5', 指标内容: '  ' }, '指标内容', 'empty-text'],
      [{ 指标编号: '1.6', 目标值: '很高' }, '目标值', 'bad-target'],
      [{ 指标编号: '1.7', 允许不适用: '也许' }, '允许不适用', 'bad-yes-no'],
      [{ 指标编号: '1.8', 填报频次: '随时' }, '填报频次', 'bad-frequency'],
      [{ 指标编号: '', 指标内容: '缺编号' }, '指标编号', 'missing-code'],
      [{ 指标编号: '1.x' }, '指标编号', 'bad-code'],
      [{ 指标编号: '1.9', 评分标准: '' }, '评分标准', 'missing-standard'],
    ];
    const records = [
      row(2),
      row(3, { 指标编号: '1.1', 指标内容: '重复编号' }), // duplicate of row 2
      ...planted.map(([over], k) => row(4 + k, over)),
      row(16, { 指标编号: 1.1 }), // a number: warned, and a third 1.1
    ];
    const { template, problems } = loadTemplate(records, DEFAULT_ROSTER, META);
    expect(template).toBeNull();
    expect(flat(problems)).toEqual([
      [2, '指标编号', 'duplicate-code'],
      [3, '指标编号', 'duplicate-code'],
      ...planted.map(([, column, code], k) => [4 + k, column, code]),
      [16, '指标编号', 'numeric-code'],
      [16, '指标编号', 'duplicate-code'],
      [null, '分值', 'group-total'],
      [null, '分值', 'group-total'],
    ]);
    const dup = problems.find((p) => p.row === 2 && p.code === 'template-duplicate-code')!;
    expect(dup.message).toBe('第2行：指标编号“1.1”与第3、16行重复');
    expect(renderFinding(dup, 'en')).toBe('Row 2: indicator code "1.1" also appears in row 3, 16');
    expect(problems.every((p) => p.sheet === '指标体系')).toBe(true);
  });

  it('suggests roster units for an unknown name (您是否要填写…)', () => {
    const { problems } = loadTemplate(
      [...validPair(), row(4, { 指标编号: '1.2', 分值: 0.5, 适用范围: '市司法' })],
      DEFAULT_ROSTER,
      META,
    );
    const p = problems.find((x) => x.code === 'template-unknown-unit')!;
    expect((p.params.candidates as string[])[0]).toBe('市司法局');
    expect(p.message).toMatch(/^第4行：适用范围中的“市司法”不是单位名录中的单位，您是否要填写：市司法局/);
    expect(renderFinding(p, 'en')).toMatch(/did you mean: 市司法局/);
  });

  it('says nothing about candidates when no roster name looks alike', () => {
    const { problems } = loadTemplate([row(2, { 适用范围: 'XYZ公司' })], DEFAULT_ROSTER, META);
    const p = problems.find((x) => x.code === 'template-unknown-unit')!;
    expect(p.params.candidates).toEqual([]);
    expect(p.message).toBe('第2行：适用范围中的“XYZ公司”不是单位名录中的单位');
  });

  it('refuses to guess a name that fits two units', () => {
    const roster: Unit[] = [
      { code: 'A', name: '甲局', aliases: ['城区局'], group: '市直', kind: '市直', civilized: false },
      { code: 'B', name: '乙局', aliases: ['城区局'], group: '市直', kind: '市直', civilized: false },
    ];
    const { template, problems } = loadTemplate([row(2, { 适用范围: '城区局' })], roster, META);
    expect(template).toBeNull();
    const p = problems.find((x) => x.code === 'template-ambiguous-unit')!;
    expect([p.row, p.params.column, p.params.candidates]).toEqual([2, '适用范围', ['甲局', '乙局']]);
    expect(p.message).toContain('可能指多个单位（甲局、乙局）');
  });

  it('warns when a group does not total 100, but still loads', () => {
    const { template, problems } = loadTemplate(
      [row(2, { 分值: 60 }), row(3, { 指标编号: '1.2', 分值: 30, 适用范围: '市直' })],
      DEFAULT_ROSTER,
      META,
    );
    expect(template).not.toBeNull();
    expect(problems.map((p) => [p.code.replace(/^template-/, ''), p.severity, p.message])).toEqual([
      [
        'group-total',
        'warning',
        '适用于全部县区单位的指标分值合计为 60 分，不是 100 分（得分率仍可比较，但请确认）',
      ],
      [
        'group-total',
        'warning',
        '适用于全部市直单位的指标分值合计为 90 分，不是 100 分（得分率仍可比较，但请确认）',
      ],
    ]);
  });

  it('rejects a template without version or name, and a sheet without indicators', () => {
    const r = loadTemplate([{ row: 2, cells: {} }], DEFAULT_ROSTER, { version: ' ', name: '' });
    expect(r.template).toBeNull();
    expect(r.problems.map((p) => [p.row ?? null, p.code.replace(/^template-/, '')])).toEqual([
      [null, 'missing-version'],
      [null, 'missing-name'],
      [null, 'no-indicators'],
    ]);
  });
});

describe('loadTemplate reading cells', () => {
  const load = (over: Record<string, unknown>) => {
    const r = loadTemplate([row(2, { 分值: 100, ...over })], DEFAULT_ROSTER, { ...META, sheet: '指标' });
    return { indicator: r.template?.indicators[0], problems: r.problems };
  };

  it('reads area numbers, names and mixed forms; infers a blank area from the code', () => {
    for (const v of [
      1,
      '1',
      '一',
      '（一）',
      '(一)',
      '1 依法全面履行政府职能',
      '一、依法全面履行政府职能',
      '依法全面履行政府职能',
      ' ',
      null,
    ]) {
      expect([v, load({ 检查内容: v }).indicator?.area]).toEqual([v, 1]);
    }
    expect(parseArea('二、依法全面履行政府职能')).toBeNull();
    expect(parseArea('9')).toBeNull();
    expect(parseArea('十')).toBeNull();
    expect(parseArea('加强法治政府建设组织领导')).toBe(8);
    expect(parseArea('第七方面')).toBe(7);
  });

  it('reads targets with units, full-width digits and ≥; blank means none', () => {
    expect(parseTarget('100%')).toEqual({ value: 100, unit: '%' });
    expect(parseTarget('１００％')).toEqual({ value: 100, unit: '%' });
    expect(parseTarget('≥95%')).toEqual({ value: 95, unit: '%' });
    expect(parseTarget('3次')).toEqual({ value: 3, unit: '次' });
    expect(parseTarget(100)).toEqual({ value: 100, unit: '' });
    expect(parseTarget('12.5')).toEqual({ value: 12.5, unit: '' });
    expect(parseTarget('')).toBeUndefined();
    expect(parseTarget(null)).toBeUndefined();
    expect(parseTarget('高')).toBeNull();
    expect(parseTarget('100%以上的很多')).toBeNull();
  });

  it('reads 适用范围 words, unit names through aliases and the 濮阳市 prefix, and mixed group + units', () => {
    expect(load({ 适用范围: '全部单位' }).indicator?.appliesTo).toEqual({ kind: 'all' });
    expect(load({ 适用范围: '县（区）' }).indicator?.appliesTo).toEqual({ kind: 'group', group: '县区' });
    expect(load({ 适用范围: '市直单位' }).indicator?.appliesTo).toEqual({ kind: 'group', group: '市直' });
    expect(load({ 适用范围: '濮阳市司法局，市住建局;开发区、市司法局' }).indicator?.appliesTo).toEqual({
      kind: 'units',
      unitCodes: ['SZ01', 'SZ04', 'XQ07'],
    });
    const mixed = load({ 适用范围: '县区、市司法局' }).indicator?.appliesTo;
    expect(mixed).toEqual({
      kind: 'units',
      unitCodes: ['XQ01', 'XQ02', 'XQ03', 'XQ04', 'XQ05', 'XQ06', 'XQ07', 'XQ08', 'XQ09', 'SZ01'],
    });
  });

  it('defaults a blank 适用范围 to 全部 with a warning, and blank 允许不适用/填报频次 quietly', () => {
    const { indicator, problems } = load({ 适用范围: '', 允许不适用: '', 填报频次: '' });
    expect(indicator).toMatchObject({
      appliesTo: { kind: 'all' },
      allowNotApplicable: false,
      frequency: '每月',
    });
    expect(
      problems.map((p) => [p.row, p.params.column, p.code.replace(/^template-/, ''), p.severity, p.sheet]),
    ).toEqual([[2, '适用范围', 'applicability-defaulted', 'warning', '指标']]);
  });

  it('reads points written as text, yes/no synonyms and frequency synonyms', () => {
    expect(load({ 分值: '100分', 允许不适用: true, 填报频次: '每季度' }).indicator).toMatchObject({
      points: 100,
      allowNotApplicable: true,
      frequency: '每季度',
    });
    // The words older templates wrote are still read.
    expect(load({ 填报频次: '季度' }).indicator?.frequency).toBe('每季度');
    expect(load({ 填报频次: '年度' }).indicator?.frequency).toBe('每年');
    expect(load({ 填报频次: '半年' }).indicator?.frequency).toBe('每半年');
    expect(load({ 分值: '１００', 允许不适用: 'Y', 填报频次: '按月' }).indicator).toMatchObject({
      points: 100,
      allowNotApplicable: true,
      frequency: '每月',
    });
    expect(load({ 分值: -3 }).problems.map((p) => p.code)).toContain('template-bad-points');
    expect(load({ 分值: '' }).problems.map((p) => p.code)).toContain('template-bad-points');
  });

  it('accepts three-level codes of a real indicator system and skips blank rows', () => {
    const r = loadTemplate(
      [
        row(2, { 指标编号: '1.1.1' }),
        { row: 3, cells: { 指标编号: '  ', 分值: null } },
        row(4, { 指标编号: '8.2.1', 检查内容: 8 }),
      ],
      DEFAULT_ROSTER,
      META,
    );
    expect(r.problems).toEqual([]);
    expect(r.template?.indicators.map((i) => [i.code, i.area])).toEqual([
      ['1.1.1', 1],
      ['8.2.1', 8],
    ]);
  });

  it('writes every message in both languages with every placeholder filled', () => {
    const { problems } = loadTemplate(
      [
        row(2, {
          指标编号: '2.x',
          检查内容: '?',
          目标值: '高',
          适用范围: '市司法',
          允许不适用: '?',
          填报频次: '?',
          指标内容: '',
          分值: 'x',
          评分标准: '',
        }),
        row(3, { 指标编号: 3.1 }),
      ],
      DEFAULT_ROSTER,
      { version: '', name: '' },
    );
    expect(problems.length).toBeGreaterThanOrEqual(10);
    for (const p of problems) {
      expect(p.message).not.toMatch(/[{}[\]]/);
      expect(renderFinding(p, 'en')).not.toMatch(/[{}]|\[\[/);
      expect(p.message).toMatch(/[\u4e00-\u9fff]/);
      expect(renderFinding(p, 'en')).toMatch(/[a-z]{3}/);
    }
  });
});
