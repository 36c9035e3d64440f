import fc from 'fast-check';
import { DEFAULT_TEMPLATE } from './defaultTemplate';
import { compareIndicatorCodes, fnv1a32, templateFingerprint } from './fingerprint';

describe('templateFingerprint', () => {
  it('is FNV-1a 32 over UTF-8 (published test vectors and a Chinese string checked with Python)', () => {
    expect(fnv1a32('')).toBe('811c9dc5');
    expect(fnv1a32('a')).toBe('e40c292c');
    expect(fnv1a32('foobar')).toBe('bf9cf968');
    expect(fnv1a32('1.1|2|权责清单')).toBe('df7c1a2c');
    expect(templateFingerprint([{ code: '1.1', points: 2, text: '权责清单' }])).toBe('df7c1a2c');
    expect(
      templateFingerprint([
        { code: '2.4', points: 4, text: '报备率' },
        { code: '1.1', points: 2, text: '权责清单' },
      ]),
    ).toBe('e046ce61');
  });

  it('is 8 hex digits, stable, and independent of row order', () => {
    const fp = templateFingerprint(DEFAULT_TEMPLATE.indicators);
    expect(fp).toMatch(/^[0-9a-f]{8}$/);
    expect(templateFingerprint([...DEFAULT_TEMPLATE.indicators].reverse())).toBe(fp);
  });

  it('changes when any code, points or text changes', () => {
    const base = DEFAULT_TEMPLATE.indicators.map((i) => ({ code: i.code, points: i.points, text: i.text }));
    const fp = templateFingerprint(base);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.length - 1 }), fc.constantFrom('code', 'points', 'text'), (k, field) => {
        const changed = base.map((i) => ({ ...i }));
        if (field === 'code') changed[k].code = `${changed[k].code}.9`;
        if (field === 'points') changed[k].points += 0.5;
        if (field === 'text') changed[k].text += '。';
        return templateFingerprint(changed) !== fp;
      }),
    );
  });

  it('orders codes naturally', () => {
    expect(['2.10', '2.9', '10.1', '2.1.2', '2.1'].sort(compareIndicatorCodes)).toEqual(['2.1', '2.1.2', '2.9', '2.10', '10.1']);
  });
});
