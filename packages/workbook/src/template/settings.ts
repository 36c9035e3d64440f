import {
  DEFAULT_SETTINGS,
  checkSettings,
  locateFinding,
  makeFinding,
  type Finding,
  type PeriodicFrequency,
  type ScoringSettings,
  type UnitGroup,
} from '@ledger-review/scoring';
import type { GridSheet } from '../sheet/grid';
import { listRule, text, type CellPlan, type SheetPlan } from '../sheet/plan';

/** Sheet 评分规则: every scoring number as a row the office can see and change. */
export const SETTINGS_SHEET = '评分规则';
export const SETTINGS_HEADER = ['设置项', '名称', '取值', '说明'] as const;

interface SettingRow {
  key: string;
  label: string;
  describe: string;
  get(s: ScoringSettings): number | string;
  set(s: ScoringSettings, v: number | string): void;
  kind: 'number' | 'group' | 'months' | 'month';
}

const scalar = (key: keyof ScoringSettings, label: string, describe: string): SettingRow => ({
  key,
  label,
  describe,
  kind: 'number',
  get: (s) => s[key] as number,
  set: (s, v) => {
    (s as unknown as Record<string, unknown>)[key] = v;
  },
});
const perGroup = (key: 'experienceTopN' | 'statementBottomN', group: UnitGroup, label: string, describe: string): SettingRow => ({
  key: `${key}.${group}`,
  label,
  describe,
  kind: 'number',
  get: (s) => s[key][group],
  set: (s, v) => {
    s[key] = { ...s[key], [group]: v };
  },
});

export const SETTING_ROWS: readonly SettingRow[] = [
  scalar('ledgerDueDay', '台账报送截止日', '每月该日前（含当日）报送上月台账'),
  scalar('reviewDay', '季度点评会议日', '季度结束后次月该日召开点评会议'),
  scalar('roundSelfCheckDay', '单位自查截止日', '双月检查在检查期间结束后的次月进行：各单位于该日前（含当日）完成自查'),
  scalar('roundStartDay', '检查组检查开始日', '检查期间结束后的次月该日起，检查组开展检查'),
  scalar('roundEndDay', '检查组检查结束日', '检查组于该日前（含当日）完成检查；须早于季度点评会议日'),
  scalar('rectificationDays', '整改期限（天）', '未写明整改时限的问题：检查结束（通报问题为点评会议）后该天数内完成整改'),
  scalar('weightInspection', '检查得分率权重', '综合得分 = 权重×检查得分率 + 权重×报送及时率×100 + 权重×填报质量×100'),
  scalar('weightTimeliness', '报送及时率权重', '按时报送台账数 / 应报台账数'),
  scalar('weightQuality', '填报质量权重', '无错误的台账行数 / 应填行数'),
  scalar('compositeDecimals', '综合得分小数位', '综合得分四舍五入保留的小数位（排名按保留后的得分）'),
  scalar('selfHighRatio', '自评偏高阈值', '自评分高于检查得分超过该指标分值的此比例，标记“自评偏高”'),
  perGroup('experienceTopN', '县区', '经验介绍名额（县区）', '县区组综合得分前 N 名（并列者均入选）'),
  perGroup('experienceTopN', '市直', '经验介绍名额（市直）', '市直组综合得分前 N 名（并列者均入选）'),
  scalar('experienceMin', '经验介绍最低分', '经验介绍须综合得分不低于此分'),
  perGroup('statementBottomN', '县区', '检查性发言名额（县区）', '县区组综合得分后 N 名（并列者均入选）'),
  perGroup('statementBottomN', '市直', '检查性发言名额（市直）', '市直组综合得分后 N 名（并列者均入选）'),
  scalar('statementBelow', '检查性发言分数线', '后 N 名中综合得分低于此分者作检查性发言'),
  scalar('statementFloor', '检查性发言兜底线', '综合得分低于此分的单位一律作检查性发言'),
  scalar('criticismStreak', '通报批评连续次数', '连续该次数作检查性发言，予以通报批评并约谈主要领导'),
  scalar('severeBelow', '严重滞后综合得分线', '综合得分低于此分，建议取消评先资格'),
  scalar('severeMissingLedgers', '严重滞后缺报台账数', '季度内缺报台账达到此数，建议取消评先资格'),
  scalar('severeStatementStreak', '严重滞后连续发言次数', '连续该次数作检查性发言，建议取消评先资格'),
  scalar('selfScoreStep', '自评分最小单位', '自评分须为此数的整数倍'),
  {
    key: 'functionalZoneGroup',
    label: '功能区排名分组',
    describe: '开发区、工业园区、示范区与哪一组一并排名（县区 / 市直）',
    kind: 'group',
    get: (s) => s.functionalZoneGroup,
    set: (s, v) => {
      s.functionalZoneGroup = v as UnitGroup;
    },
  },
  // Appended after the scoring rows: the review's formulas reference those rows by position.
  ...(['双月', '每季度', '每半年', '每年'] as const).map((f) => dueMonthsRow(f)),
  {
    key: 'campaignStart',
    label: '创建起始月份',
    describe: '报送状态从该月的台账起计算应报月份（YYYY-MM）；留空则从收到的最早月份起',
    kind: 'month',
    get: (s) => s.campaignStart,
    set: (s, v) => {
      s.campaignStart = String(v);
    },
  },
];

function dueMonthsRow(f: PeriodicFrequency): SettingRow {
  return {
    key: `dueMonths.${f}`,
    label: `${f}指标填报月份`,
    describe: `${f}填报的指标只出现在这些月份的台账中（如“3、6、9、12”），其他月份的台账不含这些指标`,
    kind: 'months',
    get: (s) => s.dueMonths[f].join('、'),
    set: (s, v) => {
      s.dueMonths = { ...s.dueMonths, [f]: String(v).split('、').map(Number) };
    },
  };
}

