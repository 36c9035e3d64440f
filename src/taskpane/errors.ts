import { isHostError } from '../office/errors';
import { hasKey, type UiKey, type UiParams } from '../i18n/ui';

type T = (key: UiKey, params?: UiParams) => string;

/**
 * A user-facing message for anything a host operation or the engine threw, in the UI language:
 * host errors by their code (`hostError.<code>`), followed by what to do where the catalogue
 * has advice (`hostErrorHelp.<code>`); anything else as an unexpected error with its message.
 */
export function describeError(err: unknown, t: T): string {
  if (err instanceof Error && err.name === 'WriteRefused') {
    const workbook = (err as Error & { workbook?: string }).workbook ?? 'ledger';
    return t(`refuse.${workbook}` as UiKey);
  }
  if (err instanceof Error && err.name === 'DeliveryImpossible') {
    return t('download.macCannot', { file: (err as Error & { fileName?: string }).fileName ?? '' });
  }
  if (isHostError(err)) {
    const message = t(`hostError.${err.code}`, err.details);
    const help = `hostErrorHelp.${err.code}`;
    return hasKey(help) ? `${message}${t(help)}` : message;
  }
  const message = err instanceof Error ? err.message : String(err);
  return t('error.unexpected', { message });
}
