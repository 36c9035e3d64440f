/**
 * Native Excel charts (DrawingML, ECMA-376 Part 1 §21.2) for the .xlsx writer: a sheet plan's
 * `charts` become one drawing part per sheet and one chart part per chart, with the relationships
 * and content types that tie them in. Series read cell ranges of the workbook (so a chart follows
 * its sheet) and carry cached values (so a viewer that does not calculate still draws them).
 * Excel, WPS, LibreOffice and openpyxl read these parts.
 */
import { strToU8 } from 'fflate';
import type { ChartPlan, ChartSeriesPlan, SheetPlan } from '../sheet/plan';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** The chart's font: the sheets' own (宋体) in its Latin, East Asian and complex-script slots. */
const FONT = '宋体';

/** The relationship id a worksheet uses for its drawing (the sheets have no other relationships). */
export const DRAWING_REL_ID = 'rIdDrawing1';

function esc(s: string): string {
  // eslint-disable-next-line no-control-regex -- characters XML cannot carry are dropped
  const out = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  return out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const num = (v: number) => (Number.isFinite(v) ? String(v) : '');

function font(size: number, bold = false, color?: string): string {
  return `<a:defRPr sz="${Math.round(size * 100)}" b="${bold ? 1 : 0}">${color ? `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>` : ''}<a:latin typeface="${FONT}"/><a:ea typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:defRPr>`;
}

const txPr = (size: number, rotation = 0) =>
  `<c:txPr><a:bodyPr${rotation ? ` rot="${rotation * 60000}" vert="horz"` : ''}/><a:lstStyle/><a:p><a:pPr>${font(size)}</a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;

function richTitle(text: string, size: number): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${font(size, true)}</a:pPr><a:r><a:rPr lang="zh-CN" sz="${size * 100}" b="1"><a:latin typeface="${FONT}"/><a:ea typeface="${FONT}"/></a:rPr><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

function categoryXml(chart: ChartPlan): string {
  const pts = chart.categories.cache.map((c, i) => `<c:pt idx="${i}"><c:v>${esc(c)}</c:v></c:pt>`).join('');
  return `<c:cat><c:strRef><c:f>${esc(chart.categories.ref)}</c:f><c:strCache><c:ptCount val="${chart.categories.cache.length}"/>${pts}</c:strCache></c:strRef></c:cat>`;
}

function valuesXml(s: ChartSeriesPlan, format: string): string {
  const pts = s.cache
    .map((v, i) => (v === null || !Number.isFinite(v) ? '' : `<c:pt idx="${i}"><c:v>${num(v)}</c:v></c:pt>`))
    .join('');
  return `<c:val><c:numRef><c:f>${esc(s.ref)}</c:f><c:numCache><c:formatCode>${esc(format)}</c:formatCode><c:ptCount val="${s.cache.length}"/>${pts}</c:numCache></c:numRef></c:val>`;
}

function lineProps(s: ChartSeriesPlan): string {
  const dash = s.dash ? `<a:prstDash val="${s.dash}"/>` : '';
  return `<c:spPr><a:ln w="${Math.round((s.width ?? 2) * 12700)}" cap="rnd"><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill>${dash}<a:round/></a:ln></c:spPr>`;
}

function barSeries(chart: ChartPlan, s: ChartSeriesPlan, i: number): string {
  const labels = s.labels
    ? `<c:dLbls><c:numFmt formatCode="${esc(chart.valueFormat)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr(8)}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
    : '';
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    labels +
    categoryXml(chart) +
    valuesXml(s, chart.valueFormat) +
    '</c:ser>'
  );
}

function lineSeries(chart: ChartPlan, s: ChartSeriesPlan, i: number): string {
  const marker = s.marker ? `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr></c:marker>` : '<c:marker><c:symbol val="none"/></c:marker>';
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
    lineProps(s) +
    marker +
    categoryXml(chart) +
    valuesXml(s, chart.valueFormat) +
    '<c:smooth val="0"/></c:ser>'
  );
}