/** `3、6、9、12` (also commas or spaces; a lone number typed as a number) as a list, or null. */
function monthList(raw: unknown): string | null {
  if (typeof raw === 'number') return Number.isInteger(raw) ? String(raw) : null;
  if (typeof raw !== 'string') return null;
  const parts = raw.normalize('NFKC').split(/[、,，;；\s]+/).filter((p) => p !== '');
  if (!parts.length || parts.some((p) => !/^\d{1,2}$/.test(p))) return null;
  return parts.map(Number).join('、');
}

/** A month typed as text (2021-01, 2021/1, 2021年1月) or turned into a date by the spreadsheet. */
function monthValue(raw: unknown): string | null {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return '';
  if (typeof raw === 'number' && raw > 20000 && raw < 80000) return new Date(Math.round((raw - 25569) * 86_400_000)).toISOString().slice(0, 7);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(String(raw).trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}` : null;
}

/** First data row of the settings sheet (row 1 is the header). */
export const SETTINGS_FIRST_ROW = 2;

/** Row (1-based) and value cell (column C) of a settings key — review formulas reference these. */
export function settingCell(key: string): string {
  const i = SETTING_ROWS.findIndex((r) => r.key === key);
  if (i < 0) throw new RangeError(`未知的评分规则设置项：${key}`);
  return `$C$${SETTINGS_FIRST_ROW + i}`;
}

export function settingsSheet(settings: ScoringSettings, name = SETTINGS_SHEET): SheetPlan {
  const rows: CellPlan[][] = [SETTINGS_HEADER.map((h) => text(h, 'header'))];
  for (const r of SETTING_ROWS) {
    const v = r.get(settings);
    rows.push([
      text(r.key, 'locked'),
      text(r.label, 'locked'),
      typeof v === 'number' ? { value: v, style: 'input', unlocked: true } : text(v, 'input', { unlocked: true }),
      text(r.describe, 'note'),
    ]);
  }
  return {
    name,
    rows,
    columns: [{ width: 26 }, { width: 22 }, { width: 10 }, { width: 70 }],
    freeze: { rows: 1, columns: 0 },
    validations: [
      listRule(settingCell('functionalZoneGroup').replace(/\$/g, ''), ['县区', '市直'], '分组无效', {
        error: '请选择“县区”或“市直”。',
        allowBlank: false,
      }),
    ],
  };
}

/** A problem of the 评分规则 sheet: a finding of the registry at its cell (a missing row: the sheet). */
export type SettingsReadProblem = Finding;

/**
 * Settings from a 评分规则 sheet edited in Excel/WPS/LibreOffice. Rows are found by their key in
 * column A, so reordering rows is harmless; a missing row keeps its default (reported).
 */
export function readSettingsSheet(sheet: GridSheet): { settings: ScoringSettings | null; problems: SettingsReadProblem[] } {
  const s: ScoringSettings = {
    ...DEFAULT_SETTINGS,
    experienceTopN: { ...DEFAULT_SETTINGS.experienceTopN },
    statementBottomN: { ...DEFAULT_SETTINGS.statementBottomN },
  };
  const problems: SettingsReadProblem[] = [];
  const rowOfKey = new Map<string, number>();
  sheet.grid.forEach((row, i) => {
    const k = row?.[0];
    if (typeof k === 'string' && k.trim()) rowOfKey.set(k.trim(), i + 1);
  });
  for (const def of SETTING_ROWS) {
    const row = rowOfKey.get(def.key);
    if (!row) {
      problems.push(
        makeFinding('settings-row-missing', { key: def.key, label: def.label, value: String(def.get(DEFAULT_SETTINGS as ScoringSettings)) }, { sheet: SETTINGS_SHEET }),
      );
      continue;
    }
    const raw = sheet.grid[row - 1]?.[2];
    if (def.kind === 'months' || def.kind === 'month') {
      const v = def.kind === 'months' ? monthList(raw) : monthValue(raw);
      // A month that does not read is left to checkSettings, which names what is wrong with it.
      if (v === null && def.kind === 'months') {
        problems.push(makeFinding('settings-months-unreadable', { key: def.key, label: def.label, value: String(raw ?? '') }, { sheet: SETTINGS_SHEET, row, column: 'C' }));
      } else def.set(s, v ?? String(raw ?? ''));
      continue;
    }
    if (def.kind === 'group') {
      const v = typeof raw === 'string' ? raw.trim() : raw;
      if (v !== '县区' && v !== '市直') {
        problems.push(makeFinding('settings-group-invalid', { key: def.key, label: def.label, value: String(raw ?? '') }, { sheet: SETTINGS_SHEET, row, column: 'C' }));
      } else def.set(s, v);
      continue;
    }
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : NaN;
    if (!Number.isFinite(n)) {
      problems.push(makeFinding('settings-not-number', { key: def.key, label: def.label, value: String(raw ?? '') }, { sheet: SETTINGS_SHEET, row, column: 'C' }));
    } else def.set(s, n);
  }
  for (const p of checkSettings(s)) {
    const key = String(p.params.key);
    const row = rowOfKey.get(key) ?? rowOfKey.get(`${key}.县区`);
    problems.push(locateFinding(p, row === undefined ? { sheet: SETTINGS_SHEET } : { sheet: SETTINGS_SHEET, row, column: 'C' }));
  }
  const fatal = problems.some((p) => p.severity === 'error');
  return { settings: fatal ? null : s, problems };
}
