import { DEFAULT_SETTINGS } from '../settings/settings';
import { makeFinding, renderFinding } from '../problems/finding';
import { validateLedger } from './ledger';
import { flatten, type ValidationStats } from './report';
import {
  FIXTURE_TEMPLATE,
  buildLedger,
  fixtureContext,
  rowOf,
  type LedgerFixtureOptions,
} from './testing/fixtures';

/** Report statistics: the counts given, every other count 0. */
const stats = (counts: Partial<ValidationStats>): ValidationStats => ({
  rows: 0,
  validRows: 0,
  applicableRows: 0,
  errors: 0,
  warnings: 0,
  notices: 0,
  ...counts,
});

describe('validateLedger — golden reports', () => {
  it('a correctly filled ledger is valid and yields its facts', () => {
    const raw = buildLedger({ trailingBlankRows: 3 });
    const v = validateLedger(raw, fixtureContext());
    expect(flatten(v.report)).toEqual([]);
    expect(v.report.valid).toBe(true);
    expect(v.report.partial).toBe(false);
    expect(v.report.stats).toEqual(stats({ rows: 6, validRows: 6, applicableRows: 6 }));
    expect(v.invalidRows).toEqual([]);
    expect(v.unit?.code).toBe('XQ01');
    expect(v.header).toEqual({
      unitName: '华龙区',
      unitCode: 'XQ01',
      month: '2021-01',
      filler: '张三',
      phone: '0393-6666679',
      filledDate: '2021-02-03',
      reviewer: '李四',
    });
    expect(v.facts).toEqual({
      unitCode: 'XQ01',
      month: '2021-01',
      filledDate: '2021-02-03',
      receivedDate: null,
      selfScores: { '1.1': 9, '2.1': 9, '4.1': 9, '5.1': 4, '6.1': 4, '7.1': 4 },
      validRows: 6,
      applicableRows: 6,
    });
    expect(v.rows.map((r) => [r.row, r.code, r.status, r.progress])).toEqual([
      [6, '1.1', '推进中', 60],
      [7, '2.1', '推进中', 60],
      [8, '4.1', '推进中', 60],
      [9, '5.1', '推进中', 60],
      [10, '6.1', '推进中', 60],
      [11, '7.1', '推进中', 60],
    ]);
  });

  it('a ledger typed the way people type reads correctly, with every normalisation reported', () => {
    const raw = buildLedger({
      unitCode: 'XQ07',
      header: {
        unitName: '开发区',
        month: '2021年1月',
        phone: '0393 6666679',
        filledDate: 44230,
        filler: ' 王五 ',
      },
      rows: {
        '1.1': { status: '完成', progress: '１００％', selfScore: '9.5分' },
        '2.1': { actual: '100%', progress: '百分之八十' },
        '4.1': { status: '已完成 ', progress: 100 },
      },
    });
    const v = validateLedger(raw, fixtureContext());
    // Every finding after the alias is a notice of a value normalised, at these cells (G6 = row 6, column G).
    const normalisedAt = (...cells: string[]) =>
      cells.map((cell) => [Number(cell.slice(1)), cell[0], 'value-normalised']);
    expect(flatten(v.report)).toEqual([
      [2, 'B', 'unit-alias-used'],
      ...normalisedAt('E2', 'G2', 'I2', 'B3', 'G6', 'H6', 'K6', 'H7', 'I7', 'G8'),
    ]);
    expect(v.report.valid).toBe(true);
    expect(v.report.stats.notices).toBe(11);
    expect(v.report.findings.map((f) => f.message)).toEqual([
      '单位名称“开发区”按名录识别为“濮阳经济技术开发区”',
      '报告月份“2021年1月”按 2021-01 处理（日期格式统一）',
      '填报人“ 王五 ”按 王五 处理（去除首尾空格）',
      '联系电话“0393 6666679”按 0393-6666679 处理（电话号码格式统一）',
      '填报日期“44230”按 2021-02-03 处理（Excel 日期序号转为日期）',
      '完成状态“完成”按 已完成 处理（同义词转为标准状态）',
      '完成进度(%)“１００％”按 100 处理（全角转半角、去除百分号）',
      '自评分“9.5分”按 9.5 处理（去除单位）',
      '完成进度(%)“百分之八十”按 80 处理（中文数字转为阿拉伯数字）',
      '实际值“100%”按 100 处理（去除百分号）',
      '完成状态“已完成 ”按 已完成 处理（去除首尾空格）',
    ]);
    expect(renderFinding(v.report.findings[6], 'en')).toBe(
      '完成进度(%) (progress) “１００％” read as 100 (full-width characters read as half-width, percent sign removed)',
    );
    expect(v.facts?.selfScores['1.1']).toBe(9.5);
    expect(v.rows[0]).toMatchObject({ status: '已完成', progress: 100, selfScore: 9.5 });
    expect(v.header.phone).toBe('0393-6666679');
    expect(v.header.filler).toBe('王五');
  });

  it('a careless ledger gets one finding per problem, in sheet order', () => {
    const raw = buildLedger({
      unitCode: 'SZ01',
      month: '2021-02',
      header: { filler: '', phone: '12345', filledDate: '2021-02-20' },
      rows: {
        '1.1': { status: '已完成', progress: 80, evidence: '' },
        '2.1': { actual: '未统计', selfScore: 12 },
        '4.2': { status: '基本完成' },
        '5.1': { status: '未启动', progress: 30, selfScore: -1, workDone: '' },
        '7.1': { status: '不适用', remarks: '本月未安排' },
      },
      omit: ['6.1'],
      extraRows: [
        { code: '4.1', status: '推进中', workDone: '开展培训' },
        { code: '1.1', status: '推进中', workDone: '重复填写' },
        { code: '', workDone: '补充说明：另有一项工作' },
        { code: '9.9', status: '推进中' },
      ],
      trailingBlankRows: 2,
    });
    const v = validateLedger(raw, fixtureContext());
    expect(flatten(v.report)).toEqual([
      [null, null, 'indicator-missing'],
      [2, 'G', 'filler-missing'],
      [2, 'I', 'phone-invalid'],
      [3, 'B', 'filled-date-early'],
      [6, 'H', 'completed-progress-below-100'],
      [6, 'J', 'completed-without-evidence'],
      [7, 'I', 'actual-not-number'],
      [7, 'K', 'self-score-above-points'],
      [8, 'G', 'status-invalid'],
      [9, 'H', 'not-started-with-progress'],
      [9, 'K', 'self-score-negative'],
      [10, 'G', 'status-na-not-allowed'],
      [11, 'A', 'indicator-not-applicable'],
      [12, 'A', 'indicator-duplicate'],
      [13, 'A', 'indicator-code-missing'],
      [14, 'A', 'indicator-unknown'],
    ]);
    expect(v.report.valid).toBe(false);
    expect(v.report.stats).toEqual(stats({ rows: 9, applicableRows: 6, errors: 16 }));
    expect(v.invalidRows).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(v.facts).toMatchObject({ unitCode: 'SZ01', month: '2021-02', validRows: 0, applicableRows: 6 });
    expect(v.facts?.selfScores).toEqual({
      '1.1': 9,
      '2.1': null,
      '4.2': 4,
      '5.1': null,
      '6.1': null,
      '7.1': 4,
    });
    const byCode = Object.fromEntries(v.report.findings.map((f) => [f.code, f.message]));
    expect(byCode['indicator-missing']).toBe('缺少指标 6.1“行政机关负责人出庭应诉”的填报行');
    expect(byCode['filled-date-early']).toBe(
      '填报日期 2021-02-20 早于报告月份结束（2021-02-28）；台账应在月份结束后填报',
    );
    expect(byCode['status-invalid']).toBe(
      '完成状态“基本完成”不在可选项中（未启动、推进中、已完成、常态化、不适用）',
    );
    expect(byCode['indicator-duplicate']).toBe('指标 1.1 重复，已在第 6 行填报；本行不计');
    expect(byCode['indicator-not-applicable']).toBe('指标 4.1 不适用于市司法局，不应出现在其台账中');
    expect(v.report.findings.find((f) => f.code === 'status-invalid')).toMatchObject({
      sheet: '工作台账',
      row: 8,
      column: 'G',
      address: 'G8',
      severity: 'error',
    });
  });

  it('a borrowed, hand-assembled workbook: metadata (an error), template version, formulas and host findings', () => {
    // Formula cells arrive as the ledger reader passes them: the cached result (or null), with its finding.
    const raw = buildLedger({
      unitCode: 'XQ01',
      file: '华龙区1月台账.xlsx',
      meta: { templateVersion: 'T-2020.2', unitCode: 'XQ07', month: '2020-12' },
      header: { filledDate: '2021-02-04' },
      rows: {
        '1.1': { text: '及时梳理公布权责清单', points: 8 },
        '2.1': { selfScore: null },
        '4.1': { progress: '#N/A' },
      },
    });
    const at = (row: number, column: string) => ({ file: raw.file, sheet: raw.sheet, row, column });
    raw.preFindings = [
      makeFinding('column-renamed', { expected: '备注', found: '说明' }, at(5, 'N')),
      makeFinding('formula-cached-result', { formula: 'TODAY()', value: '44231' }, at(3, 'B')),
      makeFinding('formula-no-result', { formula: 'D7-1' }, at(7, 'K')),
    ];
    const v = validateLedger(
      raw,
      fixtureContext({
        knownTemplateVersions: ['T-2020.2', 'T-2021.1'],
        expectedUnitCode: 'XQ01',
        expectedMonth: '2021-01',
      }),
    );
    // In sheet order, each with its severity: the contradicted metadata is an error.
    expect(v.report.findings.map((f) => [f.row ?? null, f.column ?? null, f.code, f.severity])).toEqual([
      [null, null, 'template-version-outdated', 'warning'],
      [2, 'B', 'metadata-mismatch', 'error'],
      [2, 'E', 'metadata-mismatch', 'error'],
      [3, 'B', 'formula-cached-result', 'warning'],
      [5, 'N', 'column-renamed', 'warning'],
      [6, 'C', 'indicator-text-edited', 'warning'],
      [6, 'D', 'indicator-points-edited', 'warning'],
      [7, 'K', 'formula-no-result', 'error'],
      [8, 'H', 'cell-error-value', 'error'],
    ]);
    expect(v.report.findings.every((f) => f.file === '华龙区1月台账.xlsx')).toBe(true);
    expect(v.header.filledDate).toBe('2021-02-04');
    // A header contradicting the metadata is an error: the file belongs to no unit, so no row is
    // counted for anyone (a borrowed file never replaces another unit's ledger).
    expect(v.unit).toBeNull();
    expect(v.facts).toBeNull();
    expect(v.report.stats).toMatchObject({ validRows: 0, applicableRows: 0, errors: 4, warnings: 5 });
    expect(v.report.findings[1].message).toBe(
      '下发模板的元数据中单位名称为“濮阳经济技术开发区”，表头却填写为“华龙区”，无法确定是哪个单位哪个月的台账，本文件不予采用；请用本单位本月下发的模板重新填报',
    );
    expect(renderFinding(v.report.findings[6], 'en')).toBe(
      'Points of indicator 1.1 read 8, the template says 10; the template is used',
    );
  });
});

