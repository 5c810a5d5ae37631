// What the live map draws, read through MapLibre's own queries on window.__blmMap (the app's one test hook), and the
// two WebGL events a test can cause on purpose (context lost, context restored).
import { LAYER, SOURCE } from '../../../src/map/layer-ids';
import type { Page } from '../../../scripts/browser/launch';

export { waitForMapIdle } from '../../../scripts/browser/map-ready';

type Properties = Record<string, unknown>;

/** The slice of maplibregl.Map these helpers use. */
interface QueriedMap {
  queryRenderedFeatures(options: { layers: string[] }): { properties: Properties }[];
  querySourceFeatures(source: string): {
    properties: Properties;
    geometry: { coordinates: [number, number] };
  }[];
  getSource(
    id: string,
  ): { getData(): Promise<{ features: { properties?: Properties | null }[] }> } | undefined;
  getZoom(): number;
  project(lnglat: [number, number]): { x: number; y: number };
  getCanvas(): HTMLCanvasElement;
}

/** The properties named by `keys` of every feature one style layer draws right now (filters applied). */
export async function drawnProperties(page: Page, layer: string, keys: string[]): Promise<Properties[]> {
  return page.evaluate(
    ({ layer, keys }) => {
      const map = (window as unknown as { __blmMap?: QueriedMap }).__blmMap;
      if (!map) return [];
      return map
        .queryRenderedFeatures({ layers: [layer] })
        .map((f) => Object.fromEntries(keys.map((k) => [k, f.properties[k]])));
    },
    { layer, keys },
  );
}

/** The distinct values of one property over what a layer draws, sorted. */
async function drawnValues(page: Page, layer: string, key: string): Promise<string[]> {
  const rows = await drawnProperties(page, layer, [key]);
  return [...new Set(rows.map((r) => String(r[key] ?? '')))].sort();
}

/**
 * Ids of data features drawn on the map right now (rendered, i.e. after filters): each icon's, and every member of
 * each count drawn where icons would overlap (a cluster).
 */
export async function renderedIds(page: Page): Promise<string[]> {
  return page.evaluate(
    async ({ points, clusters, source }) => {
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
      const ids = map.queryRenderedFeatures({ layers: [points] }).map((f) => f.properties.id ?? '');
      for (const c of map.queryRenderedFeatures({ layers: [clusters] })) {
        const clusterId = c.properties.cluster_id;
        if (clusterId === undefined) continue;
        const leaves = await map.getSource(source).getClusterLeaves(clusterId, Infinity, 0);
        ids.push(...leaves.map((f) => f.properties.id ?? ''));
      }
      return [...new Set(ids)].sort();
    },
    { points: LAYER.points, clusters: LAYER.clusters, source: SOURCE.points },
  );
}

/** The kinds of border drawn as main borders ("ru-cn", "ru-kp"), sorted. */
export const drawnBorderKinds = (page: Page): Promise<string[]> =>
  drawnValues(page, LAYER.borderMain, 'kind');

/** How many river features the basemap draws, and the English names of the town labels drawn. */
export async function drawnBasemap(page: Page): Promise<{ rivers: number; towns: string[] }> {
  const rivers = await drawnProperties(page, LAYER.river, []);
  const towns = await drawnProperties(page, LAYER.townLabel, ['name_en']);
  return { rivers: rivers.length, towns: towns.map((t) => String(t.name_en)) };
}

/** Ids of the features the app gave to one of the map's GeoJSON sources (what the map is asked to draw). */
export async function mapSourceIds(page: Page, source: string = SOURCE.points): Promise<string[]> {
  return page.evaluate(async (sourceId) => {
    const map = (window as unknown as { __blmMap?: QueriedMap }).__blmMap;
    const data = await map?.getSource(sourceId)?.getData();
    return [...new Set((data?.features ?? []).map((f) => String(f.properties?.id ?? '')))].sort();
  }, source);
}

/** Pixel position on the page of a feature's drawn icon (its coordinates projected, plus its spread offset). */
export async function iconPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ fid, source }) => {
      const map = (window as unknown as { __blmMap: QueriedMap }).__blmMap;
      const f = map.querySourceFeatures(source).find((x) => x.properties.id === fid);
      if (!f) throw new Error(`feature ${fid} not on the map`);
      // Icon offsets scale with the icon size (0.75 at zoom ≤ 3 to 1 at zoom ≥ 7; see ICON_SIZE_STOPS).
      const z = map.getZoom();
      const scale = z <= 3 ? 0.75 : z >= 7 ? 1 : 0.75 + (0.25 * (z - 3)) / 4;
      const dx = Number(f.properties.offsetX ?? 0) * scale;
      const dy = Number(f.properties.offsetY ?? 0) * scale;
      const p = map.project(f.geometry.coordinates);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x + dx, y: rect.top + p.y + dy };
    },
    { fid: id, source: SOURCE.points },
  );
}

