// A browser session for one e2e file: Chromium from the shared launcher, one page, and recorders for what the page
// logs (console errors and warnings, uncaught errors), requests off its origin and Content-Security-Policy
// violations. Closing the session fails the file on any console message nobody expected.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DESKTOP, launchChromium, newContext } from '../../../scripts/browser/launch';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '../../../scripts/browser/launch';

export const SHOTS_DIR = join(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

/**
 * A viewport tall enough that the side panel's feature list has room for its entries. At 1280×800 the list is
 * squeezed to 0 px (see no-webgl.test.ts, which asserts the list at that size on its own); the resilience tests
 * use this size so that they test what they name and not that layout.
 */
export const TALL_VIEWPORT = { width: 1280, height: 1300 };

export interface LaunchOptions {
  extraArgs?: string[];
  viewport?: { width: number; height: number };
  /**
   * Console errors and warnings that this file causes on purpose (a data file answering HTTP 500, WebGL turned
   * off), each a pattern for the message's whole text. Anything else logged fails the file when it closes.
   */
  expectedConsole?: RegExp[];
}

export interface AppSession {
  /** The origin the app is served from, e.g. http://localhost:4310. */
  baseUrl: string;
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

/**
 * Messages any page may log, each with its exact text. Chromium prints this one for every page that draws WebGL while
 * started with --disable-gpu (software GL through SwiftShader): the compositor reads the canvas back (ReadPixels) to
 * display it. A blank page that only clears a WebGL canvas logs the same lines; the address after "WebGL-" changes
 * from run to run.
 */
export const BROWSER_CONSOLE_NOISE: RegExp[] = [
  /^\[\.WebGL-0x[0-9a-f]+\]GL Driver Message \(OpenGL, Performance, GL_CLOSE_PATH_NV, High\): GPU stall due to ReadPixels( \(this message will no longer repeat\))?$/,
];

/** The console errors and warnings of a session that neither the browser's noise list nor the file expects. */
export function unexpectedConsole(session: AppSession, expected: RegExp[] = []): string[] {
  const allowed = [...BROWSER_CONSOLE_NOISE, ...expected];
  return [
    ...session.consoleErrors.map((m) => `error: ${m}`),
    ...session.consoleWarnings.map((m) => `warning: ${m}`),
  ].filter((line) => !allowed.some((re) => re.test(line.replace(/^(error|warning): /, ''))));
}

/** Records a page's console errors and warnings, and its uncaught errors, in the session. */
function recordConsole(session: AppSession, page: Page): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') session.consoleErrors.push(msg.text());
    if (msg.type() === 'warning') session.consoleWarnings.push(msg.text());
  });
  page.on('pageerror', (err) => session.consoleErrors.push(`pageerror: ${err.message}`));
}

/** Starts Chromium with one page on a fresh context; nothing is opened yet (see openApp / given.appAt). */
export async function launch(baseUrl: string, options: LaunchOptions = {}): Promise<AppSession> {
  const browser = await launchChromium(options.extraArgs);
  const context = await newContext(browser, {
    viewport: options.viewport ?? DESKTOP,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const session: AppSession = {
    baseUrl,
    browser,
    context,
    page,
    consoleErrors: [],
    consoleWarnings: [],
    foreignRequests: [],
    cspViolations: [],
    // Every e2e file closes its session in afterAll, so an unexpected console message fails that file.
    close: async () => {
      await browser.close();
      const unexpected = unexpectedConsole(session, options.expectedConsole);
      if (unexpected.length > 0)
        throw new Error(
          `The page logged ${unexpected.length} unexpected message(s):\n${unexpected.join('\n')}`,
        );
    },
  };
  recordConsole(session, page);
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

/**
 * A second browser context (fresh history, storage and clipboard permissions) in the session's browser, whose
 * console errors are recorded in the session like the first page's. Closed with the browser.
 */
export async function openExtraPage(
  session: AppSession,
  options: BrowserContextOptions & { initScript?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const { initScript, ...contextOptions } = options;
  const context = await newContext(session.browser, {
    permissions: ['clipboard-read', 'clipboard-write'],
    ...contextOptions,
  });
  if (initScript) await context.addInitScript({ content: initScript });
  const page = await context.newPage();
  recordConsole(session, page);
  return { context, page };
}

/** Uncaught exceptions in the page (the session records them as "pageerror: …" among the console errors). */
export function pageErrors(session: AppSession): string[] {
  return session.consoleErrors.filter((e) => e.startsWith('pageerror: '));
}

/** A console message with its origin: the app's own calls carry a script URL and line; the browser's do not. */
export interface ConsoleEntry {
  type: string;
  text: string;
  url: string;
  line: number;
}

/** Records every console message of a page from now on, with where it came from. */
export function recordConsoleWithOrigin(page: Page): ConsoleEntry[] {
  const entries: ConsoleEntry[] = [];
  page.on('console', (msg) => {
    const at = msg.location();
    entries.push({ type: msg.type(), text: msg.text(), url: at.url, line: at.lineNumber });
  });
  return entries;
}

/** Whether a console entry is one of the browser's own notices (no app script location) matching `patterns`. */
export function isBrowserNotice(entry: ConsoleEntry, patterns: RegExp[]): boolean {
  const fromBrowser = !/\/assets\//.test(entry.url) && entry.line === 0;
  return fromBrowser && patterns.some((re) => re.test(entry.text));
}

/** Records the URL of every request a page makes from now on. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (req) => urls.push(req.url()));
  return urls;
}

/** Saves what the viewport shows to test-results/screenshots/<name>.png (for a reader to look at). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
