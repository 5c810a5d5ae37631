// The opt-in online layers, with each provider's tile host routed to fixture tiles (no internet here): nothing
// leaves the origin by default; each layer asks only its own host, credits it, lands in the URL and comes back from
// a deep link; a failing provider is said in plain words while the offline map stays; the CSP is never broken.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAYER } from '../../src/map/layer-ids';
import {
  TALL_VIEWPORT,
  currentUrl,
  launch,
  mapAlert,
  urlNotice,
  openExtraPage,
  panMapBy,
  recordRequests,
  renderedCount,
  screenshot,
  waitForMapIdle,
  waitForUrl,
} from './driver';
import type { AppSession } from './driver';
import {
  FIXTURE_COLOURS,
  attributionLinks,
  attributionText,
  canvasColourAt,
  isNear,
  routeTiles,
} from './online-tiles';
import type { TileProvider } from './online-tiles';

const baseUrl = inject('baseUrl');

const TILE_URL: Record<TileProvider, RegExp> = {
  osm: /^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/,
  satellite:
    /^https:\/\/server\.arcgisonline\.com\/ArcGIS\/rest\/services\/World_Imagery\/MapServer\/tile\/\d+\/\d+\/\d+$/,
  rail: /^https:\/\/tiles\.openrailwaymap\.org\/standard\/\d+\/\d+\/\d+\.png$/,
  gauge: /^https:\/\/tiles\.openrailwaymap\.org\/gauge\/\d+\/\d+\/\d+\.png$/,
};

/** A point of the map canvas away from the features and labels of the default view (open steppe in Mongolia). */
const EMPTY_SPOT = { x: 60, y: 120 };

/** How often OpenStreetMap is credited, and whether Esri or OpenRailwayMap is. */
function onlineCredits(text: string): { osm: number; others: boolean } {
  return {
    osm: (text.match(/OpenStreetMap contributors/g) ?? []).length,
    others: /Esri|OpenRailwayMap/.test(text),
  };
}

