import { makeStyles, tokens } from '@fluentui/react-components';
import type { PickedFilesState } from '../hooks/usePickedFiles';
import { FileDropZone } from './FileDropZone';
import { PickedFileList } from './PickedFileList';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Picker, drop zone and the list of what was picked, for one purpose (validate or consolidate). */
export function FilesPanel({ state, multiple = true }: { state: PickedFilesState; multiple?: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <FileDropZone onFiles={state.add} multiple={multiple} />
      <PickedFileList
        files={state.files}
        duplicates={state.duplicates}
        onRemove={state.remove}
        onClear={state.clear}
      />
    </div>
  );
}
