import type { BrowserReason } from './types';

/**
 * Decides, once and before the first render, whether the task pane runs inside Excel or as a
 * plain web page (Script Lab's approach: one guard around a possibly missing `Office`).
 * office.js may fail to load (offline, blocked, WPS/LibreOffice users opening the URL), may load
 * outside Office (`onReady` answers with host null), or may never answer; each ends in browser
 * mode with a reason the UI can show.
 */

/** The part of the `Office` global the decision needs (typed loosely so tests need no Office). */
export interface OfficeLike {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
}

export type HostDecision =
  | { kind: 'excel'; platform: string }
  | { kind: 'wps'; platform: string }
  | { kind: 'browser'; reason: BrowserReason; hostName?: string };

export interface DetectOptions {
  /** The `Office` global, or undefined when office.js did not load. */
  office: OfficeLike | undefined;
  /** Give up waiting for `Office.onReady` after this long (browser mode then starts). */
  timeoutMs: number;
  /** `?host=browser`: skip Office entirely. */
  forceBrowser?: boolean;
  /** What src/wps/detect.ts found: the page is a WPS 加载项 page (表格 or not). */
  wps?: { spreadsheet: boolean; name: string; platform: string };
}

/** How long the real task pane waits for Office before starting in browser mode. */
export const OFFICE_READY_TIMEOUT_MS = 3000;

export async function detectHost(options: DetectOptions): Promise<HostDecision> {
  if (options.forceBrowser) return { kind: 'browser', reason: 'forced' };
  // WPS first: inside WPS, office.js (if the page loads it at all) would only time out.
  if (options.wps) {
    return options.wps.spreadsheet
      ? { kind: 'wps', platform: options.wps.platform }
      : { kind: 'browser', reason: 'unsupported-host', hostName: options.wps.name };
  }
  const office = options.office;
  if (!office || typeof office.onReady !== 'function')
    return { kind: 'browser', reason: 'office-js-missing' };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
  });
  try {
    const info = await Promise.race([Promise.resolve().then(() => office.onReady()), timeout]);
    if (info === 'timeout') return { kind: 'browser', reason: 'office-timeout' };
    if (!info || !info.host) return { kind: 'browser', reason: 'not-in-office' };
    if (info.host !== 'Excel') return { kind: 'browser', reason: 'unsupported-host', hostName: info.host };
    return { kind: 'excel', platform: info.platform ?? 'unknown' };
  } catch {
    // office.js that throws from onReady is as good as absent; the page must still work.
    return { kind: 'browser', reason: 'office-js-missing' };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** The `Office` global if office.js loaded, without a ReferenceError when it did not. */
export function officeGlobal(): OfficeLike | undefined {
  return (globalThis as unknown as { Office?: OfficeLike }).Office;
}
