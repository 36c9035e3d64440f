#!/usr/bin/env node
/**
 * ledger-review — 台账点评命令行. Commands: template, validate, consolidate, review, documents, demo.
 * Exit codes: 0 success/valid, 1 findings of severity error, 2 usage error or unreadable input.
 */
import { UsageError, parseArgs, type ParsedArgs } from './args';
import { cliText, type CliLang } from './messages';
import { runTemplate } from './commands/template';
import { runValidate } from './commands/validate';
import { runConsolidate, runReviewCommand } from './commands/review';
import { runDemo } from './commands/demo';
import { runDocuments } from './commands/documents';
import { defaultIO, type CliIO } from './io';

export type { CliIO } from './io';


export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.err(String(e));
    return 2;
  }
  const langOpt = args.options.lang;
  const lang: CliLang = langOpt === 'en' ? 'en' : 'zh-CN';
  const t = cliText(lang);
  if (!args.command || args.options.help || args.command === 'help') {
    io.out(t.usage);
    return args.command || args.options.help ? 0 : 2;
  }
  try {
    switch (args.command) {
      case 'template':
        return await runTemplate(args, io, lang);
      case 'validate':
        return await runValidate(args, io, lang);
      case 'consolidate':
        return await runConsolidate(args, io, lang);
      case 'review':
        return await runReviewCommand(args, io, lang);
      case 'demo':
        return await runDemo(args, io, lang);
      case 'documents':
        return await runDocuments(args, io, lang);
      default:
        throw new UsageError(t.unknownCommand(args.command));
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${t.usageError}: ${e.message}`);
      io.err(t.seeHelp);
      return 2;
    }
    io.err(`${t.failed}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}


if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
