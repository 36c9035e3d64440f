import { Caption1, Tab, TabList, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { I18nProvider, useI18n } from '../i18n/I18nContext';
import type { Lang } from '../i18n/ui';
import type { HostContext } from '../office/types';
import { HostBanner } from './components/HostBanner';
import { HostProvider } from './hostContext';
import { LanguageSwitch } from './components/LanguageSwitch';
import { useReviewSession } from './hooks/useReviewSession';
import { usePickedFiles } from './hooks/usePickedFiles';
import { VIEWS, isViewId, type ViewId } from './views';
import { AnnualView } from './views/AnnualView';
import { ConsolidateView } from './views/ConsolidateView';
import { RoundView } from './views/RoundView';
import { ReviewView } from './views/ReviewView';
import { ValidateView } from './views/ValidateView';

const useStyles = makeStyles({
  shell: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
  },
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  titles: { display: 'flex', flexDirection: 'column', flexGrow: 1 },
  // Five tabs do not fit a 320 px pane on one line: they wrap instead of widening it.
  tabs: { flexWrap: 'wrap' },
  heading: { margin: 0 },
});

export interface AppProps {
  host: HostContext;
  initialView: ViewId;
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  /** Called when the user picks another view (the entry point mirrors it into the URL). */
  onViewChange?: (view: ViewId) => void;
  /** "Today" for default periods; injectable so tests do not depend on the clock. */
  today?: Date;
  /** Called once after the first render (time-to-first-render is measured from this). */
  onFirstRender?: () => void;
}

const TAB_KEYS = {
  validate: 'tab.validate',
  consolidate: 'tab.consolidate',
  round: 'tab.round',
  review: 'tab.review',
  annual: 'tab.annual',
} as const;

function Shell({
  host,
  initialView,
  onLangChange,
  onViewChange,
  today,
  onFirstRender,
}: Omit<AppProps, 'lang'>) {
  const { t } = useI18n();
  const styles = useStyles();
  const [view, setView] = useState<ViewId>(initialView);
  // "Today" is fixed for the session (and injectable), so defaults do not shift mid-use.
  const [now] = useState(() => today ?? new Date());
  // Lists and the office's session live here, not in the views, so switching tabs keeps them.
  const validateFiles = usePickedFiles();
  const consolidateFiles = usePickedFiles();
  const roundFiles = usePickedFiles();
  const annualFiles = usePickedFiles();
  const office = useReviewSession(host, consolidateFiles, now);

  useEffect(() => {
    onFirstRender?.();
  }, []); // once, on mount

  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <div className={styles.titles}>
          <Title3 as="h1" className={styles.heading}>
            {t('app.title')}
          </Title3>
          <Caption1>{t('app.subtitle')}</Caption1>
        </div>
        <LanguageSwitch onChange={onLangChange} />
      </header>
      <HostBanner host={host} />
      <TabList
        className={styles.tabs}
        selectedValue={view}
        aria-label={t('tab.listLabel')}
        onTabSelect={(_, data) => {
          if (!isViewId(data.value)) return;
          setView(data.value);
          onViewChange?.(data.value);
        }}
      >
        {VIEWS.map((id) => (
          <Tab key={id} value={id}>
            {t(TAB_KEYS[id])}
          </Tab>
        ))}
      </TabList>
      <main>
        {view === 'validate' && <ValidateView host={host} files={validateFiles} today={now} />}
        {view === 'consolidate' && (
          <ConsolidateView host={host} files={consolidateFiles} session={office} today={now} />
        )}
        {view === 'round' && <RoundView files={roundFiles} shared={consolidateFiles} today={now} />}
        {view === 'review' && <ReviewView host={host} session={office} today={now} />}
        {view === 'annual' && <AnnualView files={annualFiles} shared={consolidateFiles} today={now} />}
      </main>
    </div>
  );
}

/** The task pane: header with language switch, host banner, the views as tabs. */
export function App({ lang, ...rest }: AppProps) {
  return (
    <I18nProvider lang={lang}>
      <HostProvider host={rest.host}>
        <Shell {...rest} />
      </HostProvider>
    </I18nProvider>
  );
}
