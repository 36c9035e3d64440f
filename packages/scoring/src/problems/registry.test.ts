import type { MessageParams } from '../i18n/format';
import { allPlaceholders } from '../i18n/format';
import { makeFinding, renderFinding, type Finding, type FindingLocation } from './finding';
import { validateLedger } from '../validation/ledger';
import { FIXTURE_TEMPLATE, buildLedger, fixtureContext, type LedgerFixtureOptions } from '../validation/testing/fixtures';
import type { LedgerContext } from '../validation/types';
import { REGISTRY_PARTS, RULE_CODES, RULE_LIST, RULES, isRuleCode, type RuleCode } from './registry';
import { RULE_TAGS, SEVERITIES } from './types';

type LedgerTrigger = { ledger: LedgerFixtureOptions; ctx?: Partial<LedgerContext> };

/** Ledgers that make validateLedger raise each rule it owns. */
const LEDGER_TRIGGERS: Partial<Record<RuleCode, LedgerTrigger>> = {
  'template-version-unknown': { ledger: { meta: { templateVersion: 'Z-9', unitCode: 'XQ01', month: '2021-01' } } },
  'template-version-outdated': { ledger: { meta: { templateVersion: 'T-2020', unitCode: 'XQ01', month: '2021-01' } }, ctx: { knownTemplateVersions: ['T-2020', 'T-2021.1'] } },
  'metadata-missing': { ledger: { meta: null } },
  'metadata-mismatch': { ledger: { meta: { templateVersion: 'T-2021.1', unitCode: 'SZ01', month: '2021-01' } } },
  'unit-missing': { ledger: { header: { unitName: '' } } },
  'unit-unknown': { ledger: { header: { unitName: '不存在的单位' } } },
  'unit-alias-used': { ledger: { header: { unitName: '华龙区人民政府' } } },
  'unit-unexpected': { ledger: {}, ctx: { expectedUnitCode: 'SZ02' } },
  'month-missing': { ledger: { header: { month: '  ' } } },
  'month-invalid': { ledger: { header: { month: '一月' } } },
  'month-unexpected': { ledger: {}, ctx: { expectedMonth: '2021-03' } },
  'filled-date-missing': { ledger: { header: { filledDate: null } } },
  'filled-date-invalid': { ledger: { header: { filledDate: '2/3/21' } } },
  'filled-date-early': { ledger: { header: { filledDate: '2021年1月15日' } } },
  'filled-date-future': { ledger: { header: { filledDate: '2091-02-03' } }, ctx: { asOf: '2021-02-10' } },
  'filler-missing': { ledger: { header: { filler: '\u3000' } } },
  'phone-missing': { ledger: { header: { phone: null } } },
  'phone-invalid': { ledger: { header: { phone: '666-66' } } },
  'indicator-code-missing': { ledger: { extraRows: [{ workDone: '没有编号的一行' }] } },
  'indicator-unknown': { ledger: { extraRows: [{ code: '3.9' }] } },
  'indicator-not-applicable': { ledger: { extraRows: [{ code: '4.2' }] } },
  'indicator-duplicate': { ledger: { extraRows: [{ code: '1.1', status: '推进中' }] } },
  'indicator-missing': { ledger: { omit: ['5.1'] } },
  'indicator-not-due': {
    ledger: {},
    ctx: { template: { ...FIXTURE_TEMPLATE, indicators: FIXTURE_TEMPLATE.indicators.map((i) => (i.code === '7.1' ? { ...i, frequency: '每季度' as const } : i)) } },
  },
  'work-done-carried-stale': { ledger: { rows: { '1.1': { workDone: '本月办件2227件' } }, carried: { '1.1': { workDone: '本月办件2227件' } } } },
  'indicator-text-edited': { ledger: { rows: { '1.1': { text: '改过的内容' } } } },
  'indicator-points-edited': { ledger: { rows: { '1.1': { points: 20 } } } },
  'status-missing': { ledger: { rows: { '1.1': { status: '' } } } },
  'status-invalid': { ledger: { rows: { '1.1': { status: '差不多' } } } },
  'status-na-not-allowed': { ledger: { rows: { '1.1': { status: '不适用', remarks: '说明' } } } },
  'status-na-without-remark': { ledger: { rows: { '6.1': { status: '不适用' } } } },
  'progress-not-number': { ledger: { rows: { '1.1': { progress: '较快' } } } },
  'progress-out-of-range': { ledger: { rows: { '1.1': { progress: '110%' } } } },
  'completed-without-evidence': { ledger: { rows: { '1.1': { status: '已完成', progress: 100, evidence: '' } } } },
  'completed-progress-below-100': { ledger: { rows: { '1.1': { status: '已完成', progress: 90 } } } },
  'not-started-with-progress': { ledger: { rows: { '1.1': { status: '未启动', progress: 10 } } } },
  'work-done-missing': { ledger: { rows: { '1.1': { status: '常态化', workDone: '' } } } },
  'self-score-not-number': { ledger: { rows: { '1.1': { selfScore: '满分' } } } },
  'self-score-negative': { ledger: { rows: { '1.1': { selfScore: '-0.5' } } } },
  'self-score-above-points': { ledger: { rows: { '1.1': { selfScore: 10.5 } } } },
  'self-score-step': { ledger: { rows: { '1.1': { selfScore: 8.8 } } } },
  'actual-not-number': { ledger: { rows: { '2.1': { actual: '全部' } } } },
  'actual-below-target': { ledger: { rows: { '2.1': { actual: '98%' } } } },
  'cell-error-value': { ledger: { rows: { '1.1': { status: '#N/A' } } } },
  'value-normalised': { ledger: { rows: { '1.1': { progress: '８０' } } } },
};

