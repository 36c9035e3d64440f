import { Caption1, Subtitle2, TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { UNIT_GROUPS } from '@ledger-review/scoring';
import type { AnnualUnitLine } from '../../engine/annual';
import { useI18n } from '../../i18n/I18nContext';
import { quarterText } from '../../i18n/periodLabels';
import { formatNumber, type UiKey } from '../../i18n/ui';
import { PaneTable } from './PaneTable';

type I18n = ReturnType<typeof useI18n>;

const useStyles = makeStyles({
  // Four quarters and a unit name in 320 px: small cells, and the table scrolls inside its own
  // box rather than widening the pane.
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  table: { tableLayout: 'auto' },
  unitCell: { overflowWrap: 'anywhere', minWidth: '64px' },
  quarterCell: {
    whiteSpace: 'nowrap',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  cellLines: { display: 'flex', flexDirection: 'column' },
});

type Quarter = AnnualUnitLine['quarters'][number];

/** `↑1.20` / `↓0.50` / `持平` against the previous quarter; empty without one. */
export function changeText(change: number | null, t: I18n['t'], lang: I18n['lang']): string {
  if (change === null) return '';
  if (change === 0) return t('annual.same');
  return t(change > 0 ? 'annual.up' : 'annual.down', { value: formatNumber(Math.abs(change), lang, 2) });
}

function QuarterCell({ q }: { q: Quarter }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  if (q.composite === null) return <span>—</span>;
  const rank = `${t('annual.rank', { rank: q.rank ?? '' })}${q.tied ? t('annual.tied') : ''}`;
  const change = changeText(q.change, t, lang);
  return (
    <span className={styles.cellLines}>
      <span>{formatNumber(q.composite, lang, 2)}</span>
      <Caption1>{change ? `${rank} ${change}` : rank}</Caption1>
    </span>
  );
}

/** The roll-up per group: each unit's composite, rank and change for every quarter rolled up. */
export function AnnualTable({ lines, quarters }: { lines: AnnualUnitLine[]; quarters: string[] }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  return (
    <>
      {UNIT_GROUPS.map((group) => {
        const rows = lines.filter((l) => l.group === group);
        if (!rows.length) return null;
        const label = t('annual.tableLabel', { group: t(`review.group.${group}` as UiKey) });
        return (
          <div key={group} className={styles.scroller}>
            <Subtitle2 as="h3">{label}</Subtitle2>
            <PaneTable
              size="extra-small"
              label={label}
              className={styles.table}
              testId={`annual-table-${group}`}
              columns={[
                { label: t('annual.col.unit'), className: styles.unitCell },
                ...quarters.map((q) => ({
                  key: q,
                  label: quarterText(q, lang),
                  className: styles.quarterCell,
                })),
              ]}
            >
              {rows.map((l) => (
                <TableRow key={l.code} data-unit={l.code}>
                  <TableCell className={styles.unitCell}>{l.name}</TableCell>
                  {l.quarters.map((q) => (
                    <TableCell key={q.quarter} className={styles.quarterCell}>
                      <QuarterCell q={q} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </PaneTable>
          </div>
        );
      })}
    </>
  );
}
