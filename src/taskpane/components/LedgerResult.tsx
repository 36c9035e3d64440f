import { TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { daysBetween, isoDate } from '@ledger-review/scoring';
import type { LedgerCheck } from '@ledger-review/workbook';
import { useI18n } from '../../i18n/I18nContext';
import { dateText, monthText } from '../../i18n/periodLabels';
import type { UiKey } from '../../i18n/ui';
import { useLayoutStyles } from '../layout';
import { IssueList } from './IssueList';
import { Notice } from './Notice';
import { PaneTable } from './PaneTable';

const useStyles = makeStyles({
  label: { width: '7em', color: tokens.colorNeutralForeground3 },
});

export function todayIso(today: Date): string {
  return isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate());
}

/** Days from `today` to the due date: positive = left, 0 = today, negative = overdue. */
export function daysToDue(dueDate: string, today: Date): number {
  return daysBetween(todayIso(today), dueDate);
}

/**
 * The verdict on one ledger: who and which month, the due date, whether it can be sent, the
 * template's state with the way forward, and the issue list.
 */
export function LedgerResult({
  check,
  today,
  onSelect,
}: {
  check: LedgerCheck;
  today: Date;
  onSelect?: (sheet: string, address: string) => void;
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  if (!check.isLedger) {
    return (
      <div className={layout.section} data-testid="ledger-result" data-verdict="not-ledger">
        <Notice intent="error" title={t('validate.notLedger.title')}>
          {t('validate.notLedger.body')}
        </Notice>
        <IssueList findings={check.findings} />
      </div>
    );
  }
  const unknown = t('validate.summary.unknown');
  let dueNote = '';
  if (check.dueDate) {
    const days = daysToDue(check.dueDate, today);
    dueNote =
      days > 0
        ? t('validate.due.left', { days })
        : days === 0
          ? t('validate.due.today')
          : t('validate.due.over', { days: -days });
  }
  const verdict = check.canSubmit ? 'can-submit' : 'must-fix';
  const rows: Array<[UiKey, string]> = [
    ['validate.summary.unit', check.unitName || unknown],
    ['validate.summary.month', check.month ? monthText(check.month, lang) : unknown],
    ['validate.summary.due', check.dueDate ? `${dateText(check.dueDate, lang)}${dueNote}` : unknown],
    ['validate.summary.version', check.templateVersion ?? unknown],
    [
      'validate.summary.rows',
      t('validate.summary.rowsValue', { valid: check.validRows, applicable: check.applicableRows }),
    ],
  ];
  return (
    <div className={layout.section} data-testid="ledger-result" data-verdict={verdict}>
      <PaneTable size="extra-small" label={t('validate.fileResults')}>
        {rows.map(([label, value]) => (
          <TableRow key={label}>
            <TableCell className={styles.label}>{t(label)}</TableCell>
            <TableCell>{value}</TableCell>
          </TableRow>
        ))}
      </PaneTable>
      {check.canSubmit ? (
        <Notice intent="success" testId="verdict">
          {check.warnings > 0
            ? t('validate.canSubmitWarnings', { warnings: check.warnings })
            : t('validate.canSubmit')}
        </Notice>
      ) : (
        <Notice intent="error" testId="verdict">
          {t('validate.mustFix', { errors: Math.max(check.errors, 1) })}
        </Notice>
      )}
      {check.templateState !== 'current' && (
        <Notice intent="warning" testId="template-notice">
          {t(`validate.template.${check.templateState}` as UiKey, {
            version: check.templateVersion ?? '',
            current: check.currentTemplateVersion,
          })}
        </Notice>
      )}
      <IssueList
        findings={check.findings}
        total={check.partial ? check.errors + check.warnings + check.notices : undefined}
        onSelect={onSelect}
      />
    </div>
  );
}
