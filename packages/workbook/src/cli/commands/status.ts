import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_OFFICE_CONTACT, InvalidSettingsError, campaignStatus, chaseText, monthLabel, pick, renderFinding } from '@ledger-review/scoring';
import { FILE_STATUS_TEXT } from '../../consolidate/types';
import { writeBytes } from '../../node/files';
import { examineFolder } from '../../node/folder';
import { REVIEW_KIND, STATUS_KIND, TEMPLATE_KIND, workbookKind } from '../../sheet/meta';
import { buildStatusPlan, receivedLedgersOf } from '../../status';
import { renderWorkbook } from '../../xlsx/writer';
import { stringOption, usageError, UsageError, type ParsedArgs } from '../args';
import { loadContext, readOptionWorkbook } from '../context';
import type { CliIO } from '../io';
import { say, type CliLang } from '../messages';
import { printable } from '../printable';
import { createProgress } from '../progress';
import { today } from '../today';

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * `ledger-review status <folders> [--as-of 2021-05-06] [--out 状态.xlsx] [--json]`: each unit's
 * monthly ledgers as of the day and the 催报 list (SPEC §10). Nothing is scored. Exit codes: 0 done;
 * 1 a file had errors (the status is still written: a ledger with errors was still received); 2
 * usage error or no file found.
 */
export async function runStatus(args: ParsedArgs, io: CliIO, lang: CliLang): Promise<number> {
  const asOf = stringOption(args, 'as-of') ?? today();
  const out = stringOption(args, 'out');
  const force = !!args.options.force;
  const context = await loadContext(stringOption(args, 'template'), lang, io.err);
  const office = context.office ?? DEFAULT_OFFICE_CONTACT;

  // --out replaces only a status workbook of ours (or anything with --force).
  if (out && !force) {
    const existing = await readOptionWorkbook(out, { missingOk: true }).catch((e: unknown) => {
      if (e instanceof UsageError) throw usageError('cli-out-not-status', { file: out, kind: renderFinding(e.finding, lang), force: '--force' });
      throw e;
    });
    const kind = existing ? workbookKind(existing) : null;
    if (existing && kind !== STATUS_KIND) throw usageError('cli-out-not-status', { file: out, kind: kind ?? say(lang, 'notOurs'), force: '--force' });
  }

  const progress = createProgress();
  const examined = await examineFolder(args.positionals, context, { onProgress: (done, total, file) => progress.update(done, total, file) });
  progress.done();
  if (!examined.length) throw usageError('cli-no-files', { paths: args.positionals.join('、') });
  // An earlier 状态.xlsx kept beside the ledgers is ours, not a bad ledger.
  const outReal = out ? realPath(out) : null;
  const isStatusWorkbook = (e: (typeof examined)[number]) => e.workbook?.kind === STATUS_KIND || (!!outReal && !!e.path && realPath(e.path) === outReal);
  // Reviews and the template handed in with the ledgers are the office's own workbooks: not
  // ledgers to count, not errors of a unit either.
  const isOfficeWorkbook = (e: (typeof examined)[number]) => e.workbook?.kind === REVIEW_KIND || e.workbook?.kind === TEMPLATE_KIND;
  const inputs = examined.filter((e) => !isStatusWorkbook(e) && !isOfficeWorkbook(e));
  const skipped = examined.filter(isStatusWorkbook);
  const officeWorkbooks = examined.filter((e) => !isStatusWorkbook(e) && isOfficeWorkbook(e));

  let status;
  try {
    status = campaignStatus({ roster: context.roster, ledgers: receivedLedgersOf(inputs), settings: context.settings, asOf, from: stringOption(args, 'from') });
  } catch (e) {
    if (e instanceof InvalidSettingsError) throw usageError('cli-template-invalid', { file: stringOption(args, 'template') ?? '', errors: e.problems.length });
    throw e;
  }
  const text = chaseText(status, office, lang);

  if (out) {
    try {
      await writeBytes(out, await renderWorkbook(buildStatusPlan(status, office)));
    } catch (e) {
      throw usageError('cli-write-failed', { file: out, reason: e instanceof Error ? e.message : String(e) });
    }
  }

  const problemFiles = inputs.filter((e) => e.account.errors > 0);
  if (args.options.json) {
    io.out(
      JSON.stringify(
        {
          asOf: status.asOf,
          from: status.from,
          months: status.months,
          output: out ?? null,
          office,
          totals: status.totals,
          units: status.units.map((u) => ({
            unitCode: u.unitCode,
            unit: u.unitName,
            group: u.group,
            contact: u.contact,
            counts: u.counts,
            months: u.months.map((m) => ({ month: m.month, dueDate: m.dueDate, state: m.state, label: lang === 'en' ? m.labelEn : m.label, daysLate: m.daysLate, submittedOn: m.submittedOn, file: m.file })),
            overdue: u.overdue,
          })),
          chase: status.chase.map((u) => u.unitCode),
          chaseText: text,
          warnings: status.warnings.map((w) => ({ code: w.code, unitCode: w.unitCode ?? null, message: pick(w, lang) })),
          files: inputs.map((e) => ({ file: e.path ?? e.name, kind: e.account.kind, status: e.account.status, unitCode: e.account.unitCode, period: e.account.period, errors: e.account.errors, reason: { code: e.account.reason.code, message: renderFinding(e.account.reason, lang) } })),
          skipped: [...skipped, ...officeWorkbooks].map((e) => e.path ?? e.name),
        },
        null,
        2,
      ),
    );
  } else {
    for (const e of skipped) io.err(say(lang, 'statusSkipped', { file: printable(e.path ?? e.name) }));
    for (const e of officeWorkbooks) io.err(say(lang, 'statusSkippedOther', { file: printable(e.path ?? e.name), reason: printable(renderFinding(e.account.reason, lang)) }));
    for (const e of inputs.filter((x) => x.account.status === 'rejected')) {
      io.err(`${pick(FILE_STATUS_TEXT[e.account.status], lang)} ${printable(e.path ?? e.name)}: ${printable(renderFinding(e.account.reason, lang))}`);
    }
    for (const w of status.warnings) io.err(printable(pick(w, lang)));
    const t = status.totals;
    io.out(
      status.months.length
        ? say(lang, 'statusCounts', { asOf: status.asOf, onTime: t.onTime, late: t.late, missing: t.missing, notDue: t.notDue })
        : say(lang, 'statusNoMonths', { asOf: status.asOf }),
    );
    if (!args.options.quiet) {
      for (const u of status.units) {
        const months = u.months.map((m) => say(lang, 'statusMonth', { month: lang === 'en' ? m.month : monthLabel(m.month), label: lang === 'en' ? m.labelEn : m.label }));
        io.out(say(lang, 'statusUnit', { group: u.group, unit: printable(u.unitName), months: months.join(say(lang, 'listSeparator')) }));
      }
      io.out('');
      for (const line of text.split('\n')) io.out(printable(line));
    }
    if (out) io.out(say(lang, 'written', { file: out }));
  }
  return problemFiles.length ? 1 : 0;
}
