/**
 * Text from received files (file names, cell text) as it may go to a terminal: control
 * characters (a newline in a file name could fake a line of the report, an escape sequence could
 * recolour the screen) and the invisible bidirectional overrides are shown as \u{…} escapes.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
