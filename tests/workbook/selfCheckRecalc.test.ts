/**
 * The ledger that checks itself, against the product: ledgers are filled with planted problems
 * by openpyxl (a foreign writer, as a unit's spreadsheet program would), recalculated by
 * LibreOffice (a real engine that computes the 自检 formulas; one soffice call for all files),
 * then every helper cell (自检提示), the header problems and the 自检 count are compared with the
 * library's validation of the same recalculated file, rule by rule.
 *
 * The contract (docs/rules.md, 台账表内自检): on rows whose values are written as the template
 * asks, the sheet names exactly the rules the product finds among those it checks; where the
 * product read a value only after normalising it (`８０`, `3分`, `完成`, a text date) or a cell
 * shows an error value, the sheet asks for that cell to be retyped and never passes the row.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_TEMPLATE,
  RULES,
  applicableIndicators,
  validateLedger,
  type Finding,
  type Indicator,
  type LedgerValidation,
  type RuleCode,
} from '@ledger-review/scoring';
import {
  LEDGER_FIRST_DATA_ROW,
  LEDGER_SHEET,
  SELF_CHECK,
  SELF_CHECK_ERROR_END,
  SELF_CHECK_MESSAGES,
  SELF_CHECK_PASSED,
  SELF_CHECK_WARNING_START,
  address,
  cellAt,
  columnLetter,
  ledgerColumn,
  readGrids,
  readLedgerSheets,
  type GridSheet,
} from '@ledger-review/workbook';
import { defaultReviewContext as defaultContext } from '@ledger-review/workbook';
import { tempDir } from '../fixtures/excel';
import { filledLedgerBytes, unitOf } from '../fixtures/ledgers';
import { recalculateWithLibreOffice } from '../helpers/libreoffice';
import { DEBIAN_PYTHON, describeWithTools } from '../helpers/tools';

/**
 * Every indicator reported monthly (an office's template may say so): the planted ledger then
 * carries all 39 rows, so every rule the sheet checks has rows to be planted in (填报频次 is
 * tested elsewhere; here the self-check is).
 */
const TEMPLATE = { ...DEFAULT_TEMPLATE, indicators: DEFAULT_TEMPLATE.indicators.map((i) => ({ ...i, frequency: '每月' as const })) };
const context = { ...defaultContext(), template: TEMPLATE };
type Field = Parameters<typeof ledgerColumn>[0];
type Plain = string | number | boolean | null;
/** A value planted by openpyxl; `{ error }` writes an Excel error value. */
type Planted = Plain | { error: string };

interface Edit {
  cell: string;
  value: Planted;
}
interface CorpusFile {
  name: string;
  unit: string;
  bytes: () => Promise<Uint8Array>;
  edits: Edit[];
}

const col = (field: Field) => columnLetter(ledgerColumn(field));
const HEADER_CELLS = { filler: 'G2', phone: 'I2', filledDate: 'B3' } as const;

/** Rows of one ledger as planted edits: indicator code → field → value. */
function rowEdits(unit: string, plants: Array<[Indicator, Partial<Record<Field, Planted>>]>): Edit[] {
  const rows = new Map(applicableIndicators(TEMPLATE, unitOf(unit)).map((i, n) => [i.code, LEDGER_FIRST_DATA_ROW + n]));
  const out: Edit[] = [];
  for (const [indicator, fields] of plants) {
    const row = rows.get(indicator.code);
    if (row === undefined) throw new Error(`${indicator.code} is not in ${unit}'s ledger`);
    for (const [field, value] of Object.entries(fields)) out.push({ cell: `${col(field as Field)}${row}`, value: value as Planted });
  }
  return out;
}

/** Indicators of a unit picked by what a plant needs (distinct rows for distinct plants). */
function picker(unit: string) {
  const left = [...applicableIndicators(TEMPLATE, unitOf(unit))];
  // Plain plants take untargeted rows, leaving the few targeted ones for the 实际值 plants.
  return (want: (i: Indicator) => boolean = (i) => !i.target): Indicator => {
    const i = left.findIndex(want);
    if (i < 0) throw new Error(`no indicator left for a plant in ${unit}`);
    return left.splice(i, 1)[0];
  };
}

