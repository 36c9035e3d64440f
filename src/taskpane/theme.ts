import { webLightTheme, type Theme } from '@fluentui/react-components';

/**
 * Fluent's light theme with CJK fonts ahead of the generic fallback, so Chinese text uses the
 * platform's UI font (YaHei on Windows, PingFang on Mac) instead of whatever `sans-serif` maps to.
 */
const CJK_FONTS =
  "'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei'";

export const taskpaneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: webLightTheme.fontFamilyBase.replace(/,\s*sans-serif\s*$/, `, ${CJK_FONTS}, sans-serif`),
};
