import { DEFAULT_SETTINGS } from '@ledger-review/scoring';
import type { GridSheet, GridValue } from '../sheet/grid';
import { SETTING_ROWS, readSettingsSheet, settingCell, settingsSheet } from './settings';

/** The grid a spreadsheet program would hand back for a settings sheet plan. */
function gridOf(): GridValue[][] {
  return settingsSheet({ ...DEFAULT_SETTINGS } as never).rows.map((r) =>
    r.map((c) => (c?.value ?? null) as GridValue),
  );
}
const sheet = (grid: GridValue[][]): GridSheet => ({ name: '评分规则', grid });

test('the written sheet reads back as the defaults', () => {
  expect(readSettingsSheet(sheet(gridOf()))).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
});

test('rows are found by key, so reordering them is harmless', () => {
  const g = gridOf();
  const [header, ...rows] = g;
  expect(readSettingsSheet(sheet([header, ...rows.reverse()])).settings).toEqual(DEFAULT_SETTINGS);
});

test('numbers typed as text are read; bad values are reported at their cell', () => {
  const g = gridOf();
  const due = SETTING_ROWS.findIndex((r) => r.key === 'ledgerDueDay') + 1;
  const zone = SETTING_ROWS.findIndex((r) => r.key === 'functionalZoneGroup') + 1;
  g[due][2] = ' 10 ';
  expect(readSettingsSheet(sheet(g)).settings?.ledgerDueDay).toBe(10);
  g[zone][2] = '功能区';
  const read = readSettingsSheet(sheet(g));
  expect(read.settings).toBeNull();
  expect(read.problems).toEqual([
    expect.objectContaining({
      row: zone + 1,
      column: 'C',
      message: '功能区排名分组（functionalZoneGroup）应为“县区”或“市直”，现为“功能区”',
    }),
  ]);
});

test('a deleted row keeps its default with a warning on the sheet, which does not block the settings', () => {
  const g = gridOf().filter((r) => r[0] !== 'reviewDay');
  const read = readSettingsSheet(sheet(g));
  expect(read.settings).toEqual(DEFAULT_SETTINGS);
  expect(read.problems).toEqual([expect.objectContaining({ code: 'settings-row-missing', severity: 'warning', sheet: '评分规则' })]);
  expect(read.problems[0].row).toBeUndefined();
  expect(read.problems[0].message).toContain('reviewDay');
});

test('settingCell points review formulas at column C of the key’s row', () => {
  expect(settingCell('ledgerDueDay')).toBe('$C$2');
  expect(settingCell('experienceTopN.市直')).toBe(
    `$C$${2 + SETTING_ROWS.findIndex((r) => r.key === 'experienceTopN.市直')}`,
  );
  expect(() => settingCell('nope')).toThrow('未知的评分规则设置项：nope');
});
