/**
 * The unit ledger workbook as a unit receives it (SPEC section 5), checked by opening the real
 * .xlsx with ExcelJS: only the unit's indicators, exact labels, protection, native validations,
 * the 填报说明 sheet, the very hidden metadata and the print setup.
 */
import {
  DEFAULT_ROSTER,
  DEFAULT_TEMPLATE,
  excelSerial,
  LEDGER_STATUSES,
  applicableIndicators,
  dueIndicators,
  monthEnd,
  resolveSettings,
  templateFingerprint,
} from '@ledger-review/scoring';
import type ExcelJS from 'exceljs';
import { buildLedgerPlan, renderWorkbook } from '@ledger-review/workbook';
import { loadXlsx, partXml, sheetOf, validationsOf } from '../fixtures/excel';
import { unitOf } from '../fixtures/ledgers';

const SETTINGS = resolveSettings();
/** The indicators of a unit's April ledger: applicable, and due in April (填报频次). */
const aprilIndicators = (unit: string) => dueIndicators(DEFAULT_TEMPLATE, unitOf(unit), '2021-04', SETTINGS);
const FINGERPRINT = templateFingerprint(DEFAULT_TEMPLATE.indicators);
const HEADER_LABELS = ['单位名称', '报告月份', '填报人', '联系电话', '填报日期', '审核人'];
const TABLE_LABELS = [
  '指标编号',
  '检查内容',
  '指标内容',
  '分值',
  '目标值',
  '本月工作完成情况',
  '完成状态',
  '完成进度(%)',
  '实际值',
  '佐证材料',
  '自评分',
  '存在问题',
  '下步计划',
  '备注',
];

async function issuedLedger(
  unitName: string,
  month = '2021-04',
): Promise<{ bytes: Uint8Array; wb: ExcelJS.Workbook }> {
  const unit = unitOf(unitName);
  const bytes = await renderWorkbook(
    buildLedgerPlan({
      template: DEFAULT_TEMPLATE,
      unit,
      month,
      settings: SETTINGS,
      fingerprint: FINGERPRINT,
    }),
  );
  return { bytes, wb: await loadXlsx(bytes) };
}

function codesOf(ws: ExcelJS.Worksheet): string[] {
  const codes: string[] = [];
  for (let r = 6; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (v !== null && v !== '') codes.push(String(v));
  }
  return codes;
}

