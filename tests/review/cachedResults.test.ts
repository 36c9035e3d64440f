/**
 * Readers that do not calculate (pandas, openpyxl, phone previewers, mail previews) see the
 * cached results of the review's formulas: the library's composites, ranks, rates and 并列 are
 * written as the formulas' `<v>` values, so such a reader shows the numbers, not empty cells.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildReviewPlan } from '@ledger-review/workbook';
import { renderWorkbook } from '@ledger-review/workbook';
import { DEBIAN_PYTHON, testWithTools } from '../helpers/tools';
import { buildSampleQuarter } from './sampleQuarter';

const SCRIPT = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
formulas = openpyxl.load_workbook(sys.argv[1])
out = {"ranking": [], "missing": []}
ws = wb["综合排名"]
header = [c.value for c in ws[3]]
for row in ws.iter_rows(min_row=4, values_only=True):
    if row[1]:
        out["ranking"].append(dict(zip(header, row)))
for name in formulas.sheetnames:
    fs, vs = formulas[name], wb[name]
    for row in fs.iter_rows():
        for c in row:
            if c.data_type == "f" and vs[c.coordinate].value is None:
                out["missing"].append([name + "!" + c.coordinate, fs.cell(row=3, column=c.column).value])
print(json.dumps(out, ensure_ascii=False))
`;

testWithTools(['openpyxl'], 'openpyxl with data_only=True reads the library\'s numbers from every review formula', async () => {
  const sample = buildSampleQuarter();
  const { review } = sample;
  const bytes = await renderWorkbook(
    buildReviewPlan({ review, consolidation: sample.consolidation, template: sample.template, roster: sample.roster, history: sample.history }),
  );
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'lr-cached-')), 'review.xlsx');
  writeFileSync(file, bytes);
  const res = spawnSync(DEBIAN_PYTHON, ['-c', SCRIPT, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(res.stderr).toBe('');
  const out = JSON.parse(res.stdout) as { ranking: Record<string, unknown>[]; missing: [string, string][] };

  // Every formula has a cached result, except those whose result is the empty text (blank 并列,
  // 自评偏高): openpyxl reads an empty cached string as None.
  const notEmptyText = out.missing.filter(([, header]) => header !== '并列' && header !== '自评偏高');
  expect(notEmptyText).toEqual([]);

  expect(out.ranking.map((r) => r['单位编码'])).toEqual(review.units.map((u) => u.unitCode));
  for (const u of review.units) {
    const row = out.ranking.find((r) => r['单位编码'] === u.unitCode)!;
    expect(row['综合得分']).toBe(u.composite);
    expect(row['排名']).toBe(u.rank);
    expect(row['检查得分率']).toBeCloseTo(u.inspectionRate, 9);
    expect(row['报送及时率']).toBeCloseTo(u.timeliness, 12);
    expect(row['填报质量']).toBeCloseTo(u.quality, 12);
    expect(row['并列'] ?? '').toBe(u.tied ? '并列' : '');
  }
  // The sample has ties, so the 并列 column is really exercised.
  expect(review.units.some((u) => u.tied)).toBe(true);
});
