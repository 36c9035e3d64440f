/**
 * Languages of every user-facing text. zh-CN is the default: the office and the units work in
 * Chinese; English exists for the add-in's language switch and for analysts.
 */
export type Lang = 'zh-CN' | 'en';

export const DEFAULT_LANG: Lang = 'zh-CN';

/** A text in both languages. */
export interface Localized {
  zh: string;
  en: string;
}

export function pick(text: Localized, lang: Lang = DEFAULT_LANG): string {
  return lang === 'en' ? text.en : text.zh;
}

export function isLocalized(value: unknown): value is Localized {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Localized).zh === 'string' &&
    typeof (value as Localized).en === 'string'
  );
}
