/**
 * Bench: one inspection round's outputs for 100 units (120 indicators, a problem written for every
 * deduction): the round's numbers, the 检查情况报告 and 100 检查反馈单 as .xlsx, and the same as
 * .docx (公文). No target in the work plan; reported for information (the office runs it once a
 * round). Measured in this process after a warm-up run, median of three.
 */
'use strict';
const { generateProvince } = require('./lib/synthetic');

const { info, median } = require('./lib/figures');

async function run(ctx) {
  const scoring = ctx.requireLib('scoring');
  const workbook = ctx.requireLib('workbook');
  const documents = ctx.requireLib('workbook/documents');
  const province = generateProvince({ units: 100, indicators: 120, year: 2021 });
  const period = '2021-B2';
  const points = new Map(province.template.indicators.map((i) => [i.code, i.points]));
  const inspections = province.inspections
    .filter((r) => r.period === period)
    .map((r) =>
      r.score !== null && r.score < points.get(r.indicatorCode)
        ? {
            ...r,
            deductionReason: `佐证材料不全，扣${points.get(r.indicatorCode) - r.score}分`,
            problems: '台账佐证材料缺失',
          }
        : r,
    );
  const input = {
    period,
    template: province.template,
    roster: province.roster,
    settings: scoring.DEFAULT_SETTINGS,
    inspections,
    ledgers: province.ledgers,
  };

  const once = async () => {
    const t0 = performance.now();
    const results = workbook.roundResults(input);
    const t1 = performance.now();
    let bytes = (await workbook.renderWorkbook(workbook.roundReportPlan(results, input))).length;
    for (const u of results.summary.units)
      bytes += (await workbook.renderWorkbook(workbook.feedbackPlan(results, u, input))).length;
    const t2 = performance.now();
    const docs = await documents.buildRoundDocuments({
      summary: results.summary,
      items: results.items,
      reasons: new Map([...results.records].map(([k, r]) => [k, r.deductionReason])),
      indicatorText: new Map(province.template.indicators.map((i) => [i.code, i.text])),
      settings: documents.DEFAULT_DOCUMENT_SETTINGS,
      date: '2021-05-20',
    });
    const t3 = performance.now();
    return {
      numbersMs: t1 - t0,
      xlsxMs: t2 - t1,
      docxMs: t3 - t2,
      items: results.items.length,
      files: 1 + results.summary.units.length + docs.length,
      bytes,
    };
  };
  await once();
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await once());
  const pick = (k) => median(runs.map((r) => r[k]));
  ctx.log(
    `100 units, ${runs[0].items} items: numbers ${pick('numbersMs').toFixed(0)} ms, .xlsx ${pick('xlsxMs').toFixed(0)} ms, .docx ${pick('docxMs').toFixed(0)} ms (${runs[0].files} files)`,
  );
  return [
    info(
      'round 100 units: numbers (scores, areas, common problems, items)',
      Math.round(pick('numbersMs')),
      'ms',
    ),
    info('round 100 units: report + 100 feedback .xlsx', Math.round(pick('xlsxMs')), 'ms'),
    info('round 100 units: report + 100 feedback .docx', Math.round(pick('docxMs')), 'ms'),
  ];
}

module.exports = { run };
