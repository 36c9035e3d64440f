/**
 * SpreadsheetML features written by other producers (Excel, WPS, LibreOffice, .NET/PHP
 * libraries), pinned on hand-written parts so each test says exactly which bytes it feeds.
 */
import { buildXlsx, MAIN_NS, REL_NS, worksheet } from '../../../../../tests/fixtures/bad/xlsxParts';
import { leanCell, leanValue, readWorkbook, type LeanSheet } from './index';

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}">
<numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.0%"/>
<numFmt numFmtId="166" formatCode="#,##0.00&quot;d&quot;"/><numFmt numFmtId="167" formatCode="[Red][&lt;0]0.00;0.00"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="9"/><xf numFmtId="166"/><xf numFmtId="31"/><xf numFmtId="49"/></cellXfs>
</styleSheet>`;

function sheetOf(
  sheetData: string,
  extra: Partial<Parameters<typeof buildXlsx>[0]> = {},
  tail = '',
): LeanSheet {
  return readWorkbook(buildXlsx({ sheets: [{ name: 'S', xml: worksheet(sheetData, tail) }], ...extra }))
    .sheets[0];
}

describe('cell values', () => {
  test('numbers, booleans, errors, formula strings and inline strings', () => {
    const s = sheetOf(
      '<row r="1"><c r="A1"><v>42</v></c><c r="B1"><v>-1.5E-3</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c>' +
        '<c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="G1" t="inlineStr"><is><t>内联</t></is></c></row>',
    );
    expect(s.grid).toEqual([[42, -0.0015, true, false, '#N/A', 'xy', '内联']]);
    expect(leanCell(s, 'E1')).toEqual({ v: '#N/A', t: 'e' });
    expect(leanCell(s, 'F1')).toEqual({ v: 'xy', t: 'str', f: '"x"&"y"', cached: true });
    expect(s.cells.has('G1')).toBe(false);
  });

  test('shared strings: rich text runs joined, phonetic runs dropped, entities and _xHHHH_ decoded, spaces kept', () => {
    const sst = `<sst xmlns="${MAIN_NS}"><si><r><rPr><b/></rPr><t>依法</t></r><r><t xml:space="preserve"> 行政 </t></r><rPh sb="0" eb="2"><t>いほう</t></rPh></si>
