import * as path from 'node:path';
import { renderFinding, formatLocation } from '@ledger-review/scoring';
import { ledgerFacts } from '../../consolidate/consolidate';
import type { ConsolidatedLedger } from '../../consolidate/types';
import { readDocumentSettings } from '../../documents/settings';
import { buildRoundDocuments } from '../../documents/round';
import { inspectionWorkbook } from '../../issuing';
import { writeBytes } from '../../node/files';
import { examineFolder } from '../../node/folder';
import type { ReviewContext } from '../../pipeline';
import type { OpenRectification } from '../../rectification/types';
import { feedbackFileName, feedbackFolder, feedbackPlan, roundContact, roundLedgers, roundNoticeFileName, roundNoticePlan, roundReportFileName, roundReportPlan, roundResults, roundScored } from '../../round';
import type { WorkbookPlan } from '../../sheet/plan';
import { renderWorkbook } from '../../xlsx/writer';
import { requiredOption, stringOption, usageError, type ParsedArgs } from '../args';
import { loadContext, openItemsOption, readOptionWorkbook } from '../context';
import type { CliIO } from '../io';
import { say, type CliLang } from '../messages';
import { printable } from '../printable';
import { createProgress } from '../progress';
import { today } from '../today';

/**
 * `ledger-review round --period 2021-B2 --notice [台账目录] [--review 点评.xlsx] --out 目录`: before
 * the round, the 检查通知 workbook and the team's 检查评分表 (self-scores pre-filled from the
 * ledgers, open 整改 items in its 整改复查 sheet).
 * `ledger-review round --period 2021-B2 --results 检查评分表 [台账目录] --out 目录 [--docx]`: after
 * scoring, one 检查反馈单 per unit and the 检查情况报告 (.xlsx; with --docx also as 公文).
 * Exit 0 written; 1 written, but an input file had errors; 2 usage error or nothing usable.
 */
