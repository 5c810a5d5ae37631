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
  /**
   * Console errors and warnings that this file causes on purpose (a data file answering HTTP 500, WebGL turned
   * off), each a pattern for the message's whole text. Anything else logged fails the file when it closes.
   */
  expectedConsole?: RegExp[];
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

/** Records a page's console errors and warnings, and its uncaught errors, in the session. */
function recordConsole(session: AppSession, page: Page): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') session.consoleErrors.push(msg.text());
    if (msg.type() === 'warning') session.consoleWarnings.push(msg.text());
  });
  page.on('pageerror', (err) => session.consoleErrors.push(`pageerror: ${err.message}`));
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

/**
 * Ids of data features drawn on the map right now (rendered, i.e. after filters): each icon's, and every member
 * of each count drawn where icons would overlap (a cluster).
 */
export async function renderedIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type Rendered = { properties: { id?: string; cluster_id?: number } };
    const map = (
      window as unknown as {
        __blmMap?: {
          queryRenderedFeatures(o: unknown): Rendered[];
          getSource(id: string): {
            getClusterLeaves(id: number, limit: number, offset: number): Promise<Rendered[]>;
          };
        };
      }
    ).__blmMap;
    if (!map) return [];
    const ids = map.queryRenderedFeatures({ layers: ['data-points'] }).map((f) => f.properties.id ?? '');
    for (const c of map.queryRenderedFeatures({ layers: ['data-clusters'] })) {
      const clusterId = c.properties.cluster_id;
      if (clusterId === undefined) continue;
      const leaves = await map.getSource('data-points').getClusterLeaves(clusterId, Infinity, 0);
      ids.push(...leaves.map((f) => f.properties.id ?? ''));
    }
    return [...new Set(ids)].sort();
  });
}

/** Pixel position on the page of a feature's drawn icon (its coordinates projected, plus its spread offset). */
export async function iconPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((fid) => {
    type F = {
      properties: { id?: string; offsetX?: number; offsetY?: number };
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
    // Icon offsets scale with the icon size (0.75 at zoom ≤ 3 to 1 at zoom ≥ 7; see ICON_SIZE_STOPS).
    const z = (map as unknown as { getZoom(): number }).getZoom();
    const scale = z <= 3 ? 0.75 : z >= 7 ? 1 : 0.75 + (0.25 * (z - 3)) / 4;
    const dx = Number(f.properties.offsetX ?? 0) * scale;
    const dy = Number(f.properties.offsetY ?? 0) * scale;
    const p = map.project(f.geometry.coordinates);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x + dx, y: rect.top + p.y + dy };
  }, id);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

// ---------------------------------------------------------------------------------------------------------------
// Card and list, keyboard, accessibility, deep links, history and share, year filter: helpers that say what a
// reader does (click a feature on the map, choose an entry in the list) and what they see (the camera, the list).
// ---------------------------------------------------------------------------------------------------------------

// (Imports are hoisted; this one sits here so that the helpers above stay untouched.)
import { readdirSync, readFileSync } from 'node:fs';

type SessionPage = AppSession['page'];
type SessionLocator = ReturnType<SessionPage['locator']>;
type SessionContextOptions = NonNullable<Parameters<Browser['newContext']>[0]>;

/** The camera as the URL spells it: #map=zoom/lat/lon. */
export interface MapCamera {
  zoom: number;
  lat: number;
  lon: number;
}

/** The slice of maplibregl.Map these helpers use (the live map is window.__blmMap). */
interface LiveMap {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  isMoving(): boolean;
  jumpTo(options: { center: [number, number]; zoom?: number }): void;
  panBy(offset: [number, number], options?: { animate: boolean }): void;
  project(lnglat: [number, number]): { x: number; y: number };
  getCanvas(): HTMLCanvasElement;
  querySourceFeatures(source: string): { properties: { id?: string }; geometry: { coordinates: unknown } }[];
}

/** One feature of geo/*.geojson, as the tests' oracle reads it (independently of the app's code). */
export interface GeoFeature {
  id: string;
  kind: string;
  status: string;
  border: string | null;
  opened: string | null;
  target: string | null;
  closed: string | null;
  name: { en: string; ru?: string; zh?: string; ko?: string };
  /** [lon, lat] of a point feature; the first vertex of a line. */
  position: [number, number];
  geometryType: string;
}

