/**
 * The pure parts of the Office host: formula sheet references, block and rectangle planning,
 * Office-to-GridSheet conversion, error codes and their texts, validation rules, retries.
 */
import {
  blockArrays,
  columnGroups,
  indexCells,
  jsonBytes,
  looksLikeFormula,
  numberFormatOf,
  planDataBlocks,
  splitBlock,
  styleRects,
} from '../../src/office/excel/cellBlocks';
import { absoluteRows, charactersToPoints, validationRule } from '../../src/office/excel/format';
import { renameSheetRefs } from '../../src/office/excel/formulaRefs';
import { parseAreaAddresses, toGridSheet } from '../../src/office/excel/read';
import { retryCellEdit } from '../../src/office/excel/runner';
import {
  HOST_ERROR_TEXT,
  HostError,
  hostErrorText,
  toHostError,
  type HostErrorCode,
} from '../../src/office/errors';
import { capabilitiesOf, FEATURE_REQUIREMENTS, FEATURE_TEXT } from '../../src/office/requirements';
import type { CellWrite } from '../../src/office/types';

describe('sheet references in formulas', () => {
  const renames = new Map([
    ['报送情况', '~lr-tmp-a-4'],
    ["O'Brien", '~lr-tmp-a-5'],
    ['Data', '~lr-tmp-a-6'],
  ]);

  test('quoted and unquoted references are renamed, everything else copied', () => {
    expect(
      renameSheetRefs("COUNTIFS('报送情况'!$A$4:$A$90,A4,'报送情况'!$H$4:$H$90,\"按时\")", renames),
    ).toBe("COUNTIFS('~lr-tmp-a-4'!$A$4:$A$90,A4,'~lr-tmp-a-4'!$H$4:$H$90,\"按时\")");
    expect(renameSheetRefs("'O''Brien'!B2+Data!C3+SUM(Other!A1)", renames)).toBe(
      "'~lr-tmp-a-5'!B2+'~lr-tmp-a-6'!C3+SUM(Other!A1)",
    );
    expect(renameSheetRefs('报送情况!A1*2', renames)).toBe("'~lr-tmp-a-4'!A1*2");
  });

  test('text inside string literals and look-alike names are left alone', () => {
    expect(renameSheetRefs('"见\'报送情况\'!A1"&Data2!A1&MyData!A1', renames)).toBe(
      '"见\'报送情况\'!A1"&Data2!A1&MyData!A1',
    );
    expect(renameSheetRefs('SUM(A1:A3)', renames)).toBe('SUM(A1:A3)');
    expect(renameSheetRefs("'报送情况'!A1", new Map())).toBe("'报送情况'!A1");
  });
});

