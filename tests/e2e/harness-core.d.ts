import type { BrowserContext } from 'playwright-core';

export const repoRoot: string;
export const distDir: string;
export const artifactsDir: string;
export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: readonly string[];
export const FIRST_RENDER_MARK: string;

export interface BuildInfo {
  mode: string;
  builtAt: string;
  entrypoints: Record<string, string[]>;
}

export interface StaticServer {
  origin: string;
  port: number;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface ChromiumSession {
  context: BrowserContext;
  /** Non-local URLs the browser tried to load (all aborted). */
  blocked: string[];
  close(): Promise<void>;
}

export function chromiumAvailable(): boolean;
export function readBuildInfo(dir?: string): BuildInfo | null;
export function isFreshProductionBuild(dir?: string): boolean;
export function ensureProductionBuild(options?: {
  lockTimeoutMs?: number;
}): Promise<{ reused: boolean; ms: number }>;
export function runWebpackProduction(): Promise<string>;
export function startStaticServer(rootDir?: string): Promise<StaticServer>;
export function launchChromium(options?: {
  viewport?: { width: number; height: number };
  locale?: string;
}): Promise<ChromiumSession>;
export function isLocalUrl(href: string): boolean;
export function initialScriptFiles(dir?: string, page?: string): string[];
export function gzipSize(file: string): number;
export function measureFirstRender(context: BrowserContext, url: string): Promise<number>;
