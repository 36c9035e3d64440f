import * as path from 'node:path';
import { startSecondHalf, writeSampleQuarter, writeSampleYear } from '../../demo/node';
import { DEFAULT_SAMPLE_SEED, sampleInspectionTeam } from '../../demo/sampleQuarter';
import { examineFile, type FileExamination } from '../../consolidate/examine';
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
  // The sample's inspection team has names, so 回避 is checked for real.
  const base = defaultContext();
  const context = { ...base, team: sampleInspectionTeam(base.roster) };
  // The sample year's second half is rendered and examined meanwhile, in a worker thread.
  const secondHalf = startSecondHalf(dir, DEFAULT_SAMPLE_SEED, context);
  // Awaited below; until then a failure must not count as unhandled.
  secondHalf.catch(() => undefined);
  const sample = await writeSampleQuarter(dir, { seed: DEFAULT_SAMPLE_SEED });
  await writeBytes(path.join(dir, '指标模板.xlsx'), await renderWorkbook(buildTemplateWorkbookPlan(context)));

  // Each file is read and examined once: the sample year below reuses the examinations.
  const examine = async (inputs: string[]): Promise<FileExamination[]> => (await readFolder(inputs)).map((f) => examineFile(f, context));
  const build = async (quarter: string, examined: FileExamination[], previous: ReturnType<typeof readGrids>[]) => {
    const run = runReview({ examined, quarter, context, previousReviews: previous });
    const bytes = await renderWorkbook(run.plan);
    const out = path.join(dir, `${quarter}_季度点评.xlsx`);
    await writeBytes(out, bytes);
    return { run, out, bytes };
  };
  const previousFiles = await examine(sample.previousDirs);
  const currentFiles = await examine(sample.currentDirs);
  const prev = await build(sample.previousQuarter, previousFiles, []);
  const cur = await build(sample.quarter, currentFiles, [readGrids(prev.bytes)]);

  // The quarter's 公文 from the review workbook just written, as `ledger-review documents` does.
  const docsStarted = Date.now();
  const documents = await buildDocuments(readReviewDocumentModel(readGrids(cur.bytes, { sheets: DOCUMENT_SOURCE_SHEETS })));
  for (const f of documents) await writeBytes(path.join(dir, DOCUMENTS_FOLDER, f.path), f.bytes);
  const docsMs = Date.now() - docsStarted;

  // The rest of the campaign year on the same sample (SPEC §10).
  const yearStarted = Date.now();
  const half = await secondHalf;
  const halfExamined = half.examined ?? [];
  const year = await writeSampleYear(dir, {
    context,
    previous: previousFiles,
    current: currentFiles,
    previousQuarter: sample.previousQuarter,
    quarter: sample.quarter,
    previousReview: prev.bytes,
    currentReview: cur.bytes,
    seed: DEFAULT_SAMPLE_SEED,
    secondHalf: { folder: half.folder, files: half.files, quarters: half.quarters, examined: halfExamined },
  });
  const yearMs = Date.now() - yearStarted;

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
  const sep = say(lang, 'listSeparator');
  io.out(say(lang, 'demoYear', { folder: year.folder, seconds: (yearMs / 1000).toFixed(1) }));
  const halves = year.secondHalf.quarters;
  io.out(say(lang, 'demoYearSecondHalf', { quarters: halves.map((q) => quarterName(q.quarter, lang)).join(sep), ledgers: halves.reduce((n, q) => n + q.ledgers, 0), inspections: halves.reduce((n, q) => n + q.inspections.length, 0), files: year.secondHalf.files, folder: year.secondHalf.folder }));
  for (const s of year.status.snapshots) {
    const t = s.status.totals;
    io.out(say(lang, 'demoYearStatus', { file: s.file, asOf: s.status.asOf, onTime: t.onTime, late: t.late, missing: t.missing, chase: s.status.chase.length, chaseFile: s.chaseFile, units: s.status.chase.map((u) => u.unitName).join(sep) }));
  }
  io.out(say(lang, 'demoYearChasedTwice', { units: year.status.chasedTwice.join(sep) }));
  io.out(say(lang, 'demoYearRound', { period: year.round.period, notice: year.round.notice, open: year.round.open, report: year.round.report, feedback: year.round.feedback, rate: year.round.averageRate.toFixed(2) }));
  const d = year.decided;
  io.out(say(lang, 'demoYearDecision', { quarter: d.decision.quarter, outcome: d.decision.outcome, action: d.decision.action, unit: d.unitName, reason: d.decision.reason, file: d.reviews[1].file }));
  for (const r of d.reviews) io.out(say(lang, 'demoYearRectification', { quarter: quarterName(r.quarter, lang), file: r.file, closed: r.closed.length, done: r.states.done, overdue: r.states.overdue, open: r.states.open }));
  const r = year.annual.rollup;
  io.out(say(lang, 'demoYearAnnual', { file: year.annual.file, quarters: r.quarters.map((q) => quarterName(q.quarter, lang)).join(sep) }));
  io.out(say(lang, 'doneIn', { seconds: ((Date.now() - started) / 1000).toFixed(1) }));
  return 0;
}
