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
import { formatFileSize, type UiKey } from '../../i18n/ui';
import { MAX_FILE_BYTES, totalSize, type PickedFile, type PickedStatus } from '../../browser/pickedFiles';

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

function StatusText({ status }: { status: PickedStatus }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  switch (status.kind) {
    case 'reading':
      return <Spinner size="extra-tiny" label={t('files.status.reading')} />;
    case 'read':
      return (
        <Caption1>
          {t('files.status.read', {
            count: status.sheets.length,
            sheets: status.sheets
              .map((s) => t('files.status.sheet', { name: s.name, rows: s.rows }))
              .join(t('list.separator')),
          })}
        </Caption1>
      );
    case 'rejected':
      return (
        <Caption1 className={styles.bad}>
          {t(`files.status.${status.reason}` as UiKey, { limit: formatFileSize(MAX_FILE_BYTES, lang) })}
        </Caption1>
      );
    case 'unreadable':
      return (
        <Caption1 className={styles.bad}>
          {status.reason === 'corrupt'
            ? t('files.status.unreadable', { message: status.message ?? '' })
            : t(`files.status.${status.reason}`)}
        </Caption1>
      );
  }
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
                <TableRow key={file.id} data-file-status={file.status.kind}>
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
