import { Caption1, Spinner, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { SavedRanking } from '../../engine/readback';
import { loadEngine, type Engine } from '../../engine/load';
import { useI18n } from '../../i18n/I18nContext';
import { quarterText } from '../../i18n/periodLabels';
import { formatNumber } from '../../i18n/ui';
import type { HostOps } from '../../office/types';
import { ErrorNotice, Notice } from './Notice';
import { RankingGrid, RankingRow } from './RankingTable';

/** Reads the saved ranking: the sheet names, then the ranking columns and the metadata. */
export async function loadSavedRanking(
  ops: HostOps,
  engine: Pick<Engine, 'SAVED_RANKING_READ' | 'savedRanking'>,
): Promise<SavedRanking | null> {
  const names = await ops.listSheetNames();
  const reads = engine.SAVED_RANKING_READ.filter((r) => names.includes(r.sheet));
  return reads.length ? engine.savedRanking(await ops.readTables(reads)) : null;
}

/**
 * The 季度点评 view reopened in a workbook that already holds the review sheets (tomorrow, or
 * after the pane reloaded on a ribbon click): the ranking as the 综合排名 sheet shows it, read by
 * its columns only. Nothing is written.
 */
export function SavedRankingView({ ops }: { ops: HostOps }) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<{ ranking: SavedRanking | null; error: unknown } | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const ranking = await loadSavedRanking(ops, await loadEngine());
        if (live) setState({ ranking, error: null });
      } catch (error) {
        if (live) setState({ ranking: null, error });
      }
    })();
    return () => {
      live = false;
    };
  }, [ops]);

  if (!state) return <Spinner size="tiny" label={t('review.saved.reading')} />;
  if (state.error !== null) return <ErrorNotice error={state.error} intent="warning" />;
  if (!state.ranking)
    return (
      <Notice intent="info" testId="no-review">
        {t('review.noRun')}
      </Notice>
    );
  const { ranking } = state;
  return (
    <section data-testid="saved-ranking">
      <Caption1>
        {t('review.saved.from', { quarter: ranking.quarter ? quarterText(ranking.quarter, lang) : '' })}
      </Caption1>
      {ranking.groups.map((g) => (
        <section key={g.group} data-testid={`saved-ranking-${g.group}`}>
          <Subtitle2 as="h2">{t('review.rankingTitle', { group: g.group })}</Subtitle2>
          <RankingGrid label={g.group}>
            {g.rows.map((r, i) => (
              <RankingRow
                key={`${r.unitName}-${i}`}
                rank={r.rank}
                tied={r.tied}
                unitName={r.unitName}
                note={r.outcomes}
                composite={r.composite === null ? '' : formatNumber(r.composite, lang, 2)}
              />
            ))}
          </RankingGrid>
        </section>
      ))}
    </section>
  );
}