describe('validateLedger — header', () => {
  const ctx = fixtureContext();

  it('suggests close roster names for an unknown unit', () => {
    const v = validateLedger(
      buildLedger({ header: { unitName: '司法' }, meta: null, unitCode: 'SZ01' }),
      ctx,
    );
    const f = v.report.findings.find((x) => x.code === 'unit-unknown');
    expect(f?.message).toMatch(/^单位名称“司法”不在单位名录中，是否为：.*市司法局/);
    expect(v.unit).toBeNull();
    expect(v.facts).toBeNull();
    expect(v.report.stats.applicableRows).toBe(0);
  });

  it('an unknown unit without candidates has no hint', () => {
    const v = validateLedger(buildLedger({ header: { unitName: '某某单位' } }), ctx);
    const f = v.report.findings.find((x) => x.code === 'unit-unknown');
    expect(f?.message).toBe('单位名称“某某单位”不在单位名录中');
    // The metadata identifies the unit the template was issued for, so the ledger can still be filed.
    expect(v.unit?.code).toBe('XQ01');
    expect(v.header.unitName).toBe('某某单位');
  });

  it('falls back to the metadata month when the header month is missing', () => {
    const v = validateLedger(buildLedger({ header: { month: null } }), ctx);
    expect(flatten(v.report)).toEqual([[2, 'E', 'month-missing']]);
    expect(v.facts?.month).toBe('2021-01');
  });

  it('has no facts when neither header nor metadata give the month', () => {
    const v = validateLedger(buildLedger({ header: { month: 2021.1 }, meta: null }), ctx);
    expect(flatten(v.report)).toEqual([
      [null, null, 'metadata-missing'],
      [2, 'E', 'month-invalid'],
    ]);
    expect(v.facts).toBeNull();
  });

  it('accepts a 填报日期 on the last day of the month and rejects the day before', () => {
    expect(
      flatten(validateLedger(buildLedger({ header: { filledDate: '2021-01-31' } }), ctx).report),
    ).toEqual([]);
    expect(
      flatten(validateLedger(buildLedger({ header: { filledDate: '2021-01-30' } }), ctx).report),
    ).toEqual([[3, 'B', 'filled-date-early']]);
  });

  it('reports a header cell the host could not find at the sheet, without an address', () => {
    const v = validateLedger(buildLedger({ header: { phone: undefined } }), ctx);
    expect(flatten(v.report)).toEqual([[null, null, 'phone-missing']]);
  });

  it('checks the expected unit and month', () => {
    const v = validateLedger(
      buildLedger(),
      fixtureContext({ expectedUnitCode: 'SZ01', expectedMonth: '2021-02' }),
    );
    expect(flatten(v.report)).toEqual([
      [2, 'B', 'unit-unexpected'],
      [2, 'E', 'month-unexpected'],
    ]);
    expect(v.report.findings[0].message).toBe('单位名称为“华龙区”，但本台账应为“市司法局”的台账');
  });

  it('flags an unknown template version', () => {
    const v = validateLedger(
      buildLedger({ meta: { templateVersion: 'X-1', unitCode: 'XQ01', month: '2021-01' } }),
      ctx,
    );
    expect(flatten(v.report)).toEqual([[null, null, 'template-version-unknown']]);
  });
});