/** Every feature in geo/*.geojson (the app's bundled data), read from disk. */
export function geoFeatures(): GeoFeature[] {
  const dir = join(import.meta.dirname, '..', '..', 'geo');
  const out: GeoFeature[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()) {
    const collection = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      features?: {
        id?: string;
        geometry: { type: string; coordinates: unknown };
        properties: Record<string, unknown> & { name?: GeoFeature['name'] };
      }[];
    };
    for (const f of collection.features ?? []) {
      const p = f.properties;
      if (typeof f.id !== 'string' || !p.name) continue;
      const c = f.geometry.coordinates as number[] | number[][];
      const first = (Array.isArray(c[0]) ? c[0] : c) as number[];
      const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);
      out.push({
        id: f.id,
        kind: String(p.kind),
        status: String(p.status),
        border: text('border'),
        opened: text('opened'),
        target: text('target'),
        closed: text('closed'),
        name: p.name,
        position: [first[0] ?? 0, first[1] ?? 0],
        geometryType: f.geometry.type,
      });
    }
  }
  return out;
}

/** The feature with this id in geo/ (throws when the data has no such feature). */
export function geoFeature(id: string): GeoFeature {
  const f = geoFeatures().find((x) => x.id === id);
  if (!f) throw new Error(`geo/ has no feature ${id}`);
  return f;
}

/** The issue's year rule, written out independently: opened (or currently due) by 31 Dec of `year`, not closed by then. */
export function standsOrIsDueBy(f: GeoFeature, year: number): boolean {
  const yearOf = (d: string | null) => (d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : null);
  const from = yearOf(f.opened) ?? yearOf(f.target);
  const until = yearOf(f.closed);
  return from !== null && from <= year && (until === null || until > year);
}

/** The camera the map shows right now. */
export async function mapCamera(page: SessionPage): Promise<MapCamera> {
  return page.evaluate(() => {
    const map = (window as unknown as { __blmMap: LiveMap }).__blmMap;
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
  });
}

/** Waits until no camera animation runs any more and the map has drawn the result. */
export async function waitForMapToSettle(page: SessionPage, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => !(window as unknown as { __blmMap: LiveMap }).__blmMap.isMoving(),
    undefined,
    {
      timeout,
      polling: 100,
    },
  );
  await waitForMapIdle(page, timeout);
}

/** Waits until the map is centred within `toleranceDeg` of [lon, lat] and at rest (e.g. after a fly). */
export async function waitForMapCentredNear(
  page: SessionPage,
  [lon, lat]: [number, number],
  toleranceDeg: number,
  timeout = 30_000,
): Promise<MapCamera> {
  await page.waitForFunction(
    ({ lon, lat, toleranceDeg }) => {
      const map = (window as unknown as { __blmMap: LiveMap }).__blmMap;
      const c = map.getCenter();
      return (
        !map.isMoving() && Math.abs(c.lng - lon) <= toleranceDeg && Math.abs(c.lat - lat) <= toleranceDeg
      );
    },
    { lon, lat, toleranceDeg },
    { timeout, polling: 100 },
  );
  await waitForMapIdle(page, timeout);
  return mapCamera(page);
}

/** Moves the camera the way a script or a drag does (no animation), and waits until it is drawn. */
export async function jumpMapTo(page: SessionPage, camera: MapCamera): Promise<void> {
  await page.evaluate((c) => {
    (window as unknown as { __blmMap: LiveMap }).__blmMap.jumpTo({ center: [c.lon, c.lat], zoom: c.zoom });
  }, camera);
  await waitForMapToSettle(page);
}

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
export async function currentUrl(page: SessionPage): Promise<string> {
  return page.evaluate(() => window.location.href);
}

