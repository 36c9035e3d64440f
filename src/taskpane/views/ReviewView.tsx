import {
  Body1,
  Caption1,
  Field,
  Select,
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
import {
  DEFAULT_SETTINGS,
  bimonthMonths,
  formatMonth,
  ledgerDueDate,
  monthEnd,
  previousQuarter,
  quarterInspectionPeriods,
  quarterMonths,
  quarterOf,
  reviewDate,
} from '@ledger-review/scoring';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { bimonthText, dateText, monthText, quarterText } from '../../i18n/periodLabels';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pickers: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

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

/** The quarter whose review comes next: the last completed one. */
export function defaultReviewQuarter(today: Date): string {
  return previousQuarter(quarterOf(formatMonth(today.getFullYear(), today.getMonth() + 1)));
}

/** The work plan (濮法政办〔2021〕10号) starts in 2021; offer every year since, up to next year. */
export const FIRST_PLAN_YEAR = 2021;

export function reviewYears(today: Date): number[] {
  const last = today.getFullYear() + 1;
  const first = Math.min(FIRST_PLAN_YEAR, last - 1);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** 季度点评: choose the quarter; the schedule says which ledgers and inspections it uses. */
export function ReviewView({ today }: { today: Date }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const initial = defaultReviewQuarter(today);
  const [year, setYear] = useState(Number(initial.slice(0, 4)));
  const [q, setQ] = useState(Number(initial.slice(5)));
  const quarter = `${year}Q${q}`;
  const rows = useMemo(() => reviewSchedule(quarter), [quarter]);
  const years = reviewYears(today);

  const periodText = (row: ScheduleRow) =>
    row.kind === 'ledger'
      ? monthText(row.period, lang)
      : row.kind === 'inspection'
        ? bimonthText(row.period, lang)
        : quarterText(row.period, lang);
  const itemText = (row: ScheduleRow) =>
    row.kind === 'ledger'
      ? t('review.ledger')
      : row.kind === 'inspection'
        ? t('review.inspection')
        : t('review.meeting');
  const dateLabel = (row: ScheduleRow) =>
    row.kind === 'ledger'
      ? t('review.ledgerDue')
      : row.kind === 'inspection'
        ? t('review.inspectionEnds')
        : t('review.meetingDate');

  return (
    <div className={styles.view} data-view="review">
      <Body1>{t('review.intro')}</Body1>
      <div className={styles.pickers}>
        <Field label={t('review.year')}>
          <Select value={String(year)} onChange={(_, data) => setYear(Number(data.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('review.quarter')}>
          <Select value={String(q)} onChange={(_, data) => setQ(Number(data.value))}>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {t('review.quarterOption', { n })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Subtitle2>{t('review.scheduleTitle', { quarter: quarterText(quarter, lang) })}</Subtitle2>
      <Table size="small" aria-label={t('review.scheduleTitle', { quarter: quarterText(quarter, lang) })}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('review.col.item')}</TableHeaderCell>
            <TableHeaderCell>{t('review.col.period')}</TableHeaderCell>
            <TableHeaderCell>{t('review.col.date')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.kind}-${row.period}`}>
              <TableCell>{itemText(row)}</TableCell>
              <TableCell>{periodText(row)}</TableCell>
              <TableCell>
                {dateLabel(row)} {dateText(row.date, lang)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1>
        {t('review.settingsNote', {
          dueDay: DEFAULT_SETTINGS.ledgerDueDay,
          reviewDay: DEFAULT_SETTINGS.reviewDay,
        })}
      </Caption1>
    </div>
  );
}
