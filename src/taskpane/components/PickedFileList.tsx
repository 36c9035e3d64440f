import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import { renderFinding } from '@ledger-review/scoring';
import { bimonthText, monthText, quarterText } from '../../i18n/periodLabels';
import { formatFileSize, type Lang } from '../../i18n/ui';
import { stillReading, totalSize, type PickedFile, type PickedStatus } from '../../browser/pickedFiles';

const useStyles = makeStyles({
  summary: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  name: { wordBreak: 'break-all' },
  bad: { color: tokens.colorPaletteRedForeground1 },
  size: { whiteSpace: 'nowrap' },
});

/** One line saying what a picked file is, in the UI language. Exported for tests. */
export function statusLine(status: PickedStatus, t: ReturnType<typeof useI18n>['t'], lang: Lang): string {
  switch (status.kind) {
    case 'reading':
      return t('files.status.reading');
    case 'unreadable':
      return renderFinding(status.finding, lang);
    case 'read':
      break;
  }
  const summary = status.summary;
  switch (summary.kind) {
    case 'inspection':
      return t('files.status.inspection', {
        period: summary.period ? bimonthText(summary.period, lang) : t('files.status.unknownPeriod'),
      });
    case 'review':
      return t('files.status.review', {
        quarter: summary.quarter ? quarterText(summary.quarter, lang) : t('files.status.unknownPeriod'),
      });
    case 'template':
      return t('files.status.template');
    case 'ledger': {
      const check = summary.check;
      if (!check.isLedger) {
        const first = check.findings[0];
        return first
          ? t('files.status.notLedgerBecause', { reason: renderFinding(first, lang) })
          : t('files.status.notLedger');
      }
      const who =
        check.unitCode && check.month
          ? t('files.status.ledger', { unit: check.unitName, month: monthText(check.month, lang) })
          : t('files.status.ledgerUnidentified');
      const counts =
        check.errors || check.warnings
          ? t('files.status.counts', { errors: check.errors, warnings: check.warnings })
          : t('files.status.ok');
      return `${who} · ${counts}`;
    }
  }
}

function StatusText({ status }: { status: PickedStatus }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  if (status.kind === 'reading') return <Spinner size="extra-tiny" label={t('files.status.reading')} />;
  const bad =
    status.kind === 'unreadable' ||
    (status.summary.kind === 'ledger' && (!status.summary.check.isLedger || status.summary.check.errors > 0));
  return <Caption1 className={bad ? styles.bad : undefined}>{statusLine(status, t, lang)}</Caption1>;
}

/** The picked files with size and quick-read status. Names are rendered as text only. */
export function PickedFileList({
  files,
  duplicates,
  onRemove,
  onClear,
}: {
  files: PickedFile<File>[];
  duplicates: string[];
  onRemove: (id: string) => void;
  onClear: () => void;
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  return (
    <section aria-live="polite" data-testid="picked-files">
      {duplicates.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('files.duplicates', { names: duplicates.join(t('list.separator')) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {files.length === 0 ? (
        <Body1>{t('files.none')}</Body1>
      ) : (
        <>
          <div className={styles.summary}>
            <Body1>
              {t('files.count', { count: files.length, size: formatFileSize(totalSize(files), lang) })}
              {stillReading(files) > 0 && ` ${t('files.reading', { count: stillReading(files) })}`}
            </Body1>
            <Button size="small" onClick={onClear}>
              {t('files.clear')}
            </Button>
          </div>
          <Table size="small" aria-label={t('files.col.name')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('files.col.name')}</TableHeaderCell>
                <TableHeaderCell>{t('files.col.size')}</TableHeaderCell>
                <TableHeaderCell>{t('files.col.status')}</TableHeaderCell>
                <TableHeaderCell>{t('files.col.actions')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {files.map((file) => (
                <TableRow key={file.id} data-file-status={file.status.kind} data-file-name={file.name}>
                  <TableCell className={styles.name}>{file.name}</TableCell>
                  <TableCell className={styles.size}>{formatFileSize(file.size, lang)}</TableCell>
                  <TableCell>
                    <StatusText status={file.status} />
                  </TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      appearance="subtle"
                      aria-label={t('files.removeLabel', { name: file.name })}
                      onClick={() => onRemove(file.id)}
                    >
                      {t('files.remove')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