describe('validateLedger — rows', () => {
  const ctx = fixtureContext();
  /** Validates the fixture ledger with these rows' cells replaced. */
  const validateRows = (rows: LedgerFixtureOptions['rows']) => validateLedger(buildLedger({ rows }), ctx);

  it('不适用 needs a template that allows it and an explanation in 备注', () => {
    const raw = buildLedger({
      rows: { '6.1': { status: '不适用', workDone: '', progress: null, selfScore: null } },
    });
    expect(flatten(validateLedger(raw, ctx).report)).toEqual([
      [rowOf(raw, '6.1'), 'N', 'status-na-without-remark'],
    ]);
    const ok = validateRows({
      '6.1': { status: '不适用', workDone: '', progress: null, remarks: '本月无行政诉讼案件' },
    });
    expect(flatten(ok.report)).toEqual([]);
  });

  it('requires 完成情况 except for 未启动 and 不适用', () => {
    const v = validateRows({
      '1.1': { workDone: '  ' },
      '5.1': { status: '未启动', progress: 0, workDone: '' },
    });
    expect(flatten(v.report)).toEqual([[6, 'F', 'work-done-missing']]);
  });

  it('checks progress type and range', () => {
    const v = validateRows({
      '1.1': { progress: '一半' },
      '5.1': { progress: 120 },
      '7.1': { progress: -5 },
    });
    expect(flatten(v.report)).toEqual([
      [6, 'H', 'progress-not-number'],
      [9, 'H', 'progress-out-of-range'],
      [11, 'H', 'progress-out-of-range'],
    ]);
  });

  it('reads a percent-formatted progress column as percent', () => {
    const raw = buildLedger({ columnFormats: { progress: '0%' } });
    for (const r of raw.rows) r.cells.progress = 0.6;
    raw.rows[0].cells.progress = 8;
    const v = validateLedger(raw, ctx);
    expect(v.rows.map((r) => r.progress)).toEqual([null, 60, 60, 60, 60, 60]);
    // 8 in a percent-formatted cell is the 800 % the user sees.
    // Excel stores 60 % as 0.6 in such a column: reading it so is not worth a notice.
    expect(flatten(v.report)).toEqual([[6, 'H', 'progress-out-of-range']]);
    expect(v.report.findings[0].message).toBe('完成进度 800 应在 0–100 之间');
  });

  it('checks self-scores against points and the step setting', () => {
    const raw = buildLedger({
      rows: { '1.1': { selfScore: '九分' }, '2.1': { selfScore: 9.25 }, '5.1': { selfScore: 5.5 } },
    });
    expect(flatten(validateLedger(raw, ctx).report)).toEqual([
      [6, 'K', 'self-score-not-number'],
      [7, 'K', 'self-score-step'],
      [9, 'K', 'self-score-above-points'],
    ]);
    const finer = validateLedger(
      raw,
      fixtureContext({ settings: { ...DEFAULT_SETTINGS, selfScoreStep: 0.25 } }),
    );
    expect(flatten(finer.report, { codes: ['self-score-step'] })).toEqual([]);
  });

  it('warns when the actual value falls short of the target and accepts the target unit', () => {
    const v = validateRows({ '2.1': { actual: 95 }, '7.1': { actual: '0次' } });
    expect(flatten(v.report)).toEqual([
      [7, 'I', 'actual-below-target'],
      [11, 'I', 'value-normalised'],
      [11, 'I', 'actual-below-target'],
    ]);
    expect(v.report.valid).toBe(true);
    expect(v.report.findings[0].message).toBe('实际值 95% 未达到目标值 100%');
    expect(v.report.stats.validRows).toBe(6);
  });

  it('ignores blank rows anywhere and counts the rest', () => {
    const raw = buildLedger({ trailingBlankRows: 5 });
    raw.rows.splice(2, 0, { row: 99, cells: { code: '', status: '\u3000', remarks: null } });
    const v = validateLedger(raw, ctx);
    expect(flatten(v.report)).toEqual([]);
    expect(v.report.stats.rows).toBe(6);
  });

  it('a row with only a code is an unfilled indicator row', () => {
    const v = validateRows({
      '1.1': { workDone: '', status: null, progress: null, evidence: '', selfScore: null, nextSteps: '' },
    });
    expect(flatten(v.report)).toEqual([[6, 'G', 'status-missing']]);
  });

  it('indicator codes typed as numbers or full-width are read and reported', () => {
    const v = validateRows({ '1.1': { code: 1.1 }, '2.1': { code: '２．１' } });
    expect(flatten(v.report)).toEqual([
      [6, 'A', 'value-normalised'],
      [7, 'A', 'value-normalised'],
    ]);
    expect(v.rows.map((r) => r.code).slice(0, 2)).toEqual(['1.1', '2.1']);
  });

  it('only the indicators of the unit are expected (units-specific indicator)', () => {
    const v = validateLedger(buildLedger({ unitCode: 'SZ02', month: '2021-01' }), ctx);
    expect(v.report.stats.applicableRows).toBe(
      FIXTURE_TEMPLATE.indicators.filter((i) => i.appliesTo.kind !== 'group' || i.appliesTo.group === '市直')
        .length,
    );
    expect(flatten(v.report)).toEqual([]);
  });

  it('a row with an error the host found (pre-finding) is not a valid row', () => {
    const raw = buildLedger();
    raw.preFindings = [
      makeFinding('formula-no-result', { formula: 'D7-1' }, { sheet: raw.sheet, row: 7, column: 'K' }),
      makeFinding('merged-cells', { range: 'J8:J9' }, { sheet: raw.sheet, row: 8, column: 'J' }),
    ];
    const v = validateLedger(raw, ctx);
    expect(v.report.stats.validRows).toBe(5);
    expect(v.invalidRows).toEqual([7]);
    expect(flatten(v.report)).toEqual([
      [7, 'K', 'formula-no-result'],
      [8, 'J', 'merged-cells'],
    ]);
  });

  it('caps the findings kept but keeps counting', () => {
    const raw = buildLedger({ extraRows: Array.from({ length: 30 }, (_, i) => ({ code: `9.${i}` })) });
    const v = validateLedger(raw, fixtureContext({ errorCap: 10 }));
    expect(v.report.partial).toBe(true);
    expect(v.report.findings).toHaveLength(10);
    expect(v.report.stats.errors).toBe(30);
    expect(v.invalidRows).toHaveLength(30);
  });
});
