/** Minimal argument parsing: positionals, `--flag`, `--key value` and `--key=value`. */
export interface ParsedArgs {
  command: string | null;
  positionals: string[];
  options: Record<string, string | true>;
}

const BOOLEAN_FLAGS = new Set(['json', 'help', 'quiet', 'ledgers', 'inspection', 'all', 'pdf']);

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { command: null, positionals: [], options: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h') out.options.help = true;
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) out.options[a.slice(2, eq)] = a.slice(eq + 1);
      else {
        const key = a.slice(2);
        const next = argv[i + 1];
        if (!BOOLEAN_FLAGS.has(key) && next !== undefined && !next.startsWith('--')) {
          out.options[key] = next;
          i++;
        } else out.options[key] = true;
      }
    } else if (out.command === null) out.command = a;
    else out.positionals.push(a);
  }
  return out;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function stringOption(args: ParsedArgs, key: string): string | undefined {
  const v = args.options[key];
  if (v === true) throw new UsageError(`--${key} 需要一个取值`);
  return v;
}
