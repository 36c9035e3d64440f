import { DEFAULT_LANG, isLang, type Lang } from './ui';

/**
 * The UI language: `?lang=` wins (links and tests), then the user's last choice, then zh-CN.
 * Storage may be unavailable (partitioned or disabled in some Office webviews), so every access
 * is guarded and failure just means the choice is not remembered.
 */
export const LANG_STORAGE_KEY = 'ledger-review.lang';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function initialLang(search: string, storage: StorageLike | undefined): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  if (fromUrl === 'zh' || fromUrl === 'zh-cn') return 'zh-CN';
  try {
    const stored = storage?.getItem(LANG_STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // fall through to the default
  }
  return DEFAULT_LANG;
}

export function rememberLang(lang: Lang, storage: StorageLike | undefined): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // not remembered; the choice still applies to this session
  }
}

/** The `lang` attribute for <html>, so screen readers and fonts pick the right language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh-CN' ? 'zh-CN' : 'en';
}
