import { Button, Caption1, Spinner, makeStyles, tokens, type ButtonProps } from '@fluentui/react-components';
import type { WorkbookPlan } from '@ledger-review/workbook';
import { useRef, useState, type ReactNode } from 'react';
import { XLSX_MIME } from '../../browser/download';
import { loadEngine, type Engine } from '../../engine/load';
import { useI18n } from '../../i18n/I18nContext';
import { deliveredText, deliverFile } from '../deliver';
import { useHost } from '../hostContext';
import { useLayoutStyles } from '../layout';
import { isAbort, type RunProgress } from '../session/reviewRun';
import { ErrorNotice } from './Notice';
import { ProgressPanel } from './ProgressPanel';

const useStyles = makeStyles({
  action: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    alignItems: 'flex-start',
  },
});

/**
 * What a download action produces: the file — its bytes, or a workbook plan for the engine to
 * render — its name, and the message to show after.
 */
export type MadeFile = { fileName: string; done: string } & (
  { bytes: Uint8Array; mime?: string } | { plan: WorkbookPlan }
);

/** For a make that takes long (many files to render): report progress, stop when aborted. */
export interface MakeWork {
  signal: AbortSignal;
  onProgress: (p: RunProgress) => void;
}

/**
 * A button that makes a file with the (lazily loaded) engine and offers it as a download,
 * showing that it is busy (with progress and a cancel button where the make reports progress),
 * what it made, or why it failed.
 */
export function DownloadAction({
  label,
  make,
  disabled,
  appearance = 'secondary',
  children,
  testId,
}: {
  label: string;
  make: (engine: Engine, work: MakeWork) => MadeFile | Promise<MadeFile>;
  disabled?: boolean;
  appearance?: ButtonProps['appearance'];
  /** Extra controls shown before the button (a month chooser…). */
  children?: ReactNode;
  testId?: string;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const host = useHost();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const controller = useRef<AbortController | null>(null);

  const run = async () => {
    setBusy(true);
    setDone(null);
    setError(null);
    setCancelled(false);
    const ac = new AbortController();
    controller.current = ac;
    try {
      const engine = await loadEngine();
      const made = await make(engine, { signal: ac.signal, onProgress: setProgress });
      const { bytes, mime } =
        'plan' in made
          ? { bytes: await engine.renderWorkbook(made.plan), mime: XLSX_MIME }
          : { bytes: made.bytes, mime: made.mime ?? XLSX_MIME };
      const delivery = await deliverFile(host, bytes, made.fileName, mime);
      setDone(deliveredText(delivery, made.done, made.fileName, t));
    } catch (err) {
      if (isAbort(err)) setCancelled(true);
      else setError(err);
    } finally {
      controller.current = null;
      setProgress(null);
      setBusy(false);
    }
  };

  return (
    <div className={styles.action} data-testid={testId}>
      <div className={layout.row}>
        {children}
        <Button appearance={appearance} disabled={disabled || busy} onClick={() => void run()}>
          {label}
        </Button>
        {busy && !progress && <Spinner size="extra-tiny" label={t('common.working')} />}
      </div>
      {progress && <ProgressPanel progress={progress} onCancel={() => controller.current?.abort()} />}
      {cancelled && <Caption1>{t('common.cancelled')}</Caption1>}
      {done && <Caption1 data-testid="download-done">{done}</Caption1>}
      <ErrorNotice error={error} message={(message) => t('common.makeFailed', { message })} />
    </div>
  );
}
