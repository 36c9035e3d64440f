/**
 * openpyxl (what pandas.read_excel uses) is strict about SpreadsheetML enumerations and structure:
 * it refused ExcelJS's `errorStyle="error"` that Excel silently repairs. Every kind of workbook the
 * product writes must load there, with its validations, merges and formulas intact.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_ROSTER, DEFAULT_TEMPLATE, defaultInspectionTeamStructure, dueIndicators, resolveSettings } from '@ledger-review/scoring';
import { buildInspectionPlan, buildTemplateWorkbookPlan, readReceivedFile, renderWorkbook, runReview, REVIEW_SHEETS } from '@ledger-review/workbook';
import { buildSampleQuarter } from '@ledger-review/workbook/demo';
import { filledLedgerBytes, unitOf } from '../fixtures/ledgers';
import { DEBIAN_PYTHON, testWithTools } from '../helpers/tools';

const PYTHON = DEBIAN_PYTHON;

const SCRIPT = `
import json, sys, openpyxl
out = {}
for f in json.loads(sys.stdin.read()):
    wb = openpyxl.load_workbook(f)
    out[f] = {ws.title: {"state": ws.sheet_state, "validations": len(ws.data_validations.dataValidation),
                         "merges": len(ws.merged_cells.ranges),
                         "formulas": sum(1 for row in ws.iter_rows() for c in row if c.data_type == "f")}
              for ws in wb.worksheets}
print(json.dumps(out, ensure_ascii=False))
`;

testWithTools(['openpyxl'], 'every workbook the product writes loads in openpyxl with its structure', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lr-openpyxl-'));
  const roster = DEFAULT_ROSTER.map((u) => ({ ...u, aliases: [...u.aliases] }));
  const settings = resolveSettings();
  const team = defaultInspectionTeamStructure(roster);
  const sample = buildSampleQuarter();
  const files: Record<string, Uint8Array> = {
    ledger: await filledLedgerBytes(),
    template: await renderWorkbook(buildTemplateWorkbookPlan({ template: DEFAULT_TEMPLATE, roster, settings, team })),
    inspection: await renderWorkbook(
      buildInspectionPlan({ template: DEFAULT_TEMPLATE, units: roster, period: '2021-B2', team, selfScores: {}, roster, selfHighRatio: 0.1 }),
    ),
    sampleInspection: await renderWorkbook(sample.inspections[0].plan),
  };
  const inputs = await Promise.all(
    [...sample.ledgers, ...sample.inspections].map(async (f) => readReceivedFile(f.fileName, await renderWorkbook(f.plan))),
  );
  const run = runReview({ received: inputs, quarter: sample.quarter, context: { template: sample.template, roster: sample.roster, settings: sample.settings, team: sample.team } });
  files.review = await renderWorkbook(run.plan);
  const paths = Object.entries(files).map(([name, bytes]) => {
    const p = path.join(dir, `${name}.xlsx`);
    writeFileSync(p, bytes);
    return p;
  });
  const res = spawnSync(PYTHON, ['-c', SCRIPT], { input: JSON.stringify(paths), encoding: 'utf8' });
  expect(res.stderr).toBe('');
  const loaded = JSON.parse(res.stdout) as Record<string, Record<string, { state: string; validations: number; merges: number; formulas: number }>>;
  const ledger = loaded[paths[0]];
  expect(ledger['工作台账'].validations).toBe(6);
  // Title, note, and the 自检 and 表头 cells of the self-check.
  expect(ledger['工作台账'].merges).toBe(4);
  // One self-check formula per row of 华龙区's April ledger (the indicators due in April), plus two.
  expect(ledger['工作台账'].formulas).toBe(dueIndicators(DEFAULT_TEMPLATE, unitOf('华龙区'), '2021-04', resolveSettings()).length + 2);
  expect(ledger['元数据'].state).toBe('veryHidden');
  expect(ledger['校验标记'].state).toBe('veryHidden');
  expect(Object.keys(loaded[paths[1]])).toEqual(['指标体系', '单位名录', '评分规则', '检查组', '文书设置', '元数据']);
  expect(loaded[paths[2]]['检查评分'].validations).toBeGreaterThanOrEqual(2);
  const review = loaded[paths[4]];
  expect(Object.keys(review)).toEqual(Object.values(REVIEW_SHEETS));
  expect(review['综合排名'].formulas).toBeGreaterThan(29 * 4);
  expect(review['指标得分'].formulas).toBeGreaterThan(1000);
});
