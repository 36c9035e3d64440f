import fc from 'fast-check';
import type { Unit } from '../model/types';
import { DEFAULT_ROSTER, defaultRoster } from './defaultRoster';
import { buildUnitIndex, resolveUnit, UnitIndex } from './resolveUnit';
import { nameSimilarity, unitNameKey } from './unitName';

const roster = DEFAULT_ROSTER;
const codeOf = (name: string) => {
  const r = resolveUnit(name, roster);
  return r.unit ? r.unit.code : null;
};
const unit = (code: string, name: string, aliases: string[] = []): Unit => ({
  code,
  name,
  aliases,
  group: '市直',
  kind: '市直',
  civilized: false,
});

describe('resolveUnit on the default roster', () => {
  it('matches exact code, full name and alias, saying how', () => {
    expect(resolveUnit('SZ02', roster)).toMatchObject({ unit: { name: '市市场监督管理局' }, via: 'code' });
    expect(resolveUnit('市市场监督管理局', roster)).toMatchObject({ unit: { code: 'SZ02' }, via: 'name' });
    expect(resolveUnit('市市场监管局', roster)).toMatchObject({ unit: { code: 'SZ02' }, via: 'alias' });
    expect(resolveUnit('开发区', roster)).toMatchObject({ unit: { code: 'XQ07' }, via: 'alias' });
  });

  it.each([
    // The aliases the plan and the office use.
    ['市场监管局', 'SZ02'],
    ['市住建局', 'SZ04'],
    ['市发改委', 'SZ05'],
    ['市人社局', 'SZ14'],
    ['市卫健委', 'SZ18'],
    ['市城管局', 'SZ19'],
    ['市审批局', 'SZ20'],
    ['工业园区', 'XQ08'],
    ['示范区', 'XQ09'],
    // 濮阳市 read as 市, spaces and full width ignored, 人民政府/管委会 dropped.
    ['濮阳市司法局', 'SZ01'],
    ['河南省濮阳市统计局', 'SZ03'],
    ['濮阳市市场监督管理局', 'SZ02'],
    ['濮阳市市场监管局', 'SZ02'],
    [' 市司法局 ', 'SZ01'],
    ['市　司法局', 'SZ01'],
    ['市司法局\u200b', 'SZ01'],
    ['ｓｚ０１', 'SZ01'],
    [' XQ03', 'XQ03'],
    ['华龙区人民政府', 'XQ01'],
    ['濮阳县人民政府', 'XQ02'],
    ['濮阳市华龙区', 'XQ01'],
    ['市华龙区', 'XQ01'],
    ['开发区管委会', 'XQ07'],
    ['濮阳经济技术开发区管理委员会', 'XQ07'],
    ['濮阳市工业园区', 'XQ08'],
    ['濮阳市城乡一体化示范区管委会', 'XQ09'],
  ])('resolves %j to %s, saying how', (name, code) => {
    const r = resolveUnit(name, roster);
    expect([r.unit?.code, r.unit && 'via' in r ? r.via : null]).toEqual([code, expect.anything()]);
  });

  it('says a spelling with 濮阳市 was normalised', () => {
    expect(resolveUnit('濮阳市司法局', roster)).toMatchObject({ via: 'normalised' });
  });

  it('does not turn 濮阳县 into the city, nor a bare bureau name into a guess', () => {
    expect(codeOf('濮阳县')).toBe('XQ02');
    expect(codeOf('濮阳')).toBeNull();
    expect(codeOf('')).toBeNull();
    expect(codeOf('   ')).toBeNull();
  });

  it('suggests close roster units for unknown names, most alike first', () => {
    const candidates = (name: string) => {
      const r = resolveUnit(name, roster);
      expect(r.unit).toBeNull();
      return r.unit ? [] : r.candidates.map((u) => u.name);
    };
    expect(candidates('市司法')[0]).toBe('市司法局');
    expect(candidates('市水务局')[0]).toBe('市水利局');
    expect(candidates('市公按局')[0]).toBe('市公安局');
    expect(candidates('市市场局')[0]).toBe('市市场监督管理局');
    expect(candidates('华隆区')[0]).toBe('华龙区');
    expect(candidates('市教育体育局')[0]).toBe('市教育局');
    expect(candidates('市委宣传部')).toEqual([]);
    expect(candidates('完全无关')).toEqual([]);
    expect(candidates('市教育').includes('市水利局')).toBe(false);
    expect(candidates('市局').length).toBe(0);
  });

  it('never guesses between two units: a shared alias or key gives no unit and both candidates', () => {
    const twins = [
      unit('A1', '甲局', ['城区局']),
      unit('B1', '乙局', ['城区局']),
      unit('C1', '濮阳市丙局'),
      unit('D1', '市丙局'),
    ];
    const shared = resolveUnit('城区局', twins);
    expect(shared.unit).toBeNull();
    expect(shared).toMatchObject({ ambiguous: true });
    expect(!shared.unit && shared.candidates.map((u) => u.code)).toEqual(['A1', 'B1']);
    // Each full name still resolves exactly: the exact step comes before the normalised one.
    expect(resolveUnit('市丙局', twins).unit?.code).toBe('D1');
    expect(resolveUnit('濮阳市丙局', twins).unit?.code).toBe('C1');
    const viaKey = resolveUnit('  濮阳市丙局 ', twins);
    expect(viaKey.unit).toBeNull();
    expect(!viaKey.unit && viaKey.candidates.map((u) => u.code)).toEqual(['C1', 'D1']);
  });

  it('property: every unit is found by its code, name, each alias, and a messy spelling of them', () => {
    const units = [...roster];
    const messy = (s: string, spaces: number[]) => {
      const chars = [...s];
      for (const at of spaces) chars.splice(at % (chars.length + 1), 0, at % 2 ? ' ' : '\u3000');
      return chars.join('');
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...units),
        fc.nat(),
        fc.array(fc.nat({ max: 40 }), { maxLength: 3 }),
        (u, k, spaces) => {
          const labels = [u.code, u.name, ...u.aliases];
          const label = labels[k % labels.length];
          expect(resolveUnit(label, roster).unit?.code).toBe(u.code);
          expect(resolveUnit(messy(label, spaces), roster).unit?.code).toBe(u.code);
          if (u.name.startsWith('市')) expect(resolveUnit(`濮阳${u.name}`, roster).unit?.code).toBe(u.code);
        },
      ),
    );
  });

  it('property: a label shared by two units never resolves', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[甲乙丙丁戊己]{2,4}局$/), fc.boolean(), (label, asName) => {
        const rosterWithTwin = [
          unit('X1', asName ? label : '某某单位', asName ? [] : [label]),
          unit('X2', '另一单位', [label]),
        ];
        const r = resolveUnit(label, rosterWithTwin);
        if (asName) {
          // The exact full name wins over another unit's alias; the roster loader flags the clash.
          expect(r.unit?.code).toBe('X1');
        } else {
          expect(r.unit).toBeNull();
        }
      }),
    );
  });
});

