import { excelRound, monthLabel, quarterLabel, renderFinding, type UnitGroup } from '@ledger-review/scoring';
import { address, columnLetter, sheetRef } from '../xlsx/a1';
import { formula, listRule, type CellPlan, type SheetPlan, type ValidationPlan, type WorkbookPlan } from '../sheet/plan';
import { META_KEYS, TOOL_NAME, metaSheet } from '../sheet/meta';
import { CONFIRM_CHOICES, CONFIRM_LABEL, PROPOSAL_MARK } from '../review/layout';
import { GridBuilder, handCell, numberCell, text } from '../review/sheetKit';
import { YEAR_QUARTERS, streaksOf, type AnnualProposal, type AnnualRollup } from './rollup';

/** The kind in 元数据 of the annual roll-up workbook. */
export const ANNUAL_KIND = 'annual';
export const ANNUAL_META_KEYS = { year: '年度', quarters: '已汇总季度', missing: '缺少季度' } as const;

export const ANNUAL_SHEETS = {
  summary: '年度汇总',
  quarters: '季度数据',
  disqualify: '评先资格',
  civilized: '文明单位称号',
  ledgers: '缺报台账',
  notes: '汇总说明',
} as const;

/** Rows of every annual sheet: title, note, (quarter band), column header, data. */
export const ANNUAL_ROWS = { title: 1, note: 2, band: 4, header: 5, firstData: 6 } as const;

/** The columns of a quarter in 年度汇总 and in 季度数据. */
export const SUMMARY_QUARTER_COLUMNS = ['综合得分', '排名', '较上季度', '点评结果'] as const;
export const DATA_QUARTER_COLUMNS = ['分组', '检查得分率', '报送及时率', '填报质量', '综合得分', '排名', '上季度综合得分'] as const;
export const SUMMARY_YEAR_COLUMNS = [
  '年度平均综合得分',
  '年度排名',
  '经验介绍次数',
  '检查性发言次数',
  '最长连续检查性发言',
  '截至最近季度连续检查性发言',
  '通报批评次数',
  '未报送台账（月）',
  '逾期报送台账（月）',
] as const;
export const PROPOSAL_COLUMNS = ['序号', '分组', '单位编码', '单位名称', '原因', '各季度办公室确认', '性质', CONFIRM_LABEL] as const;

const LEAD = ['分组', '单位编码', '单位名称'] as const;
const decimalsFormat = (d: number) => (d > 0 ? `0.${'0'.repeat(Math.min(d, 10))}` : '0');
const header = (label: string): CellPlan => text(label, 'header', { wrap: true });
const blank = (): CellPlan => text('', 'locked');

/** What the office typed in an earlier annual workbook: 办公室确认 by sheet and unit code. */
export type AnnualHandTyped = Record<string, Record<string, string>>;

/**
 * The 年度汇总 workbook. Scores and ranks are formulas: 季度数据 recomputes each quarter's
 * composite from its rates with that quarter's weights (as 综合排名 does) and ranks it with
 * RANK.EQ in the group it had that quarter; 年度汇总 refers to those cells and adds 较上季度, the annual average
 * and the annual rank — each with the library's value cached for readers that do not calculate.
 */
export function buildAnnualPlan(rollup: AnnualRollup, handTyped: AnnualHandTyped = {}): WorkbookPlan {
  const data = quarterDataSheet(rollup);
  const sheets: SheetPlan[] = [
    summarySheet(rollup, data.refs),
    data.sheet,
    proposalSheet(rollup, 'disqualify', handTyped[ANNUAL_SHEETS.disqualify] ?? {}),
    proposalSheet(rollup, 'revokeCivilized', handTyped[ANNUAL_SHEETS.civilized] ?? {}),
    ledgerSheet(rollup),
    notesSheet(rollup),
    metaSheet({
      [META_KEYS.tool]: TOOL_NAME,
      [META_KEYS.kind]: ANNUAL_KIND,
      [ANNUAL_META_KEYS.year]: String(rollup.year),
      [ANNUAL_META_KEYS.quarters]: rollup.quarters.map((q) => q.quarter).join(','),
      [ANNUAL_META_KEYS.missing]: rollup.missing.join(','),
    }),
  ];
  return { sheets, title: `${rollup.year}年度汇总` };
}

