import {
  Body1,
  Button,
  Caption1,
  Spinner,
  TableCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import { renderFinding } from '@ledger-review/scoring';
import { bimonthText, monthText, quarterText } from '../../i18n/periodLabels';
import { formatFileSize, type Lang } from '../../i18n/ui';
import { stillReading, totalSize, type PickedFile, type PickedStatus } from '../../browser/pickedFiles';
import { Notice } from './Notice';
import { PaneTable } from './PaneTable';

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
  attention: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    wordBreak: 'break-all',
  },
  more: { cursor: 'pointer', color: tokens.colorBrandForegroundLink, marginTop: tokens.spacingVerticalXS },
});

/** Above this many files the list folds into counts (a 350 px pane shows about 8 rows a screen). */
export const COLLAPSE_ABOVE = 8;
/** Problem files named even when the list is folded. */
const ATTENTION_SHOWN = 5;

function isProblem(status: PickedStatus): boolean {
  return (
    status.kind === 'unreadable' ||
    (status.kind === 'read' &&
      status.summary.kind === 'ledger' &&
      (!status.summary.check.isLedger || status.summary.check.errors > 0))
  );
}

/** `台账 80 份（其中 5 份有错误）、检查评分表 4 份、…` for the folded list. */
export function countParts(files: readonly PickedFile<File>[], t: ReturnType<typeof useI18n>['t']): string {
  const n = {
    ledger: 0,
    ledgerErrors: 0,
    inspection: 0,
    template: 0,
    review: 0,
    notLedger: 0,
    unreadable: 0,
    reading: 0,
  };
  for (const f of files) {
    const st = f.status;
    if (st.kind === 'reading') n.reading++;
    else if (st.kind === 'unreadable') n.unreadable++;
    else if (st.summary.kind === 'ledger') {
      if (!st.summary.check.isLedger) n.notLedger++;
      else {
        n.ledger++;
        if (st.summary.check.errors > 0) n.ledgerErrors++;
      }
    } else n[st.summary.kind]++;
  }
  const parts: string[] = [];
  if (n.ledger)
    parts.push(
      t('files.part.ledger', { n: n.ledger }) +
        (n.ledgerErrors ? `（${t('files.part.ledgerErrors', { n: n.ledgerErrors })}）` : ''),
    );
  for (const key of ['inspection', 'template', 'review', 'notLedger', 'unreadable', 'reading'] as const) {
    if (n[key]) parts.push(t(`files.part.${key}`, { n: n[key] }));
  }
  return parts.join(t('list.comma'));
}

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

/** Every picked file: name, size, what it is, and a remove button. */
function FileTable({ files, onRemove }: { files: PickedFile<File>[]; onRemove: (id: string) => void }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  return (
    <PaneTable
      label={t('files.col.name')}
      columns={[
        { label: t('files.col.name') },
        { label: t('files.col.size') },
        { label: t('files.col.status') },
        { label: t('files.col.actions') },
      ]}
    >
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
    </PaneTable>
  );
}

/** The picked files with size and quick-read status (folded into counts when many). Names are text only. */
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
        <Notice intent="warning">
          {t('files.duplicates', { names: duplicates.join(t('list.separator')) })}
        </Notice>
      )}
      {files.length === 0 ? (
        <Body1>{t('files.none')}</Body1>
      ) : files.length > COLLAPSE_ABOVE ? (
        <>
          <div className={styles.summary}>
            <Body1 data-testid="picked-summary">
              {t('files.summary', {
                count: files.length,
                size: formatFileSize(totalSize(files), lang),
                parts: countParts(files, t),
              })}
            </Body1>
            <Button size="small" onClick={onClear}>
              {t('files.clear')}
            </Button>
          </div>
          {files.some((f) => isProblem(f.status)) && (
            <div className={styles.attention} data-testid="picked-attention">
              <Caption1>{t('files.attention')}</Caption1>
              {files
                .filter((f) => isProblem(f.status))
                // Unreadable files first: they are the ones the office cannot use at all.
                .sort(
                  (a, b) => Number(b.status.kind === 'unreadable') - Number(a.status.kind === 'unreadable'),
                )
                .slice(0, ATTENTION_SHOWN)
                .map((f) => (
                  <Caption1 key={f.id} className={styles.bad}>
                    {f.name}：{statusLine(f.status, t, lang)}
                  </Caption1>
                ))}
            </div>
          )}
          <details>
            <summary className={styles.more}>{t('files.showAll', { count: files.length })}</summary>
            <FileTable files={files} onRemove={onRemove} />
          </details>
        </>
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
          <FileTable files={files} onRemove={onRemove} />
        </>
      )}
    </section>
  );
}
