import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatLocation, renderFinding } from '@ledger-review/scoring';
import { stillReading } from '../../browser/pickedFiles';
import { useI18n } from '../../i18n/I18nContext';
import { quarterText } from '../../i18n/periodLabels';
import type { UiKey } from '../../i18n/ui';
import type { HostContext } from '../../office/types';
import { FileAccountsTable } from '../components/FileAccountsTable';
import { FilesPanel } from '../components/FilesPanel';
import { ErrorNotice, Notice } from '../components/Notice';
import { ProgressPanel } from '../components/ProgressPanel';
import { QuarterPicker } from '../components/QuarterPicker';
import { ReplaceConfirm } from '../components/ReplaceConfirm';
import { ReviewDownload } from '../components/ReviewDownload';
import { StatusPanel } from '../components/StatusPanel';
import { useLayoutStyles } from '../layout';
import type { ReviewRunOutcome } from '../session/reviewRun';
import type { ViewProps } from '../views';

const useStyles = makeStyles({
  notes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // The one click stays at hand however long the lists below get (a 350 px pane scrolls a lot).
  actionBar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Counts of the file statuses, for the one-line summary. */
export function accountCounts(outcome: ReviewRunOutcome) {
  const files = outcome.result.run.consolidation.files;
  const count = (status: string) => files.filter((f) => f.status === status).length;
  return {
    files: files.length,
    accepted: count('accepted'),
    warned: count('accepted-with-warnings'),
    withErrors: count('accepted-with-errors'),
    rejected: count('rejected'),
    superseded: count('superseded'),
  };
}

/** What the one click did: the summary, where the review went, and every file's status. */
export function RunResult({
  outcome,
  host,
  stale,
  run = 1,
  part = 'all',
}: {
  outcome: ReviewRunOutcome;
  host: HostContext;
  stale: boolean;
  /** Which run this is (1, 2, …), for tests and benches waiting for a new result. */
  run?: number;
  /** `summary`: the outcome in a few lines (under the button); `details`: notes, download, files. */
  part?: 'all' | 'summary' | 'details';
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { result, write } = outcome;
  const { consolidation } = result.run;
  const kept = result.existingReviewFrom;
  const summary = (
    <>
      <MessageBar intent="success">
        <MessageBarBody data-testid="run-summary">
          {t('consolidate.result.summary', {
            quarter: quarterText(result.quarter, lang),
            ...accountCounts(outcome),
            ledgers: consolidation.ledgers.length,
            inspections: consolidation.inspections.length,
            seconds: (outcome.ms / 1000).toFixed(1),
          })}{' '}
          {write
            ? t('consolidate.result.written', {
                sheets: write.sheetsWritten.length,
                cells: write.cellsWritten,
              })
            : t('consolidate.result.ready')}
        </MessageBarBody>
      </MessageBar>
      {stale && <Notice intent="warning">{t('consolidate.result.stale')}</Notice>}
      {write && write.skipped.length > 0 && (
        <Notice intent="warning">
          {t('consolidate.result.skipped', {
            features: [...new Set(write.skipped.map((s) => `${s.feature} (${s.requirement})`))].join(
              t('list.comma'),
            ),
          })}
        </Notice>
      )}
      {write && (
        <Caption1 data-testid="undo-note">
          {t(write.oneUndoStep ? 'consolidate.result.undoOne' : 'consolidate.result.undoNone')}
        </Caption1>
      )}
    </>
  );
  const details = (
    <>
      <div className={styles.notes}>
        {result.templateFile && (
          <Caption1>{t('consolidate.result.template', { file: result.templateFile })}</Caption1>
        )}
        {result.templateProblems.some((p) => p.severity === 'error') && (
          <Notice intent="warning">
            {t('consolidate.result.templateInvalid')}{' '}
            {result.templateProblems
              .map((p) => `${formatLocation(p, lang)} ${renderFinding(p, lang)}`)
              .join(t('list.separator'))}
          </Notice>
        )}
        {kept === 'open-workbook' && <Caption1>{t('consolidate.result.keptOpen')}</Caption1>}
        {kept && kept !== 'open-workbook' && (
          <Caption1>{t('consolidate.result.keptFile', { file: kept.file })}</Caption1>
        )}
        {result.historyQuarters.length > 0 && (
          <Caption1>
            {t('consolidate.result.history', {
              quarters: result.historyQuarters.map((q) => quarterText(q, lang)).join(t('list.comma')),
            })}
          </Caption1>
        )}
      </div>
      <ReviewDownload
        result={result}
        label={t('consolidate.download')}
        appearance={host.kind === 'browser' ? 'primary' : 'secondary'}
      />
      <FileAccountsTable result={result} />
    </>
  );
  return (
    <section
      className={layout.view}
      data-testid={part === 'details' ? 'run-details' : 'run-result'}
      data-run={run}
    >
      {part !== 'details' && summary}
      {part !== 'summary' && details}
    </section>
  );
}

/** 汇总台账: the office picks the received workbooks and consolidates them with one click. */
export function ConsolidateView({ host, files, session, today }: Omit<ViewProps, 'shared'>) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const busy = session.progress !== null;
  const reading = stillReading(files.files);
  const hint =
    session.quarterSource === 'inferred'
      ? t('consolidate.quarterAuto')
      : session.quarterSource === 'default'
        ? t('consolidate.quarterDefault')
        : undefined;
  return (
    <div className={layout.view} data-view="consolidate">
      <Body1>{t(host.kind !== 'browser' ? 'consolidate.introExcel' : 'consolidate.introBrowser')}</Body1>
      <section className={styles.actionBar} data-testid="main-action">
        <div className={layout.row}>
          <Button
            appearance="primary"
            disabled={busy || reading > 0 || files.files.length === 0}
            onClick={() => void session.run()}
            data-testid="run-review"
          >
            {t(host.kind !== 'browser' ? 'consolidate.runExcel' : 'consolidate.runBrowser')}
          </Button>
          {reading > 0 && <Caption1>{t('files.reading', { count: reading })}</Caption1>}
        </div>
        <Caption1 data-testid="run-quarter">{quarterText(session.quarter, lang)}</Caption1>
        {session.progress && <ProgressPanel progress={session.progress} onCancel={session.cancel} />}
      </section>
      <ReplaceConfirm session={session} />
      {session.cancelled && (
        <Notice intent="info">
          {t((host.kind !== 'browser' ? 'hostError.aborted' : 'common.cancelled') as UiKey)}
        </Notice>
      )}
      <ErrorNotice error={session.error} testId="run-error" />
      {session.outcome && (
        <RunResult
          key={session.runs}
          run={session.runs}
          outcome={session.outcome}
          host={host}
          stale={session.stale}
          part="summary"
        />
      )}
      <FilesPanel state={files} />
      <QuarterPicker quarter={session.quarter} onChange={session.setQuarter} today={today} hint={hint} />
      <div className={layout.row}>
        <Button onClick={() => void session.loadSample()} disabled={busy} data-testid="load-sample">
          {t('consolidate.demo')}
        </Button>
        <Caption1>{t('consolidate.demoHint')}</Caption1>
      </div>
      <Caption1>{t('consolidate.extraFiles')}</Caption1>
      <StatusPanel inputs={files.reviewInputs} today={today} />
      {session.outcome && (
        <RunResult
          key={`details-${session.runs}`}
          run={session.runs}
          outcome={session.outcome}
          host={host}
          stale={session.stale}
          part="details"
        />
      )}
    </div>
  );
}
