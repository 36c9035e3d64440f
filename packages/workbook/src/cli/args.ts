import { isBimonth, isIsoDate, isMonth, isQuarter, makeFinding, type Finding, type MessageParams, type RuleCode } from '@ledger-review/scoring';
import { COMMANDS, commandSpec, optionsOf, type CommandSpec, type OptionSpec, type ValueKind } from './spec';

/** The command line as understood: the command, its positional arguments and checked options. */
export interface ParsedArgs {
  command: string | null;
  positionals: string[];
  options: Record<string, string | true>;
}

/** A command line the tool does not understand: the reason is a finding of the registry. */
export class UsageError extends Error {
  constructor(public readonly finding: Finding) {
    super(finding.message);
    this.name = 'UsageError';
  }
}

export function usageError(code: RuleCode, params: MessageParams = {}): UsageError {
  return new UsageError(makeFinding(code, params));
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

/** The closest known name (within two edits, or one that starts the same way), or ''. */
export function closest(word: string, known: readonly string[]): string {
  let best = '';
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  if (bestDistance <= 2 || (word.length >= 3 && best.startsWith(word))) return best;
  const prefixed = known.find((k) => k.startsWith(word) || word.startsWith(k));
  return prefixed ?? '';
}

const VALUE_RULE: Partial<Record<ValueKind, { code: RuleCode; ok: (v: string) => boolean }>> = {
  month: { code: 'cli-bad-month', ok: isMonth },
  quarter: { code: 'cli-bad-quarter', ok: isQuarter },
  period: { code: 'cli-bad-period', ok: isBimonth },
  date: { code: 'cli-bad-date', ok: isIsoDate },
  year: { code: 'cli-bad-year', ok: (v) => /^\d{4}$/.test(v) && Number(v) >= 2000 && Number(v) <= 2999 },
  lang: { code: 'cli-bad-lang', ok: (v) => v === 'zh-CN' || v === 'en' },
  count: { code: 'cli-bad-count', ok: (v) => /^[1-9]\d{0,5}$/.test(v) },
};

function checkValue(option: OptionSpec, value: string): void {
  const rule = option.value ? VALUE_RULE[option.value] : undefined;
  if (rule && !rule.ok(value)) throw usageError(rule.code, { option: `--${option.name}`, value });
}

/**
 * The language asked for, read before anything else so that even a usage error is in it. An
 * unreadable `--lang` falls back to Chinese (and is then refused by the parser).
 */
export function langOf(argv: readonly string[]): 'zh-CN' | 'en' {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang=en' || (a === '--lang' && argv[i + 1] === 'en')) return 'en';
  }
  return 'zh-CN';
}

/**
 * Parses the command line against the command's spec: unknown commands and options, values given
 * to switches, missing or malformed values, repeated options and surplus arguments are refused
 * with a UsageError naming them (and the closest known name). `--help`/`-h` and `--version`
 * are answered by main before the command runs.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { command: null, positionals: [], options: {} };
  let spec: CommandSpec | undefined;
  let endOfOptions = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!endOfOptions && a === '--') {
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && (a === '-h' || a === '--help')) {
      out.options.help = true;
      continue;
    }
    if (!endOfOptions && (a === '-v' || a === '--version')) {
      out.options.version = true;
      continue;
    }
    if (!endOfOptions && a.startsWith('-') && a !== '-') {
      const commandName = out.command ?? 'ledger-review';
      const known = spec ? optionsOf(spec) : COMMON_OPTIONS_ONLY;
      const eq = a.indexOf('=');
      const name = (eq > 0 ? a.slice(0, eq) : a).replace(/^-+/, '');
      const option = known.find((o) => o.name === name);
      if (!option) {
        const suggestion = closest(name, known.map((o) => o.name));
        throw usageError('cli-unknown-option', { command: commandName, option: a.slice(0, eq > 0 ? eq : undefined), suggestion: suggestion ? `--${suggestion}` : '' });
      }
      if (out.options[name] !== undefined) throw usageError('cli-repeated-option', { option: `--${name}` });
      if (!option.value) {
        if (eq > 0) throw usageError('cli-flag-with-value', { option: `--${name}`, value: a.slice(eq + 1) });
        out.options[name] = true;
        continue;
      }
      let value: string | undefined;
      if (eq > 0) value = a.slice(eq + 1);
      else if (i + 1 < argv.length && !(argv[i + 1].startsWith('--') && argv[i + 1].length > 2)) value = argv[++i];
      if (value === undefined || value === '') throw usageError('cli-missing-value', { option: `--${name}`, example: option.placeholder ?? '' });
      checkValue(option, value);
      out.options[name] = value;
      continue;
    }
    if (out.command === null) {
      out.command = a;
      spec = commandSpec(a);
      if (!spec && a !== 'help') {
        const suggestion = closest(a, COMMANDS.map((c) => c.name));
        throw usageError('cli-unknown-command', { command: a, suggestion });
      }
      continue;
    }
    out.positionals.push(a);
  }
  return out;
}

/** Options known before the command is named (`ledger-review --lang en validate …`). */
const COMMON_OPTIONS_ONLY: readonly OptionSpec[] = [
  { name: 'lang', value: 'lang', help: { zh: '', en: '' } },
  { name: 'help', help: { zh: '', en: '' } },
];

/** Checks the positional arguments against the command's spec. */
export function checkPositionals(args: ParsedArgs, spec: CommandSpec): void {
  const { min, max, kind } = spec.positionals;
  if (args.positionals.length < min) {
    throw kind === 'review-workbook'
      ? usageError('cli-missing-review-workbook', { command: spec.name })
      : usageError('cli-missing-files', { command: spec.name });
  }
  if (max !== undefined && args.positionals.length > max) {
    throw usageError('cli-too-many-arguments', { command: spec.name, max, extra: args.positionals[max] });
  }
}

/** A checked option's value, or undefined when not given. */
export function stringOption(args: ParsedArgs, key: string): string | undefined {
  const v = args.options[key];
  return v === true ? undefined : v;
}

/** A required option's value. */
export function requiredOption(args: ParsedArgs, key: string, example = ''): string {
  const v = stringOption(args, key);
  if (v === undefined) throw usageError('cli-missing-option', { command: args.command ?? '', option: `--${key}`, example });
  return v;
}
