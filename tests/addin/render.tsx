/**
 * Server-rendering for the task pane tests (no browser needed): an element in the pane's theme
 * and UI language, and the text a user would read in the markup.
 */
import { FluentProvider } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../../src/i18n/I18nContext';
import type { Lang } from '../../src/i18n/ui';
import type { HostContext } from '../../src/office/types';
import { App } from '../../src/taskpane/App';
import { taskpaneTheme } from '../../src/taskpane/theme';
import type { ViewId } from '../../src/taskpane/views';

export function html(element: ReactElement, lang: Lang = 'zh-CN'): string {
  return renderToStaticMarkup(
    <FluentProvider theme={taskpaneTheme}>
      <I18nProvider lang={lang}>{element}</I18nProvider>
    </FluentProvider>,
  );
}

/** The whole pane opened at `view`, in `lang`, on `today`. */
export function renderApp(host: HostContext, view: ViewId, lang: Lang, today: Date): string {
  return html(
    <App host={host} initialView={view} lang={lang} onLangChange={() => undefined} today={today} />,
    lang,
  );
}

/** Visible text of server-rendered markup: tags dropped, entities decoded, white space folded. */
export function text(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
