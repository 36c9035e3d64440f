import type { ButtonProps } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import type { ReviewRunOutcome } from '../session/reviewRun';
import { DownloadAction } from './DownloadAction';

/** The quarter's review workbook just built, named as the CLI names it (汇总台账 and 季度点评 offer it). */
export function ReviewDownload({
  result,
  label,
  appearance,
}: {
  result: ReviewRunOutcome['result'];
  label: string;
  appearance: ButtonProps['appearance'];
}) {
  const { t } = useI18n();
  return (
    <DownloadAction
      testId="download-review"
      label={label}
      appearance={appearance}
      make={(engine) => {
        const fileName = engine.reviewFileName(result.quarter);
        return { plan: result.run.plan, fileName, done: t('review.reviewDone', { file: fileName }) };
      }}
    />
  );
}
