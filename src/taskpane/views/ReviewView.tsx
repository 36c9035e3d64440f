import { Body1, Caption1, Divider, Subtitle2, TableCell, TableRow } from '@fluentui/react-components';
import {
  DEFAULT_ROSTER,
  DEFAULT_SETTINGS,
  UNIT_GROUPS,
  bimonthMonths,
  bimonthOf,
  formatMonth,
  ledgerDueDate,
  monthEnd,
  quarterInspectionPeriods,
  quarterMonths,
  reviewDate,
} from '@ledger-review/scoring';
import { useMemo, useState } from 'react';
import { ZIP_MIME } from '../../browser/download';
import { useI18n } from '../../i18n/I18nContext';
import { bimonthText, dateText, monthText, quarterText } from '../../i18n/periodLabels';
import type { Lang, UiKey } from '../../i18n/ui';
import { ChoiceField } from '../components/ChoiceField';
import { DocumentsDownload } from '../components/DocumentsDownload';
import { DownloadAction } from '../components/DownloadAction';
import { Notice } from '../components/Notice';
import { OfficeDecisions } from '../components/OfficeDecisions';
import { PaneTable } from '../components/PaneTable';
import { ReviewCharts } from '../components/ReviewCharts';
import { ReviewDownload } from '../components/ReviewDownload';
import { UnitSituation, useReviewModel } from '../components/UnitSituation';
import { QuarterPicker } from '../components/QuarterPicker';
import { RankingTable } from '../components/RankingTable';
import { SavedRankingView } from '../components/SavedRankingView';
import { recentMonths, reportingMonth } from '../components/TemplateDownload';
import type { ReviewSession } from '../hooks/useReviewSession';
import { useLayoutStyles } from '../layout';
import type { ViewProps } from '../views';

export { defaultReviewQuarter } from '../hooks/useReviewSession';
export { reviewYears, FIRST_PLAN_YEAR } from '../components/QuarterPicker';

export interface ScheduleRow {
  kind: 'ledger' | 'inspection' | 'meeting';
  /** Month `2021-01`, bimonth `2021-B1` or quarter `2021Q1`. */
  period: string;
  /** ISO date: the ledger's due date, the inspection period's last day, the meeting day. */
  date: string;
}

/** What a quarter's review rests on (SPEC §3–4), from the scoring library's period rules. */
export function reviewSchedule(quarter: string, settings = DEFAULT_SETTINGS): ScheduleRow[] {
  return [
    ...quarterMonths(quarter).map((month): ScheduleRow => ({
      kind: 'ledger',
      period: month,
      date: ledgerDueDate(month, settings),
    })),
    ...quarterInspectionPeriods(quarter).map((bimonth): ScheduleRow => ({
      kind: 'inspection',
      period: bimonth,
      date: monthEnd(bimonthMonths(bimonth)[1]),
    })),
    { kind: 'meeting', period: quarter, date: reviewDate(quarter, settings) },
  ];
}

/** The bimonths of the quarter's year and the year before, newest first. */
export function bimonthChoices(quarter: string): string[] {
  const year = Number(quarter.slice(0, 4));
  const out: string[] = [];
  for (const y of [year, year - 1]) for (let b = 6; b >= 1; b--) out.push(`${y}-B${b}`);
  return out;
}

/** How a schedule row reads: what it is, its period in words, what its date is. */
const SCHEDULE_TEXT = {
  ledger: { item: 'review.ledger', period: monthText, date: 'review.ledgerDue' },
  inspection: { item: 'review.inspection', period: bimonthText, date: 'review.inspectionEnds' },
  meeting: { item: 'review.meeting', period: quarterText, date: 'review.meetingDate' },
} as const satisfies Record<
  ScheduleRow['kind'],
  { item: UiKey; period: (p: string, lang: Lang) => string; date: UiKey }
>;

function Schedule({ quarter }: { quarter: string }) {
  const { t, lang } = useI18n();
  const rows = useMemo(() => reviewSchedule(quarter), [quarter]);
  const title = t('review.scheduleTitle', { quarter: quarterText(quarter, lang) });
  return (
    <>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <PaneTable
        label={title}
        testId="schedule"
        columns={[
          { label: t('review.col.item') },
          { label: t('review.col.period') },
          { label: t('review.col.date') },
        ]}
      >
        {rows.map((row) => (
          <TableRow key={`${row.kind}-${row.period}`}>
            <TableCell>{t(SCHEDULE_TEXT[row.kind].item)}</TableCell>
            <TableCell>{SCHEDULE_TEXT[row.kind].period(row.period, lang)}</TableCell>
            <TableCell>
              {t(SCHEDULE_TEXT[row.kind].date)} {dateText(row.date, lang)}
            </TableCell>
          </TableRow>
        ))}
      </PaneTable>
      <Caption1>
        {t('review.settingsNote', {
          dueDay: DEFAULT_SETTINGS.ledgerDueDay,
          reviewDay: DEFAULT_SETTINGS.reviewDay,
        })}
      </Caption1>
    </>
  );
}