<si><t>A &amp; B &lt;C&gt; &quot;q&quot; &apos;s&apos; &#x4E2D;&#25991; &#x1F600;</t></si><si><t>line1_x000D_
line2 _x005F_x0041_</t></si><si/><si><t/></si><si><t><![CDATA[<raw> & stuff]]></t></si></sst>`;
    const s = sheetOf(
      [0, 1, 2, 3, 4, 5]
        .map((i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`)
        .join('')
        .replace(/^/, '<row r="1">') + '</row>',
      { sharedStrings: sst },
    );
    expect(s.grid[0]).toEqual([
      '依法 行政 ',
      'A & B <C> "q" \'s\' 中文 😀',
      'line1\r\nline2 _x0041_',
      '',
      '',
      '<raw> & stuff',
    ]);
  });

  test('unknown entities are kept literally and a DOCTYPE is never expanded', () => {
    const sst = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY boom "BOOM">]><sst xmlns="${MAIN_NS}"><si><t>&boom; &amp;&unknown;</t></si></sst>`;
    expect(sheetOf('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { sharedStrings: sst }).grid).toEqual([
      ['&boom; &&unknown;'],
    ]);
  });

  test('cells and rows without r follow the previous ones', () => {
    const s = sheetOf(
      '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row><row r="5"><c><v>9</v></c></row>',
    );
    expect(s.grid).toEqual([
      [1, 2, null, null, 5, 6],
      [7, null, null, null, null, null],
      [null, null, null, null, null, null],
      [null, null, null, null, null, null],
      [9, null, null, null, null, null],
    ]);
    expect([s.rows, s.cols]).toEqual([5, 6]);
  });

  test('a text beginning with "=" stays text and is not a formula', () => {
    const s = sheetOf(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>=HYPERLINK("http://x","y")</t></is></c></row>',
      {
        sharedStrings: ['=SUM(A1:A9)'],
      },
    );
    expect(s.grid[0]).toEqual(['=SUM(A1:A9)', '=HYPERLINK("http://x","y")']);
    expect(s.formulas.size).toBe(0);
  });

  test('ISO dates in t="d" cells become serials flagged as dates', () => {
    const s = sheetOf(
      '<row r="1"><c r="A1" t="d"><v>2024-03-15</v></c><c r="B1" t="d"><v>2024-03-15T12:00:00</v></c><c r="C1" t="d"><v>not a date</v></c></row>',
    );
    expect(s.grid[0]).toEqual([45366, 45366.5, 'not a date']);
    expect(leanCell(s, 'A1').t).toBe('d');
  });

  test('the 1904 date system shifts t="d" serials', () => {
    const wb = readWorkbook(
      buildXlsx({
        sheets: [{ name: 'S', xml: worksheet('<row r="1"><c r="A1" t="d"><v>2024-03-15</v></c></row>') }],
        workbookPr: '<workbookPr date1904="1"/>',
      }),
    );
    expect(wb.date1904).toBe(true);
    expect(wb.sheets[0].grid[0][0]).toBe(45366 - 1462);
  });
});

describe('number formats', () => {
  test('dates by built-in id and by custom code, percents, and codes that only look like dates', () => {
    const s = sheetOf(
      '<row r="1"><c r="A1" s="1"><v>45366</v></c><c r="B1" s="2"><v>45366</v></c><c r="C1" s="3"><v>0.125</v></c><c r="D1" s="4"><v>0.5</v></c>' +
        '<c r="E1" s="5"><v>3</v></c><c r="F1" s="6"><v>45366</v></c><c r="G1" s="7" t="s"><v>0</v></c><c r="H1" s="0"><v>1</v></c></row>',
      { styles: STYLES, sharedStrings: ['文本'] },
    );
    expect(s.grid[0]).toEqual([45366, 45366, 0.125, 0.5, 3, 45366, '文本', 1]);
    expect(leanCell(s, 'A1')).toEqual({ v: 45366, t: 'd', fmt: 'mm-dd-yy' });
    expect(leanCell(s, 'B1')).toEqual({ v: 45366, t: 'd', fmt: 'yyyy"年"m"月"d"日"' });
    expect(leanCell(s, 'C1')).toEqual({ v: 0.125, t: 'n', fmt: '0.0%' });
    expect(leanCell(s, 'D1').fmt).toBe('0%');
    expect(leanCell(s, 'E1')).toEqual({ v: 3, t: 'n', fmt: '#,##0.00"d"' });
    expect(leanCell(s, 'F1').t).toBe('d'); // zh-CN built-in 31
    expect(leanCell(s, 'G1')).toEqual({ v: '文本', t: 's', fmt: '@' });
    expect(s.cells.has('H1')).toBe(false);
    expect([...s.formats.keys()]).toEqual(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1']);
  });
});

describe('formulas (never evaluated)', () => {
  test('cached results, missing results and shared formulas', () => {
    const s = sheetOf(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>' +
        '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/></c><c r="C3"><f>SUM(A1:A3)&gt;5</f></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
    );
    expect(s.grid.map((r) => r[1])).toEqual([2, 4, null]);
    expect(leanCell(s, 'B1')).toEqual({ v: 2, t: 'n', f: 'A1*2', cached: true });
    expect(leanCell(s, 'B2')).toEqual({ v: 4, t: 'n', f: 'A1*2', cached: true, sharedFrom: 'B1' });
    expect(leanCell(s, 'B3')).toEqual({ v: null, t: 'n', f: 'A1*2', cached: false, sharedFrom: 'B1' });
    expect(s.formulas.get('C3')).toEqual({ formula: 'SUM(A1:A3)>5', cached: false });
    expect(leanCell(s, 'D3')).toEqual({ v: '#DIV/0!', t: 'e', f: '1/0', cached: true });
    expect([s.rows, s.cols]).toEqual([3, 4]);
  });

  test('formula text is an own property read through one shared getter, and survives a structured clone', () => {
    const s = sheetOf('<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>A1&amp;"字"</f><v>2字</v></c></row>');
    const a = s.formulas.get('A1')!;
    const b = s.formulas.get('B1')!;
    // A fresh getter closure per formula would give each object a hidden class of its own, held in
    // the old generation, and with it the closure and the whole sheet it reaches (see lazyFormula).
    const getter = (o: object, key: string) => Object.getOwnPropertyDescriptor(o, key)?.get;
    expect(getter(a, 'formula')).toBeDefined();
    expect(getter(a, 'formula')).toBe(getter(b, 'formula'));
    expect(getter(leanCell(s, 'A1'), 'f')).toBe(getter(leanCell(s, 'B1'), 'f'));
    expect(Object.keys(b)).toEqual(['cached', 'formula']);
    expect(structuredClone(b)).toEqual({ cached: true, formula: 'A1&"字"' });
    expect(structuredClone(leanCell(s, 'B1'))).toEqual({ v: '2字', t: 'str', f: 'A1&"字"', cached: true });
  });

  test('valuesOnly keeps the grid and drops the per-cell maps', () => {
    const xml = '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="e"><v>#N/A</v></c></row>';
    const full = sheetOf(xml);
    const lean = readWorkbook(buildXlsx({ sheets: [{ name: 'S', xml: worksheet(xml) }] }), {
      valuesOnly: true,
    }).sheets[0];
    expect(lean.grid).toEqual(full.grid);
    expect([lean.cells.size, lean.formulas.size, full.cells.size]).toEqual([0, 0, 2]);
  });

  test('cellDetails: false (what readGrids asks) drops only the LeanCells: formulas and formats stay', () => {
    const xml =
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" s="1"><v>45387</v></c><c r="C1" t="s"><v>0</v></c><c r="D1" t="s"><v>007</v></c></row>';
    const bytes = buildXlsx({ sheets: [{ name: 'S', xml: worksheet(xml) }], styles: STYLES, sharedStrings: ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'] });
    const full = readWorkbook(bytes).sheets[0];
    const grid = readWorkbook(bytes, { cellDetails: false }).sheets[0];
    expect(grid.grid).toEqual([[2, 45387, '甲', '辛']]);
    expect(grid.grid).toEqual(full.grid);
    expect(grid.cells.size).toBe(0);
    expect(full.cells.size).toBe(2);
    expect([...grid.formulas]).toEqual([...full.formulas]);
    expect([...grid.formats]).toEqual([['B1', 'mm-dd-yy']]);
    expect([...grid.formats]).toEqual([...full.formats]);
  });
});

describe('sheet structure and workbook metadata', () => {
  test('merges and protection come from after sheetData', () => {
    const s = sheetOf(
      '<row r="1"><c r="A1"><v>1</v></c></row>',
      {},
      '<sheetProtection sheet="1" objects="1"/><mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="a2:b3"/></mergeCells>',
    );
    expect(s.merges).toEqual(['A1:C1', 'A2:B3']);
    expect(s.protected).toBe(true);
    expect(sheetOf('', {}, '<sheetProtection password="CC3D"/>').protected).toBe(false);
  });

  test('sheet states; defined names do not disturb reading (the metadata lives in a sheet)', () => {
    const bytes = buildXlsx({
      sheets: [
        { name: '工作台账', xml: worksheet('') },
        { name: '隐藏', xml: worksheet(''), state: 'hidden' },
        {
          name: '元数据',
          xml: worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>unit</t></is></c></row>'),
          state: 'veryHidden',
        },
      ],
      definedNames:
        '<definedNames><definedName name="LR_TEMPLATE_VERSION" hidden="1">"1.2.0"</definedName><definedName name="LR_UNIT">\'元数据\'!$B$1</definedName>' +
        '<definedName name="_xlnm.Print_Area" localSheetId="0">\'工作台账\'!$A$1:$N$130</definedName></definedNames>',
    });
    const wb = readWorkbook(bytes);
    expect(wb.sheetList).toEqual([
      { name: '工作台账', state: 'visible', loaded: true },
      { name: '隐藏', state: 'hidden', loaded: true },
      { name: '元数据', state: 'veryHidden', loaded: true },
    ]);
    expect(wb.sheets.map((s) => s.state)).toEqual(['visible', 'hidden', 'veryHidden']);
    expect(wb.sheets[2].grid).toEqual([['unit']]);
  });

  test('option sheets: only the named sheets are inflated', () => {
    // The second sheet's data is garbage: reading it would fail, so success proves it was skipped.
    const bytes = buildXlsx({
      sheets: [
        { name: 'A', xml: worksheet('<row r="1"><c r="A1"><v>1</v></c></row>') },
        {
          name: 'B',
          xml: '<worksheet><sheetData><row r="1"><c r="ZZZZ1"><v>1</v></c></row></sheetData></worksheet>',
        },
      ],
    });
    expect(() => readWorkbook(bytes)).toThrow(/xlsx-malformed/);
    const wb = readWorkbook(bytes, { sheets: ['A'] });
    expect(wb.sheets.map((s) => s.name)).toEqual(['A']);
    expect(wb.sheetList.map((s) => s.loaded)).toEqual([true, false]);
  });

  test('chart sheets are not worksheets and are skipped', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'Data', xml: worksheet('') }],
      extra: {
        'xl/workbook.xml': `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Chart1" sheetId="2" r:id="rIdC"/><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdC" Type="${REL_NS}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      },
    });
    expect(readWorkbook(bytes).sheetList.map((s) => s.name)).toEqual(['Data']);
  });
});

