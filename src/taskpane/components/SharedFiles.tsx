import { Checkbox } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReceivedFile } from '@ledger-review/workbook';
import { stillReading } from '../../browser/pickedFiles';
import { withShared, type PickedFilesState } from '../hooks/usePickedFiles';
import { useI18n } from '../../i18n/I18nContext';

/** A view's own picked files, and (by choice, on by default) those already picked under 汇总台账. */
export interface SharedFiles {
  useShared: boolean;
  setUseShared: (on: boolean) => void;
  /** The files to work on: the view's own, then the shared ones it does not hold (see `withShared`). */
  inputs: () => ReceivedFile[];
  /** Changes whenever what the inputs would be changes (`extra`: the view's own choices, e.g. the period). */
  key: (...extra: unknown[]) => string;
  /** Files still being read, of those that count. */
  reading: number;
  sharedCount: number;
}

export function useSharedFiles(files: PickedFilesState, shared: PickedFilesState): SharedFiles {
  const [useShared, setUseShared] = useState(true);
  return {
    useShared,
    setUseShared,
    inputs: () => withShared(files.reviewInputs(), useShared ? shared.reviewInputs() : []),
    key: (...extra) =>
      [
        ...extra,
        useShared,
        ...files.files.map((f) => f.id),
        ...(useShared ? shared.files.map((f) => `s${f.id}`) : []),
      ].join(','),
    reading: stillReading(files.files) + (useShared ? stillReading(shared.files) : 0),
    sharedCount: shared.files.length,
  };
}

/** The “also use the files picked under 汇总台账” choice; nothing when none are picked there. */
export function SharedFilesChoice({ state, testId }: { state: SharedFiles; testId: string }) {
  const { t } = useI18n();
  if (state.sharedCount === 0) return null;
  return (
    <Checkbox
      checked={state.useShared}
      onChange={(_, d) => state.setUseShared(d.checked === true)}
      label={t('files.useShared', { count: state.sharedCount })}
      data-testid={testId}
    />
  );
}
