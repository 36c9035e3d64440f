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
 *
 * or, for a describe block, `taskpaneSuite({ url, demo })`, which does both in its hooks.
 */
import fs from 'fs';
import path from 'path';
import type { Locator, Page } from 'playwright-core';
import { describeWithTools } from '../helpers/tools';
import type { DemoUpload, NamedFile } from './fixtures';
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

export interface TaskpaneSuiteOptions {
  /** The page the tests share, opened once (none: each test opens its own with `env.open`). */
  url?: string;
  /** Runs on that page before it loads (a fixed clock, the pane's width, listeners). */
  before?: (page: Page) => Promise<void>;
  /** Also make the sample quarter as the office receives it (`demoUpload`). */
  demo?: boolean;
}

/** What a describe block's tests share; read the members inside hooks and tests. */
export interface TaskpaneSuite {
  readonly env: TaskpaneEnvironment;
  /** The page opened at `url`. */
  readonly page: Page;
  readonly demo: DemoUpload;
  /** Uncaught errors on `page` so far. */
  readonly pageErrors: string[];
}

/**
 * The task pane environment of a describe block: opened before its first test (the sample quarter
 * made alongside when asked, the shared page opened and its uncaught errors collected), closed
 * after its last.
 */
export function taskpaneSuite(options: TaskpaneSuiteOptions = {}): TaskpaneSuite {
  let env: TaskpaneEnvironment | undefined;
  let demo: DemoUpload | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    const sample = options.demo ? import('./fixtures').then((f) => f.demoUpload()) : undefined;
    [env, demo] = await Promise.all([openTaskpaneEnvironment(), sample]);
    if (options.url) {
      page = await env.open(options.url, options.before);
      page.on('pageerror', (err) => pageErrors.push(String(err)));
    }
  }, 240_000);
  afterAll(async () => {
    await env?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`taskpaneSuite: no ${what}`);
    return value;
  };
  return {
    get env() {
      return ready(env, 'environment (it opens before the first test)');
    },
    get page() {
      return ready(page, 'page (it opens one only when given a url)');
    },
    get demo() {
      return ready(demo, 'sample quarter (it makes one only with demo: true)');
    },
    pageErrors,
  };
}

/** Picks `files` in `view`'s file input and waits until its list shows every one of them read. */
export async function pickFiles(
  page: Page,
  files: NamedFile[],
  view = 'consolidate',
  timeout = 60_000,
): Promise<void> {
  await page.locator(`[data-view="${view}"] [data-testid="file-input"]`).setInputFiles(files);
  await page.waitForFunction(
    ([v, n]) =>
      document.querySelectorAll(`[data-view="${v}"] [data-testid="picked-files"] tr[data-file-status]`)
        .length === n &&
      !document.querySelector(
        `[data-view="${v}"] [data-testid="picked-files"] tr[data-file-status="reading"]`,
      ),
    [view, files.length] as const,
    { timeout },
  );
}

/** After a click on 载入示例数据: waits until the sample quarter's 80-odd files are read. */
export async function waitForSampleRead(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-testid="picked-files"] tr[data-file-status="read"]').length > 80 &&
      !document.querySelector('[data-testid="progress"]'),
    undefined,
    { timeout },
  );
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
