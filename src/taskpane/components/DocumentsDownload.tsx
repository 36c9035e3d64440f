import { Body1, Caption1 } from '@fluentui/react-components';
import type { WorkbookPlan } from '@ledger-review/workbook';
import { ZIP_MIME } from '../../browser/download';
import { loadDocuments } from '../../engine/loadDocuments';
import { useI18n } from '../../i18n/I18nContext';
import { DownloadAction } from './DownloadAction';

/**
 * 下载公文: the quarter's documents (.docx in one .zip) from the review just built. The `docx`
 * writer comes in its own chunk, on the first click.
 */
export function DocumentsDownload({ plan }: { plan: WorkbookPlan }) {
  const { t } = useI18n();
  return (
    <>
      <Body1>{t('review.documentsTitle')}</Body1>
      <Caption1>{t('review.documentsNote')}</Caption1>
      <DownloadAction
        testId="download-documents"
        label={t('review.documentsDownload')}
        make={async () => {
          const documents = await loadDocuments();
          const zip = await documents.reviewDocumentsZip(plan);
          return {
            bytes: zip.bytes,
            fileName: zip.fileName,
            mime: ZIP_MIME,
            done: t('review.documentsDone', { file: zip.fileName, count: zip.count }),
          };
        }}
      />
    </>
  );
}
