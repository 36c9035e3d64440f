import { FEATURE_REQUIREMENTS, missingRequirements, supports } from '../../src/office/requirements';

/** An Excel that supports every ExcelApi version up to `max` (numeric compare of minor). */
function excelUpTo(max: string) {
  const minor = (v: string) => Number(v.split('.')[1]);
  return (name: string, version?: string) => name === 'ExcelApi' && minor(version ?? '1.1') <= minor(max);
}

describe('requirement sets', () => {
  test('ExcelApi 1.9 has everything', () => {
    expect(missingRequirements(excelUpTo('1.9'))).toEqual([]);
  });

  test('Excel 2019 (ExcelApi 1.8) lacks only filter buttons and print setup (1.9)', () => {
    expect(missingRequirements(excelUpTo('1.8'))).toEqual([
      { feature: 'autoFilter', set: 'ExcelApi', version: '1.9' },
      { feature: 'printSetup', set: 'ExcelApi', version: '1.9' },
    ]);
  });

  test('ExcelApi 1.7 also lacks data validation (1.8)', () => {
    const missing = missingRequirements(excelUpTo('1.7'));
    expect(missing.map((m) => m.feature)).toEqual(['dataValidation', 'autoFilter', 'printSetup']);
    expect(supports(missing, 'liveValidation')).toBe(true);
    expect(supports(missing, 'dataValidation')).toBe(false);
  });

  test('ExcelApi 1.6 also lacks live validation, freeze panes and tab colours', () => {
    const features = missingRequirements(excelUpTo('1.6'))
      .map((m) => m.feature)
      .sort();
    expect(features).toEqual([
      'autoFilter',
      'dataValidation',
      'freezePanes',
      'liveValidation',
      'printSetup',
      'tabColor',
    ]);
  });

  test('the isSetSupported callback is asked about ExcelApi with each feature version', () => {
    const asked: string[] = [];
    missingRequirements((name, version) => {
      asked.push(`${name} ${version}`);
      return true;
    });
    expect(asked.sort()).toEqual(
      Object.values(FEATURE_REQUIREMENTS)
        .map((v) => `ExcelApi ${v}`)
        .sort(),
    );
  });
});
