import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  active: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  input: { display: 'none' },
});

/** A button-driven file input plus a drop area; both hand over plain `File`s. */
export function FileDropZone({
  onFiles,
  multiple = true,
}: {
  onFiles: (files: File[]) => void;
  multiple?: boolean;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = Array.from(event.dataTransfer.files);
    if (dropped.length) onFiles(multiple ? dropped : dropped.slice(0, 1));
  };

  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.active)}
      role="region"
      aria-label={t('files.dropZoneLabel')}
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={multiple}
        data-testid="file-input"
        onChange={(event) => {
          const picked = Array.from(event.currentTarget.files ?? []);
          // Reset so picking the same file again after removing it fires `change` again.
          event.currentTarget.value = '';
          if (picked.length) onFiles(picked);
        }}
      />
      <Button appearance="primary" onClick={() => input.current?.click()}>
        {t('files.pick')}
      </Button>
      <Caption1>{t('files.dropHint')}</Caption1>
    </div>
  );
}