/** Waits until the page's address satisfies `test`; returns it. */
export async function waitForUrl(
  page: SessionPage,
  test: (url: URL) => boolean,
  timeout = 10_000,
): Promise<string> {
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
export async function historyLength(page: SessionPage): Promise<number> {
  return page.evaluate(() => window.history.length);
}

/**
 * Puts a data feature at the middle of the part of the map that no card or bottom sheet covers, at `zoom`
 * (a reader pans and zooms there first), and waits until it is drawn.
 */
export async function bringFeatureIntoView(page: SessionPage, id: string, zoom: number): Promise<void> {
  const f = geoFeature(id);
  if (f.geometryType !== 'Point') throw new Error(`${id} is drawn as a line, not an icon`);
  await page.evaluate(
    ({ at, zoom }) => {
      const map = (window as unknown as { __blmMap: LiveMap }).__blmMap;
      map.jumpTo({ center: at, zoom });
      const canvas = map.getCanvas().getBoundingClientRect();
      const free = { left: canvas.left, right: canvas.right, top: canvas.top, bottom: canvas.bottom };
      for (const el of [document.querySelector('[role="dialog"]'), document.getElementById('side-panel')]) {
        if (!el) continue;
        const r = el.getBoundingClientRect();
        const overlaps = r.width > 0 && r.right > free.left && r.left < free.right && r.bottom > free.top;
        if (!overlaps || r.top >= free.bottom) continue;
        if (r.width >= 0.9 * canvas.width) free.bottom = Math.min(free.bottom, r.top);
        else if (r.left + r.width / 2 < canvas.left + canvas.width / 2)
          free.left = Math.max(free.left, r.right);
        else free.right = Math.min(free.right, r.left);
      }
      const target = { x: (free.left + free.right) / 2, y: (free.top + free.bottom) / 2 };
      const p = map.project(at);
      map.panBy([canvas.left + p.x - target.x, canvas.top + p.y - target.y], { animate: false });
    },
    { at: f.position, zoom },
  );
  await waitForMapToSettle(page);
}

/** Clicks a data feature where its icon is drawn (spread offset included); fails if anything covers that point. */
export async function clickFeatureOnMap(page: SessionPage, id: string): Promise<void> {
  const at = await iconPoint(page, id);
  const hit = await page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    if (el instanceof HTMLCanvasElement && el.classList.contains('maplibregl-canvas')) return 'canvas';
    return el ? `${el.tagName.toLowerCase()}.${String(el.className)}` : 'nothing (off screen)';
  }, at);
  if (hit !== 'canvas')
    throw new Error(`the icon of ${id} at (${Math.round(at.x)}, ${Math.round(at.y)}) is covered by ${hit}`);
  await page.mouse.click(at.x, at.y);
}

/** The feature card: a dialog named by the feature's English name. */
export function featureCard(page: SessionPage, englishName?: string): SessionLocator {
  return englishName === undefined
    ? page.getByRole('dialog')
    : page.getByRole('dialog', { name: englishName, exact: true });
}

/** The list of shown features (role list named "Features"). */
export function featureList(page: SessionPage): SessionLocator {
  return page.getByRole('list', { name: 'Features', exact: true });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The entry of the feature list whose accessible name starts with this English name. */
export function listEntry(page: SessionPage, englishName: string): SessionLocator {
  return featureList(page).getByRole('button', {
    name: new RegExp(`^${escapeRegExp(englishName)}(,| \\(|$)`),
  });
}

/** Accessible names of the feature list's entries, in list order. */
/**
 * Waits two animation frames in the page. The app renders the feature list as a deferred update (after the
 * urgent one that filters the map), which React finishes before the next frames; reading the list after this sees
 * the settled list.
 */
export async function settleUi(page: SessionPage): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

export async function listEntryNames(page: SessionPage): Promise<string[]> {
  await settleUi(page);
  return featureList(page)
    .getByRole('button')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim()));
}

/** Ids of `features` that have an entry in the list (matched by English name at the start of the entry's name). */
export async function listedIds(
  page: SessionPage,
  features: GeoFeature[] = geoFeatures(),
): Promise<string[]> {
  const names = await listEntryNames(page);
  return features
    .filter((f) =>
      names.some((n) => n === f.name.en || n.startsWith(`${f.name.en},`) || n.startsWith(`${f.name.en} (`)),
    )
    .map((f) => f.id)
    .sort();
}

