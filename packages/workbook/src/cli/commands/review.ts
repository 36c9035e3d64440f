import { promises as fs, realpathSync } from 'node:fs';
import * as path from 'node:path';
import { makeFinding, pick, previousQuarter, renderFinding, type Finding } from '@ledger-review/scoring';
import { FILE_STATUS_TEXT, type FileStatus } from '../../consolidate/types';
import type { FileExamination } from '../../consolidate/examine';
import { writeBytes } from '../../node/files';
import { examineFolder } from '../../node/folder';
import { inferQuarter, runReview, type ReviewRun } from '../../pipeline';
import { CONSOLIDATION_SHEETS, REVIEW_SHEETS, readHistory } from '../../review';
import { gridFingerprint } from '../../review/fingerprint';
import type { GridSheet } from '../../sheet/grid';
import { META_KEYS, META_SHEET, REVIEW_KIND, readMeta, workbookKind } from '../../sheet/meta';
import { renderWorkbook } from '../../xlsx/writer';
import { readGrids } from '../../xlsx/readGrids';
import { requiredOption, stringOption, usageError, UsageError, type ParsedArgs } from '../args';
import { loadContext, readOptionWorkbook } from '../context';
import { readLimitsOf, type ReadLimits } from '../../files/limits';
import type { CliIO } from '../io';
import { quarterName, say, type CliLang } from '../messages';
import { printable } from '../printable';
import { today } from '../today';
import { createProgress } from '../progress';

const STATUSES: readonly FileStatus[] = ['accepted', 'accepted-with-warnings', 'accepted-with-errors', 'rejected', 'superseded', 'ignored'];

function summary(run: ReviewRun, out: string, lang: CliLang, scores: boolean, mode: 'consolidate' | 'review'): string[] {
  const { consolidation, review } = run;
  const count = (s: FileStatus) => consolidation.files.filter((f) => f.status === s).length;
  const lines: string[] = [];
  const parts = STATUSES.filter((s) => s !== 'ignored' || count(s) > 0).map((s) => say(lang, 'statusCount', { label: pick(FILE_STATUS_TEXT[s], lang), count: count(s) }));
  lines.push(say(lang, 'runFiles', { quarter: quarterName(review.quarter, lang), files: consolidation.files.length, parts: parts.join(say(lang, 'listSeparator')) }));
  for (const f of consolidation.files.filter((x) => x.status === 'rejected' || x.status === 'superseded')) {
    lines.push(`  ${pick(FILE_STATUS_TEXT[f.status], lang)} ${printable(f.file)}: ${printable(renderFinding(f.reason, lang))}`);
  }
  if (scores) {
    for (const u of review.units) {
      const outcomes = u.outcomes.map((o) => (lang === 'en' ? o.labelEn : o.label)).join('、');
      lines.push(`  ${u.group} #${u.rank}${u.tied ? say(lang, 'tied') : ''} ${u.unitName} ${u.composite.toFixed(review.settings.compositeDecimals)}${outcomes ? `  ${outcomes}` : ''}`);
    }
  } else {
    // Part of the quarter only: the submission status, no scores or outcomes.
    const cells = review.units.flatMap((u) => u.ledgers);
    const n = (state: string) => cells.filter((c) => c.state === state).length;
    lines.push(say(lang, 'statusCounts', { asOf: review.asOf ?? '', onTime: n('on-time'), late: n('late'), missing: n('missing'), notDue: n('not-due') }));
    lines.push(say(lang, 'noScoresYet'));
  }
  const states = mode === 'review' ? run.rectification.rows.map((r) => r.state) : [];
  if (states.length) {
    const n = (s: string) => states.filter((x) => x === s).length;
    lines.push(say(lang, 'rectificationCounts', { total: states.length, open: n('open'), overdue: n('overdue'), done: n('done') }));
  }
  lines.push(say(lang, 'written', { file: out }));
  return lines;
}

/** The real path of a file, or of its folder plus its name when it does not exist yet. */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    try {
      return path.join(realpathSync(path.dirname(path.resolve(file))), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/** Whether `out` is named on the command line as an input: one of the files, or inside one of the folders. */
function namedAsInput(out: string, positionals: readonly string[]): boolean {
  const target = realPath(out);
  return positionals.some((p) => {
    const given = realPath(p);
    return target === given || target.startsWith(given.endsWith(path.sep) ? given : given + path.sep);
  });
}

/**
 * The review of `quarter` beside `out` (other .xlsx files in its folder), read by their metadata
 * only: where the office keeps its reviews, last quarter's is usually right there.
 */
async function findReviewBeside(out: string, quarter: string, limits: ReadLimits): Promise<{ file: string; sheets: GridSheet[] } | null> {
  const dir = path.dirname(path.resolve(out));
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.toLowerCase().endsWith('.xlsx') && !n.startsWith('~$') && !n.startsWith('.')).sort();
  } catch {
    return null;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    if (realPath(file) === realPath(out)) continue;
    let meta: GridSheet[];
    try {
      meta = readGrids(new Uint8Array(await fs.readFile(file)), { ...limits, sheets: [META_SHEET] });
    } catch {
      continue;
    }
    const m = readMeta(meta);
    if (m?.[META_KEYS.kind] === REVIEW_KIND && m[META_KEYS.quarter] === quarter) {
      return { file, sheets: (await readOptionWorkbook(file, { limits }))! };
    }
  }
  return null;
}

