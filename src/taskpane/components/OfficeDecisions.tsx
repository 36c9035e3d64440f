import {
  Body1,
  Button,
  Caption1,
  Field,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  renderFinding,
  type OfficeDecisionResult,
  type QuarterReview,
  type SelectedOutcomeKind,
} from '@ledger-review/scoring';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { formatNumber, type UiKey } from '../../i18n/ui';
import type { ReviewSession } from '../hooks/useReviewSession';
import { useLayoutStyles } from '../layout';
import { ChoiceField } from './ChoiceField';
import { ErrorNotice } from './Notice';
import { confirmedLists, decisionCandidates, type ConfirmedList } from './officeDecisionLists';
import { ProgressPanel } from './ProgressPanel';
import { ReplaceConfirm } from './ReplaceConfirm';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  field: { minWidth: '120px', flexGrow: 1 },
  text: { width: '100%' },
});

/** The confirmed lists: units on each list (the office's additions with their reason) and those it removed. */
export function ConfirmedLists({ lists }: { lists: ConfirmedList[] }) {
  const { t, lang } = useI18n();
  const layout = useLayoutStyles();
  return (
    <div className={layout.section} data-testid="confirmed-lists">
      <Body1>{t('decisions.confirmedTitle')}</Body1>
      {lists.map((l) => {
        const outcome = t(`decisions.outcome.${l.kind}` as UiKey);
        return (
          <div key={l.kind} className={layout.section} data-testid={`confirmed-${l.kind}`}>
            <Caption1>
              {l.units.length
                ? t('decisions.list', { outcome, count: l.units.length })
                : t('decisions.listEmpty', { outcome })}
            </Caption1>
            {l.units.length > 0 && (
              <ul className={layout.list}>
                {l.units.map((u) => (
                  <li key={u.unitCode} className={layout.wrap} data-unit={u.unitCode}>
                    <Caption1>
                      {t('decisions.unitLine', {
                        unit: u.unitName,
                        composite: formatNumber(u.composite, lang, 2),
                        rank: u.rank,
                      })}
                      {u.office?.action === 'add' && ` ${t('decisions.added', { reason: u.office.reason })}`}
                    </Caption1>
                  </li>
                ))}
              </ul>
            )}
            {l.removed.map((u) => (
              <Caption1 key={u.unitCode} className={layout.wrap} data-removed={u.unitCode}>
                {t('decisions.removed', { unit: u.unitName, reason: u.office?.reason ?? '' })}
              </Caption1>
            ))}
          </div>
        );
      })}
    </div>
  );
}

/** Every 办公室调整 line of the review with what became of it (已生效, or why not). */
export function DecisionLines({ decisions }: { decisions: readonly OfficeDecisionResult[] }) {
  const { t, lang } = useI18n();
  const layout = useLayoutStyles();
  if (!decisions.length) return null;
  return (
    <div className={layout.section} data-testid="decision-lines">
      <Caption1>{t('decisions.lines', { count: decisions.length })}</Caption1>
      <ul className={layout.list}>
        {decisions.map((d, i) => (
          <li key={i} className={layout.wrap}>
            <Caption1>
              {t('decisions.line', {
                outcome: d.kind ? t(`decisions.outcome.${d.kind}` as UiKey) : d.input.outcome,
                action: d.action ? t(`decisions.action.${d.action}` as UiKey) : d.input.action,
                unit: d.unitName ?? d.input.unit,
                reason: d.input.reason,
              })}
              {' — '}
              {d.status === 'applied' || !d.finding ? t('decisions.applied') : renderFinding(d.finding, lang)}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * 办公室调整 in the 季度点评 view: the confirmed lists, the lines already typed, and a form to add a
 * unit to or take it off 经验介绍 / 检查性发言 with a mandatory reason. Submitting types the line
 * into the review (the open workbook's in Excel) and builds the review again.
 */
export function OfficeDecisions({
  review,
  session,
  inExcel,
}: {
  review: QuarterReview;
  session: ReviewSession;
  inExcel: boolean;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const layout = useLayoutStyles();
  const [kind, setKind] = useState<SelectedOutcomeKind>('statement');
  const [action, setAction] = useState<'add' | 'remove'>('add');
  const [unit, setUnit] = useState('');
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const candidates = decisionCandidates(review, kind, action);
  const chosen = candidates.find((c) => c.unitCode === unit) ?? candidates[0] ?? null;
  const busy = session.progress !== null;

  const submit = () => {
    if (!reason.trim()) {
      setMissingReason(true);
      return;
    }
    if (!chosen || !session.adjust) return;
    setMissingReason(false);
    void session
      .adjust({ kind, action, unitName: chosen.unitName, reason: reason.trim() })
      .then((ok) => ok && setReason(''));
  };

  return (
    <section className={layout.section} data-testid="office-decisions" aria-label={t('decisions.title')}>
      <Subtitle2 as="h2">{t('decisions.title')}</Subtitle2>
      <Caption1>{t('decisions.intro')}</Caption1>
      <ConfirmedLists lists={confirmedLists(review)} />
      <DecisionLines decisions={review.decisions} />
      <div className={styles.row}>
        <ChoiceField
          label={t('decisions.outcome')}
          className={styles.field}
          value={kind}
          options={['experience', 'statement'] as const}
          optionText={(k) => t(`decisions.outcome.${k}`)}
          onChange={(value) => setKind(value as SelectedOutcomeKind)}
          testId="decision-outcome"
        />
        <ChoiceField
          label={t('decisions.action')}
          className={styles.field}
          value={action}
          options={['add', 'remove'] as const}
          optionText={(a) => t(`decisions.action.${a}`)}
          onChange={(value) => setAction(value as 'add' | 'remove')}
          testId="decision-action"
        />
      </div>
      <ChoiceField
        label={t('decisions.unit')}
        validationMessage={candidates.length ? undefined : t('decisions.noCandidates')}
        value={chosen?.unitCode ?? ''}
        options={candidates}
        optionValue={(c) => c.unitCode}
        optionText={(c) => c.unitName}
        onChange={setUnit}
        disabled={!candidates.length}
        testId="decision-unit"
      />
      <Field
        label={t('decisions.reason')}
        required
        validationState={missingReason ? 'error' : 'none'}
        validationMessage={missingReason ? t('decisions.reasonMissing') : undefined}
      >
        <Textarea
          className={styles.text}
          value={reason}
          rows={2}
          resize="vertical"
          onChange={(_, d) => {
            setReason(d.value);
            if (d.value.trim()) setMissingReason(false);
          }}
          data-testid="decision-reason"
        />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={submit}
          disabled={busy || !chosen || !session.adjust}
          data-testid="decision-submit"
        >
          {t(inExcel ? 'decisions.submitExcel' : 'decisions.submitBrowser')}
        </Button>
      </div>
      {session.progress && <ProgressPanel progress={session.progress} onCancel={session.cancel} />}
      <ReplaceConfirm session={session} />
      <ErrorNotice error={session.error} />
    </section>
  );
}