const CAT_AX = 500100;
const VAL_AX = 500200;

/** The chart part (xl/charts/chartN.xml) of one chart plan. */
export function chartXml(chart: ChartPlan): string {
  const bars = chart.series.filter((s) => s.type === 'bar');
  const lines = chart.series.filter((s) => s.type === 'line');
  let index = 0;
  const axes = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const barXml = bars.length
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars.map((s) => barSeries(chart, s, index++)).join('')}<c:gapWidth val="50"/>${axes}</c:barChart>`
    : '';
  const lineXml = lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map((s) => lineSeries(chart, s, index++)).join('')}<c:marker val="1"/>${axes}</c:lineChart>`
    : '';
  const y = chart.valueAxis;
  const scaling = `<c:scaling><c:orientation val="${y.reverse ? 'maxMin' : 'minMax'}"/>${y.max !== undefined ? `<c:max val="${y.max}"/>` : ''}${y.min !== undefined ? `<c:min val="${y.min}"/>` : ''}</c:scaling>`;
  const axisTitle = (text: string | undefined, rot = 0) =>
    text
      ? `<c:title><c:tx><c:rich><a:bodyPr${rot ? ` rot="${rot * 60000}" vert="horz"` : ''}/><a:lstStyle/><a:p><a:pPr>${font(9)}</a:pPr><a:r><a:rPr lang="zh-CN" sz="900" b="0"/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
      : '';
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${y.reverse ? 't' : 'b'}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="${y.reverse ? 'high' : 'nextTo'}"/>` +
    `${txPr(9, chart.categoryLabelRotation ?? 0)}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/>${scaling}<c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>${axisTitle(y.title, -90)}` +
    `<c:numFmt formatCode="${esc(y.format ?? chart.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr(9)}` +
    `<c:crossAx val="${CAT_AX}"/><c:crosses val="${y.reverse ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/>${y.majorUnit ? `<c:majorUnit val="${y.majorUnit}"/>` : ''}</c:valAx>`;
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${richTitle(chart.title, 12)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${barXml}${lineXml}${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${txPr(9)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>` +
    `${txPr(9)}</c:chartSpace>`
  );
}

function anchorXml(chart: ChartPlan, i: number): string {
  const { from, to } = chart.anchor;
  const cell = (tag: string, c: { col: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${c.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${cell('from', from)}${cell('to', to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

export interface ChartParts {
  /** Package parts to add, by path. */
  files: Record<string, Uint8Array>;
  /** `<Override …/>` entries for [Content_Types].xml. */
  contentTypes: string;
}

/**
 * The drawing and chart parts of every sheet with charts (`sheets[i]` is `xl/worksheets/sheet{i+1}.xml`),
 * including each such sheet's relationship to its drawing (id {@link DRAWING_REL_ID}).
 */
export function chartParts(sheets: readonly SheetPlan[]): ChartParts {
  const files: Record<string, Uint8Array> = {};
  const types: string[] = [];
  let drawingNo = 0;
  let chartNo = 0;
  sheets.forEach((sheet, i) => {
    if (!sheet.charts?.length) return;
    drawingNo++;
    files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = strToU8(
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"><Relationship Id="${DRAWING_REL_ID}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`,
    );
    const rels: string[] = [];
    sheet.charts.forEach((chart, k) => {
      chartNo++;
      files[`xl/charts/chart${chartNo}.xml`] = strToU8(chartXml(chart));
      types.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/>`);
      rels.push(`<Relationship Id="rId${k + 1}" Type="${REL_CHART}" Target="../charts/chart${chartNo}.xml"/>`);
    });
    files[`xl/drawings/drawing${drawingNo}.xml`] = strToU8(
      `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${sheet.charts.map(anchorXml).join('')}</xdr:wsDr>`,
    );
    files[`xl/drawings/_rels/drawing${drawingNo}.xml.rels`] = strToU8(`${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${rels.join('')}</Relationships>`);
    types.push(`<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${CT_DRAWING}"/>`);
  });
  return { files, contentTypes: types.join('') };
}