function yearNote(rollup: AnnualRollup): string {
  const given = rollup.quarters.map((q) => quarterLabel(q.quarter)).join('、') || '无';
  const missing = rollup.missing.length
    ? `缺少${rollup.missing.map((q) => quarterLabel(q)).join('、')}的点评工作簿，相应列留空，年度平均综合得分按已有季度计算。`
    : '四个季度齐全。';
  return `汇总 ${rollup.year} 年已提供的季度点评：${given}。${missing}`;
}

interface DataRefs {
  /** Row of each unit (same in both sheets). */
  rowOf: Map<string, number>;
  /** Column of each present quarter's composite and rank in 季度数据. */
  compositeColumn: Map<string, number>;
  rankColumn: Map<string, number>;
  previousColumn: Map<string, number>;
}

/** Contiguous row blocks of each group (the units are 县区 then 市直). */
function groupBlocks(rollup: AnnualRollup): Map<UnitGroup, { from: number; to: number }> {
  const out = new Map<UnitGroup, { from: number; to: number }>();
  rollup.units.forEach((u, i) => {
    const r = ANNUAL_ROWS.firstData + i;
    const b = out.get(u.group);
    if (b) b.to = r;
    else out.set(u.group, { from: r, to: r });
  });
  return out;
}

function quarterDataSheet(rollup: AnnualRollup): { sheet: SheetPlan; refs: DataRefs } {
  const grid = new GridBuilder();
  const merges: string[] = [];
  const width = LEAD.length + rollup.quarters.length * DATA_QUARTER_COLUMNS.length;
  grid.put(ANNUAL_ROWS.title, 1, text(`${rollup.year}年各季度点评数据`, 'title'));
  merges.push(`A${ANNUAL_ROWS.title}:${columnLetter(Math.max(width, 3))}${ANNUAL_ROWS.title}`);
  grid.put(
    ANNUAL_ROWS.note,
    1,
    text(
      '各季度的检查得分率、报送及时率、填报质量取自该季度点评工作簿的“综合排名”；综合得分按该季度评分规则的权重和小数位重新计算，排名为该季度所在分组内的名次（同 RANK.EQ：1 + 同组综合得分更高的单位数），应与季度点评一致。上季度综合得分取自上一季度的列，该季度未汇总时取自本季度点评的“历次点评”。',
      'note',
      { wrap: true },
    ),
  );
  merges.push(`A${ANNUAL_ROWS.note}:${columnLetter(Math.max(width, 3))}${ANNUAL_ROWS.note}`);
  grid.putRow(ANNUAL_ROWS.header, LEAD.map(header));
  const refs: DataRefs = { rowOf: new Map(), compositeColumn: new Map(), rankColumn: new Map(), previousColumn: new Map() };
  rollup.units.forEach((u, i) => refs.rowOf.set(u.code, ANNUAL_ROWS.firstData + i));

  rollup.quarters.forEach((q, k) => {
    const c0 = LEAD.length + 1 + k * DATA_QUARTER_COLUMNS.length;
    grid.put(ANNUAL_ROWS.band, c0, text(`${quarterLabel(q.quarter)}（${q.file}）`, 'subtitle'));
    merges.push(`${columnLetter(c0)}${ANNUAL_ROWS.band}:${columnLetter(c0 + DATA_QUARTER_COLUMNS.length - 1)}${ANNUAL_ROWS.band}`);
    DATA_QUARTER_COLUMNS.forEach((label, j) => grid.put(ANNUAL_ROWS.header, c0 + j, header(label)));
    refs.compositeColumn.set(q.quarter, c0 + 4);
    refs.rankColumn.set(q.quarter, c0 + 5);
    refs.previousColumn.set(q.quarter, c0 + 6);
  });

  const fmt = (q: (typeof rollup.quarters)[number]) => decimalsFormat(q.compositeDecimals);
  const lastRow = ANNUAL_ROWS.firstData + rollup.units.length - 1;
  rollup.units.forEach((u) => {
    const r = refs.rowOf.get(u.code)!;
    grid.putRow(r, [text(u.group, 'locked'), text(u.code, 'locked'), text(u.name, 'locked')]);
    rollup.quarters.forEach((q, k) => {
      const c0 = LEAD.length + 1 + k * DATA_QUARTER_COLUMNS.length;
      const v = q.units.get(u.code);
      if (!v) {
        for (let j = 0; j < DATA_QUARTER_COLUMNS.length; j++) grid.put(r, c0 + j, blank());
        return;
      }
      const col = (j: number) => columnLetter(c0 + j);
      const all = (j: number) => `$${col(j)}$${ANNUAL_ROWS.firstData}:$${col(j)}$${lastRow}`;
      const w = q.weights;
      grid.put(r, c0, text(v.group, 'locked'));
      grid.put(r, c0 + 1, numberCell(v.inspectionRate, '0.00'));
      grid.put(r, c0 + 2, numberCell(v.timeliness, '0.00%'));
      grid.put(r, c0 + 3, numberCell(v.quality, '0.00%'));
      grid.put(
        r,
        c0 + 4,
        formula(
          `ROUND(${w.inspection}*${col(1)}${r}+${w.timeliness}*(${col(2)}${r}*100)+${w.quality}*(${col(3)}${r}*100),${q.compositeDecimals})`,
          fmt(q),
          'number',
          v.composite,
        ),
      );
      // RANK.EQ within the group the unit was ranked in that quarter: 1 + units of that group
      // with a greater composite (units absent that quarter have no group there).
      grid.put(
        r,
        c0 + 5,
        formula(`SUMPRODUCT((${all(0)}=${col(0)}${r})*(${all(4)}>${col(4)}${r}))+1`, '0', 'number', v.rank),
      );
      // The previous quarter's own column where the roll-up holds it, else what this review recorded.
      const prevCol = k > 0 && rollup.quarters[k - 1].quarter === previousOf(q.quarter) ? refs.compositeColumn.get(rollup.quarters[k - 1].quarter) : undefined;
      const prevValue = k > 0 ? rollup.quarters[k - 1].units.get(u.code)?.composite : undefined;
      if (prevCol !== undefined && prevValue !== undefined) {
        grid.put(r, c0 + 6, formula(`${columnLetter(prevCol)}${r}`, fmt(q), 'number', prevValue));
      } else {
        grid.put(r, c0 + 6, v.previous ? numberCell(v.previous.composite, fmt(q)) : blank());
      }
    });
  });
  const columns = [{ width: 7 }, { width: 10 }, { width: 24 }, ...rollup.quarters.flatMap(() => DATA_QUARTER_COLUMNS.map(() => ({ width: 10 })))];
  return {
    sheet: {
      name: ANNUAL_SHEETS.quarters,
      rows: grid.rows,
      columns,
      merges,
      freeze: { rows: ANNUAL_ROWS.header, columns: LEAD.length },
      print: { landscape: true, fitToWidth: true, titleRows: `${ANNUAL_ROWS.band}:${ANNUAL_ROWS.header}` },
    },
    refs,
  };
}

