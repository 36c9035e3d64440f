/**
 * The 公文 of the sample quarter (29 units): reading the review workbook's sheets the documents
 * need, building the model, and rendering every .docx (点评通报, 会议通知, 通报批评决定, 约谈通知书,
 * 29 本单位情况), as `ledger-review documents` and the demo do. The review workbook is the one the
 * real pipeline writes for the sample quarter.
 */
'use strict';

const path = require('path');

const { atMost, info, median } = require('./lib/figures');

async function run(ctx) {
  const wb = ctx.requireLib('workbook');
  const docs = require(path.join(ctx.root, 'packages', 'workbook', 'dist', 'documents'));
  const { defaultReviewContext } = wb;
  const sample = ctx.requireLib('workbook/demo').buildSampleQuarter();
  const render = (plan) => wb.renderWorkbook(plan);
  const received = await Promise.all(
    [...sample.ledgers, ...sample.inspections].map(async (f) =>
      wb.readReceivedFile(f.fileName, await render(f.plan)),
    ),
  );
  const context = { ...defaultReviewContext(), team: sample.team };
  const reviewRun = wb.runReview({ received, quarter: sample.quarter, context });
  const bytes = await render(reviewRun.plan);

  const reads = [];
  const builds = [];
  let files = [];
  for (let i = 0; i < 3; i++) {
    let t = process.hrtime.bigint();
    const grids = wb.readGrids(bytes, { sheets: docs.DOCUMENT_SOURCE_SHEETS });
    const model = docs.readReviewDocumentModel(grids);
    reads.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    files = await docs.buildDocuments(model);
    builds.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const perDoc = median(builds) / files.length;
  ctx.log(
    `${files.length} documents, ${Math.round(files.reduce((s, f) => s + f.bytes.length, 0) / 1024)} KB`,
  );
  return [
    info('documents: read the review workbook and build the model', median(reads), 'ms'),
    atMost(`documents: render ${files.length} .docx`, median(builds), 'ms', 5000),
    info('documents: per .docx', perDoc, 'ms'),
  ];
}

module.exports = { run };
