/**
 * The self-check formulas as written (what selfCheckRecalc.test.ts proves after LibreOffice
 * computed them): only functions every target program computes alike, one message per rule the
 * registry marks as self-checked, cells locked on the protected sheet, and a reader that never
 * takes the helper column or the 自检 cells as input.
 */
import { DEFAULT_TEMPLATE, RULE_LIST, dueIndicators, resolveSettings, validateLedger } from '@ledger-review/scoring';
import {
  LEDGER_COLUMNS,
  LEDGER_FIRST_DATA_ROW,
  LEDGER_SHEET,
  SELF_CHECK,
  SELF_CHECK_FUNCTIONS,
  SELF_CHECK_MESSAGES,
  address,
  columnLetter,
  readGrids,
  readLedgerSheets,
  selfCheckedRules,
  type SheetPlan,
  type WorkbookPlan,
} from '@ledger-review/workbook';
import { defaultReviewContext as defaultContext } from '@ledger-review/workbook';
import { filledLedgerPlan } from '../fixtures/ledgers';
import { renderWorkbook } from '@ledger-review/workbook';

const ledgerOf = (plan: WorkbookPlan): SheetPlan => plan.sheets.find((s) => s.name === LEDGER_SHEET)!;

function formulasOf(sheet: SheetPlan): string[] {
  const out: string[] = [];
  for (const row of sheet.rows) for (const cell of row) if (cell?.formula) out.push(cell.formula);
  for (const cf of sheet.conditionalFormats ?? []) out.push(cf.formula);
  return out;
}

describe('self-check formulas', () => {
  const plan = filledLedgerPlan();
  const sheet = ledgerOf(plan);
  const rows = dueIndicators(DEFAULT_TEMPLATE, defaultContext().roster.find((u) => u.name === '华龙区')!, '2021-04', resolveSettings()).length;

  test('use only functions Excel 2010, WPS 表格 and LibreOffice compute alike', () => {
    const used = new Set<string>();
    for (const f of formulasOf(sheet)) {
      // Function names are what precedes "(" outside string literals.
      const code = f.replace(/"(?:[^"]|"")*"/g, '""');
      for (const m of code.matchAll(/([A-Z][A-Z0-9._]*)\(/g)) used.add(m[1]);
    }
    expect([...used].filter((fn) => !SELF_CHECK_FUNCTIONS.includes(fn))).toEqual([]);
    for (const banned of ['TEXTJOIN', 'IFS', 'CONCAT', 'UNICHAR', 'ISFORMULA', 'FILTER', 'LET', 'XLOOKUP', '_xlfn']) {
      expect(formulasOf(sheet).join('\n')).not.toContain(`${banned}(`);
    }
  });

  test('say something for exactly the rules the registry marks as checked in the sheet', () => {
    expect(Object.keys(SELF_CHECK_MESSAGES).sort()).toEqual(selfCheckedRules().sort());
    expect(selfCheckedRules().length).toBe(RULE_LIST.filter((r) => r.selfCheck).length);
  });

  test('one helper formula per ledger row, locked; the 自检 and 表头 cells at the top', () => {
    const helper = SELF_CHECK.column;
    expect(helper).toBe(LEDGER_COLUMNS.length + 1);
    for (let i = 0; i < rows; i++) {
      const cell = sheet.rows[LEDGER_FIRST_DATA_ROW + i - 1][helper - 1];
      expect(cell?.formula).toMatch(new RegExp(`^IF\\(SUMPRODUCT\\(--ISERROR\\(A${LEDGER_FIRST_DATA_ROW + i}:N${LEDGER_FIRST_DATA_ROW + i}\\)\\)>0,`));
      expect(cell?.unlocked).toBeFalsy();
      // Exactly one formula per row: the helper.
      expect(sheet.rows[LEDGER_FIRST_DATA_ROW + i - 1].filter((c) => c?.formula).length).toBe(1);
    }
    expect(sheet.rows[LEDGER_FIRST_DATA_ROW + rows - 1 + 1]).toBeUndefined();
    expect(sheet.protect).toBe(true);
    const at = (r: number, c: number) => sheet.rows[r - 1][c - 1];
    expect(at(SELF_CHECK.label.row, SELF_CHECK.label.col)?.value).toBe('自检');
    expect(at(SELF_CHECK.result.row, SELF_CHECK.result.col)?.formula).toContain('"自检通过，可以报送"');
    expect(at(SELF_CHECK.result.row, SELF_CHECK.result.col)?.formula).toContain('"本表尚有 "');
    expect(sheet.merges).toContain(`${address(SELF_CHECK.result.row, SELF_CHECK.result.col)}:${columnLetter(LEDGER_COLUMNS.length)}${SELF_CHECK.result.row}`);
    // Every formula fits Excel's limit of 8,192 characters with room to spare.
    expect(Math.max(...formulasOf(sheet).map((f) => f.length))).toBeLessThan(3000);
  });

  test('messages name their own field only, so each conditional format colours the right cell', () => {
    const words = ['工作完成情况', '完成状态', '完成进度', '实际值', '佐证材料', '自评分', '备注', '单位名称', '报告月份', '填报人', '联系电话', '填报日期'];
    for (const [code, message] of Object.entries(SELF_CHECK_MESSAGES)) {
      if (code === 'cell-error-value') continue;
      expect({ code, named: words.filter((w) => message.includes(w)) }).toEqual({ code, named: [expect.any(String)] });
    }
  });

  test('the option switches it off (the ledger as it was, for the bench’s comparison)', () => {
    const ctx = defaultContext();
    const { buildLedgerPlan } = jest.requireActual('../../packages/workbook/src/ledger/plan') as typeof import('../../packages/workbook/src/ledger/plan');
    const unit = ctx.roster.find((u) => u.name === '华龙区')!;
    const off = ledgerOf(buildLedgerPlan({ template: ctx.template, unit, month: '2021-04', settings: ctx.settings, fingerprint: 'x', selfCheck: false }));
    expect(formulasOf(off).filter((f) => f.includes('自检'))).toEqual([]);
    expect(off.rows.some((r) => r.length > LEDGER_COLUMNS.length)).toBe(false);
  });
});