export async function runRound(args: ParsedArgs, io: CliIO, lang: CliLang): Promise<number> {
  const period = requiredOption(args, 'period', '2021-B2');
  const notice = !!args.options.notice;
  const resultsPath = stringOption(args, 'results');
  if (notice === (resultsPath !== undefined)) throw usageError('cli-round-mode-missing');
  const out = path.resolve(io.cwd, requiredOption(args, 'out', '检查/'));
  const asOf = stringOption(args, 'as-of') ?? today();
  const templatePath = stringOption(args, 'template');
  const context = await loadContext(templatePath, lang, io.err);
  const templateSheets = templatePath ? await readOptionWorkbook(templatePath) : undefined;
  const docSettings = readDocumentSettings(templateSheets);
  const contact = roundContact(docSettings);

  // The open 整改 items: those of the latest review's 整改台账 not closed by the office.
  const reviewPath = stringOption(args, 'review');
  const open: OpenRectification[] = reviewPath ? await openItemsOption(reviewPath, context.roster, asOf, lang) : [];

  const inputs = [...(resultsPath ? [resultsPath] : []), ...args.positionals].map((p) => path.resolve(io.cwd, p));
  const progress = createProgress();
  const examined = inputs.length ? await examineFolder(inputs, context, { onProgress: (done, total, file) => progress.update(done, total, file) }) : [];
  progress.done();
  const ledgers = roundLedgers(examined, period);
  const written: string[] = [];
  const write = async (file: string, plan: WorkbookPlan) => {
    try {
      await writeBytes(file, await renderWorkbook(plan));
    } catch (e) {
      throw usageError('cli-write-failed', { file, reason: e instanceof Error ? e.message : String(e) });
    }
    written.push(file);
  };

  if (notice) return runNotice({ context, period, open, ledgers, asOf, contact, out, io, lang, args, write });

  // After scoring: the round's records, from the inspection workbooks of this period only.
  const { inspections, rechecks, notices, inputErrors } = roundScored(examined, period);
  if (!inspections.length) throw usageError('cli-round-no-results', { path: resultsPath!, period });

  const input = { period, template: context.template, roster: context.roster, settings: context.settings, inspections, ledgers: ledgers.map(ledgerFacts) };
  const results = roundResults(input);
  const report = path.join(out, roundReportFileName(period));
  await write(report, roundReportPlan(results, input, rechecks));
  const folder = path.join(out, ...feedbackFolder(period).split('/'));
  for (const u of results.summary.units) await write(path.join(folder, feedbackFileName({ name: u.unitName })), feedbackPlan(results, u, input, contact));

  // With --docx, the same as 公文 for printing and sending (slower: seconds per hundred units).
  const docs = !args.options.docx ? [] : await buildRoundDocuments({
    summary: results.summary,
    items: results.items,
    reasons: new Map([...results.records].map(([k, r]) => [k, r.deductionReason])),
    indicatorText: new Map(context.template.indicators.map((i) => [i.code, i.text])),
    settings: docSettings,
    date: docSettings.issueDate || asOf,
  });
  for (const d of docs) {
    const file = path.join(out, ...d.path.split('/'));
    await writeBytes(file, d.bytes);
  }

  const { summary } = results;
  if (args.options.json) {
    io.out(
      JSON.stringify(
        {
          period,
          report,
          feedback: written.filter((f) => f !== report),
          documents: docs.map((d) => path.join(out, ...d.path.split('/'))),
          averageRate: summary.averageRate,
          line: summary.line,
          below: summary.below,
          items: results.items.length,
          rechecks: rechecks.map((r) => ({ id: r.id, unitCode: r.unitCode, result: r.result, note: r.note, inspector: r.inspector })),
          areas: summary.areas.map((a) => ({ area: a.area, name: a.name, units: a.units, averageRate: a.averageRate, deductions: a.deductions, common: a.common.map((c) => c.indicatorCode) })),
          units: summary.units.map((u) => ({ unitCode: u.unitCode, unit: u.unitName, rate: u.score.rate, deducted: u.deducted.length, problems: u.problems })),
          notices: notices.map((n) => ({ code: n.code, file: n.file ?? null, message: renderFinding(n, lang) })),
        },
        null,
        2,
      ),
    );
  } else {
    for (const n of notices) io.err(printable(`${formatLocation(n, lang)}: ${renderFinding(n, lang)}`));
    if (!args.options.quiet) {
      io.out(say(lang, 'roundReportWritten', { file: report, rate: summary.averageRate.toFixed(2), line: summary.line, below: summary.below.length, items: results.items.length }));
      io.out(say(lang, 'roundFeedbackWritten', { count: written.length - 1, folder }));
      if (docs.length) io.out(say(lang, 'roundDocumentsWritten', { count: docs.length, folder: out }));
    }
  }
  return inputErrors ? 1 : 0;
}

interface NoticeRun {
  context: ReviewContext;
  period: string;
  open: OpenRectification[];
  ledgers: ConsolidatedLedger[];
  asOf: string;
  contact: string;
  out: string;
  io: CliIO;
  lang: CliLang;
  args: ParsedArgs;
  write: (file: string, plan: WorkbookPlan) => Promise<void>;
}

async function runNotice(r: NoticeRun): Promise<number> {
  const { context, period, open, out, io, lang, args } = r;
  const noticeFile = path.join(out, roundNoticeFileName(period));
  await r.write(noticeFile, roundNoticePlan({ context, period, open, contact: r.contact }));
  const scoring = inspectionWorkbook(context, period, r.ledgers, open.length ? { items: open, asOf: r.asOf } : undefined);
  const scoringFile = path.join(out, scoring.fileName);
  await r.write(scoringFile, scoring.plan);
  if (args.options.json) {
    io.out(JSON.stringify({ period, notice: noticeFile, inspection: scoringFile, units: context.roster.length, prefilledUnits: scoring.prefilledUnits, recheckItems: scoring.recheckItems }, null, 2));
  } else if (!args.options.quiet) {
    io.out(say(lang, 'roundNoticeWritten', { file: noticeFile, units: context.roster.length, open: open.length }));
    io.out(say(lang, 'inspectionWritten', { file: scoringFile }));
  }
  return 0;
}
