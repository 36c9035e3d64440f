import { Caption1, Spinner, Subtitle2, makeStyles } from '@fluentui/react-components';
import { UNIT_GROUPS, quarterLabel, type QuarterReview, type UnitGroup } from '@ledger-review/scoring';
import type { ReviewHistoryEntry } from '@ledger-review/workbook';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { UiKey } from '../../i18n/ui';
import { useLayoutStyles } from '../layout';
import { ErrorNotice } from './Notice';
import { loadCharts, type ChartModule } from './loadCharts';

const useStyles = makeStyles({
  // The canvas follows the pane's width (320–350 px); the height grows with the units.
  frame: { position: 'relative', width: '100%' },
});

const BLUE = '#2F5597';
const GREEN = '#548235';
const RED = '#C00000';
const GREY = 'rgba(128,128,128,0.35)';

type ChartConfig = ConstructorParameters<ChartModule['Chart']>[1];

/** A dashed line across the bars at `score` (the 经验介绍 and 检查性发言 thresholds). */
function scoreLine(label: string, score: number, color: string, bars: number) {
  return {
    type: 'line',
    label,
    data: Array.from({ length: bars }, () => score),
    borderColor: color,
    borderDash: [6, 4],
    borderWidth: 1.5,
    pointRadius: 0,
    order: 1,
  };
}

/** A canvas drawn by chart.js (loaded on first use, its own chunk); redrawn when the config changes. */
function ChartCanvas({
  config,
  height,
  label,
  testId,
}: {
  config: ChartConfig;
  height: number;
  label: string;
  testId: string;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | { error: unknown }>('loading');
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let live = true;
    loadCharts().then(
      ({ Chart }) => {
        if (!live || !canvas.current) return;
        try {
          chart = new Chart(canvas.current, config);
          setState('drawn');
        } catch (error) {
          setState({ error });
        }
      },
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [config]);
  return (
    <div
      className={styles.frame}
      style={{ height }}
      data-testid={testId}
      data-chart-state={typeof state === 'string' ? state : 'error'}
    >
      <canvas ref={canvas} role="img" aria-label={label} />
      {state === 'loading' && <Spinner size="tiny" label={t('review.charts.loading')} />}
      {typeof state === 'object' && (
        <ErrorNotice
          error={state.error}
          intent="warning"
          message={(message) => t('review.charts.failed', { message })}
        />
      )}
    </div>
  );
}

/**
 * The 图表 of the review workbook, for a 350 px pane: per group, composites as horizontal bars
 * from high to low (the unit names fit on the left) with the 经验介绍 and 检查性发言 lines; and,
 * when earlier reviews recorded composites, each unit's composite over the quarters — the group
 * in grey, the selected unit in blue.
 */
export function ReviewCharts({
  review,
  history,
  selected,
}: {
  review: QuarterReview;
  history: readonly ReviewHistoryEntry[];
  selected: string | null;
}) {
  const { t, lang } = useI18n();
  const layout = useLayoutStyles();
  const { experienceMin, statementBelow, compositeDecimals } = review.settings;
  const groupName = (g: UnitGroup) => t(`review.group.${g}` as UiKey);
  const earlier = history
    .filter((h) => h.quarter < review.quarter && h.results && Object.keys(h.results).length > 0)
    .slice(-3);
  const quarters = [...earlier.map((h) => h.quarter), review.quarter];
  const low = Math.min(statementBelow, ...review.units.map((u) => u.composite));
  const min = Math.max(0, Math.floor((low - 5) / 10) * 10);

  // One config per chart and review: a new config redraws the canvas.
  const configs = useMemo(() => new Map<string, ChartConfig>(), [review, history]);
  const memo = (key: string, make: () => ChartConfig) => {
    if (!configs.has(key)) configs.set(key, make());
    return configs.get(key)!;
  };

  return (
    <section className={layout.section} data-testid="review-charts">
      <Subtitle2 as="h2">{t('review.charts.title')}</Subtitle2>
      {UNIT_GROUPS.map((group) => {
        const units = review.units.filter((u) => u.group === group);
        if (!units.length) return null;
        const label = t('review.charts.composites', { group: groupName(group) });
        const bars = memo(
          `bars|${group}|${lang}`,
          () =>
            ({
              type: 'bar',
              data: {
                labels: units.map((u) => u.unitName),
                datasets: [
                  {
                    type: 'bar',
                    label: t('review.charts.composite'),
                    data: units.map((u) => u.composite),
                    backgroundColor: BLUE,
                    order: 2,
                  },
                  scoreLine(
                    t('review.charts.experienceLine', { score: experienceMin }),
                    experienceMin,
                    GREEN,
                    units.length,
                  ),
                  scoreLine(
                    t('review.charts.statementLine', { score: statementBelow }),
                    statementBelow,
                    RED,
                    units.length,
                  ),
                ],
              },
              options: {
                indexAxis: 'y',
                maintainAspectRatio: false,
                animation: false,
                scales: {
                  x: { min, max: 100, ticks: { stepSize: 10 } },
                  y: { ticks: { autoSkip: false, font: { size: 11 } } },
                },
                plugins: {
                  title: { display: true, text: label },
                  legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 10 } } },
                  tooltip: {
                    callbacks: {
                      label: (c: { dataset: { label?: string }; parsed: { x: number } }) =>
                        `${c.dataset.label}: ${c.parsed.x.toFixed(compositeDecimals)}`,
                    },
                  },
                },
              },
            }) as unknown as ChartConfig,
        );
        return (
          <ChartCanvas
            key={`bars-${group}`}
            config={bars}
            height={units.length * 22 + 110}
            label={label}
            testId={`chart-composites-${group}`}
          />
        );
      })}
      {earlier.length === 0 ? (
        <Caption1 data-testid="no-trend">{t('review.charts.noTrend')}</Caption1>
      ) : (
        <>
          {UNIT_GROUPS.map((group) => {
            const units = review.units.filter((u) => u.group === group);
            if (!units.length) return null;
            const label = t('review.charts.trend', { group: groupName(group) });
            const value = (code: string, q: string) =>
              q === review.quarter
                ? review.units.find((u) => u.unitCode === code)!.composite
                : (earlier.find((h) => h.quarter === q)?.results?.[code]?.composite ?? null);
            const trend = memo(
              `trend|${group}|${lang}|${selected ?? ''}`,
              () =>
                ({
                  type: 'line',
                  data: {
                    labels: quarters.map((q) =>
                      lang === 'en' ? q : quarterLabel(q).replace(/^\d{4}年/, ''),
                    ),
                    datasets: units.map((u) => {
                      const on = u.unitCode === selected;
                      return {
                        label: u.unitName,
                        data: quarters.map((q) => value(u.unitCode, q)),
                        borderColor: on ? BLUE : GREY,
                        backgroundColor: on ? BLUE : GREY,
                        borderWidth: on ? 3 : 1,
                        pointRadius: on ? 3 : 1.5,
                        order: on ? 0 : 1,
                      };
                    }),
                  },
                  options: {
                    maintainAspectRatio: false,
                    animation: false,
                    scales: { y: { min, max: 100, ticks: { stepSize: 10 } } },
                    plugins: { title: { display: true, text: label }, legend: { display: false } },
                  },
                }) as unknown as ChartConfig,
            );
            return (
              <ChartCanvas
                key={`trend-${group}`}
                config={trend}
                height={240}
                label={label}
                testId={`chart-trend-${group}`}
              />
            );
          })}
          <Caption1>{t('review.charts.trendNote')}</Caption1>
        </>
      )}
    </section>
  );
}
