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

/** The data labels drawn right now: each feature id with the text of its label. */
export async function drawnLabels(page: Page): Promise<{ id: string; label: string }[]> {
  // Names of crossings and bridges have their own layer, placed before the others.
  const rows = [
    ...(await drawnProperties(page, LAYER.keyLabels, ['id', 'label'])),
    ...(await drawnProperties(page, LAYER.pointLabels, ['id', 'label'])),
  ];
  return rows.map((r) => ({ id: String(r.id), label: String(r.label) }));
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

/** A count drawn where icons overlap (a cluster): its page position, its count and its key name ("8|Khasan…"). */
export interface DrawnCluster {
  x: number;
  y: number;
  count: number;
  top: string;
}

/** Every cluster the map draws right now. */
export async function drawnClusters(page: Page): Promise<DrawnCluster[]> {
  return page.evaluate((layer) => {
    type Rendered = {
      properties: { top?: string; point_count?: number };
      geometry: { coordinates: [number, number] };
    };
    const map = (
      window as unknown as {
        __blmMap: {
          queryRenderedFeatures(o: unknown): Rendered[];
          project(c: [number, number]): { x: number; y: number };
          getCanvas(): HTMLCanvasElement;
        };
      }
    ).__blmMap;
    const r = map.getCanvas().getBoundingClientRect();
    return map.queryRenderedFeatures({ layers: [layer] }).map((f) => {
      const p = map.project(f.geometry.coordinates);
      return {
        x: r.left + p.x,
        y: r.top + p.y,
        count: Number(f.properties.point_count),
        top: f.properties.top ?? '',
      };
    });
  }, LAYER.clusters);
}

/**
 * Labels of one layer drawn over a feature icon: for every icon drawn, MapLibre's own hit test of that layer's placed
 * labels (their text boxes) in the icon's square, `inset` px inside its edge. Returns "label over id" for each, and
 * how many icons and labels were drawn (so that an empty answer is not an empty view).
 */
export async function labelsOverIcons(
  page: Page,
  labelLayer: string = LAYER.townLabel,
  inset = 3,
): Promise<{ overlaps: string[]; icons: number; labels: number }> {
  return page.evaluate(
    ({ points, labels, inset }) => {
      type Rendered = {
        properties: Record<string, unknown>;
        geometry: { type: string; coordinates: [number, number] };
      };
      const map = (
        window as unknown as {
          __blmMap: {
            queryRenderedFeatures(a: unknown, o?: unknown): Rendered[];
            project(c: [number, number]): { x: number; y: number };
            getZoom(): number;
          };
        }
      ).__blmMap;
      // Icons are 24 px at size 1; their size (and spread offsets) scale 0.75 → 1 from zoom 3 to 7 (ICON_SIZE_STOPS).
      const z = map.getZoom();
      const scale = z <= 3 ? 0.75 : z >= 7 ? 1 : 0.75 + (0.25 * (z - 3)) / 4;
      const half = 12 * scale - inset;
      const icons = map.queryRenderedFeatures({ layers: [points] });
      const overlaps: string[] = [];
      for (const icon of icons) {
        const p = map.project(icon.geometry.coordinates);
        const x = p.x + Number(icon.properties.offsetX ?? 0) * scale;
        const y = p.y + Number(icon.properties.offsetY ?? 0) * scale;
        const box = [
          [x - half, y - half],
          [x + half, y + half],
        ];
        for (const t of map.queryRenderedFeatures(box, { layers: [labels] })) {
          const name = t.properties.name_en ?? t.properties.short ?? t.properties.id;
          overlaps.push(`${String(name)} over ${String(icon.properties.id)}`);
        }
      }
      return {
        overlaps,
        icons: icons.length,
        labels: map.queryRenderedFeatures({ layers: [labels] }).length,
      };
    },
    { points: LAYER.points, labels: labelLayer, inset },
  );
}

/** The names drawn at the key-label layer now (crossings' and bridges' short names, clusters' key names) and at the other. */
export async function drawnNames(page: Page): Promise<{ key: string[]; other: string[] }> {
  return page.evaluate(
    ({ key, other }) => {
      type Rendered = { properties: { short?: string; top?: string } };
      const map = (window as unknown as { __blmMap: { queryRenderedFeatures(o: unknown): Rendered[] } })
        .__blmMap;
      const names = (layer: string) =>
        map
          .queryRenderedFeatures({ layers: [layer] })
          .map((f) => f.properties.short ?? (f.properties.top ?? '').slice(2));
      return { key: names(key), other: names(other) };
    },
    { key: LAYER.keyLabels, other: LAYER.pointLabels },
  );
}

/**
 * Places every label afresh, as on a first drawing with all data present: MapLibre keeps a label at the anchor it
 * had in the previous frame while that still fits, so where names end up depends on which source happened to load
 * first. Hiding the visible symbol layers for one drawn frame forgets those anchors; showing them again places
 * every name in layer order against everything on the map.
 */
export async function placeLabelsAfresh(page: Page): Promise<void> {
  type Layered = {
    getStyle(): { layers: { id: string; type: string; layout?: { visibility?: string } }[] };
    setLayoutProperty(l: string, k: string, v: string): void;
    once(type: string, listener: () => void): void;
    triggerRepaint(): void;
  };
  await page.evaluate(async () => {
    const map = (window as unknown as { __blmMap?: Layered }).__blmMap;
    if (!map) return;
    const drawn = () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
    const labels = map
      .getStyle()
      .layers.filter((l) => l.type === 'symbol' && l.layout?.visibility !== 'none')
      .map((l) => l.id);
    for (const id of labels) map.setLayoutProperty(id, 'visibility', 'none');
    await drawn();
    for (const id of labels) map.setLayoutProperty(id, 'visibility', 'visible');
    await drawn();
  });
}
