import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import type { UiKey } from '../../i18n/ui';
import type { HostContext } from '../../office/types';

const KNOWN_PLATFORMS = ['PC', 'Mac', 'OfficeOnline', 'iOS', 'Android', 'Universal'];
const WPS_PLATFORMS = ['Windows', 'Linux', 'Mac'];

/** Says where the pane runs (Excel, WPS 表格 or browser mode, and why) and what this Excel cannot do. */
export function HostBanner({ host }: { host: HostContext }) {
  const { t } = useI18n();
  if (host.kind === 'browser' && host.reason === 'office-js-failed') {
    const platformKey = KNOWN_PLATFORMS.includes(host.hostPlatform ?? '') ? host.hostPlatform! : 'unknown';
    return (
      <MessageBar intent="error" data-host-mode="browser" data-host-reason={host.reason}>
        <MessageBarBody>
          <MessageBarTitle>{t('host.officeJsFailed.title')}</MessageBarTitle>
          {t('host.officeJsFailed.body', {
            host: host.hostName ?? 'Excel',
            platform: t(`host.platform.${platformKey}` as UiKey),
          })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (host.kind === 'browser') {
    const reason = t(`host.browser.${host.reason}` as UiKey, { host: host.hostName ?? '' });
    return (
      <MessageBar intent="info" data-host-mode="browser" data-host-reason={host.reason}>
        <MessageBarBody>{t('host.browser', { reason })}</MessageBarBody>
      </MessageBar>
    );
  }
  if (host.kind === 'wps') {
    const platform = t(
      `host.platform.${WPS_PLATFORMS.includes(host.platform) ? host.platform : 'unknown'}` as UiKey,
    );
    return (
      <MessageBar intent="success" data-host-mode="wps">
        <MessageBarBody>{t('host.wps', { platform })}</MessageBarBody>
      </MessageBar>
    );
  }
  const platformKey = KNOWN_PLATFORMS.includes(host.platform) ? host.platform : 'unknown';
  const platform = t(`host.platform.${platformKey}` as UiKey);
  return (
    <>
      <MessageBar intent="success" data-host-mode="excel">
        <MessageBarBody>{t('host.excel', { platform })}</MessageBarBody>
      </MessageBar>
      {host.missing.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t('host.missingTitle')}</MessageBarTitle>
            {t('host.missing', {
              features: host.missing
                .map((m) => t(`feature.${m.feature}` as UiKey, { version: m.version }))
                .join(t('list.separator')),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
