import {
  Button,
  Caption1,
  Card,
  CardHeader,
  Spinner,
  Subtitle2,
  TableCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { RECTIFICATION_STATE_LABEL } from '@ledger-review/scoring';
import type { WorkbookPlan } from '@ledger-review/workbook';
import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { loadEngine, type Engine } from '../../engine/load';
import { useI18n } from '../../i18n/I18nContext';
import { dateText } from '../../i18n/periodLabels';
import { formatNumber, type UiKey } from '../../i18n/ui';
import { describeError } from '../errors';
import { PaneTable } from './PaneTable';

type Model = ReturnType<Engine['reviewDocumentModel']>;
type Unit = Model['units'][number];

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalM },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  num: { textAlign: 'right', whiteSpace: 'nowrap', width: '4.5em' },
  deadline: { whiteSpace: 'nowrap', width: '6.5em' },
});

/** The model of the review just built, read once per plan (the engine is loaded: it built the plan). */
export function useReviewModel(plan: WorkbookPlan | null): { model: Model | null; error: unknown } {
  const [state, setState] = useState<{ plan: WorkbookPlan | null; model: Model | null; error: unknown }>({
    plan: null,
    model: null,
    error: null,
  });
  useEffect(() => {
    if (!plan) return;
    let live = true;
    loadEngine().then(
      (engine) => live && setState({ plan, model: engine.reviewDocumentModel(plan), error: null }),
      (error: unknown) => live && setState({ plan, model: null, error }),
    );
    return () => {
      live = false;
    };
  }, [plan]);
  return state.plan === plan ? { model: state.model, error: state.error } : { model: null, error: null };
}

/**
 * 本单位情况 in the task pane: what the unit's one-page document says — composite, rank in its
 * group, change against the previous quarter, timeliness and quality, scores by area and the
 * open 整改 items with their deadlines — from the same model as the document.
 */
export function UnitSituation({
  model,
  unitCode,
  onClose,
}: {
  model: Model | null;
  unitCode: string;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const card = useRef<HTMLDivElement>(null);
  const unit = model?.units.find((u) => u.code === unitCode);
  // The row clicked may be far down the ranking: bring the summary into view.
  useEffect(() => card.current?.scrollIntoView?.({ block: 'nearest' }), [unitCode]);
  if (!model || !unit) {
    return (
      <Card ref={card} className={styles.card} data-testid="unit-situation">
        <Spinner size="tiny" label={t('review.unit.loading')} />
      </Card>
    );
  }
  const decimals = model.compositeDecimals;
  const percent = (v: number) => t('common.percent', { value: formatNumber(v * 100, lang, 1) });
  // Open while 状态 says so (closed by the office with date and evidence); older workbooks: no 完成时间.
  const open = model.rectifications
    .filter(
      (r) => r.unitCode === unit.code && (r.state ? r.state !== RECTIFICATION_STATE_LABEL.done : !r.doneOn),
    )
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
  const shown = open.slice(0, 8);
  const title = t('review.unit.title', { unit: unit.name });
  const ledgers = unit.ledgers.map(
    (l) => `${Number(l.month.slice(5))}${lang === 'en' ? '/' : '月'} ${l.label}`,
  );
  // What the document's header says, a term and its value a line (`data-fact` names the ones looked up by tests).
  const facts: Array<[UiKey, ReactNode, string?]> = [
    ['review.unit.composite', formatNumber(unit.composite, lang, decimals), 'composite'],
    [
      'review.unit.rank',
      <>
        {t('review.unit.rankValue', { rank: unit.rank, size: unit.groupSize })}
        {unit.tied && ` ${t('review.tied')}`}
      </>,
      'rank',
    ],
    ['review.unit.change', changeText(unit, decimals, t, lang), 'change'],
    ['review.unit.inspection', formatNumber(unit.inspectionRate, lang, 2)],
    ['review.unit.timeliness', percent(unit.timeliness), 'timeliness'],
    ['review.unit.quality', percent(unit.quality)],
    ['review.unit.ledgers', ledgers.join('，')],
  ];
  return (
    <Card ref={card} className={styles.card} data-testid="unit-situation" data-situation-of={unit.code}>
      <CardHeader
        header={<Subtitle2 as="h3">{title}</Subtitle2>}
        action={
          <Button size="small" appearance="subtle" onClick={onClose}>
            {t('review.unit.close')}
          </Button>
        }
      />
      <dl className={styles.facts}>
        {facts.map(([label, value, fact]) => (
          <Fragment key={label}>
            <dt className={styles.term}>{t(label)}</dt>
            <dd className={styles.value} data-fact={fact}>
              {value}
            </dd>
          </Fragment>
        ))}
      </dl>
      <PaneTable
        size="extra-small"
        label={t('review.unit.areas')}
        columns={[
          { label: t('review.unit.col.area') },
          { label: t('review.unit.col.deducted'), className: styles.num },
        ]}
      >
        {unit.areas
          .filter((a) => a.available > 0)
          .map((a) => (
            <TableRow key={a.area} data-area={a.area}>
              <TableCell>
                {a.area}. {a.name}
                <Caption1 block>
                  {t('review.unit.col.score')} {formatNumber(a.obtained, lang, 1)} /{' '}
                  {formatNumber(a.available, lang, 1)}
                </Caption1>
              </TableCell>
              <TableCell className={styles.num}>{formatNumber(a.available - a.obtained, lang, 1)}</TableCell>
            </TableRow>
          ))}
      </PaneTable>
      <Subtitle2 as="h4">{t('review.unit.open', { count: open.length })}</Subtitle2>
      {open.length === 0 ? (
        <Caption1>{t('review.unit.noOpen')}</Caption1>
      ) : (
        <PaneTable
          size="extra-small"
          label={t('review.unit.open', { count: open.length })}
          columns={[
            { label: t('review.unit.col.problem') },
            { label: t('review.unit.col.deadline'), className: styles.deadline },
          ]}
        >
          {shown.map((r) => (
            <TableRow key={`${r.period}|${r.indicatorCode}`}>
              <TableCell>
                {r.indicatorCode} {r.problem}
              </TableCell>
              <TableCell className={styles.deadline}>
                {/^\d{4}-\d{2}-\d{2}$/.test(r.deadline) ? dateText(r.deadline, lang) : r.deadline}
              </TableCell>
            </TableRow>
          ))}
        </PaneTable>
      )}
      {open.length > shown.length && (
        <Caption1>{t('review.unit.more', { count: open.length - shown.length })}</Caption1>
      )}
    </Card>
  );
}

function changeText(
  unit: Unit,
  decimals: number,
  t: ReturnType<typeof useI18n>['t'],
  lang: ReturnType<typeof useI18n>['lang'],
): string {
  if (!unit.previous) return t('review.unit.noPrevious');
  const delta = Number((unit.composite - unit.previous.composite).toFixed(decimals));
  const score =
    delta === 0
      ? t('review.unit.scoreSame')
      : t(delta > 0 ? 'review.unit.scoreUp' : 'review.unit.scoreDown', {
          delta: formatNumber(Math.abs(delta), lang, decimals),
        });
  const places = unit.previous.rank - unit.rank;
  const rank =
    places === 0
      ? t('review.unit.rankSame')
      : t(places > 0 ? 'review.unit.rankUp' : 'review.unit.rankDown', { n: Math.abs(places) });
  return `${score}${lang === 'en' ? ', ' : '，'}${rank}`;
}

/** The error of reading the model, for the view to show (rare: the plan was just built). */
export const modelErrorText = (error: unknown, t: ReturnType<typeof useI18n>['t']) => describeError(error, t);
