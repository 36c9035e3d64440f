/**
 * The .xlsx writer: renders sheet plans straight to SpreadsheetML and zips them with fflate.
 *
 * Why not ExcelJS: a quarter's review workbook holds ~600,000 cells; ExcelJS needs 10–12 s for it
 * on the 2-core machines here (its per-cell style model dominates), this writer well under a
 * second. The plan vocabulary is small (values, formulas, named styles, number formats,
 * validations, conditional formats, merges, panes, protection, print setup), so the XML is too.
 * A1 references and number formats come from a1.ts and numFmt.ts, which the reader uses too.
 * Tests read every output back with ExcelJS, openpyxl (pandas) and LibreOffice.
 *
 * Strings are always written as shared strings (t="s"): text never turns into a formula, whatever
 * it starts with. Formulas carry the cached result the plan gives (if any) and the workbook asks
 * for a full calculation on load, so Excel, WPS and LibreOffice show freshly computed results.
 */
import { strToU8 } from 'fflate';
import { zipParts } from './zipParts';
import { ByteSink } from './byteSink';
import { EXCEL_MAX_COLS, columnLetter, parseAddress, sheetRef } from './a1';
import { FIRST_CUSTOM_NUM_FMT_ID, portableBuiltinId } from './numFmt';
import { DRAWING_REL_ID, chartParts } from './chart';
import { BORDER_COLOR, FONT_NAME, HIGHLIGHT_LOOKS, STYLE_LOOKS } from '../sheet/styles';
import type { CellPlan, CellStyle, SheetPlan, ValidationPlan, WorkbookPlan } from '../sheet/plan';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// Characters XML 1.0 cannot carry (C0 controls other than tab/newline/CR, lone surrogates, FFFE/FFFF).
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function esc(s: string): string {
  let out = s.replace(INVALID_XML, '');
  if (/[&<>"]/.test(out)) out = out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return out;
}

/** Fonts, fills, borders and cell formats, deduplicated as cells ask for them. */
class StyleTable {
  private fonts: string[] = [`<font><sz val="11"/><name val="${FONT_NAME}"/><family val="2"/><charset val="134"/></font>`];
  private fills: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private borders: string[] = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private numFmts = new Map<string, number>();
  private xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  /** style → number format → [lock and wrap as 0–3] → cellXfs index: no key string built per cell. */
  private xfIndex = new Map<string, Map<string, number[]>>();
  private fontIndex = new Map<string, number>();
  private fillIndex = new Map<string, number>();
  private borderIndex = new Map<string, number>();

  private intern(list: string[], index: Map<string, number>, xml: string): number {
    let i = index.get(xml);
    if (i === undefined) {
      i = list.length;
      list.push(xml);
      index.set(xml, i);
    }
    return i;
  }

  private numFmtId(code: string | undefined): number {
    if (!code || code === 'General') return 0;
    const builtin = portableBuiltinId(code);
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_NUM_FMT_ID + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  /** The cellXfs index for a cell's style, number format, lock and wrap. */
  xf(style: CellStyle | undefined, numFmt: string | undefined, unlocked: boolean, wrap: boolean): number {
    let byFormat = this.xfIndex.get(style ?? '');
    if (!byFormat) this.xfIndex.set(style ?? '', (byFormat = new Map()));
    let ids = byFormat.get(numFmt ?? '');
    if (!ids) byFormat.set(numFmt ?? '', (ids = []));
    const slot = (unlocked ? 2 : 0) + (wrap ? 1 : 0);
    const known = ids[slot];
    if (known !== undefined) return known;
    const look = style ? STYLE_LOOKS[style] : undefined;
    let fontId = 0;
    let fillId = 0;
    let borderId = 0;
    if (look) {
      const f = look.font;
      fontId = this.intern(
        this.fonts,
        this.fontIndex,
        `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}<sz val="${f.size}"/>${f.color ? `<color rgb="${f.color}"/>` : ''}<name val="${FONT_NAME}"/><family val="2"/><charset val="134"/></font>`,
      );
      if (look.fill) {
        fillId = this.intern(
          this.fills,
          this.fillIndex,
          `<fill><patternFill patternType="solid"><fgColor rgb="${look.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
        );
      }
      if (look.border) {
        const side = (n: string) => `<${n} style="thin"><color rgb="${BORDER_COLOR}"/></${n}>`;
        borderId = this.intern(this.borders, this.borderIndex, `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`);
      }
    }
    const numFmtId = this.numFmtId(numFmt);
    const horizontal = look?.horizontal;
    const vertical = look?.vertical;
    const wrapText = wrap || look?.wrap;
    const alignment =
      horizontal || vertical || wrapText
        ? `<alignment${horizontal ? ` horizontal="${horizontal}"` : ''}${vertical ? ` vertical="${vertical}"` : ''}${wrapText ? ' wrapText="1"' : ''}/>`
        : '';
    const protection = unlocked ? '<protection locked="0"/>' : '';
    const xml =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}` +
      `${alignment ? ' applyAlignment="1"' : ''}${protection ? ' applyProtection="1"' : ''}` +
      (alignment || protection ? `>${alignment}${protection}</xf>` : '/>');
    const i = this.xfs.length;
    this.xfs.push(xml);
    ids[slot] = i;
    return i;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    const dxfs = (['bad', 'warn', 'good', 'carried'] as const).map(
      (k) =>
        `<dxf><font><color rgb="${HIGHLIGHT_LOOKS[k].font}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${HIGHLIGHT_LOOKS[k].fill}"/></patternFill></fill></dxf>`,
    );
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS_MAIN}">` +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
      `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join('')}</fills>` +
      `<borders count="${this.borders.length}">${this.borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${dxfs.length}">${dxfs.join('')}</dxfs>` +
      '</styleSheet>'
    );
  }
}

/** Index of a conditional-format style in the dxfs written by StyleTable.xml(). */
const DXF_ID = { bad: 0, warn: 1, good: 2, carried: 3 } as const;

class SharedStrings {
  private index = new Map<string, number>();
  private list: string[] = [];
  count = 0;

  id(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  xml(): string {
    const items = this.list.map((s) => {
      const space = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : '';
      return `<si><t${space}>${esc(s)}</t></si>`;
    });
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
  }
}

/**
 * A formula with its cached result (what the plan computed), so readers that do not calculate
 * (pandas, openpyxl, previewers) see numbers; `fullCalcOnLoad` still makes Excel, WPS and
 * LibreOffice recalculate. A text result is written inline (t="str"), as Excel does.
 */
function formulaBody(f: string, cached: CellPlan['cached']): string {
  if (typeof cached === 'number' && Number.isFinite(cached)) return `><f>${f}</f><v>${cached}</v>`;
  if (typeof cached === 'string') return ` t="str"><f>${f}</f><v>${esc(cached)}</v>`;
  if (typeof cached === 'boolean') return ` t="b"><f>${f}</f><v>${cached ? 1 : 0}</v>`;
  return `><f>${f}</f>`;
}

/**
 * One cell into the sheet data: nothing for an empty cell without a style. The style is asked
 * for first in every case, so cellXfs are numbered in the order cells ask for them.
 */
function writeCell(out: ByteSink, col: number, rowNo: number, cell: CellPlan, styles: StyleTable, strings: SharedStrings): boolean {
  const s = styles.xf(cell.style, cell.numFmt, !!cell.unlocked, !!cell.wrap);
  const v = cell.value;
  const empty = cell.formula === undefined && (v === null || v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v)));
  if (empty && !s) return false;
  out.text('<c r="');
  out.text(columnLetter(col));
  out.uint(rowNo);
  out.text('"');
  if (s) {
    out.text(' s="');
    out.uint(s);
    out.text('"');
  }
  if (cell.formula !== undefined) {
    out.text(formulaBody(esc(cell.formula), cell.cached));
    out.text('</c>');
  } else if (empty) {
    out.text('/>');
  } else if (typeof v === 'string') {
    out.text(' t="s"><v>');
    out.uint(strings.id(v));
    out.text('</v></c>');
  } else if (typeof v === 'boolean') {
    out.text(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
  } else {
    out.text('><v>');
    out.text(String(v));
    out.text('</v></c>');
  }
  return true;
}

const DEFAULT_COLUMN_WIDTH = 8.43;
/** Columns of width a line takes: CJK and full-width characters count two. */
function visualWidth(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair: counted with the first
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0xd800 && c <= 0xdbff)
        ? 2
        : 1;
  }
  return w;
}

/**
 * Height (points) a row needs for its wrapped text. LibreOffice and WPS do not re-fit row heights
 * when opening a file, so without this a long 指标内容 shows only its last line.
 */
function wrappedRowHeight(cells: (CellPlan | null)[], columns: SheetPlan['columns']): number | null {
  let best = 0;
  let lineHeight = 14.25;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell || typeof cell.value !== 'string' || !cell.value) continue;
    const look = cell.style ? STYLE_LOOKS[cell.style] : undefined;
    if (!cell.wrap && !look?.wrap) continue;
    const size = look?.font.size ?? 11;
    const capacity = Math.max(1, ((columns?.[c]?.width ?? DEFAULT_COLUMN_WIDTH) - 1) * (11 / size));
    let lines = 0;
    const value = cell.value;
    if (value.indexOf('\n') < 0) lines = Math.max(1, Math.ceil(visualWidth(value) / capacity));
    else for (const segment of value.split('\n')) lines += Math.max(1, Math.ceil(visualWidth(segment) / capacity));
    if (lines > best) {
      best = lines;
      lineHeight = size * 1.35;
    }
  }
  return best > 1 ? Math.min(409, Math.round((best * lineHeight + 3) * 4) / 4) : null;
}

