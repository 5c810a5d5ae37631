// The labels the map draws: feature and cluster names, the counts where icons merge, whether any name covers an
// icon, and placing every label afresh before a picture.
import { LAYER } from '../../../src/map/layer-ids';
import type { Page } from '../../../scripts/browser/launch';
import { drawnProperties } from './map';

/** The data labels drawn right now: each feature id with the text of its label. */
export async function drawnLabels(page: Page): Promise<{ id: string; label: string }[]> {
  // Names of crossings and bridges have their own layer, placed before the others.
  const rows = [
    ...(await drawnProperties(page, LAYER.keyLabels, ['id', 'label'])),
    ...(await drawnProperties(page, LAYER.pointLabels, ['id', 'label'])),
  ];
  return rows.map((r) => ({ id: String(r.id), label: String(r.label) }));
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