describe('cell blocks', () => {
  const cells: CellWrite[] = [
    { address: 'A1', value: '=SUM(A1)' },
    { address: 'B1', value: 3, numFmt: '0.0' },
    { address: 'C2', formula: "'明细'!A1", numFmt: '@' },
    { address: 'A3', value: null, numFmt: 'yyyy-mm-dd', style: { bold: true } },
    { address: 'A3', value: true },
  ];
  const sheet = indexCells(cells);
  const options = { renames: new Map([['明细', '~t']]), typedStrings: false };

  test('indexing: later writes win, extent and count', () => {
    expect([sheet.rows, sheet.columns, sheet.count]).toEqual([3, 3, 4]);
    expect(sheet.at(3, 1)).toEqual({ address: 'A3', value: true });
  });

  test('number formats: text is @, a formula never is, others as planned or General', () => {
    expect(numberFormatOf(sheet.at(1, 1))).toBe('@');
    expect(numberFormatOf(sheet.at(1, 2))).toBe('0.0');
    expect(numberFormatOf(sheet.at(2, 3))).toBe('General');
    expect(numberFormatOf(undefined)).toBe('General');
    expect(['=a', '+86', '-1', '@x', 'a=b', ' =x'].map(looksLikeFormula)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  test('block arrays: formulas renamed and prefixed, empties as "", typed strings held back', () => {
    expect(blockArrays(sheet, 1, 3, 3, options)).toEqual({
      numberFormat: [
        ['@', '0.0', 'General'],
        ['General', 'General', 'General'],
        ['General', 'General', 'General'],
      ],
      values: [
        ['=SUM(A1)', 3, ''],
        ['', '', "='~t'!A1"],
        [true, '', ''],
      ],
      hasFormula: true,
      typed: [],
    });
    const typed = blockArrays(sheet, 1, 1, 3, { ...options, typedStrings: true });
    expect(typed.values[0][0]).toBe('');
    expect(typed.typed).toEqual([{ row: 1, column: 1, text: '=SUM(A1)' }]);
  });

  test('payload: CJK counts three bytes, quotes and backslashes two', () => {
    expect(jsonBytes('ab')).toBe(4);
    expect(jsonBytes('台账')).toBe(8);
    expect(jsonBytes('a"\\')).toBe(7);
    expect(jsonBytes(12.5)).toBe(4);
  });

  test('blocks respect the byte and cell budgets and split in halves', () => {
    const big = indexCells(
      Array.from({ length: 100 }, (_, r) => ({ address: `B${r + 1}`, value: '单位名称'.repeat(5) })),
    );
    const blocks = planDataBlocks(big, 1000, 10_000, options);
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.every((b) => b.bytes <= 1000)).toBe(true);
    expect(blocks.reduce((n, b) => n + b.rowCount, 0)).toBe(100);
    expect(blocks.reduce((n, b) => n + b.cells, 0)).toBe(100);
    expect(planDataBlocks(big, 1e9, 20, options).map((b) => b.rowCount)).toEqual(Array(10).fill(10));
    const [a, b] = splitBlock(big, blocks[0], options)!;
    expect([a.firstRow, a.rowCount, b.firstRow, b.rowCount]).toEqual([
      1,
      Math.floor(blocks[0].rowCount / 2),
      1 + Math.floor(blocks[0].rowCount / 2),
      blocks[0].rowCount - Math.floor(blocks[0].rowCount / 2),
    ]);
    expect(splitBlock(big, { ...blocks[0], rowCount: 1 }, options)).toBeNull();
    expect(planDataBlocks(indexCells([]), 1000, 10, options)).toEqual([]);
  });

  test('style rectangles: vertical runs joined across columns, holes split them', () => {
    const bold = { bold: true };
    const fill = { fill: '#FFC7CE' };
    const styled = indexCells([
      ...['A', 'B', 'C'].flatMap((c) =>
        [1, 2, 3].map((r) => ({ address: `${c}${r}`, value: 1, style: bold })),
      ),
      { address: 'B2', value: 1, style: fill },
      { address: 'E5', value: 1, style: bold },
    ]);
    expect(styleRects(styled)).toEqual([
      {
        style: bold,
        rects: [
          { row: 1, column: 1, rows: 3, columns: 1 },
          { row: 1, column: 2, rows: 1, columns: 1 },
          { row: 1, column: 3, rows: 3, columns: 1 },
          { row: 3, column: 2, rows: 1, columns: 1 },
          { row: 5, column: 5, rows: 1, columns: 1 },
        ],
      },
      { style: fill, rects: [{ row: 2, column: 2, rows: 1, columns: 1 }] },
    ]);
    const block = indexCells(
      ['A', 'B', 'C'].flatMap((c) => [4, 5].map((r) => ({ address: `${c}${r}`, value: 1, style: bold }))),
    );
    expect(styleRects(block)).toEqual([{ style: bold, rects: [{ row: 4, column: 1, rows: 2, columns: 3 }] }]);
  });

  test('column widths grouped by equal neighbours', () => {
    expect(
      columnGroups([
        { column: 'C', width: 9 },
        { column: 'A', width: 9 },
        { column: 'B', width: 9 },
        { column: 'D', width: 9, hidden: true },
        { column: 'F', width: 9 },
      ]),
    ).toEqual([
      { range: 'A:C', width: 9, hidden: false },
      { range: 'D:D', width: 9, hidden: true },
      { range: 'F:F', width: 9, hidden: false },
    ]);
  });
});

describe('reading conversions', () => {
  test('merged area addresses, sheet names with commas and quotes included', () => {
    expect(parseAreaAddresses("'a, b'!A1:C1, 'a, b'!$D$4:$E$9, 'a, b'!F2")).toEqual(['A1:C1', 'D4:E9', 'F2']);
    expect(parseAreaAddresses('Sheet1!A1:B2,Sheet1!c3:d4')).toEqual(['A1:B2', 'C3:D4']);
    expect(parseAreaAddresses('')).toEqual([]);
  });

  test('an empty sheet and a sheet whose values start at A1', () => {
    expect(toGridSheet({ name: 'e', visibility: 'Hidden', used: null })).toEqual({
      name: 'e',
      state: 'hidden',
      grid: [],
    });
    expect(
      toGridSheet({
        name: 's',
        visibility: 'Visible',
        used: {
          rowIndex: 0,
          columnIndex: 0,
          values: [['#N/A', true, 44316]],
          formulas: [['=NA()', true, 44316]],
          numberFormat: [['General', 'General', 'yyyy-mm-dd']],
        },
        mergedAddress: null,
      }),
    ).toEqual({
      name: 's',
      state: 'visible',
      grid: [['#N/A', true, 44316]],
      formulas: new Map([['A1', { formula: 'NA()', cached: true }]]),
      formats: new Map([['C1', 'yyyy-mm-dd']]),
    });
  });
});

describe('errors', () => {
  test('Office codes become host codes the UI translates', () => {
    const office = (code: string) => Object.assign(new Error(`${code} happened`), { code });
    expect(toHostError(office('InvalidOperationInCellEditMode')).code).toBe('cell-edit-mode');
    expect(toHostError(office('RequestPayloadSizeLimitExceeded')).code).toBe('payload-too-large');
    expect(toHostError(office('ResponsePayloadSizeLimitExceeded')).code).toBe('payload-too-large');
    expect(toHostError(office('AccessDenied'), { sheet: '汇总' })).toMatchObject({
      code: 'sheet-protected',
      details: { sheet: '汇总' },
    });
    expect(toHostError(office('AccessDenied')).code).toBe('office-error');
    expect(toHostError(office('ItemNotFound'), { sheet: 'X' })).toMatchObject({
      code: 'sheet-not-found',
      details: { sheet: 'X' },
    });
    expect(toHostError('plain')).toMatchObject({
      code: 'office-error',
      details: { message: 'plain', officeCode: '' },
    });
    const already = new HostError('aborted');
    expect(toHostError(already)).toBe(already);
    expect(already.name).toBe('AbortError');
  });

  test('every code has a Chinese and an English text, filled from the details', () => {
    const codes = Object.keys(HOST_ERROR_TEXT) as HostErrorCode[];
    for (const code of codes) {
      expect(HOST_ERROR_TEXT[code]['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(HOST_ERROR_TEXT[code].en).toMatch(/^[\x20-\x7e“”–]+$/);
    }
    const err = new HostError('sheet-protected', { sheet: '校验标记' });
    expect(hostErrorText(err, 'zh-CN')).toBe(
      '工作表“校验标记”受保护，无法写入。请在“审阅”选项卡中撤销工作表保护后重试；工作簿未做任何修改。',
    );
    expect(hostErrorText(err, 'en')).toContain('Sheet “校验标记” is protected');
    expect(hostErrorText(new HostError('requirement-missing', {}), 'en')).toContain('{version}');
  });

  test('every feature has both texts', () => {
    for (const feature of Object.keys(FEATURE_REQUIREMENTS) as Array<keyof typeof FEATURE_TEXT>) {
      expect(FEATURE_TEXT[feature]['zh-CN']).toContain('{version}');
      expect(FEATURE_TEXT[feature].en).toContain('{version}');
    }
  });
});

describe('Office.js values', () => {
  test('validation rules', () => {
    const base = { range: 'A1:A9', allowBlank: false, errorTitle: 't', errorMessage: 'm' };
    expect(validationRule({ ...base, kind: 'list', list: ['未启动', '推进中', '已完成'] })).toEqual({
      list: { inCellDropDown: true, source: '未启动,推进中,已完成' },
    });
    expect(validationRule({ ...base, kind: 'list', listSource: '=$A$2:$A$6' })).toEqual({
      list: { inCellDropDown: true, source: '=$A$2:$A$6' },
    });
    expect(() => validationRule({ ...base, kind: 'list', list: ['a,b'] })).toThrow(RangeError);
    expect(validationRule({ ...base, kind: 'whole', operator: 'greaterThanOrEqual', min: 0 })).toEqual({
      wholeNumber: { operator: 'GreaterThanOrEqualTo', formula1: 0 },
    });
    expect(validationRule({ ...base, kind: 'textLength', operator: 'lessThanOrEqual', max: 500 })).toEqual({
      textLength: { operator: 'LessThanOrEqualTo', formula1: 500 },
    });
  });

  test('column widths: Excel’s default 8.43 characters is 64 px = 48 pt; print title rows absolute', () => {
    expect(charactersToPoints(8.43)).toBe(48);
    expect(charactersToPoints(20)).toBe(108.75);
    expect(absoluteRows('3:3')).toBe('$3:$3');
    expect(absoluteRows('$1:2')).toBe('$1:$2');
  });

  test('capabilities follow the requirement sets', () => {
    const upTo = (minor: number) => (_: string, v?: string) => Number((v ?? '1.1').split('.')[1]) <= minor;
    expect(capabilitiesOf(upTo(8))).toEqual({
      typedStrings: false,
      mergedAreas: false,
      workbookActivated: false,
    });
    expect(capabilitiesOf(upTo(14))).toEqual({
      typedStrings: false,
      mergedAreas: true,
      workbookActivated: true,
    });
    expect(capabilitiesOf(upTo(16))).toEqual({
      typedStrings: true,
      mergedAreas: true,
      workbookActivated: true,
    });
  });
});

describe('retrying in cell-edit mode', () => {
  test('retries only that refusal, with the policy’s pauses, then gives up with it', async () => {
    const waits: number[] = [];
    const policy = { delaysMs: [10, 20], sleep: async (ms: number) => void waits.push(ms) };
    let calls = 0;
    const failing = (error: Error) => async () => {
      calls++;
      throw error;
    };
    const editMode = Object.assign(new Error('edit'), { code: 'InvalidOperationInCellEditMode' });
    await expect(retryCellEdit(failing(editMode), policy)).rejects.toBe(editMode);
    expect([calls, waits]).toEqual([3, [10, 20]]);
    const other = Object.assign(new Error('x'), { code: 'GeneralException' });
    calls = 0;
    await expect(retryCellEdit(failing(other), policy)).rejects.toBe(other);
    expect(calls).toBe(1);
  });
});
