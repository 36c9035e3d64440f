import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import type { ReviewSession } from '../hooks/useReviewSession';
import { useLayoutStyles } from '../layout';

/**
 * The open workbook changed since the review was written there: replace the review sheets, or
 * keep them. Asked wherever a run writes the review into Excel (汇总台账, 办公室调整).
 */
export function ReplaceConfirm({ session }: { session: Pick<ReviewSession, 'confirm' | 'answerConfirm'> }) {
  const { t } = useI18n();
  const layout = useLayoutStyles();
  if (!session.confirm) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="confirm-replace">
      <MessageBarBody>
        <MessageBarTitle>{t('consolidate.confirm.title')}</MessageBarTitle>
        {t('consolidate.confirm.body', {
          sheets: session.confirm.sheets.map((n) => `“${n}”`).join(t('list.comma')),
        })}
        <div className={layout.row}>
          <Button appearance="primary" onClick={() => session.answerConfirm?.(true)}>
            {t('consolidate.confirm.replace')}
          </Button>
          <Button onClick={() => session.answerConfirm?.(false)}>{t('consolidate.confirm.keep')}</Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
