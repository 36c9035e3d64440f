import { formatMessage, pick, quarterLabel, type Lang, type Localized, type MessageParams } from '@ledger-review/scoring';
import { COMMANDS, COMMON_OPTIONS, optionsOf, type CommandSpec } from './spec';
import TEXT from './text.json';

/** The CLI's language: the one `Lang` of the whole product. */
export type CliLang = Lang;

/**
 * Every line the CLI prints that is not a finding, in both languages: the catalogue in text.json
 * (templates as in the problem registry: `{name}` placeholders, `[[…]]` optional parts). A test
 * holds each entry to both languages and the same placeholders.
 */
export const CLI_TEXT: Readonly<Record<keyof typeof TEXT, Localized>> = TEXT;

export type CliTextKey = keyof typeof CLI_TEXT;

/** A quarter as people of that language write it: 2021年第二季度 / 2021Q2. */
export function quarterName(quarter: string, lang: Lang): string {
  return lang === 'en' ? quarter : quarterLabel(quarter);
}

/** A line of the catalogue in the given language. */
export function say(lang: Lang, key: CliTextKey, params: MessageParams = {}): string {
  return formatMessage(pick(CLI_TEXT[key], lang), params, lang);
}

function optionLines(spec: readonly { name: string; placeholder?: string; help: Localized }[], lang: Lang): string[] {
  const heads = spec.map((o) => `--${o.name}${o.placeholder ? ` ${o.placeholder}` : ''}`);
  const width = Math.min(34, Math.max(...heads.map((h) => h.length)) + 2);
  return spec.map((o, i) => `  ${heads[i].padEnd(width)}${pick(o.help, lang)}`);
}

/** `ledger-review --help`: the commands, the common options and the exit codes. */
export function globalHelp(lang: Lang): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    say(lang, 'helpTitle'),
    '',
    say(lang, 'usageLine'),
    '',
    `${say(lang, 'helpCommands')}:`,
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${pick(c.summary, lang)}`),
    '',
    `${say(lang, 'helpCommon')}:`,
    ...optionLines([...COMMON_OPTIONS, { name: 'version', help: { zh: '显示版本号', en: 'show the version' } }], lang),
    '',
    say(lang, 'helpExitCodes'),
    say(lang, 'helpMore'),
  ].join('\n');
}

/** `ledger-review <command> --help`. */
export function commandHelp(spec: CommandSpec, lang: Lang): string {
  return [
    `ledger-review ${spec.name} — ${pick(spec.summary, lang)}`,
    '',
    `${say(lang, 'helpUsage')}: ledger-review ${spec.name} ${spec.synopsis}`,
    '',
    `${say(lang, 'helpOptions')}:`,
    ...optionLines(optionsOf(spec), lang),
    '',
    pick(spec.exitCodes, lang),
    ...(spec.examples?.length ? ['', `${say(lang, 'helpExamples')}:`, ...spec.examples.map((e) => `  ${e}`)] : []),
  ].join('\n');
}