describe('online layers (opt-in), with routed fixture tiles', () => {
  let s: AppSession;
  let seen: Awaited<ReturnType<typeof routeTiles>>;
  let mark = 0;
  /** The off-origin requests since the previous call. */
  const newForeign = () => {
    const slice = s.foreignRequests.slice(mark);
    mark = s.foreignRequests.length;
    return slice;
  };
  const basemap = (name: string) =>
    s.page.getByRole('radiogroup', { name: 'Basemap' }).getByRole('radio', { name, exact: true });

  beforeAll(async () => {
    s = await launch(baseUrl, {
      viewport: TALL_VIEWPORT,
      // The failing-provider test answers tiles with HTTP 500 in its own page; Chromium logs each refusal.
      expectedConsole: [/^Failed to load resource: the server responded with a status of 500/],
    });
    seen = await routeTiles(s.context);
    await s.page.goto(baseUrl + '/');
    await waitForMapIdle(s.page);
  });
  afterAll(async () => s?.close());

  it('by default: the offline basemap is chosen and no request leaves the origin', async () => {
    await expect(basemap('Offline').isChecked()).resolves.toBe(true);
    await expect(s.page.getByRole('checkbox', { name: 'Railways overlay' }).isChecked()).resolves.toBe(false);
    expect(newForeign()).toEqual([]);
    expect(Object.values(seen).flat()).toEqual([]);
    expect(seen.referers).toEqual([]);
    // The offline basemap is OpenStreetMap-derived: its own ODbL credit is always there, and only that one.
    expect(onlineCredits(await attributionText(s.page))).toEqual({ osm: 1, others: false });
  });

  it('OpenStreetMap: asks tile.openstreetmap.org only, draws its tiles, credits it, and is in the URL', async () => {
    await basemap('OpenStreetMap').check();
    await waitForUrl(s.page, (u) => u.searchParams.get('basemap') === 'osm');
    await waitForMapIdle(s.page);
    const asked = newForeign();
    expect(asked.length).toBeGreaterThan(0);
    // A view's worth of tiles, not a prefetch of the world.
    expect(asked.length).toBeLessThan(40);
    for (const url of asked) expect(url).toMatch(TILE_URL.osm);
    expect(isNear(await canvasColourAt(s.page, EMPTY_SPOT.x, EMPTY_SPOT.y), FIXTURE_COLOURS.osm)).toBe(true);
    // A valid referrer, as the OSMF tile policy asks: the page's origin (the browser's default policy), no path.
    expect(new Set(seen.referers)).toEqual(new Set([`${new URL(baseUrl).origin}/`]));
    expect(await attributionLinks(s.page)).toContainEqual({
      text: '© OpenStreetMap contributors',
      href: 'https://www.openstreetmap.org/copyright',
    });
    await screenshot(s.page, 'online-osm-1280');
  });

  it('Satellite: asks server.arcgisonline.com only, credits Esri, and OpenStreetMap’s credit goes', async () => {
    await basemap('Satellite').check();
    await waitForUrl(s.page, (u) => u.searchParams.get('basemap') === 'satellite');
    await waitForMapIdle(s.page);
    const asked = newForeign();
    expect(asked.length).toBeGreaterThan(0);
    for (const url of asked) expect(url).toMatch(TILE_URL.satellite);
    expect(isNear(await canvasColourAt(s.page, EMPTY_SPOT.x, EMPTY_SPOT.y), FIXTURE_COLOURS.satellite)).toBe(
      true,
    );
    const text = await attributionText(s.page);
    expect(text).toContain('Powered by Esri');
    expect(text).toContain('Source: Esri, Maxar, Earthstar Geographics, and the GIS User Community');
    // OpenStreetMap's tile credit goes; the offline basemap's own ODbL credit stays (it is still drawn beneath).
    expect(onlineCredits(text).osm).toBe(1);
  });

  it('Railways overlay: asks tiles.openrailwaymap.org/standard only, credits OpenRailwayMap, overlay=rail', async () => {
    await s.page.getByRole('checkbox', { name: 'Railways overlay' }).check();
    await waitForUrl(s.page, (u) => u.searchParams.get('overlay') === 'rail');
    await waitForMapIdle(s.page);
    const asked = newForeign();
    expect(asked.length).toBeGreaterThan(0);
    for (const url of asked) expect(url).toMatch(TILE_URL.rail);
    const text = await attributionText(s.page);
    expect(text).toContain('OpenRailwayMap');
    expect(text).toContain('CC-BY-SA');
    expect(text).toContain('Esri');
    await screenshot(s.page, 'online-satellite-rail-1280');
  });

  it('Track gauge overlay: asks tiles.openrailwaymap.org/gauge only; overlay=rail,gauge', async () => {
    await s.page.getByRole('checkbox', { name: 'Track gauge overlay' }).check();
    await waitForUrl(s.page, (u) => u.searchParams.get('overlay') === 'rail,gauge');
    await waitForMapIdle(s.page);
    const asked = newForeign();
    expect(asked.length).toBeGreaterThan(0);
    for (const url of asked) expect(url).toMatch(TILE_URL.gauge);
  });

  it('back to Offline with no overlay: the URL drops the layers and no tile is asked any more', async () => {
    await s.page.getByRole('checkbox', { name: 'Track gauge overlay' }).uncheck();
    await s.page.getByRole('checkbox', { name: 'Railways overlay' }).uncheck();
    await basemap('Offline').check();
    await waitForUrl(
      s.page,
      (u) => u.searchParams.get('basemap') === null && u.searchParams.get('overlay') === null,
    );
    await waitForMapIdle(s.page);
    newForeign();
    // Pan: an online source still present would fetch the new view's tiles.
    await panMapBy(s.page, 300, 200);
    await waitForMapIdle(s.page);
    expect(newForeign()).toEqual([]);
    // The offline basemap is OpenStreetMap-derived: its own ODbL credit is always there, and only that one.
    expect(onlineCredits(await attributionText(s.page))).toEqual({ osm: 1, others: false });
    expect(
      isNear(await canvasColourAt(s.page, EMPTY_SPOT.x, EMPTY_SPOT.y), [
        ...FIXTURE_COLOURS.osm,
        ...FIXTURE_COLOURS.satellite,
      ]),
    ).toBe(false);
  });

  it('Back undoes a layer choice (each choice is one history entry)', async () => {
    await s.page.goBack();
    await waitForUrl(s.page, (u) => u.searchParams.get('basemap') === 'satellite');
    await expect(basemap('Satellite').isChecked()).resolves.toBe(true);
    await s.page.goForward();
    await waitForUrl(s.page, (u) => u.searchParams.get('basemap') === null);
    await expect(basemap('Offline').isChecked()).resolves.toBe(true);
  });

  it('records zero Content-Security-Policy violations with the online layers on', () => {
    expect(s.cspViolations).toEqual([]);
  });

  it('a deep link with basemap=satellite&overlay=rail reopens with them (phone size)', async () => {
    const { context, page } = await openExtraPage(s, { viewport: { width: 375, height: 812 } });
    const tiles = await routeTiles(context);
    const violations: string[] = [];
    await page.exposeFunction('__reportCspExtra', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __reportCspExtra(v: string): void }).__reportCspExtra(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
    const requests = recordRequests(page);
    await page.goto(`${baseUrl}/?basemap=satellite&overlay=rail&v=1`);
    await waitForMapIdle(page);
    const region = page.getByRole('complementary');
    // On a phone the layer switcher sits in the sheet's Filters tab.
    await region.getByRole('tab', { name: 'Filters' }).click();
    await expect(
      region
        .getByRole('radiogroup', { name: 'Basemap' })
        .getByRole('radio', { name: 'Satellite' })
        .isChecked(),
    ).resolves.toBe(true);
    await expect(region.getByRole('checkbox', { name: 'Railways overlay' }).isChecked()).resolves.toBe(true);
    expect(tiles.satellite.length).toBeGreaterThan(0);
    expect(tiles.rail.length).toBeGreaterThan(0);
    expect(tiles.osm).toEqual([]);
    expect(tiles.gauge).toEqual([]);
    const origin = new URL(baseUrl).origin;
    for (const url of requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u)))
      expect(url).toMatch(new RegExp(`${TILE_URL.satellite.source}|${TILE_URL.rail.source}`));
    expect(await currentUrl(page)).toContain('basemap=satellite&overlay=rail');
    expect(violations).toEqual([]);
    await screenshot(page, 'online-satellite-rail-375');
    await context.close();
  });

  it('hostile layer values in a link are ignored with a notice, and nothing leaves the origin', async () => {
    const { context, page } = await openExtraPage(s, { viewport: TALL_VIEWPORT });
    const tiles = await routeTiles(context);
    const requests = recordRequests(page);
    const hostile = new URLSearchParams({
      basemap: 'https://evil.example/{z}/{x}/{y}.png',
      overlay: '<img src=x onerror=alert(1)>',
    });
    await page.goto(`${baseUrl}/?${hostile.toString()}`);
    await waitForMapIdle(page);
    await expect(
      page.getByRole('radiogroup', { name: 'Basemap' }).getByRole('radio', { name: 'Offline' }).isChecked(),
    ).resolves.toBe(true);
    await expect(urlNotice(page).textContent()).resolves.toMatch(/Ignored unknown basemap/);
    const origin = new URL(baseUrl).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(Object.values(tiles).flat()).toEqual([]);
    await context.close();
  });

  it('a failing provider: a plain message in the map region, and the offline map stays', async () => {
    const { context, page } = await openExtraPage(s, { viewport: { width: 1280, height: 800 } });
    await routeTiles(context, ['osm']);
    await page.goto(`${baseUrl}/?basemap=osm&v=1`);
    await waitForMapIdle(page);
    const alert = mapAlert(page);
    await alert.waitFor({ timeout: 10_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toBe(
      'OpenStreetMap: tiles from OpenStreetMap could not be loaded (no connection, or the service is down). The offline map is shown instead.',
    );
    expect(text).not.toMatch(/Error|AJAX|status|500|https?:/);
    // What shows is the offline basemap, not a tile and not an empty canvas.
    const colour = await canvasColourAt(page, EMPTY_SPOT.x, EMPTY_SPOT.y);
    expect(isNear(colour, FIXTURE_COLOURS.osm)).toBe(false);
    expect(colour.some((v) => v > 0)).toBe(true);
    const drawn = await renderedCount(page, [LAYER.countryFill, LAYER.points]);
    expect(drawn).toBeGreaterThan(0);
    await screenshot(page, 'online-osm-failing-1280');
    // Choosing again clears the message: it was about the previous choice.
    await page.getByRole('radiogroup', { name: 'Basemap' }).getByRole('radio', { name: 'Offline' }).check();
    await alert.waitFor({ state: 'detached', timeout: 5_000 });
    await context.close();
  });
});
