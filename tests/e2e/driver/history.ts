// The address bar, the tab's history and the clipboard: what a reader shares and what Back and Forward bring back.
import type { Page } from '../../../scripts/browser/launch';
import type { MapCamera } from './camera';

/** The camera written in a URL's #map=zoom/lat/lon, or null. */
export function cameraInUrl(url: string): MapCamera | null {
  const m = /[#&]map=([\d.-]+)\/([\d.-]+)\/([\d.-]+)/.exec(new URL(url).hash);
  return m ? { zoom: Number(m[1]), lat: Number(m[2]), lon: Number(m[3]) } : null;
}

/** One query parameter of a URL (null when absent). */
export function queryParam(url: string, key: string): string | null {
  return new URL(url).searchParams.get(key);
}

/** The page's address as the page itself sees it (pushState and replaceState included). */
export async function currentUrl(page: Page): Promise<string> {
  return page.evaluate(() => window.location.href);
}

/** Waits until the page's address satisfies `test`; returns it. */
export async function waitForUrl(page: Page, test: (url: URL) => boolean, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = await currentUrl(page);
    if (test(new URL(last))) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`the address never matched; last seen: ${last}`);
}

/** How many entries the tab's session history holds. */
export async function historyLength(page: Page): Promise<number> {
  return page.evaluate(() => window.history.length);
}

/** The text on the clipboard (the context must grant clipboard-read, as launch() and openExtraPage() do). */
export async function readClipboard(page: Page): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Puts text on the clipboard, e.g. a marker to tell a fresh copy from an old one. */
export async function writeClipboard(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}
