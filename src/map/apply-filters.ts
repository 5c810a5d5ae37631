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

function applyLayerFilters(
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
function sendPassingPoints(
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

/**
 * The clustered points source's data and the filters of every data layer. The points source is filtered before it
 * clusters: it gets the points that pass, once per task however many of data, language and filters changed in it.
 * The line layers' filters follow when the worker has the new points (the source's 'content' event), or at once
 * when no point changed: applied before, they would have MapLibre draw (and SwiftShader rasterise) a frame of
 * reloading tiles while the worker clusters, and the lines' tiles come back apart from the points' (README §
 * Benchmark).
 */
export class FilteredSources {
  /** Every point to draw before the filters. */
  private all: readonly PointFeature[] = [];
  /** What the points source holds now, by id (null: not yet set, new data, or the style was rebuilt). */
  private held: Map<string, PointFeature> | null = null;
  private filters: FilterState | null = null;
  private matchingIds: readonly string[] | null = null;
  private queued = false;
  /** True from sending the points source new points until the worker has clustered them. */
  private linesWait = false;

  constructor(
    private readonly map: MaplibreMap,
    private readonly ready: () => boolean,
  ) {
    map.on('sourcedata', (e) => {
      if (e.sourceId !== SOURCE.points || e.sourceDataType !== 'content' || !this.linesWait) return;
      this.linesWait = false;
      this.applyLines();
    });
  }

  setPoints(points: readonly PointFeature[]): void {
    this.all = points;
    this.held = null;
    this.queue();
  }

  setFilters(filters: FilterState, matchingIds: readonly string[] | null): void {
    this.filters = filters;
    this.matchingIds = matchingIds;
    if (this.ready()) this.apply();
  }

  /** The style was dropped (a lost WebGL context): the source holds nothing known any more. */
  forgetHeld(): void {
    this.held = null;
  }

  /** Applies the wanted filters (after the style is ready again). */
  apply(): void {
    if (this.filters) this.queue();
  }

  private applyLines(): void {
    if (this.filters && this.ready()) applyLayerFilters(this.map, this.filters, this.matchingIds);
  }

  private queue(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (!this.ready()) return;
      const { held, sent } = sendPassingPoints(this.map, this.all, this.filters, this.matchingIds, this.held);
      this.held = held;
      this.linesWait = sent;
      if (!sent) this.applyLines();
    });
  }
}
