/**
 * The review workbook as rendered to .xlsx: sheet contract, unit text that stays text, formulas
 * that read 评分规则, and the office's typed columns surviving a rebuild in which the units move.
 */
import ExcelJS from 'exceljs';
import { reviewQuarter } from '@ledger-review/scoring';
import {
  buildReviewPlan,
  type Consolidation,
  type HandTyped,
  ledgerFacts,
  readGrids,
  readHandTyped,
  readHistory,
  renderWorkbook,
  REVIEW_SHEETS,
  ReviewInputMismatchError,
  settingCell,
} from '@ledger-review/workbook';
import { columnsOf, formulaOf, loadWorkbook, toGridSheets } from './excelGrids';
import { HOSTILE, buildSampleQuarter, type SampleQuarter } from './sampleQuarter';

const HEADER_ROW = 3;

function rowOfCode(ws: ExcelJS.Worksheet, code: string, codeCol: number): number {
  for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) if (ws.getCell(r, codeCol).value === code) return r;
  throw new Error(`${code} not in ${ws.name}`);
}

async function rendered(
  sample: SampleQuarter,
  handTyped?: HandTyped,
): Promise<{ bytes: Uint8Array; wb: ExcelJS.Workbook }> {
  const bytes = await renderWorkbook(buildReviewPlan({ ...sample, handTyped }));
  return { bytes, wb: await loadWorkbook(bytes) };
}