describe('producers that spell things differently', () => {
  test('namespace prefixes (x:), odd part names and absolute, percent-encoded targets', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`;
    const bytes = buildXlsx({
      sheets: [{ name: 'S', xml, part: 'xl/Worksheets/My Sheet.xml' }],
      extra: {
        'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="/xl/worksheets/My%20Sheet.xml"/></Relationships>`,
      },
    });
    const s = readWorkbook(bytes).sheets[0];
    expect(s.grid).toEqual([['前缀', 7]]);
    expect(s.merges).toEqual(['A1:B1']);
  });

  test('comments and processing instructions inside sheetData are ignored', () => {
    const s = sheetOf(
      '<!-- generated --><row r="1"><?pi x?><c r="A1"><v>1</v></c><!-- <c r="B1"><v>2</v></c> --></row>',
    );
    expect(s.grid).toEqual([[1]]);
  });

  test('a UTF-16 sheet part with a byte-order mark', () => {
    const xml = worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>十六位</t></is></c></row>');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++)
      new DataView(utf16.buffer).setUint16(2 + i * 2, xml.charCodeAt(i), true);
    const entries = { sheets: [{ name: 'S', xml: '' }] };
    const { zipSync } = jest.requireActual<typeof import('fflate')>('fflate');
    const { buildXlsxEntries } = jest.requireActual<
      typeof import('../../../../../tests/fixtures/bad/xlsxParts')
    >('../../../../../tests/fixtures/bad/xlsxParts');
    const files = buildXlsxEntries(entries);
    files['xl/worksheets/sheet1.xml'] = utf16;
    expect(readWorkbook(zipSync(files)).sheets[0].grid).toEqual([['十六位']]);
  });

  test('UTF-8 text kept by the sheet is decoded whatever carries it: str results, inline strings, errors, CDATA, formulas, a BOM', () => {
    // The sheet is scanned as bytes; only the text it keeps is decoded as UTF-8.
    const xml = worksheet(
      '<row r="1"><c r="A1" t="str"><f>IF(B1="",&quot;未选择完成状态；&quot;,"")</f><v>未选择完成状态；</v></c>' +
        '<c r="B1" t="inlineStr"><is><r><t>依法</t></r><r><t xml:space="preserve"> 行政 😀</t></r></is></c>' +
        '<c r="C1" t="str"><f><![CDATA[LEN("中&文")]]></f><v>3</v></c><c r="D1"><v>甲</v></c>' +
        '<c r="E1" t="str"><f>"a"&amp;"—"</f><v>a&amp;—&#x4E2D;</v></c></row>',
    );
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(xml)]);
    const { zipSync } = jest.requireActual<typeof import('fflate')>('fflate');
    const { buildXlsxEntries } = jest.requireActual<typeof import('../../../../../tests/fixtures/bad/xlsxParts')>(
      '../../../../../tests/fixtures/bad/xlsxParts',
    );
    for (const sheetBytes of [new TextEncoder().encode(xml), bom]) {
      const files = buildXlsxEntries({ sheets: [{ name: 'S', xml: '' }] });
      files['xl/worksheets/sheet1.xml'] = sheetBytes;
      const s = readWorkbook(zipSync(files)).sheets[0];
      expect(s.grid).toEqual([['未选择完成状态；', '依法 行政 😀', '3', '甲', 'a&—中']]);
      expect(s.formulas.get('A1')).toEqual({ formula: 'IF(B1="","未选择完成状态；","")', cached: true });
      expect(leanCell(s, 'C1')?.f).toBe('LEN("中&文")');
      expect(leanCell(s, 'E1')).toEqual({ v: 'a&—中', t: 'str', f: '"a"&"—"', cached: true });
    }
  });

  test('formula text decoded on first use still crosses a worker boundary (structured clone)', () => {
    const s = sheetOf('<row r="1"><c r="A1"><f>SUM(&quot;合计&quot;)</f><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>2</v></c></row><row r="2"><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>');
    const copy = structuredClone(s);
    expect(copy.formulas.get('A1')).toEqual({ formula: 'SUM("合计")', cached: true });
    expect(copy.cells.get('B2')).toEqual({ v: 4, t: 'n', f: 'A1*2', cached: true, sharedFrom: 'B1' });
    expect(Object.getOwnPropertyDescriptor(copy.formulas.get('A1'), 'formula')?.value).toBe('SUM("合计")');
  });

  test('rows split across inflate chunks are read whole (large sheet through the streaming path)', () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>第${i + 1}行 &amp; 中文内容${'甲乙丙'.repeat(i % 17)}</t></is></c><c r="B${i + 1}"><v>${i * 1.25}</v></c></row>`,
    ).join('');
    const s = sheetOf(rows);
    expect(s.rows).toBe(3000);
    expect(s.grid[2999]).toEqual([`第3000行 & 中文内容${'甲乙丙'.repeat(2999 % 17)}`, 2999 * 1.25]);
    expect(leanValue(s, 'B1001')).toBe(1250);
  });
});
