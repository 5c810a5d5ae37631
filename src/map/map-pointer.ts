// Reads what lies under a pointer on the live map: the drawn icons (with their spread offsets), the cluster
// discs and the lines, measured in screen pixels for rankCandidates, and a cluster's members for the chooser.
import type { GeoJSONSource, Map as MaplibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import { DATA_LAYERS, LAYER, SOURCE } from './layer-ids';
import { iconScale } from './map-data';
import type { Hit, Pointer } from './pick-candidates';
import { CLUSTER_EXTRA_PX, clusterIdOf, clusterKey, rankCandidates, TOLERANCE_PX } from './pick-candidates';

/** The most members a cluster's chooser lists; a larger cluster zooms in instead. */
export const CHOOSER_MAX = 12;

export interface ScreenPoint {
  x: number;
  y: number;
}

/** Where a point feature's icon is drawn: its position projected, plus its spread offset at this zoom. */
export function drawnCentre(map: MaplibreMap, f: MapGeoJSONFeature): ScreenPoint | null {
  if (f.geometry.type !== 'Point') return null;
  const [lon = 0, lat = 0] = f.geometry.coordinates;
  const at = map.project([lon, lat]);
  if (f.layer.id === LAYER.clusters) return { x: at.x, y: at.y };
  const scale = iconScale(map.getZoom());
  return {
    x: at.x + Number(f.properties.offsetX ?? 0) * scale,
    y: at.y + Number(f.properties.offsetY ?? 0) * scale,
  };
}

/** Every data feature near the pointer, measured. */
export function hitsAt(map: MaplibreMap, point: ScreenPoint, pointer: Pointer): Hit[] {
  const pad = TOLERANCE_PX[pointer] + CLUSTER_EXTRA_PX;
  const box: [PointLike, PointLike] = [
    [point.x - pad, point.y - pad],
    [point.x + pad, point.y + pad],
  ];
  const hits: Hit[] = [];
  for (const f of map.queryRenderedFeatures(box, { layers: [...DATA_LAYERS] })) {
    if (f.layer.id === LAYER.clusters) {
      const clusterId: unknown = f.properties.cluster_id;
      const at = drawnCentre(map, f);
      if (typeof clusterId !== 'number' || !at) continue;
      hits.push({
        key: clusterKey(clusterId),
        kind: 'cluster',
        distance: Math.hypot(at.x - point.x, at.y - point.y),
      });
      continue;
    }
    const id: unknown = f.properties.id;
    if (typeof id !== 'string') continue;
    const at = drawnCentre(map, f);
    if (at) hits.push({ key: id, kind: 'icon', distance: Math.hypot(at.x - point.x, at.y - point.y) });
    else hits.push({ key: id, kind: 'line', distance: 0 });
  }
  return hits;
}

export type PickResult = { ids: string[] } | { zoomTo: number };

/**
 * The features the ranked hits stand for: clusters open into their members (up to CHOOSER_MAX in all); past
 * that, the nearest cluster's expansion zoom, to zoom in on it.
 */
export async function resolveCandidates(map: MaplibreMap, ranked: readonly Hit[]): Promise<PickResult> {
  const source = map.getSource<GeoJSONSource>(SOURCE.points);
  const ids: string[] = [];
  for (const h of ranked) {
    const clusterId = clusterIdOf(h.key);
    if (clusterId === null) {
      if (!ids.includes(h.key)) ids.push(h.key);
      continue;
    }
    if (!source) continue;
    const leaves = await source.getClusterLeaves(clusterId, CHOOSER_MAX + 1, 0);
    if (ids.length + leaves.length > CHOOSER_MAX)
      return { zoomTo: await source.getClusterExpansionZoom(clusterId) };
    for (const leaf of leaves) {
      const id: unknown = leaf.properties?.id;
      if (typeof id === 'string' && !ids.includes(id)) ids.push(id);
    }
  }
  return { ids };
}

/** Ranked candidates under a pointer. */
export function candidatesAt(map: MaplibreMap, point: ScreenPoint, pointer: Pointer): Hit[] {
  return rankCandidates(hitsAt(map, point, pointer), pointer);
}
