/**
 * Helpers for end-to-end tests of the add-in: build once, serve dist/ on 127.0.0.1, drive
 * Debian Chromium with playwright-core, nothing leaving localhost. The plumbing lives in
 * harness-core.js so scripts/bench/addin.js (plain Node) shares it; this module adds the jest
 * conveniences.
 *
 *   const env = await openTaskpaneEnvironment();       // in beforeAll
 *   const page = await env.open('taskpane.html?view=review');
 *   …
 *   await env.close();                                  // in afterAll
 */
import fs from 'fs';
import path from 'path';
import type { Locator, Page } from 'playwright-core';
import { describeWithTools } from '../helpers/tools';
import {
  artifactsDir,
  distDir,
  ensureProductionBuild,
  launchChromium,
  startStaticServer,
  type ChromiumSession,
  type StaticServer,
} from './harness-core';

export * from './harness-core';

/** `describe` when Chromium is installed; see tests/helpers/tools.ts for what happens when it is not. */
export function describeE2e(name: string, body: () => void): void {
  describeWithTools(['chromium'], name, body);
}

export interface TaskpaneEnvironment {
  server: StaticServer;
  browser: ChromiumSession;
  build: { reused: boolean; ms: number };
  /**
   * A new page at `relativeUrl` on the local server, waited until the task pane rendered.
   * `before` runs on the page before it loads (init scripts, a fixed clock).
   */
  open(relativeUrl: string, before?: (page: Page) => Promise<void>): Promise<Page>;
  close(): Promise<void>;
}

export async function openTaskpaneEnvironment(): Promise<TaskpaneEnvironment> {
  const build = await ensureProductionBuild();
  const server = await startStaticServer(distDir);
  let browser: ChromiumSession;
  try {
    browser = await launchChromium();
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    server,
    browser,
    build,
    async open(relativeUrl: string, before?: (page: Page) => Promise<void>) {
      const page = await browser.context.newPage();
      // Fail fast with Playwright's message instead of running into jest's test timeout.
      page.setDefaultTimeout(10_000);
      await before?.(page);
      await page.goto(`${server.origin}/${relativeUrl.replace(/^\//, '')}`);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Polls `read` until `accept` holds (or throws with the last value after `timeoutMs`). */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
}

/** Saves a screenshot under test-artifacts/ and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Saves a screenshot of what `locator` shows (scrolled into view) under test-artifacts/. */
export async function saveLocatorScreenshot(locator: Locator, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, name);
  await locator.screenshot({ path: file });
  return file;
}

/** Clicks `trigger` and returns the file the page offered as a download. */
export async function downloadFrom(
  page: Page,
  trigger: Locator,
): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: new Uint8Array(fs.readFileSync(file)) };
}
