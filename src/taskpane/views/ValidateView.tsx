import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { UiKey } from '../../i18n/ui';
import { supports } from '../../office/requirements';
import type { HostContext, HostOps, LedgerChange, SheetGrid, Unsubscribe } from '../../office/types';
import { FilesPanel } from '../components/FilesPanel';
import { describeError } from '../errors';
import type { PickedFilesState } from '../hooks/usePickedFiles';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** Re-reading on every keystroke of a paste storm is wasteful; wait for edits to settle. */
const LIVE_DEBOUNCE_MS = 400;

export interface SheetReadSummary {
  sheetName: string;
  rows: number;
  columns: number;
  formulas: number;
}

export function summariseGrid(sheet: SheetGrid): SheetReadSummary {
  return {
    sheetName: sheet.sheetName,
    rows: sheet.grid.length,
    columns: sheet.grid.reduce((max, row) => Math.max(max, row.length), 0),
    formulas: Object.keys(sheet.formulas).length,
  };
}

function ExcelValidate({ ops, liveSupported }: { ops: HostOps; liveSupported: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [reading, setReading] = useState(false);
  const [summary, setSummary] = useState<SheetReadSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [live, setLive] = useState(false);
  const [lastChange, setLastChange] = useState<LedgerChange | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const read = useCallback(async () => {
    setReading(true);
    setError(null);
    try {
      setSummary(summariseGrid(await ops.readActiveLedger()));
    } catch (err) {
      setError(err);
    } finally {
      setReading(false);
    }
  }, [ops]);

  useEffect(() => {
    if (!live) return undefined;
    let unsubscribe: Unsubscribe | undefined;
    let cancelled = false;
    ops
      .onLedgerChanged((change) => {
        setLastChange(change);
        // onChanged is a hint, not a guarantee (STYLE.md): always re-read the sheet itself.
        clearTimeout(timer.current);
        timer.current = setTimeout(() => void read(), LIVE_DEBOUNCE_MS);
      })
      .then((off) => {
        if (cancelled) void off();
        else unsubscribe = off;
      })
      .catch((err: unknown) => {
        setError(err);
        setLive(false);
      });
    return () => {
      cancelled = true;
      clearTimeout(timer.current);
      if (unsubscribe) void unsubscribe().catch(() => undefined);
    };
  }, [live, ops, read]);

  return (
    <>
      <Body1>{t('validate.introExcel')}</Body1>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void read()} disabled={reading}>
          {t('validate.read')}
        </Button>
        {reading && <Spinner size="tiny" label={t('validate.reading')} />}
      </div>
      {liveSupported ? (
        <Switch checked={live} onChange={(_, data) => setLive(data.checked)} label={t('validate.live')} />
      ) : (
        <Caption1>{t('validate.liveUnavailable')}</Caption1>
      )}
      {error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{describeError(error, t)}</MessageBarBody>
        </MessageBar>
      )}
      {summary && (
        <Body1 data-testid="read-summary">
          {summary.rows === 0
            ? t('validate.readEmpty', { sheet: summary.sheetName })
            : t('validate.readResult', {
                sheet: summary.sheetName,
                rows: summary.rows,
                columns: summary.columns,
                formulas: summary.formulas,
              })}
        </Body1>
      )}
      {lastChange && (
        <Caption1>
          {t('validate.lastChange', {
            sheet: lastChange.sheetName,
            address: lastChange.address,
            source:
              lastChange.source === 'Local' || lastChange.source === 'Remote'
                ? t(`validate.source.${lastChange.source}` as UiKey)
                : lastChange.source,
          })}
        </Caption1>
      )}
    </>
  );
}

/** 单位校验: in Excel, the active sheet; in browser mode, an uploaded ledger file. */
export function ValidateView({ host, files }: { host: HostContext; files: PickedFilesState }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.view} data-view="validate">
      {host.kind === 'excel' ? (
        <ExcelValidate ops={host.ops} liveSupported={supports(host.missing, 'liveValidation')} />
      ) : (
        <>
          <Body1>{t('validate.introBrowser')}</Body1>
          <FilesPanel state={files} />
        </>
      )}
    </div>
  );
}
