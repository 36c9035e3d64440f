/**
 * 填报频次 and carry-forward in validation: a ledger holds the indicators due in its month; a row
 * not due is noted and not counted; a carried 本月工作完成情况 left unchanged that still names an
 * earlier month is warned about.
 */
import type { IndicatorTemplate } from '../model/types';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { validateLedger } from './ledger';
import { flatten } from './report';
import { FIXTURE_TEMPLATE, buildLedger, fixtureContext, rowOf } from './testing/fixtures';

// 7.1 (法治专题讲座) reported 每季度: in the ledgers of March, June, September and December only.
const QUARTERLY: IndicatorTemplate = {
  ...FIXTURE_TEMPLATE,
  indicators: FIXTURE_TEMPLATE.indicators.map((i) =>
    i.code === '7.1' ? { ...i, frequency: '每季度' as const } : i,
  ),
};
const ctx = fixtureContext({ template: QUARTERLY });

describe('填报频次 in validation', () => {
  test('a January ledger without the quarterly indicator is complete: nothing missing, five rows due', () => {
    const v = validateLedger(buildLedger({ omit: ['7.1'] }), ctx);
    expect(flatten(v.report)).toEqual([]);
    expect(v.report.stats).toMatchObject({ validRows: 5, applicableRows: 5 });
    expect(Object.keys(v.facts!.selfScores)).not.toContain('7.1');
  });

  test('March must have it: absent there it is missing', () => {
    const v = validateLedger(
      buildLedger({ month: '2021-03', header: { filledDate: '2021-04-02' }, omit: ['7.1'] }),
      ctx,
    );
    expect(flatten(v.report).map((f) => f[2])).toEqual(['indicator-missing']);
    expect(v.report.stats.applicableRows).toBe(6);
  });

  test('present in a month it is not due: a notice on its row, not checked, not counted', () => {
    const raw = buildLedger({ rows: { '7.1': { selfScore: 99, status: '差不多' } } });
    const v = validateLedger(raw, ctx);
    expect(flatten(v.report)).toEqual([[rowOf(raw, '7.1'), 'A', 'indicator-not-due']]);
    expect(v.report.findings[0].severity).toBe('info');
    expect(v.report.findings[0].message).toBe(
      '指标 7.1 为每季度填报（3、6、9、12 月），2021-01 不需填报；本行不计入本月台账',
    );
    expect(v.report.stats).toMatchObject({ validRows: 5, applicableRows: 5, errors: 0 });
    expect(v.rows.map((r) => r.code)).not.toContain('7.1');
    expect(v.facts!.selfScores['7.1']).toBeUndefined();
  });

  test('due months are settings', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      dueMonths: { ...DEFAULT_SETTINGS.dueMonths, 每季度: [1, 4, 7, 10] },
    };
    const v = validateLedger(buildLedger({ omit: ['7.1'] }), { ...ctx, settings });
    expect(flatten(v.report).map((f) => f[2])).toEqual(['indicator-missing']);
  });
});

describe('carry-forward in validation', () => {
  /** Per indicator code, the cells of a row holding only this 本月工作完成情况. */
  const workDone = (texts: Record<string, string>) =>
    Object.fromEntries(Object.entries(texts).map(([code, text]) => [code, { workDone: text }]));
  /**
   * A July ledger (filled on 2 August) whose rows hold these 本月工作完成情况 texts, and the texts
   * the issued ledger carried into them (none if not given).
   */
  const july = (texts: Record<string, string>, carried?: Record<string, string>) =>
    buildLedger({
      month: '2021-07',
      header: { filledDate: '2021-08-02' },
      rows: workDone(texts),
      carried: carried && workDone(carried),
    });

  test('a carried 本月工作完成情况 left as it was, naming last month, is warned about at its cell', () => {
    const texts = { '1.1': '6月底前完成清单调整，本月办件2227件', '2.1': '持续开展备案审查' };
    const raw = july(texts, texts);
    const v = validateLedger(raw, fixtureContext());
    expect(flatten(v.report)).toEqual([[rowOf(raw, '1.1'), 'F', 'work-done-carried-stale']]);
    expect(v.report.findings[0].message).toBe(
      '本月工作完成情况沿用上月内容未作修改，仍写着“6月底前、本月”；请按2021年7月的实际情况更新',
    );
    // A warning: the row still counts toward quality.
    expect(v.report.stats).toMatchObject({ validRows: 6, errors: 0, warnings: 1 });
  });

  test('edited, or never carried, the same words are not questioned', () => {
    const edited = july({ '1.1': '本月办件2310件' }, { '1.1': '本月办件2227件' });
    expect(flatten(validateLedger(edited, fixtureContext()).report)).toEqual([]);
    const fresh = july({ '1.1': '6月底前完成' });
    expect(flatten(validateLedger(fresh, fixtureContext()).report)).toEqual([]);
  });

  test('the comparison is on the normalised text (spaces and line ends do not make it new)', () => {
    const raw = july({ '1.1': '本月办件2227件 ' }, { '1.1': '本月办件2227件' });
    expect(flatten(validateLedger(raw, fixtureContext()).report).map((f) => f[2])).toEqual([
      'work-done-carried-stale',
    ]);
  });
});