/**
 * Whether the review workbook about to be replaced holds what the office changed and a re-run
 * cannot carry (the typed columns are carried by unit): sheets it added, or a 点评通报 draft it
 * edited. Then the old file is kept as a timestamped backup.
 */
function uncarriedEdits(old: readonly GridSheet[], oldDraftFingerprint: string | undefined, draftFingerprint: (sheet: GridSheet) => string): string[] {
  const ours = new Set<string>(Object.values(REVIEW_SHEETS));
  const added = old.filter((s) => !ours.has(s.name)).map((s) => s.name);
  const draft = old.find((s) => s.name === REVIEW_SHEETS.summary);
  const edited = draft && oldDraftFingerprint && draftFingerprint(draft) !== oldDraftFingerprint ? [REVIEW_SHEETS.summary] : [];
  return [...edited, ...added];
}

function backupName(out: string, now = new Date()): string {
  const stamp = today(now).replace(/-/g, '') + '-' + now.toTimeString().slice(0, 8).replace(/:/g, '');
  const ext = path.extname(out);
  return `${out.slice(0, out.length - ext.length)}.备份-${stamp}${ext}`;
}

async function run(args: ParsedArgs, io: CliIO, lang: CliLang, mode: 'consolidate' | 'review'): Promise<number> {
  const out = requiredOption(args, 'out', mode === 'review' ? '点评.xlsx' : '汇总.xlsx');
  let quarter = mode === 'review' ? requiredOption(args, 'quarter', '2021Q2') : stringOption(args, 'quarter');
  const asOf = stringOption(args, 'as-of') ?? today();
  const force = !!args.options.force;
  const context = await loadContext(stringOption(args, 'template'), lang, io.err);
  // The reviews this command reads back (--out, --previous, history) were written for this
  // roster: the reader's bounds grow with it.
  const limits = readLimitsOf(context);

  // What --out holds now: a review of the same quarter is updated (its typed columns kept);
  // anything else is not written over unless --force says so. An input (a unit's ledger) is
  // refused as what it is, before anything is read.
  if (!force && (await fs.stat(out).then((s) => s.isFile(), () => false)) && namedAsInput(out, args.positionals)) {
    throw usageError('cli-out-is-input', { file: out, force: '--force' });
  }
  const existing = await readOptionWorkbook(out, { missingOk: true, limits }).catch((e: unknown) => {
    if (force) return undefined;
    if (e instanceof UsageError) throw usageError('cli-out-not-review', { file: out, kind: renderFinding(e.finding, lang), force: '--force' });
    throw e;
  });
  const existingKind = existing ? workbookKind(existing) : null;
  if (existing && existingKind !== REVIEW_KIND && !force) {
    throw usageError('cli-out-not-review', { file: out, kind: existingKind ? say(lang, `kind_${existingKind}`) : say(lang, 'notOurs'), force: '--force' });
  }

  const progress = createProgress();
  const examined = await examineFolder(args.positionals, { ...context, asOf }, { onProgress: (done, total, file) => progress.update(done, total, file) });
  progress.done();
  if (!examined.length) throw usageError('cli-no-files', { paths: args.positionals.join('、') });

  const outReal = realPath(out);
  const input = examined.find((e) => e.path !== undefined && realPath(e.path) === outReal);
  if (input && !force) throw usageError('cli-out-is-input', { file: out, force: '--force' });

  if (!quarter) {
    quarter = inferQuarter(examined.map((e) => e.ledger?.month).filter((m): m is string => !!m)) ?? undefined;
    if (!quarter) throw usageError('cli-quarter-unknown');
  }
  const existingQuarter = existing && existingKind === REVIEW_KIND ? (readMeta(existing)?.[META_KEYS.quarter] ?? null) : null;
  if (existing && existingKind === REVIEW_KIND && existingQuarter !== quarter && !force) {
    throw usageError('cli-out-other-quarter', { file: out, other: existingQuarter ?? '?', quarter, force: '--force' });
  }
  // Typed columns are carried only within the same quarter: a confirmation nobody gave for this
  // quarter must never appear in it.
  const existingReview = existing && existingKind === REVIEW_KIND && existingQuarter === quarter ? existing : undefined;

  // History: --previous, else reviews handed in among the inputs, else one beside --out.
  const notices: Finding[] = [];
  const previousReviews: GridSheet[][] = [];
  const previousPath = stringOption(args, 'previous');
  let historyFound: Finding | undefined;
  let historyInput: FileExamination | undefined;
  if (previousPath) previousReviews.push((await readOptionWorkbook(previousPath, { limits }))!);
  else {
    const prev = previousQuarter(quarter);
    const among = examined.find((e: FileExamination) => e.workbook?.kind === REVIEW_KIND && e.workbook.quarter === prev && e.path);
    const found = among?.path ? { file: among.path, sheets: (await readOptionWorkbook(among.path, { limits }))! } : await findReviewBeside(out, prev, limits);
    if (found) {
      previousReviews.push(found.sheets);
      historyFound = makeFinding('cli-history-found', { quarter: prev, file: found.file });
      if (among && readHistory(found.sheets).some((h) => h.quarter === prev)) historyInput = among;
    }
  }

  // The previous review handed in with the ledgers is accounted for as what it is used for, not
  // as a ledger in error.
  const inputs = historyInput
    ? examined.map((e) =>
        e === historyInput
          ? { ...e, findings: [], account: { ...e.account, status: 'ignored' as const, errors: 0, reason: makeFinding('account-previous-review', { quarter: previousQuarter(quarter) }, { file: e.name }) } }
          : e,
      )
    : examined;
  const result = runReview({ examined: inputs, quarter, context, existingReview, previousReviews, asOf });
  // Found means it gave the history (a consolidation of that quarter does not): never both words.
  if (historyFound && !result.historyMissing) notices.push(historyFound);
  const scores = result.review.complete || !!args.options.scores;
  if (mode === 'review' && !scores) {
    throw usageError('cli-quarter-incomplete', { quarter, asOf });
  }
  const plan = mode === 'consolidate' ? { ...result.plan, sheets: result.plan.sheets.filter((s) => CONSOLIDATION_SHEETS.includes(s.name)) } : result.plan;

  // Keep the old review when it holds edits a re-run cannot carry.
  if (existing && existingKind === REVIEW_KIND) {
    const edits = uncarriedEdits(existing, readMeta(existing)?.[META_KEYS.draftFingerprint], gridFingerprint);
    if (edits.length) {
      const backup = backupName(out);
      await fs.copyFile(out, backup);
      notices.push(makeFinding('cli-backup-kept', { sheets: edits.join('、'), backup }));
    }
  }
  try {
    await writeBytes(out, await renderWorkbook(plan));
  } catch (e) {
    throw usageError('cli-write-failed', { file: out, reason: e instanceof Error ? e.message : String(e) });
  }
  if (result.historyMissing) notices.push(makeFinding('cli-history-missing', { quarter: result.historyMissing }));

  if (args.options.json) {
    io.out(
      JSON.stringify(
        {
          quarter,
          asOf,
          complete: result.review.complete,
          output: out,
          historyMissing: result.historyMissing,
          // The 整改台账 is the review's (consolidate writes no such sheet).
          ...(mode === 'review'
            ? { rectification: result.rectification.rows.map((r) => ({ id: r.item.id, unitCode: r.item.unitCode, source: r.item.source, period: r.item.period, indicatorCode: r.item.indicatorCode, deadline: r.item.deadline, state: r.state })) }
            : {}),
          notices: notices.map((n) => ({ code: n.code, message: renderFinding(n, lang) })),
          files: result.consolidation.files.map((f) => ({ ...f, reason: { code: f.reason.code, message: renderFinding(f.reason, lang) } })),
          units: scores
            ? result.review.units.map((u) => ({
                unitCode: u.unitCode,
                unit: u.unitName,
                group: u.group,
                inspectionRate: u.inspectionRate,
                timeliness: u.timeliness,
                quality: u.quality,
                composite: u.composite,
                rank: u.rank,
                tied: u.tied,
                outcomes: u.outcomes.map((o) => ({ kind: o.kind, label: lang === 'en' ? o.labelEn : o.label, proposed: o.proposed, reason: lang === 'en' ? o.reasonEn : o.reason })),
              }))
            : [],
          ledgers: result.review.units.map((u) => ({ unitCode: u.unitCode, unit: u.unitName, months: u.ledgers.map((l) => ({ month: l.month, state: l.state, label: lang === 'en' ? l.labelEn : l.label, daysLate: l.daysLate })) })),
        },
        null,
        2,
      ),
    );
  } else {
    for (const n of notices) io.err(printable(renderFinding(n, lang)));
    if (!args.options.quiet) for (const line of summary(result, out, lang, scores, mode)) io.out(line);
  }
  const anyError = result.consolidation.files.some((f) => f.errors > 0);
  return anyError ? 1 : 0;
}

export const runConsolidate = (args: ParsedArgs, io: CliIO, lang: CliLang) => run(args, io, lang, 'consolidate');
export const runReviewCommand = (args: ParsedArgs, io: CliIO, lang: CliLang) => run(args, io, lang, 'review');
