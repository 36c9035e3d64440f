import * as path from 'node:path';
import { quarterLabel } from '@ledger-review/scoring';
import { writeSampleQuarter } from '../../demo/node';
import { buildTemplateWorkbookPlan } from '../../template/workbook';
import { writeBytes } from '../../node/files';
import { readFolder } from '../../node/folder';
import { runReview } from '../../pipeline';
import { renderWorkbook } from '../../xlsx/writer';
import { readGrids } from '../../xlsx/readGrids';
import type { ParsedArgs } from '../args';
import { defaultContext } from '../context';
import type { CliIO } from '../io';
import type { CliLang } from '../messages';
import { DOCUMENT_SOURCE_SHEETS, buildDocuments, readReviewDocumentModel } from '../../documents';

/** Where the demo writes the quarter's documents. */
export const DOCUMENTS_FOLDER = '文书';

/**
 * Write the bundled sample quarter and run the real pipeline on it: the previous quarter's review
 * first (it gives the 检查性发言 history), then this quarter's review.
 */
export async function runDemo(args: ParsedArgs, io: CliIO, lang: CliLang): Promise<number> {
  const en = lang === 'en';
  const dir = path.resolve(io.cwd, args.positionals[0] ?? 'demo-output');
  const started = Date.now();
  const sample = await writeSampleQuarter(dir);
  // The sample's inspection team has names, so 回避 is checked for real.
  const context = { ...defaultContext(), team: sample.sample.team };
  await writeBytes(path.join(dir, '指标模板.xlsx'), await renderWorkbook(buildTemplateWorkbookPlan(context)));

  const build = async (quarter: string, inputs: string[], previous: ReturnType<typeof readGrids>[]) => {
    const run = runReview({ received: await readFolder(inputs), quarter, context, previousReviews: previous });
    const bytes = await renderWorkbook(run.plan);
    const out = path.join(dir, `${quarter}_季度点评.xlsx`);
    await writeBytes(out, bytes);
    return { run, out, bytes };
  };
  const prev = await build(sample.previousQuarter, sample.previousDirs, []);
  const cur = await build(sample.quarter, sample.currentDirs, [readGrids(prev.bytes)]);

  // The quarter's 公文 from the review workbook just written, as `ledger-review documents` does.
  const docsStarted = Date.now();
  const documents = await buildDocuments(readReviewDocumentModel(readGrids(cur.bytes, { sheets: DOCUMENT_SOURCE_SHEETS })));
  for (const f of documents) await writeBytes(path.join(dir, DOCUMENTS_FOLDER, f.path), f.bytes);
  const docsMs = Date.now() - docsStarted;

  const { review, consolidation } = cur.run;
  io.out(en ? `Sample quarter written to ${dir}` : `示例季度已写入 ${dir}`);
  io.out(`  ${en ? 'previous review' : '上季度点评'}: ${prev.out}`);
  io.out(`  ${en ? 'this review' : '本季度点评'}: ${cur.out}`);
  io.out(
    en
      ? `  ${consolidation.files.length} files: ${consolidation.ledgers.length} ledgers used, ${consolidation.inspections.length} inspection records`
      : `  ${quarterLabel(review.quarter)}：共 ${consolidation.files.length} 个文件，采用台账 ${consolidation.ledgers.length} 份，检查记录 ${consolidation.inspections.length} 条`,
  );
  io.out(
    en
      ? `  documents: ${documents.length} .docx in ${path.join(dir, DOCUMENTS_FOLDER)} (${(docsMs / 1000).toFixed(1)} s)`
      : `  公文：${documents.length} 个 .docx，在 ${path.join(dir, DOCUMENTS_FOLDER)}（用时 ${(docsMs / 1000).toFixed(1)} 秒）`,
  );
  for (const u of review.units.filter((x) => x.outcomes.length)) {
    const outcomes = u.outcomes.map((o) => `${en ? o.labelEn : o.label}${o.proposed ? (en ? ' (proposed)' : '（拟提议）') : ''}`).join('、');
    io.out(`  ${u.group} ${u.unitName} ${u.composite.toFixed(2)} #${u.rank}${u.tied ? (en ? ' tied' : ' 并列') : ''}: ${outcomes}`);
  }
  io.out(en ? `done in ${((Date.now() - started) / 1000).toFixed(1)} s` : `完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
  return 0;
}
