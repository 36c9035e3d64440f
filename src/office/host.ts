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
  | { kind: 'browser'; reason: BrowserReason; hostName?: string; hostPlatform?: string };

/**
 * What the inline start-up script of taskpane.html found (`window.__ledgerReviewBoot`): whether
 * the engine can run the bundle, whether it loaded office.js at all (only inside Office) and how
 * that went.
 */
export interface BootRecord {
  engine: 'ok' | 'too-old';
  officeJs: 'skipped' | 'loading' | 'loaded' | 'failed';
  inOffice: boolean;
  /** Settles when office.js has loaded or failed (null when it was not loaded at all). */
  officeJsSettled?: Promise<void> | null;
}

/** Waits (at most `ms`) for the office.js taskpane.html started loading, so `Office` exists. */
export async function officeJsArrival(boot: BootRecord | undefined, ms: number): Promise<void> {
  if (!boot?.officeJsSettled) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    boot.officeJsSettled,
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  if (timer !== undefined) clearTimeout(timer);
}

/** Office's host information, from the parameters Office adds to the pane's address. */
export interface OfficeHostInfo {
  /** `excel`, `word`, … (lower case, as office.js keeps it). */
  host: string;
  /** `win32`, `mac`, `web`, `ios`, … */
  platform: string;
}

/**
 * The host information Office passes to an add-in page: the `_host_Info` query parameter
 * (`Excel$Win32$16.01$zh-CN$…`, older builds `Excel|Win32|16.01|…`), or a JSON window name with
 * `hostInfo` (Office's own dialogs). Read the way office.js reads it (`_retrieveHostInfo` in
 * office.debug.js), so "opened by Office" is known even when office.js never arrived.
 */
export function officeHostInfo(search: string, windowName = ''): OfficeHostInfo | null {
  let raw: string | null = null;
  const m = /[?&]_host_Info=([^&#]*)/.exec(search);
  if (m) raw = m[1];
  if (!raw && windowName.includes('hostInfo')) {
    try {
      const parsed = JSON.parse(windowName) as { hostInfo?: unknown };
      if (typeof parsed.hostInfo === 'string') raw = parsed.hostInfo;
    } catch {
      // not Office's JSON window name
    }
  }
  if (!raw) return null;
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // keep it as it came
  }
  const parts = text.split('$').length > 2 ? text.split('$') : text.split('|');
  const host = (parts[0] ?? '').toLowerCase();
  if (!host) return null;
  return { host, platform: (parts[1] ?? '').toLowerCase() };
}

/** `win32` → `PC`, as `Office.onReady` would report the platform. */
export function platformOfHostInfo(info: OfficeHostInfo): string {
  const map: Record<string, string> = {
    win32: 'PC',
    mac: 'Mac',
    web: 'OfficeOnline',
    ios: 'iOS',
    android: 'Android',
    winrt: 'Universal',
  };
  return map[info.platform] ?? 'unknown';
}

export interface DetectOptions {
  /** The `Office` global, or undefined when office.js did not load. */
  office: OfficeLike | undefined;
  /** Give up waiting for `Office.onReady` after this long (browser mode then starts). */
  timeoutMs: number;
  /** `?host=browser`: skip Office entirely. */
  forceBrowser?: boolean;
  /** Office's host information in the page's address (the page was opened by Office). */
  hostInfo?: OfficeHostInfo | null;
  /** What taskpane.html's start-up script recorded; undefined in tests and old pages. */
  boot?: BootRecord;
  /** What src/wps/detect.ts found: the page is a WPS 加载项 page (表格 or not). */
  wps?: { spreadsheet: boolean; name: string; platform: string };
}

/** How long the real task pane waits for Office before starting in browser mode. */
export const OFFICE_READY_TIMEOUT_MS = 3000;
/**
 * Opened by Office (host information in the address), the handshake may take longer on an old
 * PC; giving up early would wrongly tell the user office.js failed.
 */
export const OFFICE_READY_TIMEOUT_IN_OFFICE_MS = 15000;

export async function detectHost(options: DetectOptions): Promise<HostDecision> {
  if (options.forceBrowser) return { kind: 'browser', reason: 'forced' };
  // WPS first: it never opens the page with Office's host information, and office.js has no place there.
  if (options.wps) {
    return options.wps.spreadsheet
      ? { kind: 'wps', platform: options.wps.platform }
      : { kind: 'browser', reason: 'unsupported-host', hostName: options.wps.name };
  }
  const office = options.office;
  const info = options.hostInfo ?? null;
  // Inside Office without a working office.js the pane could only pretend: say what happened.
  const failedInOffice = (): HostDecision => ({
    kind: 'browser',
    reason: 'office-js-failed',
    hostName: info ? info.host.charAt(0).toUpperCase() + info.host.slice(1) : undefined,
    hostPlatform: info ? platformOfHostInfo(info) : undefined,
  });
  if (!office || typeof office.onReady !== 'function') {
    if (info) return failedInOffice();
    // taskpane.html did not even try: a plain browser, never opened by Office.
    if (options.boot?.officeJs === 'skipped') return { kind: 'browser', reason: 'not-in-office' };
    return { kind: 'browser', reason: 'office-js-missing' };
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
  });
  try {
    const ready = await Promise.race([Promise.resolve().then(() => office.onReady()), timeout]);
    if (ready === 'timeout') return info ? failedInOffice() : { kind: 'browser', reason: 'office-timeout' };
    if (!ready || !ready.host) return info ? failedInOffice() : { kind: 'browser', reason: 'not-in-office' };
    if (ready.host !== 'Excel') return { kind: 'browser', reason: 'unsupported-host', hostName: ready.host };
    return { kind: 'excel', platform: ready.platform ?? 'unknown' };
  } catch {
    // office.js that throws from onReady is as good as absent; the page must still work.
    return info ? failedInOffice() : { kind: 'browser', reason: 'office-js-missing' };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** The `Office` global if office.js loaded, without a ReferenceError when it did not. */
export function officeGlobal(): OfficeLike | undefined {
  return (globalThis as unknown as { Office?: OfficeLike }).Office;
}

/** taskpane.html's start-up record, if its inline script ran (a strict CSP would block it). */
export function bootRecord(): BootRecord | undefined {
  return (globalThis as unknown as { __ledgerReviewBoot?: BootRecord }).__ledgerReviewBoot;
}
