// What a filter change does to the map: the line layers' filters and the ghosting paint, and the points the
// clustered source is given (it is filtered before it clusters).
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { Feature, Point } from 'geojson';
import { FILTERED_LAYERS, LAYER, SOURCE } from './layer-ids';
import { buildGhostExpression, buildLayerFilter, layerFilterPredicate } from './filter-expression';
import { pointsUpdate } from './points-diff';
import type { MapProperties } from './map-data';
import type { FilterState } from '../domain/filters';

export type PointFeature = Feature<Point, MapProperties & { selected?: boolean }>;

export function applyLayerFilters(
  map: MaplibreMap,
  filters: FilterState,
  matchingIds: readonly string[] | null,
): void {
  const filter = buildLayerFilter(filters, matchingIds);
  // Each line layer keeps its own kind clause (corridors dashed, bridges solid) beside the filters.
  for (const [layer, kinds] of FILTERED_LAYERS) map.setFilter(layer, ['all', kinds, filter]);
  const ghost = buildGhostExpression(filters);
  map.setPaintProperty(LAYER.points, 'icon-opacity', ['case', ghost, 0.3, 1]);
  for (const layer of [LAYER.pointLabels, LAYER.keyLabels])
    map.setPaintProperty(layer, 'text-opacity', ['case', ['has', 'point_count'], 1, ghost, 0.45, 1]);
  map.setPaintProperty(LAYER.bridgeLines, 'line-opacity', ['case', ghost, 0.3, 1]);
  map.setPaintProperty(LAYER.corridors, 'line-opacity', ['case', ghost, 0.25, 0.8]);
}

/**
 * Gives the clustered points source the points that pass the filters and returns what it now holds and whether
 * anything was sent. A year step that changes no point costs the worker nothing; one that changes a few sends just
 * those.
 */
export function sendPassingPoints(
  map: MaplibreMap,
  all: readonly PointFeature[],
  filters: FilterState | null,
  matchingIds: readonly string[] | null,
  held: Map<string, PointFeature> | null,
): { held: Map<string, PointFeature>; sent: boolean } {
  const passes = filters ? layerFilterPredicate(filters, matchingIds) : () => true;
  const shown: PointFeature[] = [];
  for (const f of all) if (passes(f.properties)) shown.push(f);
  const update = pointsUpdate(held, shown);
  const source = map.getSource<GeoJSONSource>(SOURCE.points);
  if (update.type === 'replace')
    void source?.setData({ type: 'FeatureCollection', features: update.features });
  if (update.type === 'diff') void source?.updateData({ add: update.add, remove: update.remove });
  return { held: new Map(shown.map((f) => [f.properties.id, f])), sent: update.type !== 'none' && !!source };
}