describe('buildUnitIndex', () => {
  it('is reused for the same roster and rebuilt when the roster array changes', () => {
    const list = defaultRoster();
    const first = buildUnitIndex(list);
    expect(buildUnitIndex(list)).toBe(first);
    expect(first).toBeInstanceOf(UnitIndex);
    expect(resolveUnit('市体育局', list).unit).toBeNull();
    list.push(unit('SZ21', '市体育局'));
    expect(resolveUnit('市体育局', list).unit?.code).toBe('SZ21');
    list[0] = { ...list[0], aliases: [...list[0].aliases, '龙都'] };
    expect(resolveUnit('龙都', list).unit?.code).toBe('XQ01');
    list.pop();
    expect(resolveUnit('市体育局', list).unit).toBeNull();
  });

  it('accepts an index in place of the roster, and looks units up by code', () => {
    const index = buildUnitIndex(roster);
    expect(resolveUnit('市统计局', index).unit?.code).toBe('SZ03');
    expect(index.get('SZ03')?.name).toBe('市统计局');
    expect(index.get('nope')).toBeUndefined();
  });

  it('resolves every name of a 3,000-unit roster by full name and by alias', () => {
    // Speed is measured by npm run bench; this pins correctness at province scale.
    const big: Unit[] = Array.from({ length: 3000 }, (_, i) =>
      unit(`U${i}`, `第${i}号单位管理局`, [`单位${i}`]),
    );
    for (let i = 0; i < 3000; i++)
      expect(resolveUnit(i % 2 ? `第${i}号单位管理局` : ` 单位${i} `, big).unit?.code).toBe(`U${i}`);
  });
});

describe('unit-name helpers', () => {
  it.each([
    ['濮阳市 司法局', '市司法局'],
    ['华龙区人民政府', '华龙区'],
    ['ｘｑ０１', 'XQ01'],
    ['市城乡一体化示范区党工委管委会', '城乡一体化示范区'],
  ])('normalises the key of %j to %s', (name, key) => {
    expect(unitNameKey(name)).toBe(key);
  });

  it('scores similarity between 0 and 1, symmetric, 1 only for equal keys', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const s = nameSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(nameSimilarity(b, a)).toBeCloseTo(s, 10);
        if (a !== '' && a === b) expect(s).toBe(1);
      }),
    );
    expect(nameSimilarity('市教育局', '市水利局')).toBeLessThan(0.5);
  });
});
