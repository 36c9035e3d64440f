import { Button } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import type { Lang } from '../../i18n/ui';

/** One button naming the other language in that language (中文 / English). */
export function LanguageSwitch({ onChange }: { onChange: (lang: Lang) => void }) {
  const { lang, t } = useI18n();
  const other: Lang = lang === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button
      appearance="subtle"
      size="small"
      aria-label={t('lang.switchLabel')}
      lang={other === 'zh-CN' ? 'zh-CN' : 'en'}
      onClick={() => onChange(other)}
    >
      {t('lang.switchTo')}
    </Button>
  );
}
