import { Button, Caption1, Spinner, makeStyles, tokens, type ButtonProps } from '@fluentui/react-components';
import { useRef, useState, type ReactNode } from 'react';
import { XLSX_MIME } from '../../browser/download';
import { loadEngine, type Engine } from '../../engine/load';
import { useI18n } from '../../i18n/I18nContext';
import { deliverFile } from '../deliver';
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

/** What a download action produces: the bytes, a file name, and the message to show after. */
export interface MadeFile {
  bytes: Uint8Array;
  fileName: string;
  mime?: string;
  done: string;
}

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
  make: (engine: Engine, work: MakeWork) => Promise<MadeFile>;
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
      const made = await make(await loadEngine(), { signal: ac.signal, onProgress: setProgress });
      const delivery = await deliverFile(host, made.bytes, made.fileName, made.mime ?? XLSX_MIME);
      setDone(
        delivery === 'downloaded'
          ? made.done
          : t(delivery === 'opened-in-excel' ? 'download.openedInExcel' : 'download.handedToWebview', {
              file: made.fileName,
            }),
      );
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