describe('review workbook plan', () => {
  const sample = buildSampleQuarter();

  test('has the documented sheets in order, with the metadata hidden', async () => {
    const plan = buildReviewPlan(sample);
    expect(plan.sheets.map((s) => s.name)).toEqual([
      '点评通报',
      '综合排名',
      '图表',
      '得分明细',
      '指标得分',
      '报送情况',
      '点评结果',
      '通报问题',
      '整改台账',
      '台账汇总',
      '文件清单',
      '问题清单',
      '评分规则',
      '历次点评',
      '元数据',
    ]);
    const { wb } = await rendered(sample);
    const meta = wb.getWorksheet('元数据')!;
    expect(meta.state).toBe('veryHidden');
    const entries = Object.fromEntries(
      meta
        .getSheetValues()
        .filter(Boolean)
        .map((row) => [(row as ExcelJS.CellValue[])[1], (row as ExcelJS.CellValue[])[2]]),
    );
    expect(entries).toMatchObject({
      类型: 'review',
      季度: '2021Q2',
      模板版本: '2021.test',
      工具: '台账点评',
    });
    // Long tables: header frozen, filter on, A4 landscape.
    const scores = wb.getWorksheet('指标得分')!;
    expect(scores.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(scores.autoFilter).toBeTruthy();
    expect(scores.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
  });

  test('scores are formulas: RANK.EQ with the _xlfn prefix, weights and decimals from 评分规则', async () => {
    const { wb } = await rendered(sample);
    const ranking = wb.getWorksheet('综合排名')!;
    const cols = columnsOf(ranking, HEADER_ROW);
    const first = HEADER_ROW + 1;
    const composite = formulaOf(ranking.getCell(first, cols.get('综合得分')!))!;
    for (const key of ['weightInspection', 'weightTimeliness', 'weightQuality', 'compositeDecimals']) {
      expect(composite).toContain(`评分规则'!${settingCell(key)}`);
    }
    expect(composite).toMatch(/^ROUND\(/);
    const countyCount = sample.review.units.filter((u) => u.group === '县区').length;
    const letter = ranking.getColumn(cols.get('综合得分')!).letter;
    expect(formulaOf(ranking.getCell(first, cols.get('排名')!))).toBe(
      `_xlfn.RANK.EQ(${letter}${first},$${letter}$${first}:$${letter}$${first + countyCount - 1},0)`,
    );
    const cityRow = first + countyCount;
    expect(formulaOf(ranking.getCell(cityRow, cols.get('排名')!))).toContain(
      `$${letter}$${cityRow}:$${letter}$${first + sample.review.units.length - 1}`,
    );
    expect(formulaOf(ranking.getCell(first, cols.get('并列')!))).toMatch(/^IF\(COUNTIF\(/);
    for (const label of ['检查得分率', '报送及时率', '填报质量'])
      expect(formulaOf(ranking.getCell(first, cols.get(label)!))).toBeTruthy();
    // 指标得分: the data are values, the scores formulas.
    const scores = wb.getWorksheet('指标得分')!;
    const sc = columnsOf(scores, HEADER_ROW);
    expect(formulaOf(scores.getCell(first, sc.get('检查得分')!))).toBeUndefined();
    expect(formulaOf(scores.getCell(first, sc.get('采用得分')!))).toMatch(
      /^IF\(ISNUMBER\(H4\),H4,IF\(ISNUMBER\(I4\),I4,0\)\)$/,
    );
    expect(formulaOf(scores.getCell(first, sc.get('自评偏高')!))).toContain(
      `评分规则'!${settingCell('selfHighRatio')}`,
    );
  });

  test('unit text starting with = + - @ stays text in every sheet', async () => {
    const handTyped: HandTyped = {
      byUnit: { XQ04: { 分析原因: HOSTILE.analysis } },
      byRectification: {},
      receivedDates: {},
    };
    const { wb } = await rendered(sample, handTyped);
    const hostile = [...Object.values(HOSTILE), '=cmd|calc.xlsx'];
    const found = new Map<string, Set<string>>();
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const f = formulaOf(cell);
          // No formula may carry unit text.
          if (f !== undefined) for (const h of hostile) expect(f).not.toContain(h.slice(1, 12));
          if (typeof cell.value !== 'string') return;
          const h = hostile.find((x) => (cell.value as string).includes(x));
          if (!h) return;
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          if ((cell.value as string).startsWith(h)) expect(cell.numFmt).toBe('@');
          found.set(h, (found.get(h) ?? new Set()).add(ws.name));
        }),
      );
    }
    expect(Object.fromEntries([...found].map(([k, v]) => [k, [...v].sort()]))).toEqual({
      [HOSTILE.workDone]: ['台账汇总'],
      [HOSTILE.problems]: ['台账汇总', '通报问题'],
      [HOSTILE.nextSteps]: ['台账汇总'],
      [HOSTILE.remarks]: ['台账汇总'],
      [HOSTILE.inspectionProblem]: ['整改台账', '点评通报', '通报问题'].sort(),
      [HOSTILE.deduction]: ['通报问题'],
      [HOSTILE.analysis]: ['综合排名'],
      '=cmd|calc.xlsx': ['问题清单', '文件清单'].sort(),
    });
  });

  test('文件清单 and 问题清单 account for every file and every finding', async () => {
    const { wb } = await rendered(sample);
    const files = wb.getWorksheet('文件清单')!;
    const fc = columnsOf(files, HEADER_ROW);
    const statuses = new Map<string, string>();
    for (let r = HEADER_ROW + 1; r <= files.rowCount; r++)
      statuses.set(
        String(files.getCell(r, fc.get('文件名')!).value),
        String(files.getCell(r, fc.get('状态')!).value),
      );
    expect(statuses.size).toBe(sample.consolidation.files.length);
    expect(statuses.get('清丰县4月台账（旧）.xlsx')).toBe('已被替换');
    expect(statuses.get('=cmd|calc.xlsx')).toBe('已拒收');
    expect(statuses.get('南乐县4月台账.xlsx')).toBe('已接收（有错误）');
    expect(statuses.get('华龙区4月台账.xlsx')).toBe('已接收');
    // 收到日期 the office recorded is a real date.
    const sz04 = [...Array(files.rowCount).keys()]
      .map((i) => i + 1)
      .find((r) => files.getCell(r, fc.get('文件名')!).value === '市住房和城乡建设局5月台账.xlsx')!;
    expect(files.getCell(sz04, fc.get('收到日期')!).value).toEqual(new Date(Date.UTC(2021, 5, 7)));

    const findings = wb.getWorksheet('问题清单')!;
    const nc = columnsOf(findings, HEADER_ROW);
    const rows = [...Array(findings.rowCount - HEADER_ROW).keys()].map((i) =>
      ['文件', '单元格', '严重程度', '代码'].map(
        (l) => findings.getCell(HEADER_ROW + 1 + i, nc.get(l)!).value ?? '', // an empty text cell is written as no cell
      ),
    );
    expect(rows).toHaveLength(sample.consolidation.findings.length);
    expect(rows).toContainEqual(['南乐县4月台账.xlsx', 'F7', '错误', 'work-done-empty']);
    expect(rows).toContainEqual(['=cmd|calc.xlsx', '', '错误', 'xlsx-malformed']);
  });

  test('refuses a consolidation that lacks a ledger the review counted', () => {
    const consolidation: Consolidation = {
      ...sample.consolidation,
      ledgers: sample.consolidation.ledgers.filter((l) => !(l.unitCode === 'XQ01' && l.month === '2021-05')),
    };
    expect(() => buildReviewPlan({ ...sample, consolidation })).toThrow(ReviewInputMismatchError);
    expect(() => buildReviewPlan({ ...sample, consolidation })).toThrow(/华龙区 2021-05/);
  });
});

describe('what the office typed survives a rebuild, keyed by unit', () => {
  test('分析原因, 会议备注, 办公室确认, 整改情况, 完成时间 and 收到日期 come back to the same units after the order changes', async () => {
    const first = buildSampleQuarter();
    const { wb } = await rendered(first);

    // The office types in the workbook (as in Excel): by row, wherever the unit happens to be.
    const ranking = wb.getWorksheet('综合排名')!;
    const rc = columnsOf(ranking, HEADER_ROW);
    const qingfengRow = rowOfCode(ranking, 'XQ03', rc.get('单位编码')!);
    ranking.getCell(qingfengRow, rc.get('分析原因')!).value = HOSTILE.analysis;
    ranking.getCell(qingfengRow, rc.get('会议备注')!).value = '会上说明逾期原因';
    ranking.getCell(rowOfCode(ranking, 'SZ06', rc.get('单位编码')!), rc.get('分析原因')!).value =
      '专业人员不足，整改措施不实';

    const outcomes = wb.getWorksheet('点评结果')!;
    let confirmed = 0;
    outcomes.eachRow((row, r) => {
      if (row.getCell(4).value === 'SZ05' && row.getCell(2).value === '取消年度综合考评评先资格') {
        outcomes.getCell(r, 10).value = '同意';
        confirmed++;
      }
    });
    expect(confirmed).toBe(1);

    const rect = wb.getWorksheet('整改台账')!;
    const rtc = columnsOf(rect, HEADER_ROW);
    const rectRow = HEADER_ROW + 1;
    const rectKey = ['单位编码', '检查期间', '指标编号']
      .map((l) => String(rect.getCell(rectRow, rtc.get(l)!).value))
      .join('|');
    const rectId = String(rect.getCell(rectRow, rtc.get('问题编号')!).value);
    rect.getCell(rectRow, rtc.get('整改情况')!).value = '已补齐佐证材料';
    rect.getCell(rectRow, rtc.get('完成时间')!).value = new Date(Date.UTC(2021, 6, 20));

    const files = wb.getWorksheet('文件清单')!;
    const fc = columnsOf(files, HEADER_ROW);
    let typedReceived = 0;
    files.eachRow((row, r) => {
      if (row.getCell(fc.get('文件名')!).value === '清丰县4月台账.xlsx') {
        // The ledger actually arrived on the 4th: on time after all.
        files.getCell(r, fc.get('收到日期')!).value = new Date(Date.UTC(2021, 4, 4));
        typedReceived++;
      }
    });
    expect(typedReceived).toBe(1);

    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const handTyped = readHandTyped(toGridSheets(await loadWorkbook(edited)));
    expect(handTyped).toEqual({
      byUnit: {
        XQ03: { 分析原因: HOSTILE.analysis, 会议备注: '会上说明逾期原因' },
        SZ06: { 分析原因: '专业人员不足，整改措施不实', '办公室确认（取消年度综合考评评先资格）': '待确认' },
        SZ05: {
          '办公室确认（取消年度综合考评评先资格）': '同意',
          '办公室确认（建议取消文明单位荣誉称号）': '待确认',
        },
      },
      // By the item's id, and by unit|period|indicator for a row whose text (and so id) changes.
      byRectification: {
        [rectId]: { 整改情况: '已补齐佐证材料', 完成时间: '2021-07-20', 问题编号: rectId },
        [rectKey]: { 整改情况: '已补齐佐证材料', 完成时间: '2021-07-20', 问题编号: rectId },
      },
      // Keyed by the file the date was typed against (a 收到日期 belongs to one file).
      receivedDates: { '清丰县4月台账.xlsx': '2021-05-04', '市住房和城乡建设局5月台账.xlsx': '2021-06-07' },
    });
    // The CLI's own .xlsx reader (no ExcelJS) reads the same.
    expect(readHandTyped(readGrids(edited))).toEqual(handTyped);

    // Rebuild as the pipeline does: the received date flows into the ledger, and corrected
    // inspection scores move 清丰县 to the top of 县区.
    const second = buildSampleQuarter({
      inspectionScore: (u, _code, _period, base) => (u.code === 'XQ03' ? base + 0.5 : base),
    });
    for (const l of second.consolidation.ledgers)
      l.receivedDate = handTyped.receivedDates[l.file] ?? l.receivedDate;
    second.review = reviewQuarter({
      quarter: second.review.quarter,
      template: second.template,
      roster: second.roster,
      ledgers: second.consolidation.ledgers.map(ledgerFacts),
      inspections: second.consolidation.inspections,
      history: readHistory(toGridSheets(await loadWorkbook(edited))).filter((h) => h.quarter < '2021Q2'),
    });
    const orderBefore = first.review.units.map((u) => u.unitCode);
    const orderAfter = second.review.units.map((u) => u.unitCode);
    expect(orderAfter.indexOf('XQ03')).toBeLessThan(orderBefore.indexOf('XQ03'));

    const rebuilt = await rendered(second, handTyped);
    const ranking2 = rebuilt.wb.getWorksheet('综合排名')!;
    const rc2 = columnsOf(ranking2, HEADER_ROW);
    const row2 = rowOfCode(ranking2, 'XQ03', rc2.get('单位编码')!);
    expect(row2).not.toBe(qingfengRow);
    const analysis = ranking2.getCell(row2, rc2.get('分析原因')!);
    expect(analysis.value).toBe(HOSTILE.analysis);
    expect(analysis.type).toBe(ExcelJS.ValueType.String);
    expect(ranking2.getCell(row2, rc2.get('会议备注')!).value).toBe('会上说明逾期原因');
    // Nobody else got 清丰县's text.
    for (let r = HEADER_ROW + 1; r <= ranking2.rowCount; r++) {
      if (r !== row2) expect(ranking2.getCell(r, rc2.get('会议备注')!).value).not.toBe('会上说明逾期原因');
    }
    const xq03 = second.review.units.find((u) => u.unitCode === 'XQ03')!;
    expect(xq03.ledgers[0].label).toBe('按时');

    // Typing survives a second round trip unchanged.
    expect(readHandTyped(toGridSheets(rebuilt.wb))).toEqual(handTyped);
  });

  test('历次点评 carries the statement history forward to the next quarter', async () => {
    const sample = buildSampleQuarter();
    const { bytes } = await rendered(sample);
    const history = readHistory(toGridSheets(await loadWorkbook(bytes)));
    const statements = sample.review.units
      .filter((u) => u.outcomes.some((o) => o.kind === 'statement'))
      .map((u) => u.unitCode)
      .sort();
    // 2021Q1 came as a bare statement list (as from a workbook written before 历次点评 kept
    // scores); this quarter's composites and ranks are read back from the cached results.
    expect(history).toEqual([
      { quarter: '2021Q1', statementUnitCodes: ['SZ06', 'XQ04'] },
      {
        quarter: '2021Q2',
        statementUnitCodes: statements,
        results: Object.fromEntries(sample.review.units.map((u) => [u.unitCode, { composite: u.composite, rank: u.rank }])),
      },
    ]);
    expect(statements).toEqual(expect.arrayContaining(['XQ04', 'SZ06', 'SZ05']));
    // The next quarter: units with a statement in both Q1 and Q2 are on a run of two.
    const q3 = reviewQuarter({
      quarter: '2021Q3',
      template: sample.template,
      roster: sample.roster,
      ledgers: [],
      inspections: [],
      history,
    });
    const sz06 = q3.units.find((u) => u.unitCode === 'SZ06')!;
    expect(sz06.statementStreak).toBe(3);
    expect(readHistory(readGrids(bytes))).toEqual(history);
  });
});

describe('REVIEW_SHEETS', () => {
  test('names every sheet once', () => {
    const names = Object.values(REVIEW_SHEETS);
    expect(new Set(names).size).toBe(names.length);
  });
});
