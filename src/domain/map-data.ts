// Turns validated features into the two GeoJSON collections the map draws, with the derived properties its
// filter expressions read (filter-expression.ts) and pixel offsets that spread co-located points apart.
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { MapFeature } from './schema';
import { fromYear, untilYear } from './filters';
import { DERIVED } from './filter-expression';
import { anchorPosition, distanceM } from './geometry';
import { NOT_BUILT } from './vocabulary';
import type { Lang } from './vocabulary';

export interface MapProperties {
  id: string;
  kind: string;
  status: string;
  label: string;
  icon: string;
  notBuilt: boolean;
  /** Pixel offset [x, y] of the icon from its true position. */
  offset: [number, number];
  [DERIVED.from]: number;
  [DERIVED.until]: number;
  [DERIVED.border]: string;
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

export function localName(f: MapFeature, lang: Lang): string {
  return f.properties.name[lang] ?? f.properties.name.en;
}

export function toMapProperties(f: MapFeature, lang: Lang, offset: [number, number] = [0, 0]): MapProperties {
  const p = f.properties;
  return {
    id: p.id,
    kind: p.kind,
    status: p.status,
    label: localName(f, lang),
    icon: `sym-${p.kind}-${p.status}`,
    notBuilt: NOT_BUILT.has(p.status),
    offset,
    [DERIVED.from]: fromYear(p),
    [DERIVED.until]: untilYear(p),
    [DERIVED.border]: p.border ?? '',
  };
}

export interface MapCollections {
  /** Every non-corridor feature as a point (a bridge drawn as a line also gets its midpoint here for the icon). */
  points: FeatureCollection<Point, MapProperties>;
  /** Corridors and bridges that have a line geometry. */
  lines: FeatureCollection<LineString, MapProperties>;
}

export function toMapCollections(features: MapFeature[], lang: Lang): MapCollections {
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
  const lines: Feature<LineString, MapProperties>[] = features
    .filter((f) => f.geometry.type === 'LineString')
    .map((f) => ({
      type: 'Feature',
      id: f.id,
      geometry: { type: 'LineString', coordinates: f.geometry.coordinates as Position[] },
      properties: toMapProperties(f, lang),
    }));
  return {
    points: { type: 'FeatureCollection', features: points },
    lines: { type: 'FeatureCollection', features: lines },
  };
}
