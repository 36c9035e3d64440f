import {
  Badge,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { QuarterReview, ReviewOutcome, UnitGroup } from '@ledger-review/scoring';
import { useI18n } from '../../i18n/I18nContext';
import { formatNumber, type UiKey } from '../../i18n/ui';

const useStyles = makeStyles({
  outcomes: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  num: { whiteSpace: 'nowrap', textAlign: 'right' },
});

const OUTCOME_COLOR: Record<ReviewOutcome['kind'], 'success' | 'warning' | 'danger'> = {
  experience: 'success',
  statement: 'warning',
  criticism: 'danger',
  interview: 'danger',
  disqualify: 'danger',
  revokeCivilized: 'danger',
};

/**
 * One ranking group of the quarterly review: rank (RANK.EQ, ties shared and marked 并列), the
 * composite and its three parts, and every outcome with its reason in words.
 */
export function RankingTable({ review, group }: { review: QuarterReview; group: UnitGroup }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const units = review.units.filter((u) => u.group === group);
  if (units.length === 0) return null;
  const decimals = review.settings.compositeDecimals;
  const percent = (share: number) => t('common.percent', { value: formatNumber(share * 100, lang, 1) });
  const title = t('review.rankingTitle', { group: t(`review.group.${group}` as UiKey) });
  return (
    <section data-testid={`ranking-${group}`}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <Table size="small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('review.col.rank')}</TableHeaderCell>
            <TableHeaderCell>{t('review.col.unit')}</TableHeaderCell>
            <TableHeaderCell>{t('review.col.composite')}</TableHeaderCell>
            <TableHeaderCell>{t('review.col.inspectionRate')}</TableHeaderCell>
            <TableHeaderCell>{t('review.col.timeliness')}</TableHeaderCell>
            <TableHeaderCell>{t('review.col.quality')}</TableHeaderCell>
            <TableHeaderCell>{t('review.col.outcome')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {units.map((u) => (
            <TableRow key={u.unitCode} data-unit={u.unitCode} data-rank={u.rank}>
              <TableCell className={styles.num}>
                {u.rank}
                {u.tied && ` ${t('review.tied')}`}
              </TableCell>
              <TableCell>{u.unitName}</TableCell>
              <TableCell className={styles.num}>{formatNumber(u.composite, lang, decimals)}</TableCell>
              <TableCell className={styles.num}>{formatNumber(u.inspectionRate, lang, 2)}</TableCell>
              <TableCell className={styles.num}>{percent(u.timeliness)}</TableCell>
              <TableCell className={styles.num}>{percent(u.quality)}</TableCell>
              <TableCell>
                {u.outcomes.length === 0 ? (
                  t('review.noOutcome')
                ) : (
                  <div className={styles.outcomes}>
                    {u.outcomes.map((o) => (
                      <div key={o.kind} data-outcome={o.kind}>
                        <Badge appearance="tint" color={OUTCOME_COLOR[o.kind]}>
                          {lang === 'en' ? o.labelEn : o.label}
                        </Badge>
                        {o.proposed && <Caption1>{t('review.proposed')}</Caption1>}
                        <div>
                          <Caption1>{lang === 'en' ? o.reasonEn : o.reason}</Caption1>
                        </div>
                      </div>
                    ))}
                  </div>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