describe('ledger workbook issued to one unit for one month', () => {
  let huaLong: { bytes: Uint8Array; wb: ExcelJS.Workbook };
  let ws: ExcelJS.Worksheet;
  let last: number;

  beforeAll(async () => {
    huaLong = await issuedLedger('华龙区');
    ws = sheetOf(huaLong.wb, '工作台账');
    last = 5 + aprilIndicators('华龙区').length;
  });

  test('lists exactly the indicators that apply to the unit, in template order', async () => {
    expect(codesOf(ws)).toEqual(aprilIndicators('华龙区').map((i) => i.code));
    // Named-unit duties appear only in those units' ledgers (SPEC section 8: no irrelevant rows).
    expect(codesOf(ws)).not.toContain('2.1');
    const justice = sheetOf((await issuedLedger('市司法局')).wb, '工作台账');
    // 2.1 (规章制定) is the 市司法局's own, reported 每季度: in its June ledger, not in April's.
    expect(codesOf(justice)).not.toContain('2.1');
    expect(codesOf(sheetOf((await issuedLedger('市司法局', '2021-06')).wb, '工作台账'))).toContain('2.1');
    expect(codesOf(justice)).toEqual(
      aprilIndicators('市司法局').map((i) => i.code),
    );
    // Group-specific indicators do not cross over.
    const cityOnly = DEFAULT_TEMPLATE.indicators
      .filter((i) => i.appliesTo.kind === 'group' && i.appliesTo.group === '市直')
      .map((i) => i.code);
    expect(cityOnly.length).toBeGreaterThan(0);
    for (const code of cityOnly) expect(codesOf(ws)).not.toContain(code);
  });

  test('填报频次: quarterly, half-yearly and yearly indicators are only in the ledgers of their due months', async () => {
    const all = applicableIndicators(DEFAULT_TEMPLATE, unitOf('华龙区'));
    const notInApril = all.filter((i) => !codesOf(ws).includes(i.code));
    expect(notInApril.length).toBeGreaterThan(0);
    expect(new Set(notInApril.map((i) => i.frequency))).toEqual(new Set(['每季度', '每半年', '每年']));
    // December carries every indicator; June the quarterly and half-yearly ones but not the yearly.
    expect(codesOf(sheetOf((await issuedLedger('华龙区', '2021-12')).wb, '工作台账'))).toEqual(all.map((i) => i.code));
    const june = codesOf(sheetOf((await issuedLedger('华龙区', '2021-06')).wb, '工作台账'));
    expect(june).toEqual(all.filter((i) => i.frequency !== '每年').map((i) => i.code));
  });

  test('header and table labels are exactly those of SPEC section 5', () => {
    const headerCells = ['A2', 'D2', 'F2', 'H2', 'A3', 'D3'].map((a) => ws.getCell(a).value);
    expect(headerCells).toEqual(HEADER_LABELS);
    expect(TABLE_LABELS.map((_, i) => ws.getCell(5, i + 1).value)).toEqual(TABLE_LABELS);
    expect(ws.getCell('B2').value).toBe('华龙区');
    expect(ws.getCell('E2').value).toBe('2021-04');
  });

  test('indicator columns come pre-filled from the template', () => {
    const first = aprilIndicators('华龙区')[0];
    expect(ws.getCell('A6').value).toBe(first.code);
    expect(ws.getCell('C6').value).toBe(first.text);
    expect(ws.getCell('D6').value).toBe(first.points);
    const targeted = aprilIndicators('华龙区').findIndex((i) => i.target);
    expect(targeted).toBeGreaterThanOrEqual(0);
    const t = aprilIndicators('华龙区')[targeted].target!;
    expect(ws.getCell(6 + targeted, 5).value).toBe(`${t.value}${t.unit}`);
  });

  test('the sheet is protected: indicator columns locked, input cells unlocked', () => {
    const protection = (ws as unknown as { sheetProtection: { sheet?: boolean } }).sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(partXml(huaLong.bytes, 'xl/worksheets/sheet1.xml')).toMatch(/<sheetProtection [^>]*sheet="1"/);
    const locked = (a: string) => ws.getCell(a).protection?.locked !== false;
    for (let r = 6; r <= last; r++) {
      for (const c of ['A', 'B', 'C', 'D', 'E'])
        expect([`${c}${r}`, locked(`${c}${r}`)]).toEqual([`${c}${r}`, true]);
      for (const c of ['F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N'])
        expect([`${c}${r}`, locked(`${c}${r}`)]).toEqual([`${c}${r}`, false]);
    }
    // Header: unit and month are issued (locked); 填报人, 联系电话, 填报日期, 审核人 are typed.
    expect(['B2', 'E2'].map(locked)).toEqual([true, true]);
    expect(['G2', 'I2', 'B3', 'E3'].map(locked)).toEqual([false, false, false, false]);
    // Labels and the table header cannot be overtyped.
    expect(['A2', 'A5', 'G5'].map(locked)).toEqual([true, true, true]);
  });

  test('native data validations: status list, progress 0–100, self-score 0..分值, date ≥ month end, phone length', () => {
    const dv = validationsOf(ws);
    for (let r = 6; r <= last; r++) {
      expect(dv[`G${r}`]).toMatchObject({
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        formulae: [`"${LEDGER_STATUSES.join(',')}"`],
      });
      expect(dv[`H${r}`]).toMatchObject({
        type: 'decimal',
        operator: 'between',
        formulae: [0, 100],
        showErrorMessage: true,
      });
      expect(dv[`K${r}`]).toMatchObject({ type: 'decimal', operator: 'between', showErrorMessage: true });
      expect(dv[`K${r}`].formulae[0]).toBe(0);
    }
    // Bounded ranges (never whole columns): nothing below the table.
    expect(dv[`G${last + 1}`]).toBeUndefined();
    expect(dv[`K${last + 1}`]).toBeUndefined();
    expect(dv.B3).toMatchObject({
      type: 'date',
      operator: 'greaterThanOrEqual',
      formulae: [new Date('2021-04-30T00:00:00Z')],
    });
    expect(dv.I2).toMatchObject({ type: 'textLength', operator: 'between', formulae: [7, 20] });
    expect(LEDGER_STATUSES).toEqual(['未启动', '推进中', '已完成', '常态化', '不适用']);
  });

  test('the self-score bound is each row’s own 分值 (relative reference from the top-left cell)', () => {
    // ExcelJS repeats the top-left formula for every cell it expands; the file holds one rule
    // whose relative row makes Excel, WPS and LibreOffice check K7 against D7, K8 against D8 …
    const xml = partXml(huaLong.bytes, 'xl/worksheets/sheet1.xml');
    const rule = new RegExp(
      `<dataValidation [^>]*sqref="K6:K${last}"[^>]*>\\s*<formula1>0</formula1>\\s*<formula2>\\$D6</formula2>`,
    );
    expect(xml).toMatch(rule);
  });

  test('regression: the 填报日期 rule holds the month end as an Excel serial, not JS milliseconds', () => {
    // ExcelJS took the serial 44316 for milliseconds and wrote 25569.0005 (1970-01-01): any date passed.
    const xml = partXml(huaLong.bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain(`sqref="B3"><formula1>${excelSerial(monthEnd('2021-04'))}</formula1>`);
  });

  test('a 填报说明 sheet explains how to fill it', () => {
    const guide = sheetOf(huaLong.wb, '填报说明');
    const text = guide.getColumn(1).values.filter(Boolean).join('\n');
    expect(text).toContain('填报说明');
    for (const s of LEDGER_STATUSES) expect(text).toContain(s);
    expect(text).toMatch(/5 日前/);
    expect(text).toContain('佐证材料');
  });

  test('very hidden metadata records template version, unit, month and fingerprint', () => {
    const meta = sheetOf(huaLong.wb, '元数据');
    expect(meta.state).toBe('veryHidden');
    const pairs: Record<string, unknown> = {};
    meta.eachRow((row) => {
      pairs[String(row.getCell(1).value)] = row.getCell(2).value;
    });
    expect(pairs).toMatchObject({
      类型: 'ledger',
      模板版本: DEFAULT_TEMPLATE.version,
      单位编码: 'XQ01',
      单位名称: '华龙区',
      报告月份: '2021-04',
      指标指纹: FINGERPRINT,
    });
    expect(partXml(huaLong.bytes, 'xl/workbook.xml')).toMatch(
      /<sheet [^>]*name="元数据"[^>]*state="veryHidden"/,
    );
  });

  test('prints on A4 landscape with the table header repeated on every page', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      printTitlesRow: '5:5',
      fitToWidth: 1,
    });
    expect(partXml(huaLong.bytes, 'xl/workbook.xml')).toMatch(
      /_xlnm\.Print_Titles[^>]*>('|&apos;)?工作台账('|&apos;)?!\$5:\$5</,
    );
  });

  test('the table header row is frozen', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
  });

  test('a unit whose template has no indicator still gets a readable, protected ledger', async () => {
    const template = {
      ...DEFAULT_TEMPLATE,
      indicators: DEFAULT_TEMPLATE.indicators.filter((i) => i.appliesTo.kind === 'units'),
    };
    const unit = DEFAULT_ROSTER.find((u) => u.name === '市统计局')!;
    expect(applicableIndicators(template, unit)).toEqual([]);
    const bytes = await renderWorkbook(
      buildLedgerPlan({ template, unit, month: '2021-04', settings: SETTINGS, fingerprint: 'x' }),
    );
    const empty = sheetOf(await loadXlsx(bytes), '工作台账');
    expect(empty.getCell('A5').value).toBe('指标编号');
    expect(empty.getCell('A6').value).toBeNull();
  });
});