/** Clicks a data feature where its icon is drawn (spread offset included); fails if anything covers that point. */
export async function clickFeatureOnMap(page: Page, id: string): Promise<void> {
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

/** Whether the page has created its map yet (the app sets window.__blmMap when it does). */
export async function mapExists(page: Page): Promise<boolean> {
  return page.evaluate(() => '__blmMap' in window);
}

/** How many maplibregl.Map objects the page has created (StrictMode in development makes two). */
export async function mapsCreated(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (window as unknown as { __blmMapsCreated?: number }).__blmMapsCreated);
}

/** Whether the browser hands out a WebGL 2 and a WebGL 1 context to a fresh canvas. */
export async function webglAvailability(page: Page): Promise<{ webgl2: boolean; webgl: boolean }> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    return { webgl2: canvas.getContext('webgl2') !== null, webgl: canvas.getContext('webgl') !== null };
  });
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

/** Hides one style layer (layout visibility none), e.g. to show that a picture test notices a missing layer. */
export async function hideLayer(page: Page, layer: string): Promise<void> {
  await page.evaluate((id) => {
    const map = (
      window as unknown as { __blmMap: { setLayoutProperty(l: string, k: string, v: string): void } }
    ).__blmMap;
    map.setLayoutProperty(id, 'visibility', 'none');
  }, layer);
}

/** How many features the given style layers draw right now. */
export async function renderedCount(page: Page, layers: string[]): Promise<number> {
  return page.evaluate(
    (layers) =>
      (window as unknown as { __blmMap: QueriedMap }).__blmMap.queryRenderedFeatures({ layers }).length,
    layers,
  );
}

/** The pixel ratio the map draws at (it raises it for a high-resolution export, then restores it). */
export async function mapPixelRatio(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { __blmMap: { getPixelRatio(): number } }).__blmMap.getPixelRatio(),
  );
}

/** Where a [lon, lat] is drawn, in CSS px from the map's top left corner. */
export async function mapPointOf(page: Page, lonLat: readonly number[]): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lon, lat]) => (window as unknown as { __blmMap: QueriedMap }).__blmMap.project([lon ?? 0, lat ?? 0]),
    [...lonLat],
  );
}

/** Waits until a source has features in the tiles drawn and every tile is loaded (e.g. the detailed basemap). */
export async function waitForSourceDrawn(page: Page, source: string, timeout = 45_000): Promise<void> {
  await page.waitForFunction(
    (source) => {
      const map = (
        window as unknown as {
          __blmMap?: { querySourceFeatures(id: string): unknown[]; areTilesLoaded(): boolean };
        }
      ).__blmMap;
      return !!map && map.querySourceFeatures(source).length > 0 && map.areTilesLoaded();
    },
    source,
    { timeout, polling: 200 },
  );
}

/**
 * The lines one style layer draws right now, as coordinate lists (each LineString, each part of a
 * MultiLineString), of the features whose property `where.key` is `where.value` (all without `where`).
 */
export async function drawnLines(
  page: Page,
  layer: string,
  where?: { key: string; value: string },
): Promise<number[][][]> {
  return page.evaluate(
    ({ layer, where }) => {
      type F = { geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> };
      const map = (window as unknown as { __blmMap: { queryRenderedFeatures(o: unknown): F[] } }).__blmMap;
      return map
        .queryRenderedFeatures({ layers: [layer] })
        .filter((f) => !where || f.properties[where.key] === where.value)
        .flatMap((f) =>
          f.geometry.type === 'LineString'
            ? [f.geometry.coordinates as number[][]]
            : f.geometry.type === 'MultiLineString'
              ? (f.geometry.coordinates as number[][][])
              : [],
        );
    },
    { layer, where },
  );
}

/** Where the data-points layer draws a feature's point ([lon, lat] of the drawn geometry), or null when it does not. */
export async function drawnPointOf(page: Page, id: string): Promise<number[] | null> {
  return page.evaluate(
    ({ id, layer }) => {
      type F = { geometry: { coordinates: number[] }; properties: Record<string, unknown> };
      const map = (window as unknown as { __blmMap: { queryRenderedFeatures(o: unknown): F[] } }).__blmMap;
      const found = map.queryRenderedFeatures({ layers: [layer] }).find((f) => f.properties.id === id);
      return found ? found.geometry.coordinates : null;
    },
    { id, layer: LAYER.points },
  );
}
