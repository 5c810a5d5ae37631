// Fixture tiles for the opt-in online layers: these machines have no internet, so each provider's tile host is
// routed to a small committed PNG (tests/fixtures/tiles/), or made to fail. Also reads a pixel of the map's canvas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppSession } from './driver';

// Types through the driver: it stays the only module that imports the browser library.
type BrowserContext = AppSession['context'];
type Page = AppSession['page'];

const TILES = join(import.meta.dirname, '..', 'fixtures', 'tiles');

/** Each provider's tile URL pattern and the fixture it gets. */
const TILE_ROUTES = {
  osm: { pattern: 'https://tile.openstreetmap.org/**', fixture: 'osm.png' },
  satellite: {
    pattern: 'https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/**',
    fixture: 'satellite.png',
  },
  rail: { pattern: 'https://tiles.openrailwaymap.org/standard/**', fixture: 'rail.png' },
  gauge: { pattern: 'https://tiles.openrailwaymap.org/gauge/**', fixture: 'gauge.png' },
} as const;
export type TileProvider = keyof typeof TILE_ROUTES;

/** The fixture colours (RGB) of the two basemap tiles: pale violet land with an orange grid; green and brown fields. */
export const FIXTURE_COLOURS: Record<'osm' | 'satellite', [number, number, number][]> = {
  osm: [
    [236, 214, 236],
    [230, 150, 80],
  ],
  satellite: [
    [58, 84, 46],
    [104, 92, 60],
  ],
};

interface TileLog extends Record<TileProvider, string[]> {
  /** The Referer header of every tile request (the providers' policies require a valid one). */
  referers: string[];
}

/**
 * Serves every provider's tiles from the fixtures (as the real hosts do, with CORS allowed), except the providers
 * named in `failing`, which answer HTTP 500. Returns the tile URLs requested, per provider, as they come.
 */
export async function routeTiles(
  context: BrowserContext,
  failing: readonly TileProvider[] = [],
): Promise<TileLog> {
  const seen: TileLog = { osm: [], satellite: [], rail: [], gauge: [], referers: [] };
  for (const [provider, { pattern, fixture }] of Object.entries(TILE_ROUTES) as [
    TileProvider,
    (typeof TILE_ROUTES)[TileProvider],
  ][]) {
    const body = readFileSync(join(TILES, fixture));
    await context.route(pattern, (route) => {
      seen[provider].push(route.request().url());
      seen.referers.push(route.request().headers()['referer'] ?? '');
      const headers = { 'Access-Control-Allow-Origin': '*' };
      return failing.includes(provider)
        ? route.fulfill({ status: 500, headers, contentType: 'text/plain', body: 'Internal Server Error' })
        : route.fulfill({ status: 200, headers, contentType: 'image/png', body });
    });
  }
  return seen;
}

/** The colour (RGB) the map draws at a point of its canvas (CSS pixels), read during the next frame. */
export async function canvasColourAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  return page.evaluate(
    ([px, py]) =>
      new Promise<[number, number, number]>((resolve) => {
        const map = (
          window as unknown as {
            __blmMap: {
              getCanvas(): HTMLCanvasElement;
              once(e: string, f: () => void): void;
              triggerRepaint(): void;
            };
          }
        ).__blmMap;
        map.once('render', () => {
          // Read inside the frame: the WebGL drawing buffer is cleared once it has been shown.
          const canvas = map.getCanvas();
          const ratio = canvas.width / canvas.getBoundingClientRect().width;
          const copy = document.createElement('canvas');
          copy.width = 1;
          copy.height = 1;
          const ctx = copy.getContext('2d');
          ctx?.drawImage(canvas, Math.round(px * ratio), Math.round(py * ratio), 1, 1, 0, 0, 1, 1);
          const [r = 0, g = 0, b = 0] = ctx?.getImageData(0, 0, 1, 1).data ?? [];
          resolve([r, g, b]);
        });
        map.triggerRepaint();
      }),
    [x, y] as const,
  );
}

/** True when a colour is within a few units of one of the given colours. */
export function isNear(
  colour: readonly number[],
  among: readonly (readonly number[])[],
  tolerance = 6,
): boolean {
  return among.some((c) => c.every((v, i) => Math.abs(v - (colour[i] ?? 0)) <= tolerance));
}

/** The text of MapLibre's attribution control. */
export async function attributionText(page: Page): Promise<string> {
  return (await page.locator('.maplibregl-ctrl-attrib-inner').textContent()) ?? '';
}

/** The links of MapLibre's attribution control. */
export async function attributionLinks(page: Page): Promise<{ text: string; href: string }[]> {
  return page
    .locator('.maplibregl-ctrl-attrib-inner a')
    .evaluateAll((links) =>
      links.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
    );
}
