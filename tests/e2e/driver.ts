// The only module that imports the browser library: launches Debian's Chromium and wraps the page in
// given/when/then-style helpers that read like a manual.
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS_DIR = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

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

export interface LaunchOptions {
  extraArgs?: string[];
  viewport?: { width: number; height: number };
}

export interface AppSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far. */
  consoleErrors: string[];
  /** Console warnings seen so far. */
  consoleWarnings: string[];
  /** Requests that left the page's own origin. */
  foreignRequests: string[];
  /** CSP violations reported by the page. */
  cspViolations: string[];
  close(): Promise<void>;
}

export async function launch(baseUrl: string, options: LaunchOptions = {}): Promise<AppSession> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium)`,
    );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const session: AppSession = {
    browser,
    context,
    page,
    consoleErrors: [],
    consoleWarnings: [],
    foreignRequests: [],
    cspViolations: [],
    close: () => browser.close(),
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') session.consoleErrors.push(msg.text());
    if (msg.type() === 'warning') session.consoleWarnings.push(msg.text());
  });
  page.on('pageerror', (err) => session.consoleErrors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) session.foreignRequests.push(url);
  });
  await page.exposeFunction('__reportCsp', (v: string) => session.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(v: string): void }).__reportCsp(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return session;
}

/** Opens a path of the app and waits until the map has drawn everything (MapLibre's idle) with data loaded. */
export async function openApp(session: AppSession, baseUrl: string, path = '/'): Promise<void> {
  await session.page.goto(baseUrl + path);
  await waitForMapIdle(session.page);
}

export async function waitForMapIdle(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = (
        window as unknown as {
          __blmMap?: {
            loaded(): boolean;
            isStyleLoaded(): boolean;
            areTilesLoaded(): boolean;
            getSource(id: string): unknown;
            querySourceFeatures(id: string): unknown[];
          };
        }
      ).__blmMap;
      return Boolean(
        map && map.loaded() && map.areTilesLoaded() && map.querySourceFeatures('data-points').length > 0,
      );
    },
    undefined,
    { timeout, polling: 200 },
  );
  // One more idle so that filters applied after load have been drawn.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (
          window as unknown as { __blmMap?: { once(e: string, f: () => void): void; triggerRepaint(): void } }
        ).__blmMap;
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Ids of data features drawn on the map right now (rendered, i.e. after filters). */
export async function renderedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (
      window as unknown as {
        __blmMap?: { queryRenderedFeatures(o: unknown): { properties: { id?: string } }[] };
      }
    ).__blmMap;
    if (!map) return [];
    const ids = map.queryRenderedFeatures({ layers: ['data-points'] }).map((f) => f.properties.id ?? '');
    return [...new Set(ids)].sort();
  });
}

/** Pixel position on the page of a feature's drawn icon (its coordinates projected, plus its spread offset). */
export async function iconPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((fid) => {
    type F = {
      properties: { id?: string; offset?: string | number[] };
      geometry: { coordinates: [number, number] };
    };
    const map = (
      window as unknown as {
        __blmMap: {
          querySourceFeatures(s: string): F[];
          project(c: [number, number]): { x: number; y: number };
          getCanvas(): HTMLCanvasElement;
        };
      }
    ).__blmMap;
    const f = map.querySourceFeatures('data-points').find((x) => x.properties.id === fid);
    if (!f) throw new Error(`feature ${fid} not on the map`);
    const raw = f.properties.offset ?? [0, 0];
    const offset = typeof raw === 'string' ? (JSON.parse(raw) as number[]) : raw;
    const p = map.project(f.geometry.coordinates);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x + (offset[0] ?? 0), y: rect.top + p.y + (offset[1] ?? 0) };
  }, id);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
