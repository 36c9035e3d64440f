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

test('填报频次 due months and the campaign start are rows of 评分规则, after the scoring rows', () => {
  const keys = SETTING_ROWS.map((r) => r.key);
  expect(keys.slice(-5)).toEqual(['dueMonths.双月', 'dueMonths.每季度', 'dueMonths.每半年', 'dueMonths.每年', 'campaignStart']);
  const g = gridOf();
  const row = (key: string) => keys.indexOf(key) + 1;
  expect(g[row('dueMonths.每季度')][2]).toBe('3、6、9、12');
  expect(g[row('campaignStart')][2]).toBe('2021-01');
  // Commas, full-width digits, a lone number, a month the spreadsheet turned into a date.
  g[row('dueMonths.每季度')][2] = '3,６，9 12';
  g[row('dueMonths.每年')][2] = 6;
  g[row('campaignStart')][2] = 44317; // 2021-05-01
  const read = readSettingsSheet(sheet(g));
  expect(read.problems).toEqual([]);
  expect(read.settings?.dueMonths).toMatchObject({ 每季度: [3, 6, 9, 12], 每年: [6] });
  expect(read.settings?.campaignStart).toBe('2021-05');
  g[row('campaignStart')][2] = '';
  expect(readSettingsSheet(sheet(g)).settings?.campaignStart).toBe('');
});

test('unreadable or impossible due months are reported at their cell', () => {
  const keys = SETTING_ROWS.map((r) => r.key);
  const g = gridOf();
  const half = keys.indexOf('dueMonths.每半年') + 1;
  g[half][2] = '六月、十二月';
  const read = readSettingsSheet(sheet(g));
  expect(read.settings).toBeNull();
  expect(read.problems.map((p) => [p.code, p.row, p.column])).toEqual([['settings-months-unreadable', half + 1, 'C']]);
  g[half][2] = '6、13';
  expect(readSettingsSheet(sheet(g)).problems.map((p) => [p.code, p.row])).toEqual([['settings-due-months', half + 1]]);
  const start = keys.indexOf('campaignStart') + 1;
  g[half][2] = '6、12';
  g[start][2] = '明年';
  expect(readSettingsSheet(sheet(g)).problems.map((p) => [p.code, p.row])).toEqual([['settings-campaign-start', start + 1]]);
});