function Downloads({ session, today }: { session: ReviewSession; today: Date }) {
  const { t, lang } = useI18n();
  const layout = useLayoutStyles();
  const result = session.outcome?.result;
  const forQuarter = result && result.quarter === session.quarter ? result : null;
  const ledgers = result?.run.consolidation.ledgers ?? [];
  // The open 整改 items of the review on screen: listed in the next ledgers and the round's workbook.
  const register = result?.run.rectification.rows ?? [];
  const todayIso = `${formatMonth(today.getFullYear(), today.getMonth() + 1)}-${String(today.getDate()).padStart(2, '0')}`;
  const [month, setMonth] = useState(() => formatMonth(today.getFullYear(), today.getMonth() + 1));
  const [period, setPeriod] = useState(() => bimonthOf(reportingMonth(today)));
  const periods = bimonthChoices(session.quarter);
  if (!periods.includes(period)) periods.unshift(period);
  return (
    <section className={layout.view} data-testid="review-downloads">
      <Subtitle2 as="h2">{t('review.downloads')}</Subtitle2>
      {forQuarter && <DocumentsDownload plan={forQuarter.run.plan} />}
      {forQuarter && (
        <ReviewDownload result={forQuarter} label={t('review.downloadReview')} appearance="primary" />
      )}
      <Body1>{t('review.templatesTitle')}</Body1>
      <DownloadAction
        testId="download-templates"
        label={t('review.templatesDownload', { count: DEFAULT_ROSTER.length })}
        make={async (engine) => {
          const context = engine.defaultReviewContext();
          const open = engine.openRectifications(register, context.roster, `${month}-01`);
          const files = engine.ledgerTemplates(context, month, ledgers, engine.openItems(open));
          const rendered = await engine.renderAll(files);
          const fileName = engine.templatesZipName(month);
          const listing = files.filter((f) => f.openItems > 0);
          const done = t('review.templatesDone', {
            file: fileName,
            count: files.length,
            carried: files.filter((f) => f.carried).length,
          });
          return {
            bytes: engine.zipFiles(rendered),
            fileName,
            mime: ZIP_MIME,
            done: listing.length
              ? `${done}${t('review.templatesRectification', { units: listing.length, items: open.length })}`
              : done,
          };
        }}
      >
        <ChoiceField
          label={t('review.templatesMonth')}
          value={month}
          options={recentMonths(today)}
          optionText={(m) => monthText(m, lang)}
          onChange={setMonth}
        />
      </DownloadAction>
      <Body1>{t('review.inspectionTitle')}</Body1>
      <DownloadAction
        testId="download-inspection"
        label={t('review.inspectionDownload')}
        make={(engine) => {
          const context = engine.defaultReviewContext();
          const open = engine.openRectifications(register, context.roster, todayIso);
          const file = engine.inspectionWorkbook(
            context,
            period,
            ledgers,
            open.length ? { items: open, asOf: todayIso } : undefined,
          );
          const done = t('review.inspectionDone', { file: file.fileName, units: file.prefilledUnits });
          return {
            plan: file.plan,
            fileName: file.fileName,
            done: file.recheckItems
              ? `${done}${t('review.inspectionRecheck', { items: file.recheckItems })}`
              : done,
          };
        }}
      >
        <ChoiceField
          label={t('review.inspectionPeriod')}
          value={period}
          options={periods}
          optionText={(p) => bimonthText(p, lang)}
          onChange={setPeriod}
        />
      </DownloadAction>
    </section>
  );
}

/** 季度点评: the quarter, its schedule, the ranking per group with outcomes, and the downloads. */
export function ReviewView({ host, session, today }: Pick<ViewProps, 'host' | 'session' | 'today'>) {
  const { t, lang } = useI18n();
  const layout = useLayoutStyles();
  const result = session.outcome?.result;
  const review = result && result.quarter === session.quarter ? result.run.review : null;
  const [selected, setSelected] = useState<string | null>(null);
  const { model } = useReviewModel(review ? result!.run.plan : null);
  return (
    <div className={layout.view} data-view="review">
      <Body1>{t('review.intro')}</Body1>
      <QuarterPicker quarter={session.quarter} onChange={session.setQuarter} today={today} />
      <Schedule quarter={session.quarter} />
      <Divider />
      {review ? (
        <>
          <Caption1>{t('review.unitHint')}</Caption1>
          {selected && review.units.some((u) => u.unitCode === selected) && (
            <UnitSituation model={model} unitCode={selected} onClose={() => setSelected(null)} />
          )}
          {/* A click anywhere on a unit's row of a ranking table opens its 本单位情况. */}
          <div className={layout.view}>
            {UNIT_GROUPS.map((group) => (
              <RankingTable key={group} review={review} group={group} onPick={setSelected} />
            ))}
          </div>
          <Divider />
          <OfficeDecisions review={review} session={session} inExcel={host.kind !== 'browser'} />
          <Divider />
          <ReviewCharts review={review} history={result!.run.history} selected={selected} />
        </>
      ) : !result && host.kind !== 'browser' ? (
        <SavedRankingView ops={host.ops} />
      ) : (
        <Notice intent="info" testId="no-review">
          {result
            ? t('review.otherQuarter', { quarter: quarterText(result.quarter, lang) })
            : t('review.noRun')}
        </Notice>
      )}
      <Divider />
      <Downloads session={session} today={today} />
    </div>
  );
}
