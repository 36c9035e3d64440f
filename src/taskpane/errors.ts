import { isHostError } from '../office/errors';
import type { UiKey, UiParams } from '../i18n/ui';

type T = (key: UiKey, params?: UiParams) => string;

/** A user-facing message for anything a host operation threw, in the UI language. */
export function describeError(err: unknown, t: T): string {
  if (isHostError(err)) return t(`hostError.${err.code}` as UiKey, err.details);
  const message = err instanceof Error ? err.message : String(err);
  return t('error.unexpected', { message });
}
