/**
 * Offers bytes as a download (Blob + `<a download>`), which works in ordinary browsers and in the
 * Office webviews that allow downloads. The object URL is revoked later, not at once: some
 * browsers start reading it only after `click()` returns.
 */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ZIP_MIME = 'application/zip';

export function downloadBytes(bytes: Uint8Array, fileName: string, mime = XLSX_MIME): void {
  // A copy into a plain ArrayBuffer: a view over a larger (or shared) buffer would put it all in the Blob.
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
