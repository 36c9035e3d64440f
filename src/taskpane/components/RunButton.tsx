import { Button, Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { EngineResult } from '../hooks/useEngineResult';
import { useLayoutStyles } from '../layout';
import { ErrorNotice } from './Notice';

/**
 * The primary button of a view's {@link EngineResult}: disabled while it runs (a spinner beside it)
 * or while `disabled`; `children` go beside it, what the run threw below.
 */
export function RunButton({
  label,
  testId,
  state,
  disabled,
  onRun,
  children,
}: {
  label: string;
  testId: string;
  state: Pick<EngineResult<unknown>, 'busy' | 'error'>;
  disabled: boolean;
  onRun: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const layout = useLayoutStyles();
  return (
    <>
      <div className={layout.row}>
        <Button appearance="primary" onClick={onRun} disabled={state.busy || disabled} data-testid={testId}>
          {label}
        </Button>
        {state.busy && <Spinner size="extra-tiny" label={t('common.working')} />}
        {children}
      </div>
      <ErrorNotice error={state.error} />
    </>
  );
}