function corpus(): CorpusFile[] {
  const pick = picker('华龙区');
  const na = (i: Indicator) => i.allowNotApplicable;
  const notNa = (i: Indicator) => !i.allowNotApplicable;
  const targeted = (i: Indicator) => !!i.target;
  const roomy = (i: Indicator) => i.points >= 3 && !i.target;
  const rows: Array<[Indicator, Partial<Record<Field, Planted>>]> = [
    // Written as the template asks: the sheet must say exactly what the product says.
    [pick(), { status: null }],
    [pick(), { status: '完成了' }],
    [pick(), { status: '未启动|推进中' }],
    [pick(notNa), { status: '不适用', workDone: null, evidence: null }],
    [pick(na), { status: '不适用', remarks: null, workDone: null }],
    [pick(na), { status: '不适用', remarks: '本年度无此项工作', workDone: null, evidence: null }],
    [pick(), { progress: 'abc' }],
    [pick(), { progress: 150 }],
    [pick(), { progress: 100.5 }],
    [pick(), { status: '未启动', progress: 0.5, workDone: null, evidence: null }],
    [pick(), { progress: -5 }],
    [pick(), { progress: 90 }],
    [pick(), { evidence: null }],
    [pick(), { evidence: '\u3000 ' }],
    [pick(), { status: '未启动', progress: 30, workDone: null, evidence: null }],
    [pick(), { status: '推进中', progress: 60, workDone: null }],
    [pick(), { status: '常态化', progress: 100, workDone: ' \n ' }],
    [pick(), { selfScore: 'abc' }],
    [pick(), { selfScore: -1 }],
    [pick(roomy), { selfScore: 99 }],
    [pick(roomy), { selfScore: 1.3 }],
    [pick(roomy), { selfScore: 2.0000001 }],
    [pick(roomy), { selfScore: 2.5, status: '推进中', progress: 50 }],
    [pick(), { actual: 'abc' }],
    [pick(targeted), { actual: 95 }],
    [pick(targeted), { actual: 100 }],
    [pick(roomy), { progress: 50, evidence: null, selfScore: 7 }],
    [pick(), { progress: true }],
    [pick(), { status: '未启动', progress: 0, workDone: null, evidence: null, selfScore: 0 }],
    // Cells the product reads only after normalising, and an error value: the sheet asks to retype.
    [pick(), { progress: { error: '#N/A' } }],
    [pick(), { status: '推进中', progress: '８０' }],
    [pick(), { selfScore: '1分' }],
    [pick(), { status: '完成', evidence: null }],
    [pick(), { progress: '80', status: '推进中' }],
    [pick(), { status: '已完成 ' }],
  ];
  const pickJ = picker('市司法局');
  const justice: Array<[Indicator, Partial<Record<Field, Planted>>]> = [
    [pickJ(na), { status: '不适用', remarks: '  ', workDone: null, evidence: null }],
    [pickJ(targeted), { actual: 99.5, progress: 100 }],
    [pickJ(), { status: '已完成', progress: 99, evidence: '', selfScore: 0.5 }],
    [pickJ(), { workDone: '\u200b', status: '推进中', progress: 10 }],
  ];
  const mainEdits = rowEdits('华龙区', rows);
  const filled = () => filledLedgerBytes({ template: TEMPLATE });
  return [
    { name: 'rows', unit: '华龙区', bytes: filled, edits: mainEdits },
    // A unit typing into the helper column and the 自检 cells (unprotected) changes nothing.
    {
      name: 'rows-helper-typed',
      unit: '华龙区',
      bytes: filled,
      edits: [
        ...mainEdits,
        { cell: `${columnLetter(SELF_CHECK.column)}${LEDGER_FIRST_DATA_ROW}`, value: '已完成' },
        { cell: `${columnLetter(SELF_CHECK.column)}${LEDGER_FIRST_DATA_ROW + 1}`, value: 100 },
        { cell: address(SELF_CHECK.result.row, SELF_CHECK.result.col), value: SELF_CHECK_PASSED },
        { cell: address(SELF_CHECK.header.row, SELF_CHECK.header.col), value: '' },
      ],
    },
    { name: 'justice', unit: '市司法局', bytes: () => filledLedgerBytes({ unit: '市司法局', template: TEMPLATE }), edits: rowEdits('市司法局', justice) },
    { name: 'valid', unit: '华龙区', bytes: filled, edits: [] },
    { name: 'issued', unit: '清丰县', bytes: () => filledLedgerBytes({ unit: '清丰县', template: TEMPLATE, blankRows: true, filledDate: null, filler: '', phone: '', reviewer: '' }), edits: [] },
    { name: 'header-blank', unit: '华龙区', bytes: filled, edits: [{ cell: HEADER_CELLS.filler, value: null }, { cell: HEADER_CELLS.phone, value: '  ' }] },
    // The locked, pre-filled 单位名称 and 报告月份, cleared on an unprotected sheet.
    { name: 'header-cleared', unit: '华龙区', bytes: filled, edits: [{ cell: 'B2', value: null }, { cell: 'E2', value: ' ' }] },
    { name: 'date-early', unit: '华龙区', bytes: filled, edits: [{ cell: HEADER_CELLS.filledDate, value: 44306 /* 2021-04-20 */ }] },
    { name: 'date-last-day', unit: '华龙区', bytes: filled, edits: [{ cell: HEADER_CELLS.filledDate, value: 44316.6 /* 2021-04-30 15:00 */ }] },
    { name: 'date-blank', unit: '华龙区', bytes: filled, edits: [{ cell: HEADER_CELLS.filledDate, value: null }] },
    { name: 'date-word', unit: '华龙区', bytes: filled, edits: [{ cell: HEADER_CELLS.filledDate, value: '五月初' }] },
    { name: 'date-text', unit: '华龙区', bytes: filled, edits: [{ cell: HEADER_CELLS.filledDate, value: '2021年5月3日' }] },
  ];
}

