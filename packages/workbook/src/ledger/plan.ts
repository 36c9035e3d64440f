import {
  DEFAULT_OFFICE_CONTACT,
  excelSerial,
  LEDGER_STATUSES,
  dueIndicators,
  ledgerDueDate,
  monthEnd,
  monthLabel,
  type Indicator,
  type IndicatorTemplate,
  type LedgerHeader,
  type LedgerRow,
  type RectificationItem,
  type RectificationReport,
  type OfficeContact,
  type ScoringSettings,
  type Unit,
} from '@ledger-review/scoring';
import { address, columnLetter, sheetRef } from '../xlsx/a1';
import { dateRule, listRule, text, type CellPlan, type SheetPlan, type WorkbookPlan } from '../sheet/plan';
import {
  CARRY_SHEET,
  LEDGER_COLUMNS,
  LEDGER_FIRST_DATA_ROW,
  LEDGER_GUIDE_SHEET,
  LEDGER_HEADER,
  LEDGER_INFO,
  LEDGER_NOTE_ROW,
  LEDGER_SHEET,
  LEDGER_TABLE_HEADER_ROW,
  MARKS_SHEET,
  MARK_ERROR,
  MARK_WARNING,
  SELF_CHECK,
  ledgerColumn,
} from './layout';
import { rowSelfCheckFormula, selfCheckFormats, selfCheckHeaderCells } from './selfCheck';
import { LEDGER_KIND, META_KEYS, TOOL_NAME, metaSheet } from '../sheet/meta';
import { REPORT_GUIDE_LINE, rectificationReportSheet } from '../rectification/ledgerSheet';

export interface LedgerPlanInput {
  template: IndicatorTemplate;
  unit: Unit;
  month: string;
  settings: ScoringSettings;
  /** Fingerprint of the indicator set (templateFingerprint), recorded in the metadata. */
  fingerprint: string;
  /**
   * Carry-forward (沿用上月): last month's rows and header, to edit rather than retype. A
   * `filledDate` in the header is written too (omit it when carrying forward).
   */
  carry?: { header: Partial<LedgerHeader>; rows: readonly LedgerRow[] };
  /**
   * The carried rows are last month's (沿用上月, not values being filled in for a unit): keep a
   * hidden copy, mark each carried cell light blue until it is edited, and say so in the 填报说明.
   */
  markCarried?: boolean;
  /**
   * The ledger checks itself with formulas (自检, ledger/selfCheck.ts); on unless switched off
   * (the bench compares with the ledger without it).
   */
  selfCheck?: boolean;
  /**
   * The unit's open 整改 items, for its 整改情况 sheet (none: no sheet), and what its previous
   * ledger reported on them (carried forward).
   */
  rectification?: { items: readonly RectificationItem[]; reports?: readonly RectificationReport[] };
  /** Whom to send it to and call (文书设置); the work plan's 创建专班 contact when absent. */
  office?: OfficeContact;
}

/** Target shown in the ledger, e.g. `100%`. */
export function targetText(indicator: Indicator): string {
  return indicator.target ? `${indicator.target.value}${indicator.target.unit}` : '';
}

function areaName(template: IndicatorTemplate, indicator: Indicator): string {
  return template.areas.find((a) => a.no === indicator.area)?.name ?? String(indicator.area);
}

