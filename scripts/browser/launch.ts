// The one module that imports playwright-core. It starts Debian's Chromium with the flags that let it draw WebGL in
// software on this kind of machine, for the end-to-end tests (tests/e2e/driver/), the benchmark (scripts/bench/) and
// the README screenshots (scripts/screenshots.ts). Everything else takes the browser's types from here.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';

export type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that let headless Chromium run here: software WebGL (never --disable-software-rasterizer), no network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

/** The two screen sizes every check and screenshot uses. */
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 375, height: 812 };

/** Starts headless Chromium; `extraArgs` come after the standard flags (e.g. --disable-webgl). */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium)`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** A fresh context (empty cache and history) at the desktop size unless `options` says otherwise. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: DESKTOP, ...options });
}
