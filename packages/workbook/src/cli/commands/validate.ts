import { pick, renderFinding, type Finding } from '@ledger-review/scoring';
import { FILE_STATUS_TEXT } from '../../consolidate/types';
import { examineFolder } from '../../node/folder';
import { stringOption, usageError, type ParsedArgs } from '../args';
import { loadContext } from '../context';
import type { CliIO } from '../io';
import { say, type CliLang } from '../messages';
import { printable } from '../printable';
import { createProgress } from '../progress';
import { today } from '../today';

export function findingLine(f: Finding, lang: CliLang): string {
  const where = [f.sheet, f.address ?? (f.row ? `${f.column ?? ''}${f.row}` : '')].filter(Boolean).join('!');
  return `  ${say(lang, `severity_${f.severity}`)} ${where ? `${printable(where)} ` : ''}${printable(renderFinding(f, lang))} [${f.code}]`;
}

export async function runValidate(args: ParsedArgs, io: CliIO, lang: CliLang): Promise<number> {
  const context = await loadContext(stringOption(args, 'template'), lang, io.err);
  const progress = createProgress();
  // Each file is judged on its own: duplicates are a consolidation matter, not a ledger error.
  const asOf = stringOption(args, 'as-of') ?? today();
  const results = await examineFolder(args.positionals, { ...context, asOf }, {
    withRecords: false,
    onProgress: (done, total, file) => progress.update(done, total, file),
  });
  progress.done();
  if (!results.length) throw usageError('cli-no-files', { paths: args.positionals.join('、') });
  const unreadable = results.some((r) => r.account.status === 'rejected' && r.account.kind === 'unknown');
  const anyError = results.some((r) => r.account.errors > 0);
  if (args.options.json) {
    io.out(
      JSON.stringify(
        results.map((r) => ({
          file: r.path ?? r.name,
          name: r.name,
          kind: r.account.kind,
          status: r.account.status,
          unitCode: r.account.unitCode,
          unit: r.account.unitName,
          period: r.account.period,
          valid: r.account.errors === 0 && r.account.status !== 'rejected',
          errors: r.account.errors,
          warnings: r.account.warnings,
          reason: { code: r.account.reason.code, message: renderFinding(r.account.reason, lang) },
          findings: r.findings.map((f) => ({
            code: f.code,
            severity: f.severity,
            sheet: f.sheet ?? null,
            row: f.row ?? null,
            column: f.column ?? null,
            address: f.address ?? null,
            message: renderFinding(f, lang),
          })),
        })),
        null,
        2,
      ),
    );
  } else {
    for (const r of results) {
      const ok = r.account.errors === 0 && r.account.status !== 'rejected';
      const who = [r.account.unitName, r.account.period].filter(Boolean).join(' ');
      const status = pick(FILE_STATUS_TEXT[r.account.status], lang);
      io.out(`${ok ? '✓' : '✗'} ${printable(r.path ?? r.name)}  ${printable(who)}  ${status}  ${say(lang, 'validateLine', { errors: r.account.errors, warnings: r.account.warnings })}`);
      if (!args.options.quiet) for (const f of r.findings) io.out(findingLine(f, lang));
    }
    const valid = results.filter((r) => r.account.errors === 0 && r.account.status !== 'rejected').length;
    io.out(say(lang, 'validateTotal', { files: results.length, valid }));
  }
  return unreadable ? 2 : anyError ? 1 : 0;
}
