import { renderFinding, type Finding } from '@ledger-review/scoring';
import { FILE_STATUS_LABEL } from '../../consolidate/types';
import { examineFolder } from '../../node/folder';
import { UsageError, stringOption, type ParsedArgs } from '../args';
import { loadContext } from '../context';
import type { CliIO } from '../io';
import type { CliLang } from '../messages';
import { createProgress } from '../progress';

export function findingLine(f: Finding, lang: CliLang): string {
  const where = [f.sheet, f.address ?? (f.row ? `${f.column ?? ''}${f.row}` : '')].filter(Boolean).join('!');
  const sev = lang === 'en' ? f.severity : f.severity === 'error' ? '错误' : f.severity === 'warning' ? '警告' : '说明';
  return `  ${sev} ${where ? `${where} ` : ''}${renderFinding(f, lang)} [${f.code}]`;
}

export async function runValidate(args: ParsedArgs, io: CliIO, lang: CliLang): Promise<number> {
  if (!args.positionals.length) throw new UsageError(lang === 'en' ? 'validate needs files or folders' : 'validate 需要文件或目录');
  const context = await loadContext(stringOption(args, 'template'), lang, io.err);
  const progress = createProgress();
  // Each file is judged on its own: duplicates are a consolidation matter, not a ledger error.
  const results = await examineFolder(args.positionals, context, {
    withRecords: false,
    onProgress: (done, total, file) => progress.update(done, total, file),
  });
  progress.done();
  if (!results.length) throw new UsageError(lang === 'en' ? 'no files found' : '未找到文件');
  const unreadable = results.some((r) => r.account.status === 'rejected' && r.account.kind === 'unknown');
  const anyError = results.some((r) => r.account.errors > 0);
  if (args.options.json) {
    io.out(
      JSON.stringify(
        results.map((r) => ({
          file: (r.path ?? r.name),
          kind: r.account.kind,
          status: r.account.status,
          unitCode: r.account.unitCode,
          unit: r.account.unitName,
          period: r.account.period,
          valid: r.account.errors === 0 && r.account.status !== 'rejected',
          errors: r.account.errors,
          warnings: r.account.warnings,
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
      const status = lang === 'en' ? r.account.status : FILE_STATUS_LABEL[r.account.status];
      io.out(`${ok ? '✓' : '✗'} ${(r.path ?? r.name)}  ${who}  ${status}  ${lang === 'en' ? `${r.account.errors} errors, ${r.account.warnings} warnings` : `${r.account.errors} 个错误，${r.account.warnings} 个警告`}`);
      if (!args.options.quiet) for (const f of r.findings) io.out(findingLine(f, lang));
    }
    const valid = results.filter((r) => r.account.errors === 0 && r.account.status !== 'rejected').length;
    io.out(lang === 'en' ? `${valid}/${results.length} valid` : `共 ${results.length} 个文件，${valid} 个通过校验`);
  }
  return unreadable ? 2 : anyError ? 1 : 0;
}
