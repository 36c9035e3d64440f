import { Body1, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { formatLocation, renderFinding } from '@ledger-review/scoring';
import { useState } from 'react';
import type { AnnualResult, AnnualUnitLine } from '../../engine/annual';
import { useI18n } from '../../i18n/I18nContext';
import { quarterText } from '../../i18n/periodLabels';
import type { UiKey } from '../../i18n/ui';
import { AnnualTable } from '../components/AnnualTable';
import { ChoiceField } from '../components/ChoiceField';
import { DownloadAction } from '../components/DownloadAction';
import { FilesPanel } from '../components/FilesPanel';
import { Notice } from '../components/Notice';
import { RunButton } from '../components/RunButton';
import { SharedFilesChoice, useSharedFiles } from '../components/SharedFiles';
import { reviewYears as yearChoices } from '../components/QuarterPicker';
import { useEngineResult } from '../hooks/useEngineResult';
import { defaultReviewQuarter } from '../hooks/useReviewSession';
import { useLayoutStyles } from '../layout';
import type { ViewProps } from '../views';

/** A year's folder holds hundreds of ledgers: name a few files not used, count the rest (as the CLI). */
const IGNORED_SHOWN = 3;

/** What a roll-up run says: quarters in and missing, files not used, proposals, the table. */
export function AnnualSummary({
  result,
  lines,
  stale,
}: {
  result: AnnualResult;
  lines: AnnualUnitLine[];
  stale: boolean;
}) {
  const { t, lang } = useI18n();
  const layout = useLayoutStyles();
  const sep = t('list.comma');
  const ignored = result.ignored.length > 0 && (
    <Caption1 className={layout.wrap} data-testid="annual-ignored">
      {t('annual.ignored', {
        count: result.ignored.length,
        files:
          result.ignored
            .slice(0, IGNORED_SHOWN)
            .map((i) =>
              t(`annual.ignored.${i.reason}` as UiKey, {
                file: i.file,
                quarter: i.quarter ? quarterText(i.quarter, lang) : '',
              }),
            )
            .join(sep) +
          (result.ignored.length > IGNORED_SHOWN
            ? t('annual.ignoredMore', { count: result.ignored.length - IGNORED_SHOWN })
            : ''),
      })}
    </Caption1>
  );
  // Missing quarters have their own line above; the other findings say why a review was not used.
  const notes = result.findings.filter((f) => f.code !== 'annual-quarter-missing');
  const findings = notes.length > 0 && (
    <ul className={layout.list} data-testid="annual-findings">
      {notes.map((f, i) => (
        <li key={i} className={layout.wrap}>
          <Caption1>{`${formatLocation(f, lang)} ${renderFinding(f, lang)}`}</Caption1>
        </li>
      ))}
    </ul>
  );
  if (!result.ok) {
    return (
      <div className={layout.section} data-testid="annual-result">
        <Notice intent="warning" testId="annual-none">
          {result.duplicate
            ? t('annual.duplicate', {
                quarter: quarterText(result.duplicate.quarter, lang),
                files: result.duplicate.files.join(sep),
              })
            : t('annual.noReviews', { year: result.year })}
        </Notice>
        {findings}
        {ignored}
      </div>
    );
  }
  const { rollup } = result;
  const count = (kind: 'disqualify' | 'revokeCivilized') =>
    rollup.proposals.filter((p) => p.kind === kind).length;
  return (
    <div className={layout.section} data-testid="annual-result">
      <MessageBar intent="success">
        <MessageBarBody data-testid="annual-quarters">
          {t('annual.quarters', {
            quarters: rollup.quarters.map((q) => quarterText(q.quarter, lang)).join(sep),
          })}
        </MessageBarBody>
      </MessageBar>
      {stale && <Notice intent="warning">{t('annual.stale')}</Notice>}
      {rollup.missing.length > 0 && (
        <Caption1 data-testid="annual-missing">
          {t('annual.missing', { quarters: rollup.missing.map((q) => quarterText(q, lang)).join(sep) })}
        </Caption1>
      )}
      {result.keptFrom && (
        <Caption1 className={layout.wrap}>{t('annual.kept', { file: result.keptFrom })}</Caption1>
      )}
      {findings}
      {ignored}
      <Body1 data-testid="annual-proposals">
        {t('annual.proposals', { disqualify: count('disqualify'), civilized: count('revokeCivilized') })}
      </Body1>
      {rollup.proposals.length > 0 && (
        <ul className={layout.list}>
          {rollup.proposals.map((p) => (
            <li key={`${p.kind}-${p.unitCode}`} className={layout.wrap}>
              <Caption1>
                {t('annual.proposal', {
                  outcome: t(`annual.proposal.${p.kind}`),
                  unit: p.unitName,
                  reasons: p.reasons.join(t('list.separator')),
                })}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      <AnnualTable lines={lines} quarters={rollup.quarters.map((q) => q.quarter)} />
    </div>
  );
}

/**
 * 年度汇总: the year's quarterly review workbooks (picked here, or those already picked under
 * 汇总台账) rolled up as `ledger-review annual` does — each unit's composite, rank and change per
 * quarter, the quarters missing named, the year's proposals — and downloadable as 年度汇总.xlsx.
 */
export function AnnualView({ files, shared, today }: Pick<ViewProps, 'files' | 'shared' | 'today'>) {
  const { t } = useI18n();
  const layout = useLayoutStyles();
  const [year, setYear] = useState(() => Number(defaultReviewQuarter(today).slice(0, 4)));
  const sharedFiles = useSharedFiles(files, shared);
  const annual = useEngineResult<{ result: AnnualResult; lines: AnnualUnitLine[] }>();
  const key = sharedFiles.key(year);
  const reading = sharedFiles.reading;

  const run = () =>
    void annual.run(key, (engine) => {
      const result = engine.annualOfPickedFiles(sharedFiles.inputs(), year);
      return { result, lines: result.ok ? engine.annualUnitLines(result.rollup) : [] };
    });
  const made = annual.made;
  const ok = made?.value.result.ok ? made.value.result : null;

  return (
    <div className={layout.view} data-view="annual">
      <Body1>{t('annual.intro')}</Body1>
      <ChoiceField
        label={t('annual.year')}
        value={String(year)}
        options={yearChoices(today).reverse()}
        optionText={(y) => y}
        onChange={(value) => setYear(Number(value))}
        testId="annual-year"
      />
      <FilesPanel state={files} />
      <SharedFilesChoice state={sharedFiles} testId="annual-use-shared" />
      <RunButton
        label={t('annual.run')}
        testId="annual-run"
        state={annual}
        disabled={reading > 0}
        onRun={run}
      >
        {reading > 0 && <Caption1>{t('files.reading', { count: reading })}</Caption1>}
      </RunButton>
      {ok && (
        <DownloadAction
          testId="download-annual"
          appearance="primary"
          label={t('annual.download')}
          make={() => ({
            plan: ok.plan,
            fileName: ok.fileName,
            done: t('annual.downloadDone', { file: ok.fileName }),
          })}
        />
      )}
      {made && <AnnualSummary result={made.value.result} lines={made.value.lines} stale={made.key !== key} />}
    </div>
  );
}
