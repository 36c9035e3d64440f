import * as path from 'node:path';
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
import { quarterName, say, type CliLang } from '../messages';
import { DOCUMENT_SOURCE_SHEETS, buildDocuments, readReviewDocumentModel } from '../../documents';

/** Where the demo writes the quarter's documents. */
export const DOCUMENTS_FOLDER = '文书';

/**
 * Write the bundled sample quarter and run the real pipeline on it: the previous quarter's review
 * first (it gives the 检查性发言 history), then this quarter's review.
 */
export async function runDemo(args: ParsedArgs, io: CliIO, lang: CliLang): Promise<number> {
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
  io.out(say(lang, 'demoWritten', { folder: dir }));
  io.out(say(lang, 'demoPrevious', { file: prev.out }));
  io.out(say(lang, 'demoCurrent', { file: cur.out }));
  io.out(say(lang, 'demoFiles', { quarter: quarterName(review.quarter, lang), files: consolidation.files.length, ledgers: consolidation.ledgers.length, records: consolidation.inspections.length }));
  io.out(say(lang, 'demoDocuments', { count: documents.length, folder: path.join(dir, DOCUMENTS_FOLDER), seconds: (docsMs / 1000).toFixed(1) }));
  for (const u of review.units.filter((x) => x.outcomes.length)) {
    const outcomes = u.outcomes.map((o) => `${lang === 'en' ? o.labelEn : o.label}${o.proposed ? say(lang, 'proposed') : ''}`).join('、');
    io.out(`  ${u.group} ${u.unitName} ${u.composite.toFixed(2)} #${u.rank}${u.tied ? say(lang, 'tied') : ''}: ${outcomes}`);
  }
  io.out(say(lang, 'doneIn', { seconds: ((Date.now() - started) / 1000).toFixed(1) }));
  return 0;
}
