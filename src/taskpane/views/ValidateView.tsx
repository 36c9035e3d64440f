import {
  Body1,
  Button,
  Caption1,
  Divider,
  Spinner,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { LedgerCheck } from '@ledger-review/workbook';
import type { PickedFile } from '../../browser/pickedFiles';
import { useI18n } from '../../i18n/I18nContext';
import type { UiKey } from '../../i18n/ui';
import { supports } from '../../office/requirements';
import type { HostOps } from '../../office/types';
import { CarryForward } from '../components/CarryForward';
import { FilesPanel } from '../components/FilesPanel';
import { LedgerResult } from '../components/LedgerResult';
import { ErrorNotice } from '../components/Notice';
import { TemplateDownload } from '../components/TemplateDownload';
import { useLedgerWatcher } from '../hooks/useLedgerWatcher';
import { useLayoutStyles } from '../layout';
import type { WatcherState } from '../unit/ledgerWatcher';
import type { ViewProps } from '../views';

const useStyles = makeStyles({
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-all' },
});

/**
 * What the unit sees in Excel, from the watcher's state alone (so every state can be rendered in
 * a test without a host): the 校验台账 button, the live switch, the verdict and the issues.
 */
export function ExcelValidatePanel({
  state,
  today,
  onValidate,
  onLive,
  onSelect,
}: {
  state: WatcherState;
  today: Date;
  onValidate: () => void;
  onLive: (on: boolean) => void;
  onSelect: (sheet: string, address: string) => void;
}) {
  const { t } = useI18n();
  const layout = useLayoutStyles();
  const change = state.lastChange;
  return (
    <>
      <Body1>{t('validate.introExcel')}</Body1>
      <div className={layout.row}>
        <Button appearance="primary" onClick={onValidate} disabled={state.checking}>
          {t('validate.run')}
        </Button>
        {state.checking && <Spinner size="tiny" label={t('validate.checking')} />}
      </div>
      {state.live === 'unavailable' ? (
        <Caption1>{t('validate.liveUnavailable')}</Caption1>
      ) : (
        <>
          <Switch
            checked={state.live === 'on'}
            onChange={(_, data) => onLive(data.checked)}
            label={t('validate.live')}
          />
          <Caption1 data-testid="live-triggers">{t('validate.liveTriggers')}</Caption1>
        </>
      )}
      {state.waiting && <Caption1 data-testid="waiting-for-edit">{t('validate.waitingForEdit')}</Caption1>}
      <ErrorNotice error={state.error} testId="host-error" />
      <ErrorNotice error={state.liveError} intent="warning" testId="live-error" />
      <ErrorNotice
        error={state.marksError}
        intent="warning"
        message={(message) => t('validate.marksFailed', { message })}
      />
      {state.check && <LedgerResult check={state.check} today={today} onSelect={onSelect} />}
      {change && (
        <Caption1 data-testid="last-change">
          {t('validate.lastChange', {
            sheet: change.sheetName,
            address: change.address,
            source:
              change.source === 'Local' || change.source === 'Remote'
                ? t(`validate.source.${change.source}` as UiKey)
                : change.source,
          })}
        </Caption1>
      )}
    </>
  );
}

/** Below the verdicts: 下载当前模板 (for the unit and month of the ledger in view, when known) and 沿用上月. */
function LedgerTools({
  check,
  today,
}: {
  check: Pick<LedgerCheck, 'unitCode' | 'month'> | null;
  today: Date;
}) {
  return (
    <>
      <Divider />
      <TemplateDownload
        key={`${check?.unitCode ?? ''}|${check?.month ?? ''}`}
        today={today}
        unitCode={check?.unitCode}
        month={check?.month}
      />
      <Divider />
      <CarryForward />
    </>
  );
}

function ExcelValidate({ ops, liveSupported, today }: { ops: HostOps; liveSupported: boolean; today: Date }) {
  const watch = useLedgerWatcher(ops, liveSupported);
  return (
    <>
      <ExcelValidatePanel
        state={watch.state}
        today={today}
        onValidate={watch.validateNow}
        onLive={watch.setLive}
        onSelect={watch.select}
      />
      <LedgerTools check={watch.state.check} today={today} />
    </>
  );
}

/** One uploaded file's verdict, folded unless it is the only one. */
function UploadedResult({ file, today, open }: { file: PickedFile<File>; today: Date; open: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  if (file.status.kind !== 'read' || file.status.summary.kind !== 'ledger') return null;
  const check = file.status.summary.check;
  const verdict = !check.isLedger
    ? t('validate.notLedger.title')
    : check.canSubmit
      ? t('validate.canSubmit')
      : t('validate.mustFix', { errors: Math.max(check.errors, 1) });
  return (
    <details open={open} className={layout.section} data-testid="file-result" data-file-name={file.name}>
      <summary className={styles.summary}>
        {file.name} — {verdict}
      </summary>
      <LedgerResult check={check} today={today} />
    </details>
  );
}

/** 单位校验: in Excel, the open workbook, live; in browser mode, uploaded ledger files. */
export function ValidateView({ host, files, today }: Pick<ViewProps, 'host' | 'files' | 'today'>) {
  const { t } = useI18n();
  const layout = useLayoutStyles();
  if (host.kind !== 'browser') {
    return (
      <div className={layout.view} data-view="validate">
        <ExcelValidate
          ops={host.ops}
          liveSupported={supports(host.missing, 'liveValidation')}
          today={today}
        />
      </div>
    );
  }
  const firstLedger = files.files.find(
    (f) => f.status.kind === 'read' && f.status.summary.kind === 'ledger' && f.status.summary.check.isLedger,
  );
  const firstCheck =
    firstLedger?.status.kind === 'read' && firstLedger.status.summary.kind === 'ledger'
      ? firstLedger.status.summary.check
      : null;
  return (
    <div className={layout.view} data-view="validate">
      <Body1>{t('validate.introBrowser')}</Body1>
      <FilesPanel state={files} />
      {files.files.some((f) => f.status.kind === 'read') && (
        <section data-testid="file-results">
          <Subtitle2 as="h2">{t('validate.fileResults')}</Subtitle2>
          {files.files.map((f) => (
            <UploadedResult key={f.id} file={f} today={today} open={files.files.length === 1} />
          ))}
        </section>
      )}
      <LedgerTools check={firstCheck} today={today} />
    </div>
  );
}
