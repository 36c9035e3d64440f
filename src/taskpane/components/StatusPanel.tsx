import { useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReceivedFile } from '@ledger-review/workbook';
import type { PickedStatus } from '../../engine';
import { loadEngine } from '../../engine/load';
import { useI18n } from '../../i18n/I18nContext';
import { dateText, monthText } from '../../i18n/periodLabels';
import { useLayoutStyles } from '../layout';
import { ErrorNotice } from './Notice';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  text: { width: '100%' },
});

/** ISO date of a day in the office's calendar. */
function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** What the status of the picked files says: the counts, the units to chase, the 催报 text. */
export function StatusResult({
  result,
  onCopy,
  copied,
}: {
  result: PickedStatus;
  onCopy?: () => void;
  copied?: 'ok' | 'failed' | null;
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { status } = result;
  const asOf = dateText(status.asOf, lang);
  return (
    <div className={layout.section} data-testid="status-result">
      <Body1 data-testid="status-summary">
        {status.months.length
          ? t('status.summary', { asOf, ...status.totals })
          : t('status.noMonths', { asOf })}
      </Body1>
      {status.chase.length > 0 && (
        <>
          <Caption1>{t('status.chaseCount', { count: status.chase.length })}</Caption1>
          <ul className={layout.list} data-testid="status-chase">
            {status.chase.map((u) => (
              <li key={u.unitCode} className={layout.wrap}>
                <Caption1>
                  {t('status.chaseUnit', {
                    unit: u.unitName,
                    months: u.overdue.map((o) => monthText(o.month, lang)).join(t('list.comma')),
                    days: Math.max(...u.overdue.map((o) => o.daysOverdue)),
                  })}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <Field label={t('status.textLabel')}>
        {/* Unit names and contacts are text in a text box: never rendered as markup. */}
        <Textarea
          className={styles.text}
          readOnly
          resize="vertical"
          rows={6}
          value={result.chaseText}
          data-testid="status-text"
        />
      </Field>
      {onCopy && (
        <div className={styles.row}>
          <Button onClick={onCopy} data-testid="status-copy">
            {t('status.copy')}
          </Button>
          {copied === 'ok' && <Caption1>{t('status.copied')}</Caption1>}
          {copied === 'failed' && <Caption1>{t('status.copyFailed')}</Caption1>}
        </div>
      )}
    </div>
  );
}

/**
 * The office's status view: the picked ledgers as of a day (default today) — 按时 / 逾期 N 天 /
 * 未报送 / 未到期 per unit and month — and the 催报 text to paste into a message, with the office's
 * contact from the template workbook's 文书设置 (or the work plan's).
 */
export function StatusPanel({ inputs, today = new Date() }: { inputs: () => ReceivedFile[]; today?: Date }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [asOf, setAsOf] = useState(isoDay(today));
  const [result, setResult] = useState<PickedStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const [noFiles, setNoFiles] = useState(false);

  const run = async () => {
    const files = inputs();
    setCopied(null);
    setNoFiles(files.length === 0);
    if (!files.length) {
      setResult(null);
      return;
    }
    setBusy(true);
    try {
      const engine = await loadEngine();
      setResult(engine.statusOfPickedFiles(files, asOf, lang));
      setError(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(result!.chaseText);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section className={layout.section} data-testid="status-panel" aria-label={t('status.title')}>
      <Subtitle2>{t('status.title')}</Subtitle2>
      <Caption1>{t('status.intro')}</Caption1>
      <div className={styles.row}>
        <Field label={t('status.asOf')}>
          <Input
            type="date"
            value={asOf}
            onChange={(_, d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value) && setAsOf(d.value)}
            data-testid="status-as-of"
          />
        </Field>
        <Button onClick={() => void run()} disabled={busy} data-testid="status-run">
          {t('status.run')}
        </Button>
      </div>
      {noFiles && <Caption1 data-testid="status-no-files">{t('status.noFiles')}</Caption1>}
      <ErrorNotice error={error} />
      {result && <StatusResult result={result} onCopy={() => void copy()} copied={copied} />}
    </section>
  );
}
