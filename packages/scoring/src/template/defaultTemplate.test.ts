import { DEFAULT_ROSTER } from '../roster/defaultRoster';
import { applicableIndicators } from './applicability';
import { AREAS } from './areas';
import { DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_NAME, DEFAULT_TEMPLATE_VERSION, defaultTemplate } from './defaultTemplate';
import { groupCorePoints } from './points';

// SPEC section 2, word for word.
const SPEC_AREAS = [
  '依法全面履行政府职能',
  '完善依法行政制度体系',
  '推进行政决策科学化、民主化、法治化',
  '坚持严格规范公正文明执法',
  '强化对行政权力的制约和监督',
  '依法有效化解社会矛盾纠纷',
  '全面提高政府工作人员法治思维和依法行政能力',
  '加强法治政府建设组织领导',
];

const indicators = DEFAULT_TEMPLATE.indicators;
const byText = (fragment: string) => {
  const found = indicators.filter((i) => i.text.includes(fragment));
  expect(found).toHaveLength(1);
  return found[0];
};

describe('default indicator template', () => {
  it('is version 2021.1 with the agreed name and the eight SPEC areas', () => {
    expect(DEFAULT_TEMPLATE.version).toBe('2021.1');
    expect(DEFAULT_TEMPLATE_VERSION).toBe('2021.1');
    expect(DEFAULT_TEMPLATE.name).toBe('濮阳市法治政府建设示范市创建指标体系（默认模板）');
    expect(DEFAULT_TEMPLATE_NAME).toBe(DEFAULT_TEMPLATE.name);
    expect(DEFAULT_TEMPLATE.areas).toEqual(SPEC_AREAS.map((name, i) => ({ no: i + 1, name })));
    expect(AREAS.map((a) => a.name)).toEqual(SPEC_AREAS);
  });

  it('has at least 30 leaf indicators covering all eight areas', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(30);
    expect(new Set(indicators.map((i) => i.area))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
    for (const area of [1, 2, 3, 4, 5, 6, 7, 8]) expect(indicators.filter((i) => i.area === area).length).toBeGreaterThanOrEqual(3);
  });

  it('has unique codes a.n that match their area, numbered 1..n within each area', () => {
    const codes = indicators.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const i of indicators) {
      expect(i.code).toMatch(/^[1-8]\.[1-9]\d*$/);
      expect(Number(i.code.split('.')[0])).toBe(i.area);
    }
    for (const area of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const ns = indicators.filter((i) => i.area === area).map((i) => Number(i.code.split('.')[1]));
      expect(ns).toEqual(ns.map((_, k) => k + 1));
    }
  });

  it('gives every indicator positive points, a concrete standard, evidence, a lead and a frequency', () => {
    for (const i of indicators) {
      expect(i.points).toBeGreaterThan(0);
      expect(i.text.length).toBeGreaterThan(8);
      expect(i.standard).toMatch(/扣/);
      expect(i.evidence.length).toBeGreaterThan(4);
      expect(i.lead).toBeTruthy();
      expect(['每月', '双月', '每季度', '每半年', '每年']).toContain(i.frequency);
    }
  });

  it('totals exactly 100 points for every unit of each group, named-unit extras aside', () => {
    expect(groupCorePoints(indicators)).toEqual({ 县区: 100, 市直: 100 });
    for (const unit of DEFAULT_ROSTER) {
      const core = applicableIndicators(DEFAULT_TEMPLATE, unit).filter((i) => i.appliesTo.kind !== 'units');
      expect([unit.code, core.reduce((s, i) => s + i.points, 0)]).toEqual([unit.code, 100]);
    }
  });

  it('names only roster units, and the named-unit extras are 规章 (市司法局) and 政务服务平台 (市行政审批和政务信息管理局)', () => {
    const codes = new Set(DEFAULT_ROSTER.map((u) => u.code));
    const named = indicators.filter((i) => i.appliesTo.kind === 'units');
    for (const i of named) if (i.appliesTo.kind === 'units') for (const c of i.appliesTo.unitCodes) expect(codes).toContain(c);
    const rule = byText('规章立项');
    expect(rule.appliesTo).toEqual({ kind: 'units', unitCodes: ['SZ01'] });
    expect(rule.allowNotApplicable).toBe(true);
    expect(rule.lead).toBe('市司法局');
    expect(byText('一体化政务服务平台，推动').appliesTo).toEqual({ kind: 'units', unitCodes: ['SZ20'] });
  });

  it('sets targets where the plan gives a number, and only there', () => {
    expect(byText('报备率').target).toEqual({ value: 100, unit: '%' });
    expect(byText('服务型行政执法，落实各项制度').target).toEqual({ value: 100, unit: '%' });
    expect(byText('出庭应诉率').target).toEqual({ value: 100, unit: '%' });
    expect(indicators.filter((i) => i.target).map((i) => i.code)).toEqual(['2.4', '4.4', '6.4']);
  });

  it('allows 不适用 where a unit may legitimately have nothing to report', () => {
    expect(byText('行政裁决制度').allowNotApplicable).toBe(true);
    expect(byText('重大行政决策程序暂行条例').allowNotApplicable).toBe(true);
    expect(byText('行政执法公示制度').allowNotApplicable).toBe(false);
  });

  it('keeps each unit ledger to a manageable 36–42 rows', () => {
    for (const unit of DEFAULT_ROSTER) {
      const n = applicableIndicators(DEFAULT_TEMPLATE, unit).length;
      expect(n).toBeGreaterThanOrEqual(36);
      expect(n).toBeLessThanOrEqual(42);
    }
  });

  it('is frozen, while defaultTemplate() hands out an independent editable copy', () => {
    expect(Object.isFrozen(DEFAULT_TEMPLATE.indicators[0])).toBe(true);
    expect(() => {
      (DEFAULT_TEMPLATE.indicators as unknown[]).push({});
    }).toThrow(TypeError);
    const copy = defaultTemplate();
    expect(copy).toEqual(DEFAULT_TEMPLATE);
    copy.indicators[0].points = 99;
    if (copy.indicators[0].appliesTo.kind === 'all') (copy.indicators[0] as { appliesTo: unknown }).appliesTo = { kind: 'group', group: '市直' };
    expect(DEFAULT_TEMPLATE.indicators[0].points).not.toBe(99);
    expect(defaultTemplate().indicators[1].appliesTo).not.toBe(defaultTemplate().indicators[1].appliesTo);
  });
});
