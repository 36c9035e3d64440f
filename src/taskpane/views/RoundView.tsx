import { Body1, Caption1, Divider, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { bimonthOf, formatLocation, formatMonth, quarterOf, renderFinding } from '@ledger-review/scoring';
import { useState } from 'react';
import { ZIP_MIME } from '../../browser/download';
import type { RoundResultFiles } from '../../engine/round';
import { useI18n } from '../../i18n/I18nContext';
import { bimonthText } from '../../i18n/periodLabels';
import { formatNumber } from '../../i18n/ui';
import { ChoiceField } from '../components/ChoiceField';
import { DownloadAction } from '../components/DownloadAction';
import { FilesPanel } from '../components/FilesPanel';
import { Notice } from '../components/Notice';
import { RunButton } from '../components/RunButton';
import { SharedFilesChoice, useSharedFiles } from '../components/SharedFiles';
import { todayIso } from '../components/LedgerResult';
import { reportingMonth } from '../components/TemplateDownload';
import { useEngineResult } from '../hooks/useEngineResult';
import { useLayoutStyles } from '../layout';
import { bimonthChoices } from './ReviewView';
import type { ViewProps } from '../views';

/** The bimonth a round is usually about: the one the last reported month belongs to. */
export function defaultRoundPeriod(today: Date): string {
  return bimonthOf(reportingMonth(today));
}

/** The bimonths offered: the current year's and the year before, newest first, with `period`. */
export function roundPeriodChoices(today: Date, period: string): string[] {
  const choices = bimonthChoices(quarterOf(formatMonth(today.getFullYear(), today.getMonth() + 1)));
  return choices.includes(period) ? choices : [period, ...choices];
}

/** What summarising the round's results says: the counts, the units below the line, the notes. */
export function RoundSummary({ result, stale }: { result: RoundResultFiles; stale: boolean }) {
  const { t, lang } = useI18n();
  const layout = useLayoutStyles();
  if (!result.ok) {
    return (
      <Notice intent="warning" testId="round-no-results">
        {t('round.noResults', { period: bimonthText(result.period, lang) })}
      </Notice>
    );
  }
  const pct = (v: number) => formatNumber(v, lang, 2);
  return (
    <div className={layout.section} data-testid="round-summary">
      <MessageBar intent="success">
        <MessageBarBody data-testid="round-summary-line">
          {t('round.summary', {
            period: bimonthText(result.period, lang),
            units: result.units.length,
            average: pct(result.averageRate),
            line: result.line,
            below: result.below.length,
            items: result.items,
          })}
        </MessageBarBody>
      </MessageBar>
      {stale && <Notice intent="warning">{t('round.stale')}</Notice>}
      {result.inputErrors > 0 && (
        <Notice intent="warning">{t('round.inputErrors', { errors: result.inputErrors })}</Notice>
      )}
      {result.below.length > 0 ? (
        <>
          <Body1>{t('round.below', { line: result.line })}</Body1>
          <ul className={layout.list} data-testid="round-below">
            {result.below.map((u) => (
              <li key={u.unitCode} className={layout.wrap}>
                <Caption1>{t('round.belowUnit', { unit: u.unitName, rate: pct(u.rate) })}</Caption1>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Caption1>{t('round.noneBelow', { line: result.line })}</Caption1>
      )}
      <Caption1 className={layout.wrap}>
        {t('round.inspectionFiles', { files: result.inspectionFiles.join(t('list.comma')) })}
      </Caption1>
      {result.notices.length > 0 && (
        <>
          <Caption1>{t('round.notices', { count: result.notices.length })}</Caption1>
          <ul className={layout.list} data-testid="round-notices">
            {result.notices.map((n, i) => (
              <li key={i} className={layout.wrap}>
                <Caption1>{`${formatLocation(n, lang)} ${renderFinding(n, lang)}`}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * 双月检查: the office picks the period and files — the period's ledgers, the latest quarterly
 * review (its open 整改 items) and, after the round, the scored inspection workbooks — and gets
 * what `ledger-review round` writes: before, the 检查通知 and the 检查评分表; after, every unit's
 * 检查反馈单 (one zip) and the 检查情况报告, with a short summary here.
 */
export function RoundView({ files, shared, today }: Pick<ViewProps, 'files' | 'shared' | 'today'>) {
  const { t, lang } = useI18n();
  const layout = useLayoutStyles();
  const [period, setPeriod] = useState(() => defaultRoundPeriod(today));
  const sharedFiles = useSharedFiles(files, shared);
  const summary = useEngineResult<RoundResultFiles>();
  const inputs = sharedFiles.inputs;
  const key = sharedFiles.key(period);
  const reading = sharedFiles.reading;
  const asOf = todayIso(today);

  const summarise = () => void summary.run(key, (engine) => engine.roundResultFiles(inputs(), period));
  const result = summary.made?.value;
  const done = result?.ok ? result : null;

  return (
    <div className={layout.view} data-view="round">
      <Body1>{t('round.intro')}</Body1>
      <ChoiceField
        label={t('round.period')}
        value={period}
        options={roundPeriodChoices(today, period)}
        optionText={(p) => bimonthText(p, lang)}
        onChange={setPeriod}
        testId="round-period"
      />
      <FilesPanel state={files} />
      <SharedFilesChoice state={sharedFiles} testId="round-use-shared" />
      {reading > 0 && <Caption1>{t('files.reading', { count: reading })}</Caption1>}

      <Divider />
      <section className={layout.section} data-testid="round-before">
        <Subtitle2 as="h2">{t('round.beforeTitle')}</Subtitle2>
        {/* 检查通知 and 检查评分表: made alike from the picked files, for the period, as of today. */}
        {(['notice', 'scoring'] as const).map((which) => (
          <DownloadAction
            key={which}
            testId={`download-round-${which}`}
            label={t(`round.${which}Download`)}
            disabled={reading > 0}
            make={(engine) => {
              const r = engine.roundNoticeFiles(inputs(), period, asOf);
              const { plan, fileName } = r[which];
              const counts = { units: r.units, prefilled: r.prefilledUnits, open: r.open };
              return { plan, fileName, done: t(`round.${which}Done`, { file: fileName, ...counts }) };
            }}
          />
        ))}
      </section>

      <Divider />
      <section className={layout.section} data-testid="round-after">
        <Subtitle2 as="h2">{t('round.afterTitle')}</Subtitle2>
        <Caption1>{t('round.afterHint')}</Caption1>
        <RunButton
          label={t('round.run')}
          testId="round-run"
          state={summary}
          disabled={reading > 0}
          onRun={summarise}
        />
        {result && <RoundSummary result={result} stale={summary.made?.key !== key} />}
        {done && (
          <>
            <DownloadAction
              testId="download-round-feedback"
              appearance="primary"
              label={t('round.feedbackDownload', { count: done.feedback.length })}
              make={async (engine, work) => {
                const rendered = await engine.renderAll(done.feedback, {
                  signal: work.signal,
                  onProgress: (n, total, file) =>
                    work.onProgress({
                      phase: 'rendering',
                      done: n,
                      total,
                      detail: file.split('/').pop() ?? file,
                    }),
                });
                return {
                  bytes: engine.zipFiles(rendered),
                  fileName: done.feedbackZipName,
                  mime: ZIP_MIME,
                  done: t('round.feedbackDone', { file: done.feedbackZipName, count: rendered.length }),
                };
              }}
            />
            <DownloadAction
              testId="download-round-report"
              label={t('round.reportDownload')}
              make={() => ({
                plan: done.report.plan,
                fileName: done.report.fileName,
                done: t('round.reportDone', { file: done.report.fileName }),
              })}
            />
          </>
        )}
      </section>
    </div>
  );
}
