import { Body1, Subtitle2 } from '@fluentui/react-components';
import { DEFAULT_ROSTER, addMonths, formatMonth } from '@ledger-review/scoring';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { monthText } from '../../i18n/periodLabels';
import { useLayoutStyles } from '../layout';
import { ChoiceField } from './ChoiceField';
import { DownloadAction } from './DownloadAction';

/** The month a unit reports now: last month (ledgers are due early in the month after). */
export function reportingMonth(today: Date): string {
  return addMonths(formatMonth(today.getFullYear(), today.getMonth() + 1), -1);
}

/** A year of months back from next month, newest first, always including `include`. */
export function recentMonths(today: Date, include?: string | null): string[] {
  const now = formatMonth(today.getFullYear(), today.getMonth() + 1);
  const months = Array.from({ length: 14 }, (_, i) => addMonths(now, 1 - i));
  if (include && !months.includes(include)) months.push(include);
  return months;
}

/**
 * 下载当前模板: the unit's ledger for a month, generated from the current template — the way
 * forward from a workbook that is not a ledger, or one made from an outdated template.
 */
export function TemplateDownload({
  today,
  unitCode,
  month,
}: {
  today: Date;
  /** The unit the open or uploaded ledger belongs to, when known. */
  unitCode?: string | null;
  month?: string | null;
}) {
  const { t, lang } = useI18n();
  const layout = useLayoutStyles();
  const [unit, setUnit] = useState(unitCode ?? DEFAULT_ROSTER[0]?.code ?? '');
  const [chosenMonth, setMonth] = useState(month ?? reportingMonth(today));
  return (
    <section className={layout.section} data-testid="template-download">
      <Subtitle2 as="h2">{t('template.title')}</Subtitle2>
      <Body1>{t('template.intro')}</Body1>
      <DownloadAction
        label={t('template.download')}
        make={(engine) => {
          const context = engine.defaultReviewContext();
          const target = engine.unitByCode(context, unit);
          if (!target) throw new Error(unit);
          const file = engine.unitLedgerPlan(context, target, chosenMonth);
          return {
            plan: file.plan,
            fileName: file.fileName,
            done: t('template.done', { file: file.fileName }),
          };
        }}
      >
        <ChoiceField
          label={t('template.unit')}
          value={unit}
          options={DEFAULT_ROSTER}
          optionValue={(u) => u.code}
          optionText={(u) => u.name}
          onChange={setUnit}
        />
        <ChoiceField
          label={t('template.month')}
          value={chosenMonth}
          options={recentMonths(today, month)}
          optionText={(m) => monthText(m, lang)}
          onChange={setMonth}
        />
      </DownloadAction>
    </section>
  );
}