function validationXml(v: ValidationPlan): string {
  const attrs = [
    `type="${v.kind}"`,
    v.kind !== 'list' && v.operator && v.operator !== 'between' ? `operator="${v.operator}"` : '',
    v.allowBlank ? 'allowBlank="1"' : '',
    v.prompt ? 'showInputMessage="1"' : '',
    'showErrorMessage="1"',
    `errorTitle="${esc(v.errorTitle)}"`,
    `error="${esc(v.error)}"`,
    v.promptTitle ? `promptTitle="${esc(v.promptTitle)}"` : '',
    v.prompt ? `prompt="${esc(v.prompt)}"` : '',
    `sqref="${v.range}"`,
  ]
    .filter(Boolean)
    .join(' ');
  let formulas: string;
  if (v.kind === 'list') formulas = `<formula1>${esc(v.listFormula ?? `"${(v.list ?? []).join(',')}"`)}</formula1>`;
  else {
    const bounds = [v.min, v.max].filter((b) => b !== undefined);
    formulas = bounds.map((b, i) => `<formula${i + 1}>${esc(String(b))}</formula${i + 1}>`).join('');
  }
  return `<dataValidation ${attrs}>${formulas}</dataValidation>`;
}

function sheetXml(plan: SheetPlan, index: number, styles: StyleTable, strings: SharedStrings): Uint8Array {
  const parts: string[] = [];
  let maxCol = 1;
  // As Excel does when merging, only a merge's top-left cell keeps its value (the others keep style).
  const covered = new Set<number>();
  for (const m of plan.merges ?? []) {
    const [a, b] = m.split(':');
    const from = parseAddress(a);
    const to = parseAddress(b ?? a);
    for (let r = from.row; r <= to.row; r++)
      for (let c = from.col; c <= to.col; c++) if (r !== from.row || c !== from.col) covered.add(r * EXCEL_MAX_COLS + c);
  }
  // The rows are most of a big sheet: written as bytes, between the head and tail strings.
  const rows = new ByteSink();
  plan.rows.forEach((cells, r) => {
    if (!cells || cells.length === 0) return;
    const rowNo = r + 1;
    const start = rows.length;
    const ht = wrappedRowHeight(cells, plan.columns);
    rows.text('<row r="');
    rows.uint(rowNo);
    rows.text(ht ? `" ht="${ht}" customHeight="1">` : '">');
    let wrote = false;
    for (let c = 0; c < cells.length; c++) {
      let cell = cells[c];
      if (!cell) continue;
      if (covered.size && covered.has(rowNo * EXCEL_MAX_COLS + c + 1)) cell = { ...cell, value: null, formula: undefined };
      if (writeCell(rows, c + 1, rowNo, cell, styles, strings)) {
        wrote = true;
        if (c + 1 > maxCol) maxCol = c + 1;
      }
    }
    if (wrote) rows.text('</row>');
    else rows.rewind(start);
  });
  const lastRow = Math.max(1, plan.rows.length);

  const sheetPr = [
    plan.tabColor ? `<tabColor rgb="${plan.tabColor}"/>` : '',
    plan.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '',
  ].join('');
  parts.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`);
  if (sheetPr) parts.push(`<sheetPr>${sheetPr}</sheetPr>`);
  parts.push(`<dimension ref="A1:${columnLetter(maxCol)}${lastRow}"/>`);
  const selected = index === 0 ? ' tabSelected="1"' : '';
  const f = plan.freeze;
  if (f && (f.rows > 0 || f.columns > 0)) {
    const pane = f.rows > 0 && f.columns > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
    const topLeft = `${columnLetter(f.columns + 1)}${f.rows + 1}`;
    parts.push(
      `<sheetViews><sheetView${selected} workbookViewId="0"><pane${f.columns ? ` xSplit="${f.columns}"` : ''}${f.rows ? ` ySplit="${f.rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`,
    );
  } else {
    parts.push(`<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`);
  }
  parts.push('<sheetFormatPr defaultRowHeight="14.25"/>');
  if (plan.columns?.length) {
    parts.push(
      `<cols>${plan.columns
        .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.hidden ? ' hidden="1"' : ''}/>`)
        .join('')}</cols>`,
    );
  }
  parts.push('<sheetData>');
  const headEnd = parts.length;
  if (plan.protect) {
    // Locked cells read-only; formatting columns/rows and filtering stay allowed ("0" = not protected).
    parts.push('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" autoFilter="0"/>');
  }
  if (plan.autoFilter) parts.push(`<autoFilter ref="${plan.autoFilter}"/>`);
  if (plan.merges?.length) parts.push(`<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
  let priority = 1;
  for (const cf of plan.conditionalFormats ?? []) {
    parts.push(
      `<conditionalFormatting sqref="${cf.range}"><cfRule type="expression" dxfId="${DXF_ID[cf.style]}" priority="${priority++}"><formula>${esc(cf.formula)}</formula></cfRule></conditionalFormatting>`,
    );
  }
  if (plan.validations?.length) {
    parts.push(`<dataValidations count="${plan.validations.length}">${plan.validations.map(validationXml).join('')}</dataValidations>`);
  }
  parts.push('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  if (plan.print) {
    parts.push(
      `<pageSetup paperSize="9" orientation="${plan.print.landscape ? 'landscape' : 'portrait'}"${plan.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`,
    );
  }
  if (plan.charts?.length) parts.push(`<drawing r:id="${DRAWING_REL_ID}"/>`);
  parts.push('</worksheet>');
  const head = parts.slice(0, headEnd).join('');
  const tail = `</sheetData>${parts.slice(headEnd).join('')}`;
  const out = new ByteSink(rows.length + 3 * (head.length + tail.length));
  out.text(head);
  out.append(rows.bytes());
  out.text(tail);
  return out.bytes();
}

