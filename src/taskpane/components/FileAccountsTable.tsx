import {
  Caption1,
  Subtitle2,
  TableCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { isBimonth, isMonth, renderFinding } from '@ledger-review/scoring';
import type { PickedReviewResult } from '../../engine/review';
import { useI18n } from '../../i18n/I18nContext';
import { bimonthText, monthText } from '../../i18n/periodLabels';
import type { Lang, UiKey } from '../../i18n/ui';
import { PaneTable } from './PaneTable';

const useStyles = makeStyles({
  name: { wordBreak: 'break-all' },
  who: { display: 'block', color: tokens.colorNeutralForeground3, wordBreak: 'normal' },
  status: { width: '6.5em' },
  rejected: { color: tokens.colorPaletteRedForeground1 },
  superseded: { color: tokens.colorNeutralForeground3 },
  warned: { color: tokens.colorPaletteDarkOrangeForeground1 },
  accepted: { color: tokens.colorPaletteGreenForeground1 },
  more: { cursor: 'pointer', color: tokens.colorBrandForegroundLink },
  attention: { display: 'flex', flexDirection: 'column', wordBreak: 'break-all' },
});

/** Above this many rows the table folds away behind a count (the summary already has the totals). */
const FOLD_ABOVE = 8;

export function periodText(period: string | null, lang: Lang): string {
  if (!period) return '';
  if (isMonth(period)) return monthText(period, lang);
  if (isBimonth(period)) return bimonthText(period, lang);
  return period;
}

const STATUS_CLASS = {
  accepted: 'accepted',
  'accepted-with-warnings': 'warned',
  'accepted-with-errors': 'rejected',
  rejected: 'rejected',
  superseded: 'superseded',
  ignored: 'superseded',
} as const;

/**
 * 文件清单: every picked file with its status (已接收 / 已接收（有警告）/ 已拒收 / 已被替换) and
 * the reason in words; files that steer the review (template, earlier reviews) are listed with
 * their role, so nothing picked silently disappears.
 */
export function FileAccountsTable({ result }: { result: PickedReviewResult }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const accounts = result.run.consolidation.files;
  const rows = accounts.length + result.roles.length;
  const rejected = accounts.filter((a) => a.status === 'rejected' || a.status === 'accepted-with-errors');
  const table = (
    <PaneTable
      label={t('consolidate.accounts')}
      columns={[
        { label: t('consolidate.col.file') },
        { label: t('consolidate.col.status'), className: styles.status },
        { label: t('consolidate.col.reason') },
      ]}
    >
      {accounts.map((a, i) => (
        <TableRow key={`${a.file}-${i}`} data-account-status={a.status} data-file-name={a.file}>
          <TableCell className={styles.name}>
            {a.file}
            {(a.unitName || a.period) && (
              <Caption1 className={styles.who}>
                {[a.unitName, periodText(a.period, lang)].filter(Boolean).join(' · ')}
              </Caption1>
            )}
          </TableCell>
          <TableCell className={mergeClasses(styles.status, styles[STATUS_CLASS[a.status]])}>
            {t(`fileStatus.${a.status}` as UiKey)}
          </TableCell>
          <TableCell>
            <Caption1>{renderFinding(a.reason, lang)}</Caption1>
          </TableCell>
        </TableRow>
      ))}
      {result.roles.map((r) => (
        <TableRow key={`role-${r.file}`} data-account-status="role" data-file-name={r.file}>
          <TableCell className={styles.name}>{r.file}</TableCell>
          <TableCell className={styles.status}>{t('fileRole.status')}</TableCell>
          <TableCell>
            <Caption1>{t(`fileRole.${r.role}` as UiKey)}</Caption1>
          </TableCell>
        </TableRow>
      ))}
    </PaneTable>
  );
  return (
    <section data-testid="file-accounts">
      <Subtitle2 as="h2">{t('consolidate.accounts')}</Subtitle2>
      {rows > FOLD_ABOVE ? (
        <>
          {rejected.length > 0 && (
            <div className={styles.attention} data-testid="rejected-files">
              {rejected.slice(0, 5).map((a, i) => (
                <Caption1 key={`${a.file}-${i}`} className={styles.rejected}>
                  {a.file}：{renderFinding(a.reason, lang)}
                </Caption1>
              ))}
            </div>
          )}
          <details>
            <summary className={styles.more}>{t('consolidate.accountsCount', { count: rows })}</summary>
            {table}
          </details>
        </>
      ) : (
        table
      )}
    </section>
  );
}