const OPENPYXL_FILL = `
import json, sys, openpyxl
for job in json.loads(sys.stdin.read()):
    wb = openpyxl.load_workbook(job["src"])
    ws = wb[job["sheet"]]
    for e in job["edits"]:
        v = e["value"]
        c = ws[e["cell"]]
        if isinstance(v, dict):
            c.value = v["error"]
            c.data_type = "e"
        else:
            c.value = v
    wb.save(job["dst"])
`;

/** Self-checked codes named in a helper or header text, with their severities. */
function codesIn(text: string): { errors: RuleCode[]; warnings: RuleCode[]; unknown: string[] } {
  const errors: RuleCode[] = [];
  const warnings: RuleCode[] = [];
  const unknown: string[] = [];
  const find = (item: string) =>
    (Object.entries(SELF_CHECK_MESSAGES) as Array<[RuleCode, string]>).find(([, m]) => item.startsWith(m))?.[0];
  for (const item of text.split(/(?<=[；。])/).map((s) => s.trim()).filter(Boolean)) {
    if (item.startsWith(SELF_CHECK_WARNING_START) && item.endsWith('。')) {
      const code = find(item.slice(SELF_CHECK_WARNING_START.length));
      if (code) warnings.push(code);
      else unknown.push(item);
    } else if (item.endsWith(SELF_CHECK_ERROR_END)) {
      const code = find(item);
      if (code) errors.push(code);
      else unknown.push(item);
    } else unknown.push(item);
  }
  return { errors, warnings, unknown };
}

const sorted = (codes: Iterable<string>) => [...new Set(codes)].sort();

interface Compared {
  name: string;
  sheet: GridSheet;
  validation: LedgerValidation;
  findings: Finding[];
}

