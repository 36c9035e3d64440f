import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import type { UiKey } from '../../i18n/ui';
import type { RunProgress } from '../session/reviewRun';

const useStyles = makeStyles({
  panel: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  bar: { flexGrow: 1 },
});

/** Long work: what is happening, how far along (indeterminate when unknown), and a cancel button. */
export function ProgressPanel({ progress, onCancel }: { progress: RunProgress; onCancel?: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const known = progress.total > 0 && progress.done > 0;
  const label = t(`consolidate.progress.${progress.phase}` as UiKey, {
    done: progress.done,
    total: progress.total,
    detail: progress.detail,
  });
  return (
    <div className={styles.panel} data-testid="progress" data-phase={progress.phase}>
      <Field className={styles.bar} validationMessage={label} validationState="none">
        <ProgressBar
          value={known ? Math.min(progress.done / progress.total, 1) : undefined}
          thickness="large"
        />
      </Field>
      {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
    </div>
  );
}
