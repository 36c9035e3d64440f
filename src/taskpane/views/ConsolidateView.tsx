import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import type { HostContext } from '../../office/types';
import { FilesPanel } from '../components/FilesPanel';
import type { PickedFilesState } from '../hooks/usePickedFiles';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** 汇总台账: the office picks the received unit workbooks (in Excel and in browser mode alike). */
export function ConsolidateView({ host, files }: { host: HostContext; files: PickedFilesState }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.view} data-view="consolidate">
      <Body1>{t(host.kind === 'excel' ? 'consolidate.introExcel' : 'consolidate.introBrowser')}</Body1>
      <FilesPanel state={files} />
    </div>
  );
}
