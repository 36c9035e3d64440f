import { Body1, Caption1, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import {
  findingTitle,
  formatLocation,
  renderFinding,
  type Finding,
  type Severity,
} from '@ledger-review/scoring';
import { useI18n } from '../../i18n/I18nContext';
import type { UiKey } from '../../i18n/ui';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  where: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Findings by severity, in sheet order within each group. */
export function groupBySeverity(
  findings: readonly Finding[],
): Array<{ severity: Severity; findings: Finding[] }> {
  return ORDER.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity),
  })).filter((g) => g.findings.length > 0);
}

/** Where a finding points, without the file name (the list belongs to one workbook). */
export function findingPlace(finding: Finding, lang: 'zh-CN' | 'en'): string {
  return formatLocation({ ...finding, file: undefined }, lang);
}

/**
 * The issue list, grouped 错误 / 警告 / 说明. With `onSelect` (inside Excel) every placed finding
 * is a link that selects its cell; the messages are the rule registry's, in the UI language,
 * rendered as text.
 */
export function IssueList({
  findings,
  total,
  onSelect,
}: {
  findings: readonly Finding[];
  /** Findings counted, when more were found than kept (a capped report). */
  total?: number;
  onSelect?: (sheet: string, address: string) => void;
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  if (findings.length === 0) return <Body1>{t('issues.none')}</Body1>;
  return (
    <section aria-label={t('issues.listLabel')} data-testid="issue-list">
      {total !== undefined && total > findings.length && (
        <Caption1>{t('issues.partial', { shown: findings.length, total })}</Caption1>
      )}
      {groupBySeverity(findings).map((group) => (
        <div key={group.severity} className={styles.group} data-severity-group={group.severity}>
          <Subtitle2 as="h3" className={styles[group.severity]}>
            {t('issues.group', {
              label: t(`severity.${group.severity}` as UiKey),
              count: group.findings.length,
            })}
          </Subtitle2>
          <ul className={styles.list}>
            {group.findings.map((f, i) => {
              const place = findingPlace(f, lang);
              const selectable = onSelect && f.sheet !== undefined && f.address !== undefined;
              return (
                <li
                  key={`${f.code}-${f.sheet ?? ''}-${f.address ?? f.row ?? ''}-${i}`}
                  className={styles.item}
                  data-severity={f.severity}
                  data-code={f.code}
                  data-cell={f.address ?? ''}
                >
                  {place &&
                    (selectable ? (
                      <Link
                        as="button"
                        className={styles.where}
                        aria-label={t('issues.selectLabel', { cell: place })}
                        onClick={() => onSelect(f.sheet as string, f.address as string)}
                      >
                        {place}
                      </Link>
                    ) : (
                      <span className={styles.where}>{place}</span>
                    ))}
                  <span title={findingTitle(f, lang)}>{renderFinding(f, lang)}</span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