describe('the reader and the self-check cells', () => {
  test('text typed into the helper column or the 自检 cells is never read as input', async () => {
    const context = defaultContext();
    const validate = async (plan: WorkbookPlan) => {
      const { raw } = readLedgerSheets(readGrids(await renderWorkbook(plan)), '华龙区.xlsx');
      return validateLedger(raw!, context);
    };
    const base = filledLedgerPlan({ rows: { '1.1': { status: '推进中', progress: 40 } } });
    const typed = filledLedgerPlan({
      rows: { '1.1': { status: '推进中', progress: 40 } },
      editPlan: (p) => {
        const s = ledgerOf(p);
        const put = (r: number, c: number, value: string | number) => {
          while (s.rows[r - 1].length < c) s.rows[r - 1].push(null);
          s.rows[r - 1][c - 1] = { value, unlocked: true };
        };
        // Words a careless reader might take for a status, a code or a header label.
        put(LEDGER_FIRST_DATA_ROW, SELF_CHECK.column, '已完成');
        put(LEDGER_FIRST_DATA_ROW + 1, SELF_CHECK.column, 100);
        put(SELF_CHECK.result.row, SELF_CHECK.result.col, '填报人');
        put(SELF_CHECK.header.row, SELF_CHECK.header.col, '联系电话');
        s.rows.push(Array.from({ length: SELF_CHECK.column }, (_, c) => (c === SELF_CHECK.column - 1 ? { value: '指标编号' } : null)));
      },
    });
    const a = await validate(base);
    const b = await validate(typed);
    expect(b.rows).toEqual(a.rows);
    expect(b.header).toEqual(a.header);
    expect(b.report.findings).toEqual(a.report.findings);
  });
});
