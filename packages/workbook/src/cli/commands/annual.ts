import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatLocation, renderFinding, type Finding } from '@ledger-review/scoring';
import { ANNUAL_KIND, ANNUAL_META_KEYS, buildAnnualPlan, buildAnnualRollup, readAnnualHandTyped, selectAnnualReviews } from '../../annual';
import { readFailure, type ReceivedFile } from '../../files/received';
import { DOCUMENT_SOURCE_SHEETS } from '../../documents/readReview';
import { readGrids } from '../../xlsx/readGrids';
import { writeBytes } from '../../node/files';
import { listEntries } from '../../node/folder';
import { META_KEYS, readMeta } from '../../sheet/meta';
import { renderWorkbook } from '../../xlsx/writer';
import { UsageError, requiredOption, usageError, type ParsedArgs } from '../args';
import { readOptionWorkbook } from '../context';
import type { CliIO } from '../io';
import { printable } from '../printable';
import { quarterName, say, type CliLang } from '../messages';

/**
 * `ledger-review annual <quarterly reviews> --year 2021 --out 年度汇总.xlsx`: the year's reviews
 * (files or folders; anything else among them is ignored with a notice) rolled up per unit. Works
 * on part of the year and says which quarters are missing. A re-run over the same --out keeps the
 * office's 办公室确认; any other existing file is not written over without --force.
 * Exit 0 written; 1 written, but a review could not be used; 2 usage error or no review of the year.
 */
