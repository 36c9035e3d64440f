import type { WpsApplication } from './types';

/**
 * Whether the page runs inside WPS, and in which of its applications. A WPS 加载项 page gets
 * the application as the `Application` global (what the wpsjs templates use), and the `wps`
 * namespace (`wps.EtApplication()` in wps-jsapi's index.d.ts); neither exists in Excel or a
 * plain browser. WPS 表格 is told from 文字 and 演示 by its object model: only a spreadsheet
 * application has `ActiveWorkbook` (文字 has `ActiveDocument`, 演示 `ActivePresentation`).
 */
export interface WpsPresence {
  /** True in WPS 表格; false in WPS 文字 or 演示. */
  spreadsheet: boolean;
  /** The WPS application's name for the message when it is not 表格. */
  name: string;
  /** `Windows`, `Linux` (统信 UOS, 银河麒麟) or `Mac`, from the page's user agent. */
  platform: string;
  app?: WpsApplication;
}

type Globals = { Application?: unknown; wps?: { EtApplication?: () => unknown } };

function platformOf(userAgent: string): string {
  if (/Windows/i.test(userAgent)) return 'Windows';
  if (/Mac OS X|Macintosh/i.test(userAgent)) return 'Mac';
  if (/Linux|X11/i.test(userAgent)) return 'Linux';
  return 'unknown';
}

export function detectWps(globals: unknown = globalThis, userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent): WpsPresence | undefined {
  const g = globals as Globals;
  let app: unknown;
  try {
    app = g.Application ?? (typeof g.wps?.EtApplication === 'function' ? g.wps.EtApplication() : undefined);
  } catch {
    return undefined;
  }
  if (!app || typeof app !== 'object') return undefined;
  const a = app as Record<string, unknown>;
  // Only a WPS 加载项 host has these; a page variable that happens to be called Application does not.
  if (typeof a.CreateTaskPane !== 'function' || typeof a.ApiEvent !== 'object' || a.ApiEvent === null) return undefined;
  const platform = platformOf(userAgent);
  if ('ActiveWorkbook' in a) return { spreadsheet: true, name: 'WPS 表格', platform, app: app as WpsApplication };
  const name = 'ActiveDocument' in a ? 'WPS 文字' : 'ActivePresentation' in a ? 'WPS 演示' : 'WPS';
  return { spreadsheet: false, name, platform };
}