/** Render a workbook plan to .xlsx bytes. Works in Node and in the browser. */
export async function renderWorkbook(plan: WorkbookPlan): Promise<Uint8Array> {
  return renderWorkbookSync(plan);
}

export function renderWorkbookSync(plan: WorkbookPlan): Uint8Array {
  if (!plan.sheets.length) throw new RangeError('工作簿至少需要一个工作表');
  const names = new Set<string>();
  for (const s of plan.sheets) {
    if (!s.name || s.name.length > 31 || /[\\/?*[\]:]/.test(s.name)) throw new RangeError(`工作表名称无效：${s.name}`);
    if (names.has(s.name)) throw new RangeError(`工作表名称重复：${s.name}`);
    names.add(s.name);
  }
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const files: Record<string, Uint8Array> = {};
  plan.sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet, i, styles, strings);
  });

  const definedNames: string[] = [];
  plan.sheets.forEach((sheet, i) => {
    if (sheet.print?.titleRows) {
      const [a, b] = sheet.print.titleRows.split(':');
      definedNames.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(sheetRef(sheet.name, `$${a}:$${b ?? a}`))}</definedName>`);
    }
    if (sheet.autoFilter) {
      const abs = sheet.autoFilter.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      definedNames.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${esc(sheetRef(sheet.name, abs))}</definedName>`);
    }
  });
  for (const dn of plan.definedNames ?? []) definedNames.push(`<definedName name="${esc(dn.name)}">${esc(dn.ref)}</definedName>`);

  const firstVisible = Math.max(0, plan.sheets.findIndex((s) => (s.state ?? 'visible') === 'visible'));
  const sheetsXml = plan.sheets
    .map((s, i) => {
      const state = s.state && s.state !== 'visible' ? ` state="${s.state}"` : '';
      return `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
    })
    .join('');
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/>` +
      `<bookViews><workbookView activeTab="${firstVisible}" firstSheet="${firstVisible}"/></bookViews><sheets>${sheetsXml}</sheets>` +
      (definedNames.length ? `<definedNames>${definedNames.join('')}</definedNames>` : '') +
      '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
  );
  const n = plan.sheets.length;
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">` +
      plan.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_BASE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${n + 1}" Type="${REL_BASE}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${REL_BASE}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
  );
  const charts = chartParts(plan.sheets);
  Object.assign(files, charts.files);
  files['xl/styles.xml'] = strToU8(styles.xml());
  files['xl/sharedStrings.xml'] = strToU8(strings.xml());
  files['docProps/core.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      (plan.title ? `<dc:title>${esc(plan.title)}</dc:title>` : '') +
      '<dc:creator>台账点评 Ledger Review</dc:creator></cp:coreProperties>',
  );
  files['docProps/app.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>',
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL_BASE}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${REL_BASE}/extended-properties" Target="docProps/app.xml"/>` +
      '</Relationships>',
  );
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      plan.sheets
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
        .join('') +
      charts.contentTypes +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '</Types>',
  );
  // [Content_Types].xml first, as Office writes it.
  const ordered: Record<string, Uint8Array> = { '[Content_Types].xml': files['[Content_Types].xml'] };
  for (const [k, v] of Object.entries(files)) if (k !== '[Content_Types].xml') ordered[k] = v;
  return zipParts(ordered);
}