function previousOf(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

function summarySheet(rollup: AnnualRollup, refs: DataRefs): SheetPlan {
  const grid = new GridBuilder();
  const merges: string[] = [];
  const year = YEAR_QUARTERS(rollup.year);
  const present = new Map(rollup.quarters.map((q) => [q.quarter, q]));
  const latest = rollup.quarters[rollup.quarters.length - 1];
  const decimals = latest?.compositeDecimals ?? 2;
  const width = LEAD.length + year.length * SUMMARY_QUARTER_COLUMNS.length + SUMMARY_YEAR_COLUMNS.length;
  const last = columnLetter(width);
  grid.put(ANNUAL_ROWS.title, 1, text(`${rollup.year}年度法治政府建设示范创建台账点评汇总`, 'title'));
  merges.push(`A${ANNUAL_ROWS.title}:${last}${ANNUAL_ROWS.title}`);
  grid.put(
    ANNUAL_ROWS.note,
    1,
    text(
      `${yearNote(rollup)}综合得分、排名引用“季度数据”的公式；较上季度 = 本季度综合得分 − 上季度综合得分；点评结果为办公室确认后的名单（“拟提议”尚待确认）。连续次数按季度计，缺少的季度中断连续。`,
      'note',
      { wrap: true },
    ),
  );
  merges.push(`A${ANNUAL_ROWS.note}:${last}${ANNUAL_ROWS.note}`);
  grid.putRow(ANNUAL_ROWS.header, LEAD.map(header));
  const qc = (k: number, j: number) => LEAD.length + 1 + k * SUMMARY_QUARTER_COLUMNS.length + j;
  year.forEach((q, k) => {
    grid.put(ANNUAL_ROWS.band, qc(k, 0), text(present.has(q) ? quarterLabel(q) : `${quarterLabel(q)}（未提供）`, present.has(q) ? 'subtitle' : 'warn'));
    merges.push(`${columnLetter(qc(k, 0))}${ANNUAL_ROWS.band}:${columnLetter(qc(k, SUMMARY_QUARTER_COLUMNS.length - 1))}${ANNUAL_ROWS.band}`);
    SUMMARY_QUARTER_COLUMNS.forEach((label, j) => grid.put(ANNUAL_ROWS.header, qc(k, j), header(label)));
  });
  const y0 = LEAD.length + year.length * SUMMARY_QUARTER_COLUMNS.length + 1;
  grid.put(ANNUAL_ROWS.band, y0, text('全年', 'subtitle'));
  merges.push(`${columnLetter(y0)}${ANNUAL_ROWS.band}:${last}${ANNUAL_ROWS.band}`);
  SUMMARY_YEAR_COLUMNS.forEach((label, j) => grid.put(ANNUAL_ROWS.header, y0 + j, header(label)));

  const blocks = groupBlocks(rollup);
  const averages = new Map<string, number>();
  for (const u of rollup.units) {
    const got = rollup.quarters.map((q) => q.units.get(u.code)?.composite).filter((x): x is number => x !== undefined);
    if (got.length) averages.set(u.code, excelRound(got.reduce((s, x) => s + x, 0) / got.length, decimals));
  }
  const dataRef = (col: number, r: number) => sheetRef(ANNUAL_SHEETS.quarters, `$${columnLetter(col)}$${r}`);

  for (const u of rollup.units) {
    const r = refs.rowOf.get(u.code)!;
    grid.putRow(r, [text(u.group, 'locked'), text(u.code, 'locked'), text(u.name, 'locked')]);
    const compositeCells: string[] = [];
    year.forEach((q, k) => {
      const quarter = present.get(q);
      const v = quarter?.units.get(u.code);
      if (!quarter || !v) {
        for (let j = 0; j < SUMMARY_QUARTER_COLUMNS.length; j++) grid.put(r, qc(k, j), blank());
        return;
      }
      const fmt = decimalsFormat(quarter.compositeDecimals);
      const cc = address(r, qc(k, 0));
      compositeCells.push(cc);
      grid.put(r, qc(k, 0), formula(dataRef(refs.compositeColumn.get(q)!, r), fmt, 'number', v.composite));
      grid.put(r, qc(k, 1), formula(dataRef(refs.rankColumn.get(q)!, r), '0', 'number', v.rank));
      const k0 = rollup.quarters.indexOf(quarter);
      const prevValue =
        k0 > 0 && rollup.quarters[k0 - 1].quarter === previousOf(q) ? rollup.quarters[k0 - 1].units.get(u.code)?.composite : v.previous?.composite;
      const prev = dataRef(refs.previousColumn.get(q)!, r);
      grid.put(
        r,
        qc(k, 2),
        formula(
          `IF(ISNUMBER(${prev}),ROUND(${cc}-${prev},${quarter.compositeDecimals}),"")`,
          `+${fmt};-${fmt};0`,
          'number',
          prevValue === undefined ? '' : excelRound(v.composite - prevValue, quarter.compositeDecimals),
        ),
      );
      const outcomes = v.outcomes.map((o) => (o.pending ? `${o.label}（${PROPOSAL_MARK}）` : o.label)).join('、');
      grid.put(r, qc(k, 3), text(outcomes, v.outcomes.length ? 'warn' : 'locked', { wrap: true }));
    });
    const s = streaksOf(rollup, u.code);
    const avgCol = columnLetter(y0);
    const block = blocks.get(u.group)!;
    const average = averages.get(u.code);
    const rankCached = average === undefined ? '' : 1 + rollup.units.filter((x) => x.group === u.group && (averages.get(x.code) ?? -Infinity) > average).length;
    const yearCells: CellPlan[] = [
      compositeCells.length
        ? formula(`ROUND(AVERAGE(${compositeCells.join(',')}),${decimals})`, decimalsFormat(decimals), 'number', average ?? '')
        : blank(),
      compositeCells.length
        ? formula(`_xlfn.RANK.EQ(${avgCol}${r},$${avgCol}$${block.from}:$${avgCol}$${block.to},0)`, '0', 'number', rankCached)
        : blank(),
      numberCell(s.experiences, '0'),
      numberCell(s.statements, '0'),
      numberCell(s.longestStatementRun, '0'),
      numberCell(s.currentStatementRun, '0'),
      numberCell(s.criticisms, '0'),
      numberCell(s.missingLedgers, '0'),
      numberCell(s.lateLedgers, '0'),
    ];
    yearCells.forEach((c, j) => grid.put(r, y0 + j, c));
  }
  const columns = [
    { width: 7 },
    { width: 10 },
    { width: 24 },
    ...year.flatMap(() => [{ width: 9 }, { width: 6 }, { width: 9 }, { width: 22 }]),
    ...SUMMARY_YEAR_COLUMNS.map(() => ({ width: 11 })),
  ];
  const rows = ANNUAL_ROWS.firstData + rollup.units.length - 1;
  const conditionalFormats = [];
  if (rollup.units.length) {
    for (let k = 0; k < year.length; k++) {
      const col = columnLetter(qc(k, 2));
      const range = `${col}${ANNUAL_ROWS.firstData}:${col}${rows}`;
      conditionalFormats.push({ range, formula: `AND(ISNUMBER(${col}${ANNUAL_ROWS.firstData}),${col}${ANNUAL_ROWS.firstData}<0)`, style: 'bad' as const });
    }
  }
  return {
    name: ANNUAL_SHEETS.summary,
    rows: grid.rows,
    columns,
    merges,
    freeze: { rows: ANNUAL_ROWS.header, columns: LEAD.length },
    conditionalFormats,
    print: { landscape: true, fitToWidth: true, titleRows: `${ANNUAL_ROWS.band}:${ANNUAL_ROWS.header}` },
  };
}

const PROPOSAL_TITLE = {
  disqualify: { sheet: ANNUAL_SHEETS.disqualify, title: '取消年度综合考评评先资格（拟提议）' },
  revokeCivilized: { sheet: ANNUAL_SHEETS.civilized, title: '建议取消文明单位荣誉称号名单（拟提议）' },
} as const;

function proposalSheet(rollup: AnnualRollup, kind: AnnualProposal['kind'], typed: Record<string, string>): SheetPlan {
  const { sheet, title } = PROPOSAL_TITLE[kind];
  const grid = new GridBuilder();
  const merges: string[] = [];
  const last = columnLetter(PROPOSAL_COLUMNS.length);
  grid.put(ANNUAL_ROWS.title, 1, text(`${rollup.year}年${title}`, 'title'));
  merges.push(`A${ANNUAL_ROWS.title}:${last}${ANNUAL_ROWS.title}`);
  const refused = rollup.refused.filter((p) => p.kind === kind);
  grid.put(
    ANNUAL_ROWS.note,
    1,
    text(
      `由各季度点评中未被办公室否决的提议汇总而成，原因逐季列出。须经办公室在“${CONFIRM_LABEL}”列选择“同意”后方可执行；重新生成时按单位保留。` +
        (refused.length ? `各季度均被办公室否决、未再列入的单位：${refused.map((p) => p.unitName).join('、')}。` : '') +
        (rollup.missing.length ? `缺少${rollup.missing.map(quarterLabel).join('、')}的点评，名单可能不完整。` : ''),
      'note',
      { wrap: true },
    ),
  );
  merges.push(`A${ANNUAL_ROWS.note}:${last}${ANNUAL_ROWS.note}`);
  grid.putRow(ANNUAL_ROWS.header, PROPOSAL_COLUMNS.map(header));
  const list = rollup.proposals.filter((p) => p.kind === kind);
  list.forEach((p, i) => {
    const r = ANNUAL_ROWS.firstData + i;
    grid.putRow(r, [
      numberCell(i + 1, '0'),
      text(p.group, 'locked'),
      text(p.unitCode, 'locked'),
      text(p.unitName, 'locked'),
      text(p.reasons.join('\n'), 'locked', { wrap: true }),
      text(p.confirmations.join('\n'), 'locked', { wrap: true }),
      text(PROPOSAL_MARK, 'warn'),
      handCell((CONFIRM_CHOICES as readonly string[]).includes(typed[p.unitCode] ?? '') ? typed[p.unitCode] : CONFIRM_CHOICES[0]),
    ]);
  });
  if (!list.length) grid.put(ANNUAL_ROWS.firstData, 1, text('（无）', 'note'));
  const validations: ValidationPlan[] = list.length
    ? [
        listRule(`${last}${ANNUAL_ROWS.firstData}:${last}${ANNUAL_ROWS.firstData + list.length - 1}`, CONFIRM_CHOICES, CONFIRM_LABEL, {
          allowBlank: false,
          prompt: '同意后执行；不同意则不执行。',
        }),
      ]
    : [];
  return {
    name: sheet,
    rows: grid.rows,
    columns: [{ width: 6 }, { width: 7 }, { width: 10 }, { width: 24 }, { width: 60 }, { width: 26 }, { width: 8 }, { width: 11 }],
    merges,
    validations,
    freeze: { rows: ANNUAL_ROWS.header, columns: 0 },
    print: { landscape: true, fitToWidth: true, titleRows: `${ANNUAL_ROWS.header}:${ANNUAL_ROWS.header}` },
  };
}

function ledgerSheet(rollup: AnnualRollup): SheetPlan {
  const grid = new GridBuilder();
  const merges: string[] = [];
  const cols = ['序号', '分组', '单位编码', '单位名称', '未报送月份', '未报送（月）', '逾期报送'] as const;
  const last = columnLetter(cols.length);
  grid.put(ANNUAL_ROWS.title, 1, text(`${rollup.year}年台账缺报情况`, 'title'));
  merges.push(`A${ANNUAL_ROWS.title}:${last}${ANNUAL_ROWS.title}`);
  grid.put(
    ANNUAL_ROWS.note,
    1,
    text(
      `按各季度点评的“报送情况”汇总全年未报送和逾期报送的台账。${rollup.missing.length ? `缺少${rollup.missing.map(quarterLabel).join('、')}的点评，其月份未计入。` : ''}`,
      'note',
      { wrap: true },
    ),
  );
  merges.push(`A${ANNUAL_ROWS.note}:${last}${ANNUAL_ROWS.note}`);
  grid.putRow(ANNUAL_ROWS.header, cols.map(header));
  let r = ANNUAL_ROWS.firstData;
  for (const u of rollup.units) {
    const missing = rollup.quarters.flatMap((q) => q.units.get(u.code)?.missingMonths ?? []);
    const late = rollup.quarters.flatMap((q) => q.units.get(u.code)?.lateMonths ?? []);
    if (!missing.length && !late.length) continue;
    grid.putRow(r, [
      numberCell(r - ANNUAL_ROWS.firstData + 1, '0'),
      text(u.group, 'locked'),
      text(u.code, 'locked'),
      text(u.name, 'locked'),
      text(missing.map(monthLabel).join('、'), missing.length ? 'bad' : 'locked', { wrap: true }),
      numberCell(missing.length, '0'),
      text(late.join('、'), 'locked', { wrap: true }),
    ]);
    r++;
  }
  if (r === ANNUAL_ROWS.firstData) grid.put(r, 1, text('（全年无缺报、逾期台账）', 'note'));
  return {
    name: ANNUAL_SHEETS.ledgers,
    rows: grid.rows,
    columns: [{ width: 6 }, { width: 7 }, { width: 10 }, { width: 24 }, { width: 30 }, { width: 10 }, { width: 40 }],
    merges,
    freeze: { rows: ANNUAL_ROWS.header, columns: 0 },
    print: { landscape: true, fitToWidth: true },
  };
}

function notesSheet(rollup: AnnualRollup): SheetPlan {
  const grid = new GridBuilder();
  grid.put(1, 1, text(`${rollup.year}年度汇总说明`, 'title'));
  grid.put(2, 1, text(yearNote(rollup), 'note', { wrap: true }));
  grid.putRow(4, [header('季度'), header('点评工作簿')]);
  let r = 5;
  for (const q of YEAR_QUARTERS(rollup.year)) {
    const given = rollup.quarters.find((x) => x.quarter === q);
    grid.putRow(r++, [text(quarterLabel(q), 'locked'), given ? text(given.file, 'locked') : text('未提供', 'warn')]);
  }
  r++;
  grid.putRow(r++, [header('提示'), header('说明')]);
  for (const f of rollup.findings) grid.putRow(r++, [text(f.severity === 'warning' ? '警告' : '提示', f.severity === 'warning' ? 'warn' : 'locked'), text(renderFinding(f), 'locked', { wrap: true })]);
  if (!rollup.findings.length) grid.put(r, 1, text('（无）', 'note'));
  return { name: ANNUAL_SHEETS.notes, rows: grid.rows, columns: [{ width: 18 }, { width: 100 }], merges: ['A1:B1', 'A2:B2'] };
}
