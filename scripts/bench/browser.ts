// Drives headless Chromium for the benchmark: fresh-context page loads, year-slider sweeps and heap readings.
import { DESKTOP, launchChromium, newContext } from '../browser/launch';
import type { Browser, BrowserContext, Page } from '../browser/launch';
import { SOURCE } from '../../src/map/layer-ids';
import {
  armYearProbe,
  captionCount,
  installLoadProbe,
  installYearProbe,
  nextIdle,
  repaintCosts,
  setYearProbe,
  takeSamples,
  waitForSamples,
} from './probes';
import type { LoadMarks, YearSample } from './probes';

/** The app's data sources: a frame shows a filter change once their tiles are rebuilt. */
export const DATA_SOURCES: string[] = [SOURCE.points, SOURCE.lines];

export const VIEWPORT = DESKTOP;

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface RouteBody {
  /** A Playwright URL glob, e.g. "**\/assets/hubs-and-ports-*.geojson". */
  pattern: string;
  body: string;
}

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page, in order. */
  errors: string[];
  /** Settles with the first uncaught page error. */
  firstError: Promise<Error>;
  close(): Promise<void>;
}

/** A fresh context (empty cache) with the load probe installed and optional data routes. */
export async function freshPage(browser: Browser, routes: RouteBody[] = []): Promise<BenchPage> {
  const context = await newContext(browser, { viewport: VIEWPORT });
  // tsx compiles with esbuild's keepNames, which wraps named functions in a __name(...) helper; functions handed
  // to the page are serialised without it, so the page gets an identity stand-in.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  await context.addInitScript(installLoadProbe);
  for (const { pattern, body } of routes)
    await context.route(pattern, (route) =>
      route.fulfill({ status: 200, contentType: 'application/geo+json', body }),
    );
  const page = await context.newPage();
  const errors: string[] = [];
  const firstError = new Promise<Error>((resolve) => {
    page.on('pageerror', (e) => {
      errors.push(e.message);
      resolve(e);
    });
  });
  return { context, page, errors, firstError, close: () => context.close() };
}

/** Waits for the load probe's idle mark and returns every mark; fails fast on an uncaught page error. */
export async function waitForLoad(bp: BenchPage, timeoutMs: number): Promise<LoadMarks> {
  const loaded = bp.page.waitForFunction(
    () => (window as unknown as { __benchLoad?: LoadMarks }).__benchLoad?.idle != null,
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  const outcome = await Promise.race([loaded.then(() => null), bp.firstError]);
  if (outcome instanceof Error) {
    loaded.catch(() => undefined);
    throw new Error(`page error while loading: ${outcome.message}`);
  }
  return bp.page.evaluate(() => (window as unknown as { __benchLoad: LoadMarks }).__benchLoad);
}

/** One fresh page load: navigation start → first idle with every layer drawn. */
export async function loadOnce(browser: Browser, url: string, timeoutMs = 60_000): Promise<LoadMarks> {
  const bp = await freshPage(browser);
  try {
    await bp.page.goto(url);
    return await waitForLoad(bp, timeoutMs);
  } finally {
    await bp.close();
  }
}

/** Features the app reports loaded (the Year control's "All years: N features"). */
export const loadedFeatureCount = (page: Page): Promise<number | null> => page.evaluate(captionCount);

/** Unchecks "All years", then focuses the Year slider; resolves when the map has drawn the change. */
export async function prepareSlider(page: Page, timeoutMs: number): Promise<{ min: number; max: number }> {
  await page.evaluate(installYearProbe, DATA_SOURCES);
  const allYears = page.getByRole('checkbox', { name: 'All years' });
  if (await allYears.isChecked({ timeout: timeoutMs })) {
    await page.evaluate(armYearProbe, 'uncheck All years');
    await allYears.uncheck({ timeout: timeoutMs });
    await page.evaluate(waitForSamples, [1, timeoutMs] as [number, number]);
    await page.evaluate(takeSamples);
  }
  const slider = page.getByRole('slider', { name: 'Year' });
  await slider.focus({ timeout: timeoutMs });
  const [min, max] = await slider.evaluate((el: HTMLInputElement) => [Number(el.min), Number(el.max)]);
  return { min: min ?? 0, max: max ?? 0 };
}

/**
 * Presses each key on the focused slider and, before the next one, waits until the map has drawn and settled
 * the change (so every sample starts from an idle map); one sample per key. With `floor`, one idle-map repaint
 * is timed before each key on the same page, so the floor and the keys see the same machine load.
 */
export async function pressAndMeasure(
  page: Page,
  keys: string[],
  timeoutMs: number,
  onProgress?: (done: number) => void,
  floor?: number[],
): Promise<YearSample[]> {
  const samples: YearSample[] = [];
  for (const key of keys) {
    if (floor) floor.push(...(await page.evaluate(repaintCosts, 1)));
    await page.keyboard.press(key);
    await page.evaluate(waitForSamples, [1, timeoutMs] as [number, number]);
    samples.push(...(await page.evaluate(takeSamples)));
    onProgress?.(samples.length);
  }
  return samples;
}

/**
 * Presses the keys back to back with the probe off: each press returns once the page has handled the key (React
 * commits discrete input synchronously, so the app has called map.setFilter), without waiting for MapLibre to
 * draw; then waits for the map's next idle. Returns the slider value at the end.
 */
export async function pressUnmeasured(page: Page, keys: string[]): Promise<number> {
  await page.evaluate(setYearProbe, false);
  for (const key of keys) await page.keyboard.press(key);
  await page.evaluate(nextIdle);
  await page.evaluate(setYearProbe, true);
  return page.getByRole('slider', { name: 'Year' }).evaluate((el: HTMLInputElement) => Number(el.value));
}

/** Windows virtual key codes of the keys the sweeps use (CDP Input.dispatchKeyEvent needs them). */
const KEY_CODES: Record<string, number> = { End: 35, Home: 36, ArrowLeft: 37, ArrowRight: 39 };

/**
 * Sends every key without waiting for the page in between, as holding a key down does: each is still handled
 * in order (the slider must end on the expected year), while MapLibre draws the latest state once per frame.
 * The probe is off meanwhile; resolves with the slider's value at the map's next idle.
 */
export async function pressPipelined(page: Page, keys: string[]): Promise<number> {
  await page.evaluate(setYearProbe, false);
  const cdp = await page.context().newCDPSession(page);
  try {
    const sent: Promise<unknown>[] = [];
    for (const key of keys) {
      const code = KEY_CODES[key];
      if (code === undefined) throw new Error(`no key code for ${key}`);
      const event = { key, code: key, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code };
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event }));
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event }));
    }
    await Promise.all(sent);
  } finally {
    await cdp.detach();
  }
  await page.evaluate(nextIdle);
  await page.evaluate(setYearProbe, true);
  return page.getByRole('slider', { name: 'Year' }).evaluate((el: HTMLInputElement) => Number(el.value));
}

/** The full sweep: Home, then ArrowRight up to the last year. */
export const fullSweep = (min: number, max: number): string[] => [
  'Home',
  ...Array.from({ length: max - min }, () => 'ArrowRight'),
];

/** Main-thread JS heap in use after two full garbage collections (CDP, the page's own isolate). */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}
