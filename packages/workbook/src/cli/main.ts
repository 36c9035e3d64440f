#!/usr/bin/env node
/**
 * ledger-review — 台账点评命令行. The commands and their options are in spec.ts; `--help` (per
 * command too) and `--version` are answered here. Exit codes: 0 done; 1 inputs had errors, output
 * written; 2 usage error or nothing readable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFinding } from '@ledger-review/scoring';
import { UsageError, checkPositionals, langOf, parseArgs, type ParsedArgs } from './args';
import { InputFileError } from './context';
import { commandHelp, globalHelp, say, type CliLang } from './messages';
import { commandSpec } from './spec';
import { defaultIO, type CliIO } from './io';

export type { CliIO } from './io';

type Runner = (args: ParsedArgs, io: CliIO, lang: CliLang) => Promise<number>;

/**
 * Each command's module is loaded when the command runs: `validate` on a clerk's old PC need not
 * load the .docx writer of `documents` (start-up is part of every run's time).
 */
const RUNNERS: Record<string, () => Promise<Runner>> = {
  template: async () => (await import('./commands/template')).runTemplate,
  validate: async () => (await import('./commands/validate')).runValidate,
  consolidate: async () => (await import('./commands/review')).runConsolidate,
  review: async () => (await import('./commands/review')).runReviewCommand,
  documents: async () => (await import('./commands/documents')).runDocuments,
  round: async () => (await import('./commands/round')).runRound,
  annual: async () => (await import('./commands/annual')).runAnnual,
  status: async () => (await import('./commands/status')).runStatus,
  demo: async () => (await import('./commands/demo')).runDemo,
};

/** The package's version (package.json beside dist/ and src/). */
export function version(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  let lang: CliLang = langOf(argv);
  let args: ParsedArgs | undefined;
  try {
    args = parseArgs(argv);
    if (args.options.lang === 'en' || args.options.lang === 'zh-CN') lang = args.options.lang;
    if (args.options.version) {
      io.out(say(lang, 'version', { version: version() }));
      return 0;
    }
    const spec = args.command && args.command !== 'help' ? commandSpec(args.command) : undefined;
    if (!spec) {
      // `ledger-review`, `ledger-review help [command]`, `ledger-review --help`.
      const about = args.command === 'help' && args.positionals[0] ? commandSpec(args.positionals[0]) : undefined;
      io.out(about ? commandHelp(about, lang) : globalHelp(lang));
      return args.command || args.options.help ? 0 : 2;
    }
    if (args.options.help) {
      io.out(commandHelp(spec, lang));
      return 0;
    }
    checkPositionals(args, spec);
    const run = await RUNNERS[spec.name]();
    return await run(args, io, lang);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${say(lang, 'usageError')}${renderFinding(e.finding, lang)} [${e.finding.code}]`);
      const command = argv.find((a) => !a.startsWith('-') && commandSpec(a));
      io.err(say(lang, 'seeHelp', { command: command ? `${command} ` : '' }));
      return 2;
    }
    if (e instanceof InputFileError) {
      // Name the file where the rule's own wording names only the sheet.
      const text = renderFinding(e.finding, lang);
      const file = e.finding.file && !text.includes(e.finding.file) ? `${e.finding.file}: ` : '';
      io.err(`${say(lang, 'failed')}${file}${text} [${e.finding.code}]`);
      return 2;
    }
    io.err(`${say(lang, 'failed')}${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

/**
 * `ledger-review validate … --json | head`: once the reader of the pipe has gone, further writes
 * fail with EPIPE. That is the reader's choice, not an error of ours: stop quietly, as Unix tools do.
 */
function exitQuietlyOnBrokenPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

/** The command as a process runs it (the bin shim calls this): exit code set, broken pipes quiet. */
export function runCli(argv: string[]): Promise<void> {
  exitQuietlyOnBrokenPipe(process.stdout);
  exitQuietlyOnBrokenPipe(process.stderr);
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) void runCli(process.argv.slice(2));
