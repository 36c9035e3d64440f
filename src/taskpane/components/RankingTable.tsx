import {
  Badge,
  Caption1,
  Subtitle2,
  TableCell,
  TableRow,
  makeStyles,
  tokens,
  type TableRowProps,
} from '@fluentui/react-components';
import type { QuarterReview, ReviewOutcome, UnitGroup } from '@ledger-review/scoring';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { formatNumber, type UiKey } from '../../i18n/ui';
import { PaneTable } from './PaneTable';

const useStyles = makeStyles({
  rank: { width: '4.5em', whiteSpace: 'nowrap' },
  composite: { width: '5em', whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  note: { display: 'block', color: tokens.colorNeutralForeground3 },
  outcomeRow: { backgroundColor: tokens.colorNeutralBackground2 },
  outcome: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
  picked: { cursor: 'pointer' },
});

/** A ranking's three columns — 名次, 单位, 综合得分 — for the review just built and the saved one. */
export function RankingGrid({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  const styles = useStyles();
  const columns = [
    { label: t('review.col.rank'), className: styles.rank },
    { label: t('review.col.unit') },
    { label: t('review.col.composite'), className: styles.composite },
  ];
  return (
    <PaneTable label={label} columns={columns}>
      {children}
    </PaneTable>
  );
}

/** One unit's row of a {@link RankingGrid}: rank (并列 when shared), name with a note below, composite. */
export function RankingRow({
  rank,
  tied,
  unitName,
  note,
  composite,
  ...row
}: Omit<TableRowProps, 'children'> & {
  rank: number | null;
  tied: boolean;
  unitName: string;
  note?: ReactNode;
  composite: string;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <TableRow {...row}>
      <TableCell className={styles.rank}>
        {rank ?? ''}
        {tied && ` ${t('review.tied')}`}
      </TableCell>
      <TableCell>
        {unitName}
        {note && <Caption1 className={styles.note}>{note}</Caption1>}
      </TableCell>
      <TableCell className={styles.composite}>{composite}</TableCell>
    </TableRow>
  );
}

const OUTCOME_COLOR: Record<ReviewOutcome['kind'], 'success' | 'warning' | 'danger'> = {
  experience: 'success',
  statement: 'warning',
  criticism: 'danger',
  interview: 'danger',
  disqualify: 'danger',
  revokeCivilized: 'danger',
};

/**
 * One ranking group of the quarterly review, laid out for a narrow task pane: rank (RANK.EQ,
 * ties shared and marked 并列), unit with the three parts of its composite, the composite; and
 * below a unit with outcomes, each outcome with its reason in words. A click on a unit's row
 * picks the unit.
 */
export function RankingTable({
  review,
  group,
  onPick,
}: {
  review: QuarterReview;
  group: UnitGroup;
  onPick: (unitCode: string) => void;
}) {
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
      <RankingGrid label={title}>
        {units.flatMap((u) => {
          const row = (
            <RankingRow
              key={u.unitCode}
              data-unit={u.unitCode}
              data-rank={u.rank}
              className={styles.picked}
              onClick={() => onPick(u.unitCode)}
              rank={u.rank}
              tied={u.tied}
              unitName={u.unitName}
              note={t('review.parts', {
                inspection: formatNumber(u.inspectionRate, lang, 2),
                timeliness: percent(u.timeliness),
                quality: percent(u.quality),
              })}
              composite={formatNumber(u.composite, lang, decimals)}
            />
          );
          if (u.outcomes.length === 0) return [row];
          return [
            row,
            <TableRow
              key={`${u.unitCode}-outcomes`}
              className={styles.outcomeRow}
              data-outcomes-of={u.unitCode}
            >
              <TableCell colSpan={3}>
                {u.outcomes.map((o) => (
                  <div key={o.kind} className={styles.outcome} data-outcome={o.kind}>
                    <Badge className={styles.badge} appearance="tint" color={OUTCOME_COLOR[o.kind]}>
                      {lang === 'en' ? o.labelEn : o.label}
                      {o.proposed && t('review.proposedMark')}
                    </Badge>
                    <Caption1>{lang === 'en' ? o.reasonEn : o.reason}</Caption1>
                  </div>
                ))}
              </TableCell>
            </TableRow>,
          ];
        })}
      </RankingGrid>
      {units.some((u) => u.outcomes.some((o) => o.proposed)) && (
        <Caption1>{t('review.proposedNote')}</Caption1>
      )}
    </section>
  );
}