describeWithTools(['soffice', 'openpyxl'], 'the self-checking ledger after LibreOffice recalculated it', () => {
  const results = new Map<string, Compared>();
  let cleanup = () => {};

  beforeAll(async () => {
    const tmp = tempDir('lr-selfcheck-');
    cleanup = tmp.cleanup;
    const files = corpus();
    const jobs = await Promise.all(
      files.map(async (f) => {
        const src = join(tmp.dir, `${f.name}.src.xlsx`);
        writeFileSync(src, await f.bytes());
        return { src, dst: join(tmp.dir, `${f.name}.xlsx`), sheet: LEDGER_SHEET, edits: f.edits };
      }),
    );
    const filled = spawnSync(DEBIAN_PYTHON, ['-c', OPENPYXL_FILL], { input: JSON.stringify(jobs), encoding: 'utf8' });
    expect(filled.stderr).toBe('');
    const { outputs } = await recalculateWithLibreOffice(
      jobs.map((j) => j.dst),
      { outDir: join(tmp.dir, 'out') },
    );
    files.forEach((f, i) => {
      const grids = readGrids(new Uint8Array(readFileSync(outputs[i])));
      const { raw } = readLedgerSheets(grids, `${f.name}.xlsx`);
      if (!raw) throw new Error(`${f.name} did not read as a ledger`);
      const validation = validateLedger(raw, context);
      const sheet = grids.find((s) => s.name === LEDGER_SHEET)!;
      results.set(f.name, { name: f.name, sheet, validation, findings: validation.report.findings });
    });
  }, 240_000);
  afterAll(() => cleanup());

  const selfChecked = (f: Finding) => !!RULES[f.code as RuleCode]?.selfCheck;
  const text = (sheet: GridSheet, row: number, c: number) => {
    const v = cellAt(sheet, row, c);
    return v === null ? '' : String(v);
  };
  const helperCol = SELF_CHECK.column;

  /** Fields whose cell the product read only after normalising it (or that show an error value). */
  function readDifferently(r: Compared, row: number): Set<Field> {
    const out = new Set<Field>();
    const led = r.validation.rows.find((x) => x.row === row);
    for (const f of r.findings) {
      if (f.row !== row || !f.column) continue;
      const field = (['status', 'progress', 'actual', 'selfScore'] as Field[]).find((x) => col(x) === f.column);
      if (!field) continue;
      if (f.code === 'value-normalised' || f.code === 'cell-error-value') out.add(field);
    }
    // A number written as text ("80") is read silently by the product; the sheet wants a number.
    for (const field of ['progress', 'actual', 'selfScore'] as const) {
      if (typeof cellAt(r.sheet, row, ledgerColumn(field)) === 'string' && led && led[field] !== null) out.add(field);
    }
    return out;
  }

  function compareFile(name: string): { exactRows: number; retypeRows: number; sheetErrors: number; productErrors: number } {
    const r = results.get(name)!;
    const rows = r.validation.rows.map((x) => x.row);
    let exactRows = 0;
    let retypeRows = 0;
    let sheetErrors = 0;
    let productErrors = 0;
    for (const row of rows) {
      const helper = codesIn(text(r.sheet, row, helperCol));
      expect({ row, unknown: helper.unknown }).toEqual({ row, unknown: [] });
      const product = r.findings.filter((f) => f.row === row && selfChecked(f));
      const productErr = sorted(product.filter((f) => f.severity === 'error').map((f) => f.code));
      const productWarn = sorted(product.filter((f) => f.severity === 'warning').map((f) => f.code));
      sheetErrors += helper.errors.length;
      productErrors += productErr.length;
      const different = readDifferently(r, row);
      if (different.size === 0) {
        exactRows++;
        expect({ row, errors: sorted(helper.errors), warnings: sorted(helper.warnings) }).toEqual({ row, errors: productErr, warnings: productWarn });
      } else {
        retypeRows++;
        // Never a pass where the product had to interpret: the cell is named to be retyped.
        const retype: Record<string, RuleCode> = {
          status: 'status-invalid',
          progress: 'progress-not-number',
          actual: 'actual-not-number',
          selfScore: 'self-score-not-number',
        };
        const wanted = r.findings.some((f) => f.row === row && f.code === 'cell-error-value')
          ? ['cell-error-value']
          : sorted([...different].map((f) => retype[f]));
        expect({ row, errors: sorted(helper.errors).filter((c) => wanted.includes(c)) }).toEqual({ row, errors: wanted });
      }
    }
    // The header: 表头 problems against the product's findings above the table.
    const header = codesIn(text(r.sheet, SELF_CHECK.header.row, SELF_CHECK.header.col));
    expect(header.unknown).toEqual([]);
    const productHeader = sorted(
      r.findings.filter((f) => f.row !== undefined && f.row < LEDGER_FIRST_DATA_ROW && selfChecked(f) && f.severity === 'error').map((f) => f.code),
    );
    const dateText = typeof cellAt(r.sheet, 3, 2) === 'string' && r.validation.header.filledDate !== null;
    if (dateText) expect(header.errors).toContain('filled-date-invalid');
    else expect(sorted(header.errors)).toEqual(productHeader);
    sheetErrors += header.errors.length;
    productErrors += productHeader.length;
    // The 自检 cell counts exactly the errors the sheet names.
    const summary = text(r.sheet, SELF_CHECK.result.row, SELF_CHECK.result.col);
    expect(summary).toBe(sheetErrors === 0 ? SELF_CHECK_PASSED : `本表尚有 ${sheetErrors} 处需修改`);
    return { exactRows, retypeRows, sheetErrors, productErrors };
  }

  test('every row of the planted ledger: the helper names what the product finds, rule by rule', () => {
    const s = compareFile('rows');
    expect(s.exactRows).toBeGreaterThanOrEqual(30);
    expect(s.retypeRows).toBe(6);
  });

  test('every rule the sheet checks was planted and found by both', () => {
    const seen = new Set<string>();
    for (const r of results.values()) {
      for (const row of r.validation.rows) {
        const h = codesIn(text(r.sheet, row.row, helperCol));
        for (const c of [...h.errors, ...h.warnings]) if (r.findings.some((f) => f.row === row.row && f.code === c)) seen.add(c);
      }
      const h = codesIn(text(r.sheet, SELF_CHECK.header.row, SELF_CHECK.header.col));
      for (const c of h.errors) if (r.findings.some((f) => f.row !== undefined && f.row < LEDGER_FIRST_DATA_ROW && f.code === c)) seen.add(c);
    }
    expect(sorted(seen)).toEqual(sorted(Object.keys(SELF_CHECK_MESSAGES)));
  });

  test('a 市直 unit’s ledger (other indicators, 不适用 and targets)', () => {
    const s = compareFile('justice');
    expect(s.retypeRows).toBe(0);
    expect(s.sheetErrors).toBe(s.productErrors);
    expect(s.sheetErrors).toBeGreaterThan(0);
  });

  test('a valid ledger passes: 自检通过，可以报送, and the product finds no error', () => {
    const s = compareFile('valid');
    expect(s).toEqual({ exactRows: results.get('valid')!.validation.rows.length, retypeRows: 0, sheetErrors: 0, productErrors: 0 });
    expect(results.get('valid')!.validation.report.valid).toBe(true);
  });

  test('the issued, unfilled ledger: the 自检 count equals the product’s errors', () => {
    const s = compareFile('issued');
    expect(s.sheetErrors).toBe(s.productErrors);
    // One 未选择完成状态 per row, plus 填报人, 联系电话 and 填报日期.
    expect(s.sheetErrors).toBe(results.get('issued')!.validation.rows.length + 3);
  });

  test.each(['header-blank', 'header-cleared', 'date-early', 'date-last-day', 'date-blank', 'date-word', 'date-text'])('header: %s', (name) => {
    const s = compareFile(name);
    if (name !== 'date-text') expect(s.sheetErrors).toBe(s.productErrors);
    else expect(s.sheetErrors).toBe(1);
    if (name === 'date-last-day') expect(s.sheetErrors).toBe(0);
    else expect(s.sheetErrors).toBeGreaterThan(0);
  });

  test('typing into the helper column and the 自检 cells changes nothing the product reads', () => {
    const a = results.get('rows')!;
    const b = results.get('rows-helper-typed')!;
    const strip = (f: Finding) => ({ ...f, file: undefined });
    expect(b.findings.map(strip)).toEqual(a.findings.map(strip));
    expect(b.validation.rows).toEqual(a.validation.rows);
    expect(b.validation.header).toEqual(a.validation.header);
  });
});
