import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { DEFAULT_LANG, translate, type Lang, type UiKey, type UiParams } from './ui';

export interface I18n {
  lang: Lang;
  t: (key: UiKey, params?: UiParams) => string;
}

const I18nContext = createContext<I18n>({
  lang: DEFAULT_LANG,
  t: (key, params) => translate(DEFAULT_LANG, key, params),
});

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ lang, t: (key, params) => translate(lang, key, params) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
