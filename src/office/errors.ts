/**
 * Errors the host layer raises, each with a stable code the UI translates (src/i18n/ui.ts keys
 * `hostError.<code>`), so no English-only message reaches a Chinese user. The zh-CN and English
 * texts live here, next to the codes, so the UI catalogue and this registry cannot drift apart:
 * the catalogue copies (or imports) `HOST_ERROR_TEXT`.
 */
export type HostErrorCode =
  | 'requirement-missing'
  | 'sheet-not-found'
  | 'aborted'
  | 'cell-edit-mode'
  | 'payload-too-large'
  | 'sheet-protected'
  | 'workbook-protected'
  | 'invalid-sheet-name'
  | 'office-error'
  | 'no-workbook'
  | 'wps-error';

/**
 * Message templates per code; `{name}` placeholders are filled from `HostError.details`.
 * Every write failure says the workbook was left as it was, because that is what the atomic
 * writer guarantees and what a user worried about a half-written review needs to hear.
 */
export const HOST_ERROR_TEXT: Readonly<Record<HostErrorCode, { 'zh-CN': string; en: string }>> = {
  'requirement-missing': {
    'zh-CN': '此版本的 Excel 不支持该功能（需要 ExcelApi {version}）。',
    en: 'This version of Excel does not support that (needs ExcelApi {version}).',
  },
  'sheet-not-found': {
    'zh-CN': '找不到工作表“{sheet}”。',
    en: 'Sheet “{sheet}” was not found.',
  },
  aborted: {
    'zh-CN': '操作已取消，工作簿未做任何修改。',
    en: 'Cancelled; the workbook was not changed.',
  },
  'cell-edit-mode': {
    'zh-CN': 'Excel 正在编辑单元格，暂时无法操作。请按 Enter 或 Esc 结束编辑后重试。',
    en: 'Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again.',
  },
  'payload-too-large': {
    'zh-CN': '数据量超过 Excel 单次请求的上限，拆分后仍无法写入，工作簿未做任何修改。',
    en: 'The data exceeds what Excel accepts in one request, even split up; the workbook was not changed.',
  },
  'sheet-protected': {
    'zh-CN': '工作表“{sheet}”受保护，无法写入。请在“审阅”选项卡中撤销工作表保护后重试；工作簿未做任何修改。',
    en: 'Sheet “{sheet}” is protected and cannot be written. Unprotect it (Review tab) and try again; the workbook was not changed.',
  },
  'workbook-protected': {
    'zh-CN': '工作簿结构受保护，无法添加、删除或重命名工作表。请在“审阅 > 保护工作簿”中取消保护后重试；工作簿未做任何修改。',
    en: 'The workbook structure is protected, so sheets cannot be added, deleted or renamed. Unprotect it (Review > Protect Workbook) and try again; the workbook was not changed.',
  },
  'invalid-sheet-name': {
    'zh-CN': '工作表名称无效：“{sheet}”（最多 31 个字符，不能为空，不能含 \\ / ? * [ ] :）。',
    en: 'Invalid sheet name “{sheet}” (at most 31 characters, not empty, none of \\ / ? * [ ] :).',
  },
  'office-error': {
    'zh-CN': 'Excel 报告错误：{message}',
    en: 'Excel reported an error: {message}',
  },
  'no-workbook': {
    'zh-CN': '当前没有打开的工作簿。请先打开或新建一个工作簿，再重试。',
    en: 'No workbook is open. Open or create one, then try again.',
  },
  'wps-error': {
    'zh-CN': 'WPS 表格报告错误：{message}',
    en: 'WPS Spreadsheets reported an error: {message}',
  },
};

export class HostError extends Error {
  readonly code: HostErrorCode;
  /** Structured fields for the message template (sheet name, version, Office's message…). */
  readonly details: Readonly<Record<string, string>>;

  constructor(code: HostErrorCode, details: Record<string, string> = {}, message?: string) {
    super(message ?? `${code}: ${JSON.stringify(details)}`);
    // Aborts look like DOM AbortErrors so callers can use the usual `err.name === 'AbortError'`.
    this.name = code === 'aborted' ? 'AbortError' : 'HostError';
    this.code = code;
    this.details = Object.freeze({ ...details });
  }
}

export function isHostError(err: unknown): err is HostError {
  return err instanceof HostError;
}

/** The message of a host error in the given language, placeholders filled from its details. */
export function hostErrorText(err: HostError, lang: 'zh-CN' | 'en'): string {
  const template = HOST_ERROR_TEXT[err.code][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => err.details[name] ?? whole);
}

/** Office's error code (`OfficeExtension.Error.code`), or '' for anything else. */
export function officeCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

export const OFFICE_CODES = {
  cellEditMode: 'InvalidOperationInCellEditMode',
  requestTooLarge: 'RequestPayloadSizeLimitExceeded',
  responseTooLarge: 'ResponsePayloadSizeLimitExceeded',
  accessDenied: 'AccessDenied',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  apiNotFound: 'ApiNotFound',
  /** An API without undo support inside `mergeUndoGroup` (Excel's undo-grouping docs). */
  undoNotSupported: 'UndoNotSupported',
} as const;

/**
 * Wrap anything thrown by Office.js (OfficeExtension.Error has `code` and `message`). `sheet`
 * names the sheet the failed request wrote to, so a protection error can say which one.
 */
export function toHostError(err: unknown, hints: { sheet?: string } = {}): HostError {
  if (err instanceof HostError) return err;
  const code = officeCode(err);
  const e = err as { message?: unknown } | null;
  const message = e && typeof e.message === 'string' ? e.message : String(err);
  switch (code) {
    case OFFICE_CODES.cellEditMode:
      return new HostError('cell-edit-mode', { officeCode: code }, message);
    case OFFICE_CODES.requestTooLarge:
    case OFFICE_CODES.responseTooLarge:
      return new HostError('payload-too-large', { officeCode: code }, message);
    case OFFICE_CODES.accessDenied:
      if (hints.sheet !== undefined) return new HostError('sheet-protected', { sheet: hints.sheet, officeCode: code }, message);
      break;
    case OFFICE_CODES.itemNotFound:
      if (hints.sheet !== undefined) return new HostError('sheet-not-found', { sheet: hints.sheet, officeCode: code }, message);
      break;
  }
  return new HostError('office-error', { message, officeCode: code }, message);
}