const file = '清丰县2021年1月台账.xlsx';
const sheet = '工作台账';

/** Rules the workbook layer raises, with the params it is expected to pass. */
const HOST_EXAMPLES: Partial<Record<RuleCode, { params: MessageParams; at: FindingLocation }>> = {
  'file-not-zip': { params: {}, at: { file } },
  'file-not-xlsx': { params: { detail: '缺少 xl/workbook.xml' }, at: { file } },
  'file-is-xls': { params: {}, at: { file } },
  'file-is-csv': { params: {}, at: { file } },
  'file-encrypted': { params: {}, at: { file } },
  'file-too-large': { params: { bytes: 26_214_400, limit: 20_971_520 }, at: { file } },
  'zip-bomb': { params: { limit: 209_715_200, entry: 'xl/worksheets/sheet1.xml' }, at: { file } },
  'zip-ratio': { params: { ratio: 400, entry: 'xl/worksheets/sheet1.xml' }, at: { file } },
  'file-is-pdf': { params: { bytes: 52_000 }, at: { file } },
  'ledger-table-missing': { params: { sheet }, at: { file, sheet } },
  'unit-file-name-mismatch': { params: { fileUnit: '濮阳县', unit: '华龙区' }, at: { file, sheet } },
  'workbook-is-review': { params: { quarter: '2021Q2' }, at: { file } },
  'workbook-is-template': { params: {}, at: { file } },
  'xlsx-malformed': { params: { part: 'xl/worksheets/sheet1.xml', detail: 'unexpected end of input' }, at: { file } },
  'workbook-empty': { params: {}, at: { file } },
  'workbook-not-ledger': { params: { kind: '检查评分表' }, at: { file } },
  'file-read-failed': { params: { reason: 'unexpected end of data' }, at: { file } },
  'path-not-found': { params: {}, at: { file } },
  'file-permission-denied': { params: {}, at: { file } },
  'file-link-broken': { params: { target: '../旧目录/华龙区.xlsx' }, at: { file } },
  'file-link-loop': { params: {}, at: { file } },
  'file-not-regular': { params: { kind: '管道' }, at: { file } },
  'file-lock-ignored': { params: {}, at: { file: '~$华龙区.xlsx' } },
  'file-hidden-ignored': { params: {}, at: { file: '.DS_Store' } },
  'sheet-too-large': { params: { sheet, rows: 1048576, cols: 16, maxRows: 5000, maxCells: 200000 }, at: { file, sheet } },
  'sheet-missing': { params: { sheet }, at: { file } },
  'sheet-renamed': { params: { expected: sheet, found: 'Sheet1' }, at: { file, sheet: 'Sheet1' } },
  'column-missing': { params: { label: '完成状态', expectedColumn: 'G' }, at: { file, sheet, row: 5, column: 'G' } },
  'column-renamed': { params: { expected: '备注', found: '说明' }, at: { file, sheet, row: 5, column: 'N' } },
  'column-reordered': { params: { label: '自评分', expectedColumn: 'K', foundColumn: 'L' }, at: { file, sheet, row: 5, column: 'L' } },
  'merged-cells': { params: { range: 'J6:J8' }, at: { file, sheet, row: 6, column: 'J' } },
  'formula-cached-result': { params: { formula: 'D6-1', value: '9' }, at: { file, sheet, row: 6, column: 'K' } },
  'formula-no-result': { params: { formula: 'D6-1' }, at: { file, sheet, row: 6, column: 'K' } },
  'duplicate-submission-superseded': { params: { unit: '清丰县', month: '2021-01', filled: '2021-02-03', received: '', other: '清丰县1月台账（更正）.xlsx', otherFilled: '2021-02-03', otherReceived: '2021-02-04' }, at: { file } },
  'duplicate-submission-kept': { params: { unit: '清丰县', month: '2021-01', filled: '2021-02-03', received: '2021-02-04', other: '清丰县1月台账.xlsx', otherFilled: '2021-02-03', otherReceived: '' }, at: { file } },
  'date-invalid': { params: { label: '整改时限', value: '月底前' }, at: { file, sheet: '检查评分', row: 6, column: 'I' } },
  'period-invalid': { params: { value: '2021年1-2月' }, at: { file, sheet: '检查评分', row: 2, column: 'B' } },
  'inspection-score-invalid': { params: { value: 12, max: 10 }, at: { file, sheet: '检查评分', row: 6, column: 'E' } },
  'inspector-recusal': { params: { inspector: '赵六', unit: '市司法局' }, at: { file, sheet: '检查评分', row: 6, column: 'J' } },
  'unit-from-file-name': { params: { unit: '清丰县' }, at: { file, sheet } },
  'rectification-sheet-unreadable': { params: { labels: '问题编号、整改状态' }, at: { file, sheet: '整改情况' } },
  'rectification-status-invalid': { params: { id: '2021B2-XQ03-1.1-ABCDEF', value: '差不多' }, at: { file, sheet: '整改情况', row: 4, column: 'H' } },
  'rectification-done-without-evidence': { params: { id: '2021B2-XQ03-1.1-ABCDEF' }, at: { file, sheet: '整改情况', row: 4, column: 'J' } },
  'rectification-measures-missing': { params: { id: '2021B2-XQ03-1.1-ABCDEF', status: '整改中' }, at: { file, sheet: '整改情况', row: 4, column: 'I' } },
  'rectification-date-invalid': { params: { id: '2021B2-XQ03-1.1-ABCDEF', value: '月底' }, at: { file, sheet: '整改情况', row: 4, column: 'K' } },
  'rectification-id-unknown': { params: { id: '2021B2-XQ04-1.1-ABCDEF', unit: '清丰县' }, at: { file, sheet: '整改情况', row: 4, column: 'A' } },
  'rectification-close-without-evidence': { params: { id: '2021B2-XQ03-1.1-ABCDEF', unit: '清丰县' }, at: { sheet: '整改台账' } },
  'recheck-result-invalid': { params: { id: '2021B2-XQ03-1.1-ABCDEF', value: '好' }, at: { file: '2021-B3检查评分表.xlsx', sheet: '整改复查', row: 4, column: 'K' } },
  'round-period-mismatch': { params: { found: '2021-B1', period: '2021-B2' }, at: { file: '2021-B1检查评分表.xlsx', sheet: '检查评分' } },
};