export async function runAnnual(args: ParsedArgs, io: CliIO, lang: CliLang): Promise<number> {
  const year = Number(requiredOption(args, 'year', '2021'));
  const out = path.resolve(io.cwd, requiredOption(args, 'out', '年度汇总.xlsx'));
  const force = !!args.options.force;
  const started = Date.now();

  const existing = await readOptionWorkbook(out, { missingOk: true }).catch((e: unknown) => {
    if (force) return undefined;
    if (e instanceof UsageError) throw usageError('cli-out-not-annual', { file: out, year, kind: renderFinding(e.finding, lang), force: '--force' });
    throw e;
  });
  const existingMeta = existing ? readMeta(existing) : null;
  const existingIsOurs = existingMeta?.[META_KEYS.kind] === ANNUAL_KIND && existingMeta[ANNUAL_META_KEYS.year] === String(year);
  if (existing && !existingIsOurs && !force) {
    const kind = existingMeta?.[META_KEYS.kind] === ANNUAL_KIND ? `${existingMeta[ANNUAL_META_KEYS.year]} 年度汇总` : (existingMeta?.[META_KEYS.kind] ?? say(lang, 'notOurs'));
    throw usageError('cli-out-not-annual', { file: out, year, kind, force: '--force' });
  }

  const notices: Finding[] = [];
  // Only the sheets the roll-up reads: a review's 台账汇总 and 问题清单 are most of its bytes.
  const files = listEntries(args.positionals.map((p) => path.resolve(io.cwd, p))).map((entry): ReceivedFile => {
    if (entry.failure) return { name: entry.name, path: entry.path, failure: entry.failure };
    try {
      return { name: entry.name, path: entry.path, sheets: readGrids(readFileSync(entry.path), { sheets: DOCUMENT_SOURCE_SHEETS }) };
    } catch (e) {
      return { name: entry.name, path: entry.path, failure: readFailure(e, entry.name) };
    }
  });
  let unusable = 0;
  // --out is kept aside (its 办公室确认 are read from it above); any other 年度汇总 is no input.
  const selection = selectAnnualReviews(
    files.filter((f) => !(f.path && path.resolve(f.path) === out)),
    year,
  );
  const skipped = selection.earlier ? [...selection.skipped, { file: selection.earlier.file, reason: 'not-review' as const, quarter: null, kind: ANNUAL_KIND }] : selection.skipped;
  for (const s of skipped) {
    if (s.failure) {
      // Reviews are .xlsx: the 公文 and PDFs kept beside them are not inputs gone wrong.
      if (!/\.xls[xm]$/i.test(s.file)) {
        notices.push(usageError('cli-annual-input-ignored', { file: s.file, year, kind: path.extname(s.file) || say(lang, 'notOurs') }).finding);
        continue;
      }
      notices.push(s.failure);
      if (s.failure.severity === 'error') unusable++;
      continue;
    }
    const kind = s.reason === 'other-year' && s.quarter ? quarterName(s.quarter, lang) : (s.kind ?? say(lang, 'notOurs'));
    notices.push(usageError('cli-annual-input-ignored', { file: s.file, year, kind }).finding);
  }
  if (selection.duplicate) {
    const [file, other] = selection.duplicate.files;
    throw usageError('cli-annual-duplicate-quarter', { quarter: quarterName(selection.duplicate.quarter, lang), file, other });
  }
  const inputs = selection.inputs;
  if (!inputs.length) {
    // Say what was found instead (reviews of another year, ledgers …) before refusing.
    printNotices(notices, io, lang);
    throw usageError('cli-annual-no-reviews', { year, paths: args.positionals.join('、') });
  }

  const rollup = buildAnnualRollup(year, inputs);
  unusable += rollup.findings.filter((x) => x.severity === 'error').length;
  if (!rollup.quarters.length) {
    printNotices([...notices, ...rollup.findings], io, lang);
    throw usageError('cli-annual-no-reviews', { year, paths: args.positionals.join('、') });
  }
  const plan = buildAnnualPlan(rollup, existing && existingIsOurs ? readAnnualHandTyped(existing) : {});
  await writeBytes(out, await renderWorkbook(plan));

  const all = [...notices, ...rollup.findings];
  if (args.options.json) {
    io.out(
      JSON.stringify(
        {
          year,
          output: out,
          quarters: rollup.quarters.map((q) => ({ quarter: q.quarter, file: q.file })),
          missing: rollup.missing,
          units: rollup.units.map((u) => ({
            unitCode: u.code,
            unit: u.name,
            group: u.group,
            quarters: rollup.quarters.map((q) => {
              const v = q.units.get(u.code);
              return { quarter: q.quarter, composite: v?.composite ?? null, rank: v?.rank ?? null, outcomes: v?.outcomes.map((o) => ({ kind: o.kind, label: o.label, pending: o.pending })) ?? [] };
            }),
          })),
          proposals: rollup.proposals.map((p) => ({ kind: p.kind, unitCode: p.unitCode, unit: p.unitName, reasons: p.reasons, confirmations: p.confirmations })),
          findings: all.map((n) => ({ code: n.code, severity: n.severity, file: n.file ?? null, message: renderFinding(n, lang) })),
        },
        null,
        2,
      ),
    );
  } else {
    printNotices(all, io, lang);
    if (!args.options.quiet) {
      const sep = say(lang, 'listSeparator');
      io.out(say(lang, 'annualWritten', { year, file: out, quarters: rollup.quarters.map((q) => quarterName(q.quarter, lang)).join(sep) }));
      if (rollup.missing.length) io.out(say(lang, 'annualMissing', { quarters: rollup.missing.map((q) => quarterName(q, lang)).join(sep) }));
      io.out(
        say(lang, 'annualProposals', {
          disqualify: rollup.proposals.filter((p) => p.kind === 'disqualify').length,
          civilized: rollup.proposals.filter((p) => p.kind === 'revokeCivilized').length,
        }),
      );
      io.out(say(lang, 'doneIn', { seconds: ((Date.now() - started) / 1000).toFixed(1) }));
    }
  }
  return unusable ? 1 : 0;
}

function line(n: Finding, lang: CliLang): string {
  const where = n.file ? `${formatLocation(n, lang)}: ` : '';
  return `${say(lang, `severity_${n.severity}`)} ${where}${renderFinding(n, lang)}`;
}

/** A folder of a year's work holds hundreds of ledgers: name a few ignored files, count the rest. */
const IGNORED_SHOWN = 3;

function printNotices(notices: readonly Finding[], io: CliIO, lang: CliLang): void {
  const ignored = notices.filter((n) => n.code === 'cli-annual-input-ignored');
  for (const n of notices.filter((x) => x.code !== 'cli-annual-input-ignored')) io.err(printable(line(n, lang)));
  for (const n of ignored.slice(0, IGNORED_SHOWN)) io.err(printable(line(n, lang)));
  if (ignored.length > IGNORED_SHOWN) io.err(say(lang, 'annualIgnoredMore', { count: ignored.length - IGNORED_SHOWN }));
}