function rowCells(template: IndicatorTemplate, indicator: Indicator, carried: LedgerRow | undefined): CellPlan[] {
  const input = (value: string | number | null | undefined, numFmt = '@'): CellPlan => ({
    value: value ?? null,
    numFmt,
    style: 'input',
    unlocked: true,
    wrap: numFmt === '@',
  });
  return LEDGER_COLUMNS.map((c): CellPlan => {
    switch (c.field) {
      case 'code':
        return text(indicator.code, 'locked');
      case 'area':
        return text(`${indicator.area}. ${areaName(template, indicator)}`, 'locked');
      case 'text':
        return text(indicator.text, 'locked', { wrap: true });
      case 'points':
        return { value: indicator.points, numFmt: '0.0', style: 'locked' };
      case 'target':
        return text(targetText(indicator), 'locked');
      case 'workDone':
        return input(carried?.workDone);
      case 'status':
        return input(carried?.status ?? null);
      case 'progress':
        return input(carried?.progress ?? null, '0');
      case 'actual':
        return input(carried?.actual ?? null, 'General');
      case 'evidence':
        return input(carried?.evidence);
      case 'selfScore':
        return input(carried?.selfScore ?? null, '0.0');
      case 'problems':
        return input(carried?.problems);
      case 'nextSteps':
        return input(carried?.nextSteps);
      case 'remarks':
        return input(carried?.remarks);
    }
  });
}

/** The first line of the 填报说明: when, and to whom (the office's contact, a setting). */
function deliveryLine(settings: ScoringSettings, office: OfficeContact): string {
  const contact = [office.name ? `联系人：${office.name}` : '', office.phone ? `电话：${office.phone}` : '', office.email ? `邮箱：${office.email}` : '']
    .filter(Boolean)
    .join('，');
  return `1. 本台账按月填报，每月 ${settings.ledgerDueDay} 日前（含当日）将上月台账报送${office.office || DEFAULT_OFFICE_CONTACT.office}${contact ? `（${contact}）` : ''}。`;
}

const CARRY_GUIDE_LINE =
  '本台账沿用上月内容预填：浅蓝色单元格是沿用的上月内容，修改后浅蓝色自动消失。没有变化的工作可以原样沿用；“本月工作完成情况”请按本月实际改写，仍写着“本月”“上月”或以前月份、日期（如“6月底前”“本月办件2227件”）的沿用内容，校验时会提醒。';

const GUIDE_LINES = [
  '填报说明',
  '2. 灰色单元格（指标编号、检查内容、指标内容、分值、目标值）由模板预置并已锁定，请勿修改；白色单元格由本单位填写。',
  '3. 完成状态请从下拉列表选择：未启动、推进中、已完成、常态化、不适用。“不适用”仅限模板允许的指标，并须在“备注”中写明情况说明。',
  '4. 完成进度填 0–100 的整数；“已完成”的指标进度应为 100，且须列明佐证材料；“未启动”的指标进度应为 0。',
  '5. 状态不是“未启动”时，须填写“本月工作完成情况”。',
  '6. 自评分不得为负、不得超过该指标分值，最小单位 0.5 分。有目标值的指标请填写实际值（如报备率填 100）。',
  '7. 表头的填报人、联系电话、填报日期、审核人须填写完整；填报日期不得早于报告月份的最后一天。',
  '8. 请勿重命名、删除或调整工作表和列；隐藏的“元数据”工作表用于识别本台账，请勿删除。',
  '9. 使用 Excel 加载项“台账点评”时，可随时点击“校验台账”查看问题清单；未安装加载项时，下拉列表和数值范围校验同样有效。',
];

const SELF_CHECK_GUIDE_LINE =
  '10. 本表自带自检：表格右侧的“自检提示”列写出每行的问题，有问题的单元格显示为红色（提醒为黄色），表头“自检”处显示“本表尚有 N 处需修改”或“自检通过，可以报送”。在 WPS、Excel 和 LibreOffice 中都有效，不需要安装加载项；报送后以市法治办的校验结果为准。';

