/**
 * Unit names become file names (issued ledgers, feedback forms, 公文). One character set for
 * both the roster's check and the writers' last line of defence: Windows' reserved characters,
 * path separators and control characters.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\\/:*?"<>|]/;

/** The part of a name that makes it unusable in a file name, as written; null when it is fine. */
export function unsafeFileNamePart(name: string): string | null {
  // ".." would climb out of the folder; a leading dot hides the file, a trailing one Windows drops.
  const bad = name.match(new RegExp(`${UNSAFE_CHARS.source}|\\.\\.|^\\.|\\.$`));
  return bad ? bad[0] : null;
}

/** `name` made safe in a file name: never a path, never a control character. */
export function safeFileName(name: string): string {
  return name.replace(new RegExp(UNSAFE_CHARS.source, 'g'), '_').replace(/\.{2,}/g, '_').replace(/^\.+/, '_');
}