/**
 * Problems of the office's own sheets and of file accounting, raised by the loaders and the
 * consolidation (tests/problems/raised.test.ts checks each is named in the product's source).
 */
const RAISED_BY_NAME = RULE_CODES.filter(
  (c) => /^(roster|template|settings|team|account|cli|review-workbook|document-setting|workbook-is|office-decision|annual)-/.test(c) && !(c in LEDGER_TRIGGERS) && !(c in HOST_EXAMPLES),
);
function triggered(code: RuleCode): Finding[] {
  const t = LEDGER_TRIGGERS[code] as LedgerTrigger;
  return validateLedger(buildLedger(t.ledger), fixtureContext(t.ctx)).report.findings.filter((f) => f.code === code);
}

function expectFullyRendered(f: Finding): void {
  for (const lang of ['zh-CN', 'en'] as const) {
    const text = renderFinding(f, lang);
    expect([f.code, lang, text]).toEqual([f.code, lang, expect.not.stringMatching(/\{[A-Za-z]+(?::[a-z]+)?\}|\[\[|\]\]/)]);
    expect(text.length).toBeGreaterThan(4);
  }
}

describe('rule registry', () => {
  it('has stable kebab-case codes with severity, tags and texts in both languages', () => {
    expect(new Set(RULE_CODES).size).toBe(RULE_CODES.length);
    // The parts are JSON: a code in two of them would silently keep the later text.
    expect(REGISTRY_PARTS.reduce((n, part) => n + Object.keys(part).length, 0)).toBe(RULE_CODES.length);
    for (const rule of RULE_LIST) {
      expect(rule.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(RULES[rule.code as RuleCode]).toBe(rule);
      expect(SEVERITIES).toContain(rule.severity);
      expect(rule.tags.length).toBeGreaterThan(0);
      for (const tag of rule.tags) expect(RULE_TAGS).toContain(tag);
      for (const text of [rule.title, rule.message, rule.description]) {
        expect(text.zh.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const rule of RULE_LIST) {
      expect([rule.code, allPlaceholders(rule.message.en).sort()]).toEqual([rule.code, allPlaceholders(rule.message.zh).sort()]);
    }
  });

  it('knows its codes', () => {
    expect(isRuleCode('status-invalid')).toBe(true);
    expect(isRuleCode('toString')).toBe(false);
  });

  it('every rule has a path that raises it: a ledger, an example of the host that raises it, or a loader that names it', () => {
    const covered = [...Object.keys(LEDGER_TRIGGERS), ...Object.keys(HOST_EXAMPLES), ...RAISED_BY_NAME].sort();
    expect(covered).toEqual([...RULE_CODES].sort());
  });

  it.each(RAISED_BY_NAME)('%s renders fully from the placeholders of its template', (code) => {
    const params = Object.fromEntries(allPlaceholders(RULES[code].message.zh).map((p) => [p, '示例']));
    expectFullyRendered(makeFinding(code, params, { file }));
  });

  it.each(Object.keys(LEDGER_TRIGGERS) as RuleCode[])('validateLedger raises %s, fully rendered', (code) => {
    const found = triggered(code);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.severity).toBe(RULES[code].severity);
      expect(f.sheet).toBe('工作台账');
      expectFullyRendered(f);
    }
  });

  it.each(Object.keys(HOST_EXAMPLES) as RuleCode[])('host rule %s renders fully from its documented params', (code) => {
    const ex = HOST_EXAMPLES[code] as { params: MessageParams; at: FindingLocation };
    expectFullyRendered(makeFinding(code, ex.params, ex.at));
  });
});