/** The part of an element's box a reader can see: clipped by every scrolling ancestor and by the viewport. */
export async function visibleBox(
  locator: SessionLocator,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    const clip = (c: { left: number; top: number; right: number; bottom: number }) => {
      box = {
        left: Math.max(box.left, c.left),
        top: Math.max(box.top, c.top),
        right: Math.min(box.right, c.right),
        bottom: Math.min(box.bottom, c.bottom),
      };
    };
    for (let a = el.parentElement; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (/(auto|scroll|hidden|clip)/.test(style.overflowX + style.overflowY))
        clip(a.getBoundingClientRect());
    }
    clip({ left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight });
    const width = box.right - box.left;
    const height = box.bottom - box.top;
    return width > 0 && height > 0 ? { x: box.left, y: box.top, width, height } : null;
  });
}

/** What has keyboard focus, and whether a focus indicator is drawn (an outline, or a box-shadow as MapLibre uses). */
export async function focusedElement(
  page: SessionPage,
): Promise<{ description: string; outline: string; boxShadow: string; indicatorVisible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { description: 'body', outline: '', boxShadow: '', indicatorVisible: false };
    const cs = getComputedStyle(el);
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    const role = el.getAttribute('role');
    const description = `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''}${role ? `[role=${role}]` : ''} "${name}"`;
    const outlined = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadowed = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    return {
      description,
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      boxShadow: cs.boxShadow,
      indicatorVisible: outlined || shadowed,
    };
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (node_modules/axe-core) with its default rules on the whole page and returns the violations.
 * axe is injected as an inline script, which the app's Content-Security-Policy forbids: use a page from
 * openExtraPage(session, { bypassCSP: true }).
 */
export async function axeViolations(page: SessionPage): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!hasAxe) {
    const source = readFileSync(
      join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
      'utf8',
    );
    await page.addScriptTag({ content: source });
  }
  return page.evaluate(async () => {
    type Result = {
      violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } })
      .axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
}

/**
 * A second browser context (fresh history, storage and clipboard permissions) in the session's browser, whose
 * console errors are recorded in the session like the first page's. Closed with the browser.
 */
export async function openExtraPage(
  session: AppSession,
  options: SessionContextOptions & { initScript?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const { initScript, ...contextOptions } = options;
  const context = await session.browser.newContext({
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
    ...contextOptions,
  });
  if (initScript) await context.addInitScript({ content: initScript });
  const page = await context.newPage();
  recordConsole(session, page);
  return { context, page };
}

// ---------------------------------------------------------------------------------------------------------------
// Resilience and security: what a failure looks like to a reader (alerts, notices), what the page logged and
// requested, and the two WebGL events a test can cause on purpose (context lost, context restored).
// ---------------------------------------------------------------------------------------------------------------

// (Hoisted like the import above; aliased so that the two sections never clash.)
import { readFileSync as readTextFile } from 'node:fs';

/**
 * A viewport tall enough that the side panel's feature list has room for its entries. At 1280×800 the list is
 * squeezed to 0 px (see no-webgl.test.ts, which asserts the list at that size on its own); the resilience tests
 * use this size so that they test what they name and not that layout.
 */
export const TALL_VIEWPORT = { width: 1280, height: 1300 };

/** Uncaught exceptions in the page (the driver records them as "pageerror: …" among the console errors). */
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

/** Records the URL of every request a page makes from now on. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (req) => urls.push(req.url()));
  return urls;
}

/** Waits until the data has loaded (the "Loading data…" status is gone), without waiting for the map to draw. */
export async function waitForDataLoaded(page: Page, timeout = 30_000): Promise<void> {
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout });
  await page.getByRole('status').filter({ hasText: 'Loading data' }).waitFor({ state: 'detached', timeout });
}

/** The alert shown inside the map region (map failures). */
export function mapAlert(page: Page) {
  return page.getByRole('region', { name: 'Map', exact: true }).getByRole('alert');
}

/** The alert shown in the side panel (data files that failed, features left out). */
export function dataAlert(page: Page) {
  return page.getByRole('complementary').getByRole('alert');
}

/** The notice about ignored link values: a status message with a Dismiss button. */
export function urlNotice(page: Page) {
  return page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Dismiss' }) });
}

/** Loses the map's WebGL context through WEBGL_lose_context; the extension stays on window for the restore. */
export async function loseWebglContext(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __blmMap: { getCanvas(): HTMLCanvasElement };
      __blmLoseContext?: { loseContext(): void; restoreContext(): void } | null;
    };
    const gl = w.__blmMap.getCanvas().getContext('webgl2');
    const ext = gl?.getExtension('WEBGL_lose_context') ?? null;
    if (!ext) throw new Error('WEBGL_lose_context is not available');
    w.__blmLoseContext = ext;
    ext.loseContext();
  });
}

