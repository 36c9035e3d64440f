import { makeFinding } from '../problems/finding';
import { ReportBuilder, compareFindings, flatten } from './report';

const at = (row?: number, column?: string, sheet = '工作台账') => ({ sheet, row, column });

describe('ReportBuilder', () => {
  it('sorts by file, sheet, row and column (Z before AA), unplaced first, stable otherwise', () => {
    const b = new ReportBuilder();
    b.add(makeFinding('status-missing', {}, at(12, 'AA')));
    b.add(makeFinding('status-missing', {}, at(12, 'Z')));
    b.add(makeFinding('self-score-negative', { value: -1 }, at(3, 'K')));
    b.add(makeFinding('status-invalid', { value: 'x', allowed: [] }, at(3, 'K')));
    b.add(makeFinding('indicator-missing', { code: '1.1', text: 't' }, { sheet: '工作台账' }));
    b.add(makeFinding('file-not-zip', {}, { file: 'a.xlsx' }));
    b.add(makeFinding('sheet-missing', { sheet: '工作台账' }, { file: 'b.xlsx', sheet: '工作台账' }));
    expect(flatten(b.build())).toEqual([
      [null, null, 'indicator-missing'],
      [3, 'K', 'self-score-negative'],
      [3, 'K', 'status-invalid'],
      [12, 'Z', 'status-missing'],
      [12, 'AA', 'status-missing'],
      [null, null, 'file-not-zip'],
      [null, null, 'sheet-missing'],
    ]);
  });

  it('is valid without errors, splits by severity and counts', () => {
    const b = new ReportBuilder();
    b.add(makeFinding('actual-below-target', { value: 1, target: 2, unit: '次' }, at(6, 'I')));
    b.add(makeFinding('unit-alias-used', { value: '开发区', unit: '濮阳经济技术开发区' }, at(2, 'B')));
    const r = b.build({ rows: 5, validRows: 5, applicableRows: 6 });
    expect(r.valid).toBe(true);
    expect(r.stats).toEqual({ rows: 5, validRows: 5, applicableRows: 6, errors: 0, warnings: 1, notices: 1 });
    expect(r.warnings.map((f) => f.code)).toEqual(['actual-below-target']);
    expect(r.notices.map((f) => f.code)).toEqual(['unit-alias-used']);
    expect(r.errors).toEqual([]);
  });

  it('past the cap is partial, keeps counting, and lets errors displace notices and warnings', () => {
    const b = new ReportBuilder(3);
    b.add(makeFinding('value-normalised', { field: 'x', value: 'a', normalised: 'b' }, at(1, 'A')));
    b.add(makeFinding('actual-below-target', { value: 1, target: 2, unit: '' }, at(2, 'A')));
    b.add(makeFinding('status-missing', {}, at(3, 'A')));
    b.add(makeFinding('status-missing', {}, at(4, 'A')));
    b.add(makeFinding('status-missing', {}, at(5, 'A')));
    b.add(makeFinding('status-missing', {}, at(6, 'A')));
    b.add(makeFinding('unit-alias-used', { value: 'a', unit: 'b' }, at(7, 'A')));
    const r = b.build();
    expect(r.partial).toBe(true);
    expect(r.valid).toBe(false);
    expect(flatten(r)).toEqual([
      [3, 'A', 'status-missing'],
      [4, 'A', 'status-missing'],
      [5, 'A', 'status-missing'],
    ]);
    expect(r.stats).toMatchObject({ errors: 4, warnings: 1, notices: 2 });
  });

  it('is not partial at exactly the cap', () => {
    const b = new ReportBuilder(2);
    b.add(makeFinding('status-missing', {}, at(3, 'A')));
    b.add(makeFinding('status-missing', {}, at(4, 'A')));
    expect(b.build().partial).toBe(false);
  });

  it('rejects a negative cap', () => {
    expect(() => new ReportBuilder(-1)).toThrow(RangeError);
  });
});

describe('flatten', () => {
  it('filters by severity, tag and code', () => {
    const b = new ReportBuilder();
    b.add(makeFinding('status-missing', {}, at(3, 'G')));
    b.add(makeFinding('actual-below-target', { value: 1, target: 2, unit: '' }, at(3, 'I')));
    b.add(makeFinding('unit-missing', {}, at(2, 'B')));
    const r = b.build();
    expect(flatten(r, { severities: ['warning'] })).toEqual([[3, 'I', 'actual-below-target']]);
    expect(flatten(r, { tags: ['header'] })).toEqual([[2, 'B', 'unit-missing']]);
    expect(flatten(r, { codes: ['status-missing'] })).toEqual([[3, 'G', 'status-missing']]);
  });

  it('compareFindings orders rows numerically', () => {
    const a = makeFinding('status-missing', {}, at(9, 'A'));
    const b = makeFinding('status-missing', {}, at(10, 'A'));
    expect(compareFindings(a, b)).toBeLessThan(0);
  });
});
