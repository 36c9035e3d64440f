import { downloadBytes, XLSX_MIME } from '../browser/download';
import type { UiKey, UiParams } from '../i18n/ui';
import type { HostContext } from '../office/types';

/**
 * How a generated file reached the user, so the pane says exactly that and nothing more:
 * - `downloaded`: a browser took the download (browser mode);
 * - `opened-in-excel`: Excel opened it as a new workbook (`Excel.createWorkbook`), which works
 *   where a task pane cannot download: Excel for Mac ignores `<a download>` (OfficeDev/office-js
 *   #2700, closed "by design"; #3);
 * - `handed-to-webview`: inside Excel on Windows or the web, given to the webview's download,
 *   which normally shows a save prompt; the pane cannot know whether it did.
 */
export type Delivery = 'downloaded' | 'opened-in-excel' | 'handed-to-webview';

/** Excel for Mac without `createWorkbook` (or a .zip there): the pane cannot hand the file over. */
export class DeliveryImpossible extends Error {
  constructor(readonly fileName: string) {
    super(`cannot deliver ${fileName} from this Excel`);
    this.name = 'DeliveryImpossible';
  }
}

export async function deliverFile(
  host: HostContext | undefined,
  bytes: Uint8Array,
  fileName: string,
  mime = XLSX_MIME,
): Promise<Delivery> {
  if (host?.kind === 'excel') {
    if (mime === XLSX_MIME && host.ops.openWorkbook) {
      await host.ops.openWorkbook(bytes);
      return 'opened-in-excel';
    }
    if (host.platform === 'Mac') throw new DeliveryImpossible(fileName);
    downloadBytes(bytes, fileName, mime);
    return 'handed-to-webview';
  }
  downloadBytes(bytes, fileName, mime);
  return 'downloaded';
}

/** What the pane says once a file is delivered: `done` where a browser took it, else where it went. */
export function deliveredText(
  delivery: Delivery,
  done: string,
  fileName: string,
  t: (key: UiKey, params?: UiParams) => string,
): string {
  if (delivery === 'downloaded') return done;
  return t(delivery === 'opened-in-excel' ? 'download.openedInExcel' : 'download.handedToWebview', {
    file: fileName,
  });
}
