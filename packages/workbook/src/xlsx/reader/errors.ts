/**
 * Typed failures of the .xlsx reader. `code` is the stable kebab-case rule code that the
 * validation rule registry renders into zh-CN / en text (this module deliberately carries no
 * user-facing wording, only the structured `params` the registry templates need).
 */
export type WorkbookReadErrorCode =
  | 'file-not-zip'
  | 'file-is-xls'
  | 'file-encrypted'
  | 'file-is-csv'
  | 'file-is-pdf'
  | 'file-too-large'
  | 'zip-bomb'
  | 'zip-ratio'
  | 'sheet-too-large'
  | 'workbook-empty'
  | 'xlsx-malformed';

export const WORKBOOK_READ_ERROR_CODES: readonly WorkbookReadErrorCode[] = [
  'file-not-zip',
  'file-is-xls',
  'file-encrypted',
  'file-is-csv',
  'file-is-pdf',
  'file-too-large',
  'zip-bomb',
  'zip-ratio',
  'sheet-too-large',
  'workbook-empty',
  'xlsx-malformed',
];

export type WorkbookReadErrorParams = Record<string, string | number>;

export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  readonly params: WorkbookReadErrorParams;

  constructor(code: WorkbookReadErrorCode, params: WorkbookReadErrorParams = {}, cause?: unknown) {
    // The message is for logs and stack traces only; users see the registry's text for `code`.
    const detail = Object.entries(params)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ');
    super(detail ? `${code} (${detail})` : code);
    this.name = 'WorkbookReadError';
    this.code = code;
    this.params = params;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

export function isWorkbookReadError(e: unknown): e is WorkbookReadError {
  return e instanceof WorkbookReadError;
}

/** Shorthand for the most common failure: a part that exists but cannot be understood. */
export function malformed(part: string, detail: string): WorkbookReadError {
  return new WorkbookReadError('xlsx-malformed', { part, detail });
}
