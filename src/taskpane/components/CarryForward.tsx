import { Body1, Button, Caption1, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { renderFinding } from '@ledger-review/scoring';
import { useRef, useState } from 'react';
import { deliveredText, deliverFile } from '../deliver';
import { useHost } from '../hostContext';
import { loadEngine } from '../../engine/load';
import { useI18n } from '../../i18n/I18nContext';
import { monthText } from '../../i18n/periodLabels';
import type { UiKey } from '../../i18n/ui';
import { ErrorNotice, Notice } from './Notice';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
  },
  input: { display: 'none' },
});

type Outcome =
  { kind: 'done'; text: string } | { kind: 'problem'; text: string } | { kind: 'error'; error: unknown };

/** 沿用上月: pick last month's ledger, download this month's pre-filled from it. */
export function CarryForward() {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const host = useHost();

  const carry = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const engine = await loadEngine();
      const bytes = new Uint8Array(await file.arrayBuffer());
      let sheets;
      try {
        sheets = engine.readWorkbook(bytes);
      } catch (err) {
        setOutcome({ kind: 'problem', text: renderFinding(engine.readFailure(err, file.name), lang) });
        return;
      }
      const result = engine.carryForward(sheets, file.name, engine.defaultReviewContext());
      if (!result.ok) {
        setOutcome({ kind: 'problem', text: t(`carry.${result.reason}` as UiKey) });
        return;
      }
      const { fileName, plan } = result.file;
      const delivery = await deliverFile(host, await engine.renderWorkbook(plan), fileName);
      const done = t('carry.done', {
        file: fileName,
        fromMonth: monthText(result.fromMonth, lang),
        rows: result.carriedRows,
      });
      setOutcome({ kind: 'done', text: deliveredText(delivery, done, fileName, t) });
    } catch (err) {
      setOutcome({ kind: 'error', error: err });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.section} data-testid="carry-forward">
      <Subtitle2 as="h2">{t('carry.title')}</Subtitle2>
      <Body1>{t('carry.intro')}</Body1>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="carry-input"
        onChange={(event) => {
          const picked = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (picked) void carry(picked);
        }}
      />
      <Button disabled={busy} onClick={() => input.current?.click()}>
        {t('carry.pick')}
      </Button>
      {busy && <Spinner size="extra-tiny" label={t('common.working')} />}
      {outcome?.kind === 'done' && <Caption1 data-testid="carry-done">{outcome.text}</Caption1>}
      {outcome?.kind === 'problem' && <Notice intent="warning">{outcome.text}</Notice>}
      {outcome?.kind === 'error' && <ErrorNotice error={outcome.error} />}
    </section>
  );
}
