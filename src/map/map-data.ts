// Turns validated features into the two GeoJSON collections the map draws, with the derived properties its
// filter expressions read (filter-expression.ts) and pixel offsets that spread co-located points apart.
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { MapFeature } from '../domain/schema';
import { fromYear, untilYear } from '../domain/filters';
import { displayName } from '../domain/feature-view';
import { anchorPosition, distanceM } from '../domain/geometry';
import { NOT_BUILT } from '../domain/vocabulary';
import type { Lang } from '../domain/vocabulary';
import { gaugeOf, modesOf } from '../domain/modes';
import { DERIVED } from './filter-expression';

export interface MapProperties {
  id: string;
  kind: string;
  status: string;
  label: string;
  icon: string;
  notBuilt: boolean;
  /** Pixel offset of the icon from its true position at icon size 1 (vector tiles cannot carry arrays). */
  offsetX: number;
  offsetY: number;
  /** Key of the offset in the icon-offset expression ('' = not spread). */
  slot: string;
  [DERIVED.from]: number;
  [DERIVED.until]: number;
  [DERIVED.border]: string;
  [DERIVED.modes]: string;
  [DERIVED.gauge]: string;
}

/** Points closer than this are drawn spread around their common centre so each stays visible and clickable. */
export const COLOCATED_M = 600;
export const SPREAD_PX = 14;

/** Groups points that lie within COLOCATED_M of the group's first point; returns offsets by id. */
export function spreadOffsets(points: { id: string; position: Position }[]): Map<string, [number, number]> {
  const groups: { centre: Position; ids: string[] }[] = [];
  for (const p of [...points].sort((a, b) => a.id.localeCompare(b.id))) {
    const group = groups.find((g) => distanceM(g.centre, p.position) < COLOCATED_M);
    if (group) group.ids.push(p.id);
    else groups.push({ centre: p.position, ids: [p.id] });
  }
  const offsets = new Map<string, [number, number]>();
  for (const g of groups) {
    const n = g.ids.length;
    g.ids.forEach((id, i) => {
      if (n === 1) return offsets.set(id, [0, 0]);
      const angle = (2 * Math.PI * i) / n - Math.PI / 2;
      offsets.set(id, [Math.round(SPREAD_PX * Math.cos(angle)), Math.round(SPREAD_PX * Math.sin(angle))]);
    });
  }
  return offsets;
}

export function toMapProperties(f: MapFeature, lang: Lang, offset: [number, number] = [0, 0]): MapProperties {
  const p = f.properties;
  return {
    id: p.id,
    kind: p.kind,
    status: p.status,
    label: displayName(p, lang),
    icon: `sym-${p.kind}-${p.status}`,
    notBuilt: NOT_BUILT.has(p.status),
    offsetX: offset[0],
    offsetY: offset[1],
    slot: offset[0] === 0 && offset[1] === 0 ? '' : `${offset[0]},${offset[1]}`,
    [DERIVED.from]: fromYear(p),
    [DERIVED.until]: untilYear(p),
    [DERIVED.border]: p.border ?? '',
    [DERIVED.modes]: `|${modesOf(p).join('|')}|`,
    [DERIVED.gauge]: gaugeOf(p) ?? '',
  };
}

/** Icon size by zoom, as [zoom, size] stops: the style and the hit-testing both use it. */
export const ICON_SIZE_STOPS: readonly [readonly [number, number], readonly [number, number]] = [
  [3, 0.75],
  [7, 1],
];

/** The icon size MapLibre draws at a zoom (linear between the stops); icon offsets scale with it. */
export function iconScale(zoom: number): number {
  const [[z0, s0], [z1, s1]] = ICON_SIZE_STOPS;
  if (zoom <= z0) return s0;
  if (zoom >= z1) return s1;
  return s0 + ((s1 - s0) * (zoom - z0)) / (z1 - z0);
}

/** The icon-offset expression for the slots present in the data: a match from slot key to a literal offset. */
export function iconOffsetExpression(
  points: { properties: Pick<MapProperties, 'slot' | 'offsetX' | 'offsetY'> }[],
): ExpressionSpecification {
  const slots = new Map<string, [number, number]>();
  for (const p of points)
    if (p.properties.slot) slots.set(p.properties.slot, [p.properties.offsetX, p.properties.offsetY]);
  const none: ExpressionSpecification = ['literal', [0, 0]];
  const [first, ...rest] = [...slots];
  if (!first) return none;
  const offset = (v: [number, number]): ExpressionSpecification => ['literal', v];
  return [
    'match',
    ['get', 'slot'],
    first[0],
    offset(first[1]),
    ...rest.flatMap(([k, v]) => [k, offset(v)]),
    none,
  ];
}

export interface MapCollections {
  /** Every non-corridor feature as a point (a bridge drawn as a line also gets its midpoint here for the icon). */
  points: FeatureCollection<Point, MapProperties>;
  /** Corridors and bridges that have a line geometry. */
  lines: FeatureCollection<LineString, MapProperties>;
}

export function toMapCollections(features: readonly MapFeature[], lang: Lang): MapCollections {
  const pointFeatures = features.filter((f) => f.properties.kind !== 'corridor');
  const offsets = spreadOffsets(
    pointFeatures.map((f) => ({ id: f.id, position: anchorPosition(f.geometry) })),
  );
  const points: Feature<Point, MapProperties>[] = pointFeatures.map((f) => ({
    type: 'Feature',
    id: f.id,
    geometry: { type: 'Point', coordinates: anchorPosition(f.geometry) },
    properties: toMapProperties(f, lang, offsets.get(f.id) ?? [0, 0]),
  }));
  const lines: Feature<LineString, MapProperties>[] = [];
  for (const f of features) {
    if (f.geometry.type !== 'LineString') continue;
    lines.push({
      type: 'Feature',
      id: f.id,
      geometry: { type: 'LineString', coordinates: f.geometry.coordinates },
      properties: toMapProperties(f, lang),
    });
  }
  return {
    points: { type: 'FeatureCollection', features: points },
    lines: { type: 'FeatureCollection', features: lines },
  };
}