export function buildLedgerPlan(input: LedgerPlanInput): WorkbookPlan {
  const { template, unit, month, settings, carry } = input;
  const selfCheck = input.selfCheck !== false;
  // 填报频次: a quarterly, half-yearly or yearly indicator is in the ledgers of its due months only.
  const indicators = dueIndicators(template, unit, month, settings);
  const carriedByCode = new Map((carry?.rows ?? []).map((r) => [r.code, r]));
  const lastCol = LEDGER_COLUMNS.length;
  const lastColLetter = columnLetter(lastCol);
  const rows: (CellPlan | null)[][] = [];
  const put = (row: number, col: number, cell: CellPlan) => {
    while (rows.length < row) rows.push([]);
    const r = rows[row - 1];
    while (r.length < col) r.push(null);
    r[col - 1] = cell;
  };

  put(1, 1, text(`${unit.name} ${monthLabel(month)} 法治政府建设示范市创建工作台账`, 'title'));
  const headerValues: Record<string, CellPlan> = {
    unitName: text(unit.name, 'locked'),
    month: text(month, 'locked'),
    filler: text(carry?.header.filler ?? '', 'input', { unlocked: true }),
    phone: text(carry?.header.phone ?? '', 'input', { unlocked: true }),
    // Carry-forward leaves the date blank; a pre-filled date (demo data, re-issued files) is a real Excel date.
    filledDate: {
      value: carry?.header.filledDate ? excelSerial(carry.header.filledDate) : null,
      numFmt: 'yyyy-mm-dd',
      style: 'input',
      unlocked: true,
    },
    reviewer: text(carry?.header.reviewer ?? '', 'input', { unlocked: true }),
  };
  for (const h of LEDGER_HEADER) {
    put(h.row, h.col, text(h.label, 'label'));
    put(h.row, h.col + 1, headerValues[h.field]);
  }
  const due = ledgerDueDate(month, settings);
  put(LEDGER_INFO.dueLabel.row, LEDGER_INFO.dueLabel.col, text(LEDGER_INFO.dueLabel.label, 'label'));
  put(LEDGER_INFO.dueLabel.row, LEDGER_INFO.dueLabel.col + 1, text(due, 'locked'));
  put(LEDGER_INFO.versionLabel.row, LEDGER_INFO.versionLabel.col, text(LEDGER_INFO.versionLabel.label, 'label'));
  put(LEDGER_INFO.versionLabel.row, LEDGER_INFO.versionLabel.col + 1, text(template.version, 'locked'));
  put(
    LEDGER_NOTE_ROW,
    1,
    text('灰色列为指标信息（已锁定）；白色列由本单位填写。完成状态请从下拉列表选择。详见“填报说明”工作表。', 'note'),
  );
  LEDGER_COLUMNS.forEach((c, i) => put(LEDGER_TABLE_HEADER_ROW, i + 1, text(c.label, 'header')));
  indicators.forEach((indicator, i) => {
    rowCells(template, indicator, carriedByCode.get(indicator.code)).forEach((cell, c) =>
      put(LEDGER_FIRST_DATA_ROW + i, c + 1, cell),
    );
  });
  if (selfCheck && indicators.length) {
    const lastRow = LEDGER_FIRST_DATA_ROW + indicators.length - 1;
    put(LEDGER_TABLE_HEADER_ROW, SELF_CHECK.column, text(SELF_CHECK.columnLabel, 'header'));
    indicators.forEach((indicator, i) => {
      const row = LEDGER_FIRST_DATA_ROW + i;
      // Locked (the default) on the protected sheet: a unit cannot type over it.
      put(row, SELF_CHECK.column, { formula: rowSelfCheckFormula({ row, indicator, selfScoreStep: settings.selfScoreStep }), style: 'locked', wrap: true });
    });
    for (const { row, col, cell } of selfCheckHeaderCells(LEDGER_FIRST_DATA_ROW, lastRow, {
      monthEndSerial: excelSerial(monthEnd(month)),
      monthEnd: monthEnd(month),
    }))
      put(row, col, cell);
  }

  const first = LEDGER_FIRST_DATA_ROW;
  const last = Math.max(first, first + indicators.length - 1);
  const col = (f: Parameters<typeof ledgerColumn>[0]) => columnLetter(ledgerColumn(f));
  const span = (f: Parameters<typeof ledgerColumn>[0]) => `${col(f)}${first}:${col(f)}${last}`;
  const filledDateCell = address(LEDGER_HEADER[4].row, LEDGER_HEADER[4].col + 1);
  const phoneCell = address(LEDGER_HEADER[3].row, LEDGER_HEADER[3].col + 1);

  const marksRange = `A2:${lastColLetter}${last}`;
  // 沿用上月: a copy of each carried value at its own cell; the cell is light blue while it still equals it.
  const carryRows: (CellPlan | null)[][] = [];
  indicators.forEach((indicator, i) => {
    const r = input.markCarried ? carriedByCode.get(indicator.code) : undefined;
    if (!r) return;
    const row = LEDGER_FIRST_DATA_ROW + i;
    rowCells(template, indicator, r).forEach((cell, c) => {
      if (LEDGER_COLUMNS[c].locked || cell.value === null || cell.value === undefined || cell.value === '') return;
      while (carryRows.length < row) carryRows.push([]);
      const out = carryRows[row - 1];
      while (out.length < c + 1) out.push(null);
      out[c] = { value: cell.value, numFmt: cell.numFmt };
    });
  });
  const carried = carryRows.length > 0;
  const inputFirst = col(LEDGER_COLUMNS.find((c) => !c.locked)!.field);
  const carriedFormat = carried
    ? [{ range: `${inputFirst}${first}:${lastColLetter}${last}`, formula: `AND(LEN(${sheetRef(CARRY_SHEET, `${inputFirst}${first}`)})>0,${inputFirst}${first}=${sheetRef(CARRY_SHEET, `${inputFirst}${first}`)})`, style: 'carried' as const }]
    : [];
  const selfChecked = selfCheck && indicators.length > 0;
  const columns = LEDGER_COLUMNS.map((c, i) => ({ width: i === 0 ? Math.max(c.width, 10) : c.width }));
  if (selfChecked) columns.push({ width: SELF_CHECK.columnWidth });
  const merges = [`A1:${lastColLetter}1`, `A${LEDGER_NOTE_ROW}:${lastColLetter}${LEDGER_NOTE_ROW}`];
  if (selfChecked) {
    merges.push(`${address(SELF_CHECK.result.row, SELF_CHECK.result.col)}:${lastColLetter}${SELF_CHECK.result.row}`);
    merges.push(`${address(SELF_CHECK.header.row, SELF_CHECK.header.col)}:${lastColLetter}${SELF_CHECK.header.row}`);
  }
  const ledger: SheetPlan = {
    name: LEDGER_SHEET,
    rows,
    columns,
    merges,
    freeze: { rows: LEDGER_TABLE_HEADER_ROW, columns: 3 },
    protect: true,
    print: { landscape: true, titleRows: `${LEDGER_TABLE_HEADER_ROW}:${LEDGER_TABLE_HEADER_ROW}`, fitToWidth: true },
    validations: indicators.length
      ? [
          listRule(span('status'), LEDGER_STATUSES, '完成状态无效', {
            error: '请从下拉列表选择：未启动、推进中、已完成、常态化、不适用。',
            promptTitle: '完成状态',
            prompt: '请从下拉列表选择。',
          }),
          {
            range: span('progress'),
            kind: 'decimal',
            operator: 'between',
            min: 0,
            max: 100,
            allowBlank: true,
            errorTitle: '完成进度无效',
            error: '完成进度应为 0 到 100 之间的数字（不含 % 号）。',
          },
          {
            range: span('selfScore'),
            kind: 'decimal',
            operator: 'between',
            min: 0,
            // Relative to the range's top-left cell: each row is bounded by its own 分值.
            max: `$${col('points')}${first}`,
            allowBlank: true,
            errorTitle: '自评分无效',
            error: '自评分应在 0 到该指标分值之间，最小单位 0.5 分。',
          },
          {
            range: span('actual'),
            kind: 'decimal',
            operator: 'greaterThanOrEqual',
            min: 0,
            allowBlank: true,
            errorTitle: '实际值无效',
            error: '实际值应为不小于 0 的数字，如报备率 100% 填 100。',
          },
          dateRule(filledDateCell, '填报日期无效', `填报日期应为日期，且不早于 ${monthEnd(month)}（报告月份最后一天）。`, excelSerial(monthEnd(month))),
          {
            range: phoneCell,
            kind: 'textLength',
            operator: 'between',
            min: 7,
            max: 20,
            allowBlank: true,
            errorTitle: '联系电话无效',
            error: '请填写 7–20 位的联系电话，如 0393-6666679 或手机号。',
          },
        ]
      : [],
    conditionalFormats: selfChecked
      ? [
          // Marks written by the add-in's validation (校验标记): highlight without touching the cells.
          { range: marksRange, formula: `${sheetRef(MARKS_SHEET, 'A2')}="${MARK_ERROR}"`, style: 'bad' },
          { range: marksRange, formula: `${sheetRef(MARKS_SHEET, 'A2')}="${MARK_WARNING}"`, style: 'warn' },
          // The sheet's own verdict (自检): the same cells coloured from the helper column's text.
          ...selfCheckFormats(first, last),
          ...carriedFormat,
        ]
      : indicators.length
      ? [
          { range: marksRange, formula: `${sheetRef(MARKS_SHEET, 'A2')}="${MARK_ERROR}"`, style: 'bad' },
          { range: marksRange, formula: `${sheetRef(MARKS_SHEET, 'A2')}="${MARK_WARNING}"`, style: 'warn' },
          { range: span('progress'), formula: `AND($${col('status')}${first}="已完成",$${col('progress')}${first}<100)`, style: 'bad' },
          { range: span('progress'), formula: `AND($${col('status')}${first}="未启动",$${col('progress')}${first}>0)`, style: 'bad' },
          { range: span('selfScore'), formula: `$${col('selfScore')}${first}>$${col('points')}${first}`, style: 'bad' },
          {
            range: span('workDone'),
            formula: `AND($${col('status')}${first}<>"",$${col('status')}${first}<>"未启动",LEN(TRIM($${col('workDone')}${first}))=0)`,
            style: 'bad',
          },
          {
            range: span('evidence'),
            formula: `AND($${col('status')}${first}="已完成",LEN(TRIM($${col('evidence')}${first}))=0)`,
            style: 'bad',
          },
          ...carriedFormat,
        ]
      : [],
  };

  const items = input.rectification?.items ?? [];
  const guide: SheetPlan = {
    name: LEDGER_GUIDE_SHEET,
    rows: [
      GUIDE_LINES[0],
      deliveryLine(settings, input.office ?? DEFAULT_OFFICE_CONTACT),
      ...GUIDE_LINES.slice(1),
      ...(selfChecked ? [SELF_CHECK_GUIDE_LINE] : []),
      ...(carried ? [`${GUIDE_LINES.length + (selfChecked ? 2 : 1)}. ${CARRY_GUIDE_LINE}`] : []),
      ...(items.length ? [REPORT_GUIDE_LINE] : []),
    ].map((line, i) => [
      text(line, i === 0 ? 'subtitle' : 'note', { wrap: true }),
    ]),
    columns: [{ width: 110 }],
  };

  return {
    title: `${unit.name} ${monthLabel(month)} 工作台账`,
    sheets: [
      ledger,
      ...(items.length ? [rectificationReportSheet(items, month, input.rectification?.reports)] : []),
      guide,
      { name: MARKS_SHEET, state: 'veryHidden', rows: [] },
      ...(carried ? [{ name: CARRY_SHEET, state: 'veryHidden' as const, rows: carryRows }] : []),
      metaSheet({
        [META_KEYS.tool]: TOOL_NAME,
        [META_KEYS.kind]: LEDGER_KIND,
        [META_KEYS.templateVersion]: template.version,
        [META_KEYS.unitCode]: unit.code,
        [META_KEYS.unitName]: unit.name,
        [META_KEYS.month]: month,
        [META_KEYS.fingerprint]: input.fingerprint,
      }),
    ],
  };
}
