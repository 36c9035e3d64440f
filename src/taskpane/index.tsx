import { FluentProvider } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { htmlLang, initialLang, rememberLang, type StorageLike } from '../i18n/languagePreference';
import { translate, type Lang } from '../i18n/ui';
import { excelHostContext } from '../office/excelContext';
import {
  OFFICE_READY_TIMEOUT_IN_OFFICE_MS,
  OFFICE_READY_TIMEOUT_MS,
  bootRecord,
  detectHost,
  officeGlobal,
  officeHostInfo,
  officeJsArrival,
} from '../office/host';
import { detectWps } from '../wps/detect';
import { wpsHostContext } from '../wps/wpsContext';
import type { HostContext } from '../office/types';
import { App } from './App';
import { taskpaneTheme } from './theme';
import { rememberView } from './urlState';
import { viewFromSearch, type ViewId } from './views';

/** Marked once the first real render is on screen; scripts/bench/addin.js reads it. */
export const FIRST_RENDER_MARK = 'ledger-review:first-render';

function localStorageOrUndefined(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // sandboxed frames throw on access
  }
}

function Root({ host }: { host: HostContext }) {
  const storage = localStorageOrUndefined();
  const [lang, setLang] = useState<Lang>(() => initialLang(window.location.search, storage));

  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = translate(lang, 'app.title');
  }, [lang]);

  const changeLang = useCallback(
    (next: Lang) => {
      rememberLang(next, storage);
      setLang(next);
    },
    [storage],
  );

  const changeView = useCallback((view: ViewId) => {
    rememberView(window, view);
  }, []);

  const firstRender = useCallback(() => {
    performance.mark(FIRST_RENDER_MARK);
    document.documentElement.dataset.ready = 'true';
  }, []);

  return (
    <FluentProvider theme={taskpaneTheme}>
      <App
        host={host}
        initialView={viewFromSearch(window.location.search)}
        lang={lang}
        onLangChange={changeLang}
        onViewChange={changeView}
        onFirstRender={firstRender}
      />
    </FluentProvider>
  );
}

async function boot(): Promise<void> {
  const start = bootRecord();
  // taskpane.html already told the user why this engine cannot run the pane.
  if (start?.engine === 'too-old') return;
  const params = new URLSearchParams(window.location.search);
  let windowName = '';
  try {
    windowName = window.name;
  } catch {
    // a cross-origin frame name cannot be read; the query parameter still counts
  }
  const hostInfo = officeHostInfo(window.location.search, windowName);
  const wps = detectWps();
  const timeoutMs = hostInfo ? OFFICE_READY_TIMEOUT_IN_OFFICE_MS : OFFICE_READY_TIMEOUT_MS;
  // taskpane.html loads office.js without blocking the page; the Office global exists once it ran.
  await officeJsArrival(start, timeoutMs);
  // Decide the host before rendering anything, so no component ever sees a half-ready Office.
  const decision = await detectHost({
    office: officeGlobal(),
    timeoutMs,
    forceBrowser: params.get('host') === 'browser',
    hostInfo,
    boot: start,
    wps,
  });
  const host: HostContext =
    decision.kind === 'excel'
      ? excelHostContext(decision.platform)
      : decision.kind === 'wps' && wps?.app
        ? wpsHostContext(wps.app, decision.platform)
        : decision.kind === 'wps'
          ? { kind: 'browser', reason: 'unsupported-host', hostName: 'WPS' }
          : decision;
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html lacks #container');
  createRoot(container).render(<Root host={host} />);
}

void boot();
