/**
 * Errors the host layer raises, each with a stable code the UI translates (src/i18n/ui.ts keys
 * `hostError.<code>`), so no English-only message reaches a Chinese user.
 */
export type HostErrorCode = 'requirement-missing' | 'sheet-not-found' | 'aborted' | 'office-error';

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

/** Wrap anything thrown by Office.js (OfficeExtension.Error has `code` and `message`). */
export function toHostError(err: unknown): HostError {
  if (err instanceof HostError) return err;
  const e = err as { code?: unknown; message?: unknown } | null;
  const message = e && typeof e.message === 'string' ? e.message : String(err);
  const code = e && typeof e.code === 'string' ? e.code : '';
  return new HostError('office-error', { message, officeCode: code }, message);
}