/** Restores the context lost by loseWebglContext (same extension object, as the WebGL spec requires). */
export async function restoreWebglContext(page: Page): Promise<void> {
  await page.evaluate(() => {
    const ext = (window as unknown as { __blmLoseContext?: { restoreContext(): void } }).__blmLoseContext;
    if (!ext) throw new Error('loseWebglContext was not called');
    ext.restoreContext();
  });
}

/** Ids of the features the app gave to one of the map's GeoJSON sources (what the map is asked to draw). */
export async function mapSourceIds(page: Page, source = 'data-points'): Promise<string[]> {
  return page.evaluate(async (sourceId) => {
    const map = (
      window as unknown as {
        __blmMap?: {
          getSource(
            id: string,
          ): { getData(): Promise<{ features: { properties?: { id?: string } | null }[] }> } | undefined;
        };
      }
    ).__blmMap;
    const data = await map?.getSource(sourceId)?.getData();
    return [...new Set((data?.features ?? []).map((f) => f.properties?.id ?? ''))].sort();
  }, source);
}

/** Whether any injected payload ran: every payload in these tests sets window.__pwned. */
export async function wasPwned(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned !== undefined);
}

/** Every link in the document: its raw href attribute, target and rel. */
export async function documentLinks(page: Page): Promise<{ href: string; target: string; rel: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]')].map((a) => ({
      href: a.getAttribute('href') ?? '',
      target: a.getAttribute('target') ?? '',
      rel: a.getAttribute('rel') ?? '',
    })),
  );
}

/** Names of elements that carry an inline event-handler attribute (onerror, onload…): there should be none. */
export async function inlineHandlerElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** The features of one geo/ file, as stored on disk: { id, name.en, kind }. */
export function geoFileFeatures(file: string): { id: string; name: string; kind: string }[] {
  const path = join(import.meta.dirname, '..', '..', 'geo', file);
  const json = JSON.parse(readTextFile(path, 'utf8')) as {
    features: { id: string; properties: { name: { en: string }; kind: string } }[];
  };
  return json.features.map((f) => ({ id: f.id, name: f.properties.name.en, kind: f.properties.kind }));
}

/** Whether keyboard focus is on this element or inside it. */
export async function hasFocusWithin(locator: SessionLocator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/**
 * Presses Tab until focus lands on (or inside) `target`, at most `maxStops` times; returns every stop on the way
 * (the last one is the target) with whether a focus indicator was drawn there.
 */
export async function tabUntilFocused(
  page: SessionPage,
  target: SessionLocator,
  maxStops = 60,
): Promise<Awaited<ReturnType<typeof focusedElement>>[]> {
  const stops: Awaited<ReturnType<typeof focusedElement>>[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    stops.push(await focusedElement(page));
    if (await hasFocusWithin(target)) return stops;
  }
  throw new Error(
    `Tab never reached the target in ${maxStops} stops: ${stops.map((s) => s.description).join(' → ')}`,
  );
}

/** The text on the clipboard (the context must grant clipboard-read, as launch() and openExtraPage() do). */
export async function readClipboard(page: SessionPage): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Puts text on the clipboard, e.g. a marker to tell a fresh copy from an old one. */
export async function writeClipboard(page: SessionPage, text: string): Promise<void> {
  await page.bringToFront();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

/** Waits until the map's camera is within `toleranceDeg` (and 0.01 zoom) of `camera`; returns where it is. */
export async function waitForCamera(
  page: SessionPage,
  camera: MapCamera,
  toleranceDeg = 0.01,
  timeout = 5000,
): Promise<MapCamera> {
  const near = (c: MapCamera) =>
    Math.abs(c.lat - camera.lat) <= toleranceDeg &&
    Math.abs(c.lon - camera.lon) <= toleranceDeg &&
    Math.abs(c.zoom - camera.zoom) <= 0.01;
  const deadline = Date.now() + timeout;
  let seen = await mapCamera(page);
  while (!near(seen) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    seen = await mapCamera(page);
  }
  return seen;
}
