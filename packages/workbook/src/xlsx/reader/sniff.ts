/**
 * First look at an untrusted file: is it a zip at all, or something users often rename to .xlsx
 * (an old .xls, a password-protected workbook, a CSV export)? Cheap checks on the first bytes only.
 */
import { hasCfbSignature, isEncryptedOfficePackage } from './cfb';
import { WorkbookReadError } from './errors';

const TEXT_SAMPLE_BYTES = 8192;

export function isZipSignature(bytes: Uint8Array): boolean {
  // Local file header, or the end record of an empty archive.
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

/** Throws the right WorkbookReadError for anything that is not a zip container. */
export function assertZipContainer(bytes: Uint8Array): void {
  if (isZipSignature(bytes)) return;
  if (hasCfbSignature(bytes)) {
    throw new WorkbookReadError(isEncryptedOfficePackage(bytes) ? 'file-encrypted' : 'file-is-xls');
  }
  // A scanned or exported PDF is mostly text-like bytes at its start: say what it is, not "CSV".
  if (bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d)
    throw new WorkbookReadError('file-is-pdf', { bytes: bytes.length });
  if (looksLikePlainText(bytes) && !startsWithMarkup(bytes))
    throw new WorkbookReadError('file-is-csv', { bytes: bytes.length });
  throw new WorkbookReadError('file-not-zip', { bytes: bytes.length });
}

/** Text files have a BOM, or no NUL and almost no control characters in their first 8 KB (GB18030 bytes are fine). */
export function looksLikePlainText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return true;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return true;
  const n = Math.min(bytes.length, TEXT_SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control * 100 <= n;
}

/** HTML tables and SpreadsheetML 2003 saved as ".xls"/".xlsx" are text, but not CSV. */
function startsWithMarkup(bytes: Uint8Array): boolean {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++;
  return bytes[i] === 0x3c; // '<'
}
