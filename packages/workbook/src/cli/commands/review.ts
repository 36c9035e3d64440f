import { promises as fs } from 'node:fs';
import { isQuarter, quarterLabel, renderFinding } from '@ledger-review/scoring';
import { FILE_STATUS_LABEL } from '../../consolidate/types';
import { writeBytes } from '../../node/files';
import { examineFolder } from '../../node/folder';
import { inferQuarter, runReview, type ReviewRun } from '../../pipeline';
import type { GridSheet } from '../../sheet/grid';
import { renderWorkbook } from '../../xlsx/writer';
import { readGrids } from '../../xlsx/readGrids';
import { CONSOLIDATION_SHEETS } from '../../review';
import { UsageError, stringOption, type ParsedArgs } from '../args';
import { loadContext } from '../context';
import type { CliIO } from '../io';
import type { CliLang } from '../messages';
import { createProgress } from '../progress';

async function readExisting(file: string | undefined): Promise<GridSheet[] | undefined> {
  if (!file) return undefined;
  try {
    return readGrids(new Uint8Array(await fs.readFile(file)));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`无法读取已有工作簿 ${file}：${(e as Error).message}`);
  }
}

function summary(run: ReviewRun, out: string, lang: CliLang): string[] {
  const { consolidation, review } = run;
  const count = (s: string) => consolidation.files.filter((f) => f.status === s).length;
  const lines: string[] = [];
  if (lang === 'en') {
    lines.push(`${review.quarter}: ${consolidation.files.length} files — ${count('accepted')} accepted, ${count('accepted-with-warnings')} accepted with warnings, ${count('accepted-with-errors')} accepted with errors, ${count('rejected')} rejected, ${count('superseded')} superseded`);
  } else {
    lines.push(
      `${quarterLabel(review.quarter)}：共 ${consolidation.files.length} 个文件，${FILE_STATUS_LABEL.accepted} ${count('accepted')}，${FILE_STATUS_LABEL['accepted-with-warnings']} ${count('accepted-with-warnings')}，${FILE_STATUS_LABEL['accepted-with-errors']} ${count('accepted-with-errors')}，${FILE_STATUS_LABEL.rejected} ${count('rejected')}，${FILE_STATUS_LABEL.superseded} ${count('superseded')}`,
    );
  }
  for (const f of consolidation.files.filter((x) => x.status === 'rejected' || x.status === 'superseded')) {
    lines.push(`  ${lang === 'en' ? f.status : FILE_STATUS_LABEL[f.status]} ${f.file}: ${renderFinding(f.reason, lang)}`);
  }
  for (const u of review.units) {
    const outcomes = u.outcomes.map((o) => (lang === 'en' ? o.labelEn : o.label)).join('、');
    lines.push(`  ${u.group} #${u.rank}${u.tied ? (lang === 'en' ? ' (tied)' : '（并列）') : ''} ${u.unitName} ${u.composite.toFixed(review.settings.compositeDecimals)}${outcomes ? `  ${outcomes}` : ''}`);
  }
  lines.push(lang === 'en' ? `written: ${out}` : `已写入：${out}`);
  return lines;
}

async function run(args: ParsedArgs, io: CliIO, lang: CliLang, consolidateOnly: boolean): Promise<number> {
  if (!args.positionals.length) throw new UsageError(lang === 'en' ? 'give files or folders to consolidate' : '请给出要汇总的文件或目录');
  const out = stringOption(args, 'out');
  if (!out) throw new UsageError(lang === 'en' ? '--out FILE is required' : '需要 --out 输出文件');
  // Usage errors first: before this check, `review .` read every file under the folder (all of
  // node_modules in a project folder) only to say that --quarter was missing.
  let quarter = stringOption(args, 'quarter');
  if (quarter && !isQuarter(quarter)) throw new UsageError(lang === 'en' ? `bad quarter ${quarter} (e.g. 2021Q2)` : `季度格式应为 2021Q2：${quarter}`);
  if (!quarter && !consolidateOnly) throw new UsageError(lang === 'en' ? '--quarter is required' : '需要 --quarter，如 2021Q2');
  const context = await loadContext(stringOption(args, 'template'), lang, io.err);
  const progress = createProgress();
  const examined = await examineFolder(args.positionals, context, { onProgress: (done, total, file) => progress.update(done, total, file) });
  progress.done();
  if (!quarter) {
    const months = examined.map((e) => e.ledger?.month).filter((m): m is string => !!m);
    quarter = inferQuarter(months) ?? undefined;
    if (!quarter) throw new UsageError(lang === 'en' ? '--quarter is required (cannot infer it from file names)' : '无法从文件名推断季度，请用 --quarter 指定');
  }
  const previous = stringOption(args, 'previous');
  const previousReviews = previous ? [(await readExisting(previous)) ?? []] : [];
  if (previous && !previousReviews[0].length) throw new UsageError(`${lang === 'en' ? 'previous review not found' : '找不到上季度点评工作簿'}：${previous}`);
  const existingReview = await readExisting(out);
  const result = runReview({ examined, quarter, context, existingReview, previousReviews });
  const plan = consolidateOnly
    ? { ...result.plan, sheets: result.plan.sheets.filter((s) => CONSOLIDATION_SHEETS.includes(s.name)) }
    : result.plan;
  await writeBytes(out, await renderWorkbook(plan));
  if (args.options.json) {
    io.out(
      JSON.stringify(
        {
          quarter,
          output: out,
          files: result.consolidation.files,
          units: result.review.units.map((u) => ({
            unitCode: u.unitCode,
            unit: u.unitName,
            group: u.group,
            inspectionRate: u.inspectionRate,
            timeliness: u.timeliness,
            quality: u.quality,
            composite: u.composite,
            rank: u.rank,
            tied: u.tied,
            outcomes: u.outcomes.map((o) => ({ kind: o.kind, label: o.label, proposed: o.proposed, reason: lang === 'en' ? o.reasonEn : o.reason })),
          })),
        },
        null,
        2,
      ),
    );
  } else if (!args.options.quiet) {
    for (const line of summary(result, out, lang)) io.out(line);
  }
  const anyError = result.consolidation.files.some((f) => f.errors > 0);
  return anyError ? 1 : 0;
}

export const runConsolidate = (args: ParsedArgs, io: CliIO, lang: CliLang) => run(args, io, lang, true);
export const runReviewCommand = (args: ParsedArgs, io: CliIO, lang: CliLang) => run(args, io, lang, false);
